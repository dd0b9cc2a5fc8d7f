//! Access control, decided in one place. casbin's RBAC with domains answers "may this role do this
//! action on this kind of object in this municipality"; the model and the base policy live in
//! `config/casbin/`, the role assignments in `platform.role_assignments` (reloaded on change, no
//! restart). The domain is always the tenant the server resolved, never a header.
//!
//! Handlers never ask "may I?" themselves: they ask [`Access`] for a capability
//! ([`FacilityCap`], [`OfficeCap`]) and pass what it holds (the facility id, the actor) to the
//! store. Whether a role applies to a facility (a lead's own facility, an adviser's childminders)
//! is decided here too, from the assignment's scope; casbin then decides what that role may do.

use std::collections::HashMap;
use std::path::Path;

use casbin::{CoreApi, DefaultModel, Enforcer, MemoryAdapter, MgmtApi};
use step_store::{PlatformDb, RoleAssignment};
use tokio::sync::RwLock;
use uuid::Uuid;

#[derive(Debug, thiserror::Error)]
pub enum AccessError {
    #[error("casbin: {0}")]
    Casbin(#[from] casbin::Error),
    #[error("reading {0}: {1}")]
    File(String, std::io::Error),
    #[error(transparent)]
    Store(#[from] step_store::Error),
}

pub struct Access {
    model: String,
    policy: Vec<Vec<String>>,
    inner: RwLock<Inner>,
}

struct Inner {
    enforcer: Enforcer,
    by_account: HashMap<Uuid, Vec<RoleAssignment>>,
}

/// The model and base policy shipped in `config/casbin/` (compiled in, so every binary and test
/// uses the same rules).
pub const MODEL: &str = include_str!("../../../config/casbin/model.conf");
pub const POLICY: &str = include_str!("../../../config/casbin/policy.csv");

/// Roles that work a facility's waiting list, strongest first.
const DESK_ROLES: &[&str] = &["facility_lead", "ktp_advisor", "office_staff", "district_admin"];

/// Proof that an account may open one facility's desk, and what it may do there. Only
/// [`Access::facility`] makes one.
#[derive(Debug, Clone)]
pub struct FacilityCap {
    facility: Uuid,
    account: Uuid,
    role: String,
    offer: bool,
    decline: bool,
    paper: bool,
    edit: bool,
}

impl FacilityCap {
    pub fn facility(&self) -> Uuid {
        self.facility
    }
    pub fn account(&self) -> Uuid {
        self.account
    }
    /// The role the capability was granted through (for the audit log).
    pub fn role(&self) -> &str {
        &self.role
    }
    pub fn may_offer(&self) -> bool {
        self.offer
    }
    pub fn may_decline(&self) -> bool {
        self.decline
    }
    pub fn may_register_paper(&self) -> bool {
        self.paper
    }
    pub fn may_edit(&self) -> bool {
        self.edit
    }
}

/// Proof that an account oversees a municipality (office staff of its office, district admins).
#[derive(Debug, Clone)]
pub struct OfficeCap {
    tenant: String,
    account: Uuid,
    role: String,
    settings: bool,
    roles: bool,
}

impl OfficeCap {
    pub fn tenant(&self) -> &str {
        &self.tenant
    }
    pub fn account(&self) -> Uuid {
        self.account
    }
    pub fn role(&self) -> &str {
        &self.role
    }
    pub fn may_change_settings(&self) -> bool {
        self.settings
    }
    /// Grant and revoke facility and office roles in this municipality.
    pub fn may_manage_roles(&self) -> bool {
        self.roles
    }
    /// Run the municipality's allocation rounds (issue 17): the same people who change its
    /// procedure settings (office staff of its office).
    pub fn may_run_rounds(&self) -> bool {
        self.settings
    }
}

/// Which facilities of a municipality an account's desk lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeskScope {
    /// Every facility (office staff, district admins: read).
    pub all: bool,
    /// Every childminder (advisers).
    pub childminders: bool,
    /// These facilities (leads).
    pub facilities: Vec<Uuid>,
}

impl DeskScope {
    pub fn is_empty(&self) -> bool {
        !self.all && !self.childminders && self.facilities.is_empty()
    }
}

fn applies_in(a: &RoleAssignment, tenant: &str) -> bool {
    a.domain == tenant || a.domain == "*"
}

/// Whether an assignment covers this facility: a lead only its own (scope = facility id), an
/// adviser only childminders, office staff and district admins every facility.
fn covers(a: &RoleAssignment, facility: Uuid, kind: &str) -> bool {
    match a.role.as_str() {
        "facility_lead" => a.scope == facility.to_string(),
        "ktp_advisor" => kind == "ktp",
        "office_staff" | "district_admin" => true,
        _ => false,
    }
}

fn subject(account: Uuid) -> String {
    format!("account:{account}")
}

/// Reads `p, role, domain, object, action` lines; `#` starts a comment.
fn parse_policy(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let cols: Vec<String> = l.split(',').map(|c| c.trim().to_owned()).collect();
            (cols.len() == 5 && cols[0] == "p").then(|| cols[1..].to_vec())
        })
        .collect()
}

async fn build(model: &str, policy: &[Vec<String>], assignments: &[RoleAssignment]) -> Result<Enforcer, AccessError> {
    let mut e = Enforcer::new(DefaultModel::from_str(model).await?, MemoryAdapter::default()).await?;
    e.add_policies(policy.to_vec()).await?;
    let mut groups: Vec<Vec<String>> =
        assignments.iter().map(|a| vec![subject(a.account_id), a.role.clone(), a.domain.clone()]).collect();
    groups.sort();
    groups.dedup();
    if !groups.is_empty() {
        e.add_grouping_policies(groups).await?;
    }
    Ok(e)
}

impl Access {
    /// Loads `model.conf` and `policy.csv` from `dir` and the assignments from the platform schema.
    pub async fn load(dir: &Path, platform: &PlatformDb) -> Result<Self, AccessError> {
        let read = |name: &str| {
            std::fs::read_to_string(dir.join(name))
                .map_err(|e| AccessError::File(dir.join(name).display().to_string(), e))
        };
        let model = read("model.conf")?;
        let policy = parse_policy(&read("policy.csv")?);
        Self::from_parts(model, policy, &platform.role_assignments().await?).await
    }

    pub async fn from_parts(
        model: String,
        policy: Vec<Vec<String>>,
        assignments: &[RoleAssignment],
    ) -> Result<Self, AccessError> {
        let inner = Inner { enforcer: build(&model, &policy, assignments).await?, by_account: index(assignments) };
        Ok(Self { model, policy, inner: RwLock::new(inner) })
    }

    /// The shipped model and policy with the assignments of the platform schema.
    pub async fn load_default(platform: &PlatformDb) -> Result<Self, AccessError> {
        Self::from_parts(MODEL.into(), parse_policy(POLICY), &platform.role_assignments().await?).await
    }

    /// The shipped model and policy without any assignment (nobody holds a staff role yet).
    pub async fn without_assignments() -> Result<Self, AccessError> {
        Self::from_parts(MODEL.into(), parse_policy(POLICY), &[]).await
    }

    /// Re-reads the assignments (after a grant or revoke, here or on another replica).
    pub async fn reload(&self, platform: &PlatformDb) -> Result<(), AccessError> {
        let assignments = platform.role_assignments().await?;
        let fresh =
            Inner { enforcer: build(&self.model, &self.policy, &assignments).await?, by_account: index(&assignments) };
        *self.inner.write().await = fresh;
        Ok(())
    }

    /// May `account` do `action` on `object` in the municipality `tenant`? Enforced under a read lock.
    pub async fn allowed(&self, account: Uuid, tenant: &str, object: &str, action: &str) -> bool {
        self.inner.read().await.enforcer.enforce((subject(account).as_str(), tenant, object, action)).unwrap_or(false)
    }

    /// The roles an account holds (any municipality).
    pub async fn roles_of(&self, account: Uuid) -> Vec<RoleAssignment> {
        self.inner.read().await.by_account.get(&account).cloned().unwrap_or_default()
    }

    /// The desk of one facility (`kind` = `kita` or `ktp`), if any role of the account covers it.
    /// The capability says which actions casbin allows through the covering roles.
    pub async fn facility(&self, account: Uuid, tenant: &str, facility: Uuid, kind: &str) -> Option<FacilityCap> {
        let inner = self.inner.read().await;
        let held = inner.by_account.get(&account)?;
        let may = |role: &str, object: &str, action: &str| {
            inner.enforcer.enforce((subject(account).as_str(), tenant, object, action)).unwrap_or(false)
                && inner.enforcer.enforce((role, tenant, object, action)).unwrap_or(false)
        };
        let covering: Vec<&RoleAssignment> =
            held.iter().filter(|a| applies_in(a, tenant) && covers(a, facility, kind)).collect();
        let role = DESK_ROLES.iter().find(|r| covering.iter().any(|a| a.role == **r))?;
        if !may(role, "waiting_list", "read") {
            return None;
        }
        let any = |object: &str, action: &str| covering.iter().any(|a| may(&a.role, object, action));
        Some(FacilityCap {
            facility,
            account,
            role: (*role).to_owned(),
            offer: any("registration", "offer"),
            decline: any("registration", "decline"),
            paper: any("registration", "paper"),
            edit: any("facility_profile", "write"),
        })
    }

    /// Which facilities of `tenant` the account's desk lists.
    pub async fn desk_scope(&self, account: Uuid, tenant: &str) -> DeskScope {
        let inner = self.inner.read().await;
        let mut scope = DeskScope::default();
        for a in inner.by_account.get(&account).into_iter().flatten().filter(|a| applies_in(a, tenant)) {
            match a.role.as_str() {
                "facility_lead" => scope.facilities.extend(Uuid::parse_str(&a.scope).ok()),
                "ktp_advisor" => scope.childminders = true,
                "office_staff" | "district_admin" => scope.all = true,
                _ => {}
            }
        }
        scope
    }

    /// The office view of a municipality, for office staff of its office and district admins.
    pub async fn office(&self, account: Uuid, tenant: &str) -> Option<OfficeCap> {
        let inner = self.inner.read().await;
        let held = inner.by_account.get(&account)?;
        let role = ["office_staff", "district_admin"]
            .into_iter()
            .find(|r| held.iter().any(|a| a.role == *r && applies_in(a, tenant)))?;
        let may = |object: &str, action: &str| {
            inner.enforcer.enforce((subject(account).as_str(), tenant, object, action)).unwrap_or(false)
        };
        may("office_overview", "read").then(|| OfficeCap {
            tenant: tenant.to_owned(),
            account,
            role: role.to_owned(),
            settings: may("office_settings", "write"),
            roles: may("roles", "write"),
        })
    }

    /// The municipalities (slugs among `all`) whose office view the account may open: those
    /// [`Access::office`] answers for. One casbin check answers for every municipality that
    /// neither the account's roles nor a policy line name, since the matcher then sees the same
    /// lines for each of them (issue 22: a district admin's dashboard over 10,789 municipalities
    /// made 32,000 checks, a second of the page).
    pub async fn office_tenants<'a>(&self, account: Uuid, all: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        let inner = self.inner.read().await;
        let Some(held) = inner.by_account.get(&account) else { return Vec::new() };
        let named = |slug: &str| held.iter().any(|a| a.domain == slug) || self.policy.iter().any(|p| p[1] == slug);
        let may = |slug: &str| {
            held.iter().any(|a| matches!(a.role.as_str(), "office_staff" | "district_admin") && applies_in(a, slug))
                && inner.enforcer.enforce((subject(account).as_str(), slug, "office_overview", "read")).unwrap_or(false)
        };
        let mut unnamed = None;
        all.into_iter()
            .filter(|slug| if named(slug) { may(slug) } else { *unnamed.get_or_insert_with(|| may(slug)) })
            .map(str::to_owned)
            .collect()
    }
}

fn index(assignments: &[RoleAssignment]) -> HashMap<Uuid, Vec<RoleAssignment>> {
    let mut map: HashMap<Uuid, Vec<RoleAssignment>> = HashMap::new();
    for a in assignments {
        map.entry(a.account_id).or_default().push(a.clone());
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assign(account: Uuid, role: &str, domain: &str) -> RoleAssignment {
        RoleAssignment { account_id: account, role: role.into(), domain: domain.into(), scope: String::new() }
    }

    #[tokio::test]
    async fn office_tenants_answers_as_office_does_for_every_municipality() {
        let (staff, admin, lead, nobody) = (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
        let mut policy = parse_policy(POLICY);
        // A line for one municipality only: a facility lead may read Ochtrup's office overview.
        policy.push(["facility_lead", "ochtrup", "office_overview", "read"].map(String::from).to_vec());
        let access = Access::from_parts(
            MODEL.into(),
            policy,
            &[
                assign(staff, "office_staff", "laer"),
                assign(admin, "district_admin", "*"),
                assign(lead, "facility_lead", "*"),
                assign(lead, "office_staff", "rheine"),
            ],
        )
        .await
        .unwrap();
        let all = ["laer", "metelen", "ochtrup", "rheine", "steinfurt", "wettringen"];
        for account in [staff, admin, lead, nobody] {
            let mut one_by_one = Vec::new();
            for slug in all {
                if access.office(account, slug).await.is_some() {
                    one_by_one.push(slug.to_owned());
                }
            }
            assert_eq!(access.office_tenants(account, all).await, one_by_one);
        }
        assert_eq!(access.office_tenants(admin, all).await.len(), all.len());
        assert_eq!(access.office_tenants(staff, all).await, ["laer"]);
        assert_eq!(access.office_tenants(nobody, all).await, Vec::<String>::new());
    }

    #[tokio::test]
    async fn roles_apply_in_their_municipality_and_district_roles_everywhere() {
        let (lead, staff, admin, parent, nobody) =
            (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
        let access = Access::from_parts(
            MODEL.into(),
            parse_policy(POLICY),
            &[
                assign(lead, "facility_lead", "rheine"),
                assign(staff, "office_staff", "laer"),
                assign(staff, "office_staff", "metelen"),
                assign(admin, "district_admin", "*"),
                assign(parent, "parent", "*"),
            ],
        )
        .await
        .unwrap();
        // (account, tenant, object, action, expected)
        let table = [
            (lead, "rheine", "waiting_list", "read", true),
            (lead, "rheine", "registration", "offer", true),
            (lead, "emsdetten", "waiting_list", "read", false),
            (lead, "rheine", "tenants", "write", false),
            (staff, "laer", "audit_log", "read", true),
            (staff, "metelen", "office_overview", "read", true),
            (staff, "rheine", "audit_log", "read", false),
            (staff, "laer", "registration", "offer", false),
            (admin, "ibbenbueren", "tenants", "write", true),
            (admin, "rheine", "waiting_list", "read", true),
            (parent, "rheine", "registration", "accept", true),
            (parent, "rheine", "waiting_list", "read", false),
            (nobody, "rheine", "own_family", "read", false),
        ];
        for (who, tenant, obj, act, expected) in table {
            assert_eq!(access.allowed(who, tenant, obj, act).await, expected, "{tenant} {obj} {act}");
        }
    }

    /// Issue 19.8: several roles give the union of their rights; none takes another's away.
    #[tokio::test]
    async fn several_roles_give_the_union_of_their_rights() {
        let both = Uuid::new_v4();
        let kita = Uuid::new_v4();
        let access = Access::from_parts(
            MODEL.into(),
            parse_policy(POLICY),
            &[
                assign(both, "district_admin", "*"),
                assign(both, "office_staff", "rheine"),
                RoleAssignment {
                    account_id: both,
                    role: "facility_lead".into(),
                    domain: "laer".into(),
                    scope: kita.to_string(),
                },
            ],
        )
        .await
        .unwrap();
        let admin_only = Uuid::new_v4();
        let staff_only = Uuid::new_v4();
        let single = Access::from_parts(
            MODEL.into(),
            parse_policy(POLICY),
            &[assign(admin_only, "district_admin", "*"), assign(staff_only, "office_staff", "rheine")],
        )
        .await
        .unwrap();
        for tenant in ["rheine", "laer", "emsdetten"] {
            for (obj, act) in [
                ("tenants", "write"),
                ("office_settings", "write"),
                ("roles", "write"),
                ("office_overview", "read"),
                ("registration", "offer"),
                ("waiting_list", "read"),
            ] {
                let either = single.allowed(admin_only, tenant, obj, act).await
                    || single.allowed(staff_only, tenant, obj, act).await
                    || (tenant == "laer" && ["registration", "waiting_list"].contains(&obj));
                assert!(
                    !either || access.allowed(both, tenant, obj, act).await,
                    "{tenant} {obj} {act}: lost by holding several roles"
                );
            }
        }
        let cap = access.office(both, "rheine").await.expect("the office view of Rheine");
        let staff_cap = single.office(staff_only, "rheine").await.unwrap();
        assert_eq!(
            cap.may_change_settings(),
            staff_cap.may_change_settings() || single.office(admin_only, "rheine").await.unwrap().may_change_settings()
        );
        let desk = access.desk_scope(both, "laer").await;
        assert!(desk.all && desk.facilities == vec![kita], "{desk:?}");
    }

    #[test]
    fn the_policy_file_has_only_well_formed_rules() {
        let rules = parse_policy(POLICY);
        assert!(rules.len() >= 20);
        let roles = ["parent", "facility_lead", "ktp_advisor", "office_staff", "district_admin"];
        assert!(rules.iter().all(|r| roles.contains(&r[0].as_str()) && r[1] == "*"));
    }
}
