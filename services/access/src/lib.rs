//! Access control, decided in one place. casbin's RBAC with domains answers "may this role do this
//! action on this kind of object in this municipality"; the model and the base policy live in
//! `config/casbin/`, the role assignments in `platform.role_assignments` (reloaded on change, no
//! restart). The domain is always the tenant the server resolved, never a header.
//!
//! Only the first part of issue 5: handlers do not use it yet (the facility desk comes next).

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
    enforcer: RwLock<Enforcer>,
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
        let enforcer = build(&model, &policy, assignments).await?;
        Ok(Self { model, policy, enforcer: RwLock::new(enforcer) })
    }

    /// Re-reads the assignments (after a grant or revoke, here or on another replica).
    pub async fn reload(&self, platform: &PlatformDb) -> Result<(), AccessError> {
        let fresh = build(&self.model, &self.policy, &platform.role_assignments().await?).await?;
        *self.enforcer.write().await = fresh;
        Ok(())
    }

    /// May `account` do `action` on `object` in the municipality `tenant`? Enforced under a read lock.
    pub async fn allowed(&self, account: Uuid, tenant: &str, object: &str, action: &str) -> bool {
        self.enforcer.read().await.enforce((subject(account).as_str(), tenant, object, action)).unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MODEL: &str = include_str!("../../../config/casbin/model.conf");
    const POLICY: &str = include_str!("../../../config/casbin/policy.csv");

    fn assign(account: Uuid, role: &str, domain: &str) -> RoleAssignment {
        RoleAssignment { account_id: account, role: role.into(), domain: domain.into(), scope: String::new() }
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

    #[test]
    fn the_policy_file_has_only_well_formed_rules() {
        let rules = parse_policy(POLICY);
        assert!(rules.len() >= 20);
        let roles = ["parent", "facility_lead", "ktp_advisor", "office_staff", "district_admin"];
        assert!(rules.iter().all(|r| roles.contains(&r[0].as_str()) && r[1] == "*"));
    }
}
