//! The office's work shared by its pages: the overview's filter and figures across the office's
//! municipalities, role grants and revocations (never a district-wide role), the retention form.

use serde::{Deserialize, Serialize};
use step_access::OfficeCap;
use step_domain::ParamError;
use step_store::OverviewRow;
use uuid::Uuid;

use crate::web::error::{AppError, Result};
use crate::web::extract::Staff;
use crate::web::format::local_de;
use crate::web::i18n::{DEFAULT_LANG, text};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(Deserialize, Serialize, Default, Clone)]
pub struct OverviewFilter {
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
}

pub fn month(field: &'static str, v: &Option<String>) -> Result<Option<String>> {
    match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(m)
            if m.len() == 7
                && m.as_bytes()[4] == b'-'
                && m[..4].chars().all(|c| c.is_ascii_digit())
                && matches!(m[5..].parse::<u8>(), Ok(1..=12)) =>
        {
            Ok(Some(m.to_owned()))
        }
        Some(_) => Err(AppError::BadParam(ParamError::new(field, "err-month"))),
    }
}

impl OverviewFilter {
    /// Checked filter values: kind `kita`/`ktp`, months as `YYYY-MM`.
    pub fn checked(&self) -> Result<(Option<&'static str>, Option<String>, Option<String>)> {
        let kind = match self.kind.as_deref().map(str::trim) {
            None | Some("") => None,
            Some("kita") => Some("kita"),
            Some("ktp") => Some("ktp"),
            Some(_) => return Err(AppError::BadParam(ParamError::new("kind", "err-kind"))),
        };
        Ok((kind, month("from", &self.from)?, month("to", &self.to)?))
    }
}

/// Overview rows of every municipality of the office that the account oversees, in registry order.
pub async fn office_rows(
    state: &AppState,
    staff: &Staff,
    f: &OverviewFilter,
) -> Result<Vec<(String, String, Vec<OverviewRow>)>> {
    let (kind, from, to) = f.checked()?;
    let office = &staff.ctx.tenant.office.id;
    let mut out = Vec::new();
    for t in state.registry().all().iter().filter(|t| t.office.id == *office) {
        if state.access().office(staff.account, t.slug.as_str()).await.is_none() {
            continue;
        }
        let rows = state.store().tenant(&t.schema).office_overview(kind, from.as_deref(), to.as_deref()).await?;
        out.push((t.name.clone(), t.slug.to_string(), rows));
    }
    Ok(out)
}

pub fn total(rows: &[OverviewRow]) -> OverviewRow {
    rows.iter().fold(OverviewRow::default(), |mut a, r| {
        a.registrations += r.registrations;
        a.children += r.children;
        a.offers_open += r.offers_open;
        a.accepted += r.accepted;
        a.contracted += r.contracted;
        a.without_offer += r.without_offer;
        a
    })
}

/// Roles the office's page may grant: never a district-wide one (that stays with `step roles`).
pub const GRANTABLE: &[&str] = &["facility_lead", "ktp_advisor", "office_staff"];

#[derive(Deserialize, Serialize, Default)]
pub struct RoleForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub facility: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub id: String,
}

/// What a role change did (audit action and detail, and the assignment a grant made), or why it
/// was refused (the form comes back).
pub enum RoleOutcome {
    Done(&'static str, String, Option<i64>),
    Refused(ParamError),
}

/// Grants or revokes a role in this municipality as the office's page asks.
pub async fn change_role(state: &AppState, ctx: &TenantCtx, cap: &OfficeCap, form: &RoleForm) -> Result<RoleOutcome> {
    match form.action.as_str() {
        "grant" => grant(state, ctx, cap, form).await,
        "revoke" => {
            let id: i64 = form.id.trim().parse().map_err(|_| AppError::NotFound)?;
            let platform = state.store().platform();
            let gone =
                platform.revoke_role_in(id, ctx.tenant.slug.as_str(), GRANTABLE).await?.ok_or(AppError::NotFound)?;
            Ok(RoleOutcome::Done("role_revoked", format!("{} {} {}", gone.role, gone.account_id, gone.scope), None))
        }
        _ => Ok(RoleOutcome::Refused(ParamError::new("action", "err-action"))),
    }
}

async fn grant(state: &AppState, ctx: &TenantCtx, cap: &OfficeCap, form: &RoleForm) -> Result<RoleOutcome> {
    let subject = form.subject.trim();
    let role = match (subject, GRANTABLE.iter().find(|r| **r == form.role.trim()).copied()) {
        ("", _) => return Ok(RoleOutcome::Refused(ParamError::new("subject", "err-required"))),
        (s, _) if s.chars().count() > 200 || s.chars().any(char::is_control) => {
            return Ok(RoleOutcome::Refused(ParamError::new("subject", "err-subject")));
        }
        (_, None) => return Ok(RoleOutcome::Refused(ParamError::new("role", "err-role"))),
        (_, Some(role)) => role,
    };
    let scope = match grant_scope(ctx, role, form).await? {
        Ok(scope) => scope,
        Err(p) => return Ok(RoleOutcome::Refused(p)),
    };
    let platform = state.store().platform();
    let account = match platform.account_by_subject(state.oidc_issuer(), subject).await? {
        Some(account) => account,
        // Never an account for an identity nobody signed in with: find the person instead.
        None => match platform.find_grantee(subject).await?.as_slice() {
            [one] => one.id,
            [] => return Ok(RoleOutcome::Refused(ParamError::new("subject", "err-person-unknown"))),
            _ => return Ok(RoleOutcome::Refused(ParamError::new("subject", "err-person-ambiguous"))),
        },
    };
    if account == cap.account() {
        // Office staff read; they may not make themselves a desk that acts.
        return Ok(RoleOutcome::Refused(ParamError::new("subject", "err-self-grant")));
    }
    let grant = step_store::RoleAssignment {
        account_id: account,
        role: role.into(),
        domain: ctx.tenant.slug.to_string(),
        scope,
    };
    platform.grant_role(&grant, &format!("portal:{}", cap.account())).await?;
    let id = platform.role_assignment_id(&grant).await?;
    Ok(RoleOutcome::Done("role_granted", format!("{role} {subject} {}", grant.scope), id))
}

/// What a role covers: a facility of this municipality (lead), a region (adviser), the office.
async fn grant_scope(ctx: &TenantCtx, role: &str, form: &RoleForm) -> Result<std::result::Result<String, ParamError>> {
    Ok(match role {
        "facility_lead" => match Uuid::parse_str(form.facility.trim()).ok() {
            Some(id) if ctx.db.facility_kind(id).await?.is_some() => Ok(id.to_string()),
            _ => Err(ParamError::new("facility", "err-facility")),
        },
        "ktp_advisor" => match form.region.trim() {
            r if r.chars().count() <= 60 && !r.chars().any(char::is_control) => Ok(r.to_owned()),
            _ => Err(ParamError::new("region", "err-text-too-long").arg("max", 60)),
        },
        _ => Ok(ctx.tenant.office.id.clone()),
    })
}

#[derive(Deserialize, Serialize, Default)]
pub struct RetentionForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub retention_days: String,
    #[serde(default)]
    pub contract_years: String,
}

impl RetentionForm {
    /// Days for unanswered registrations (30–3650), years for kept contracts (0–30).
    pub fn validate(&self) -> std::result::Result<(i16, i16), ParamError> {
        let days = self
            .retention_days
            .trim()
            .parse::<i16>()
            .ok()
            .filter(|d| (30..=3650).contains(d))
            .ok_or_else(|| ParamError::new("retention_days", "err-retention-days"))?;
        let years = self
            .contract_years
            .trim()
            .parse::<i16>()
            .ok()
            .filter(|y| (0..=30).contains(y))
            .ok_or_else(|| ParamError::new("contract_years", "err-contract-years"))?;
        Ok((days, years))
    }
}

/// The audit page's filter as typed (issue 16): person (name or e-mail), child (name), action, and a
/// period of days (`JJJJ-MM-TT` or `TT.MM.JJJJ`).
#[derive(Debug, Default, Deserialize, Serialize)]
pub struct AuditQuery {
    #[serde(default)]
    pub person: String,
    #[serde(default)]
    pub child: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
}

/// One line of the audit log in words.
#[derive(Debug, Serialize)]
pub struct AuditRow {
    pub when: String,
    pub who: String,
    pub role: String,
    pub action: String,
    pub object: String,
    pub detail: String,
}

/// A day typed as `JJJJ-MM-TT` or `TT.MM.JJJJ`; empty is none.
fn day(field: &'static str, typed: &str) -> Result<Option<time::Date>> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let german = time::macros::format_description!("[day].[month].[year]");
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(typed, iso)
        .or_else(|_| time::Date::parse(typed, german))
        .map(Some)
        .map_err(|_| AppError::BadParam(ParamError::new(field, "err-day")))
}

/// Checks the filter and turns it into the store's: people and children by name become the account
/// ids and registrations they stand for; days become the local day's start and the next day's.
async fn audit_filter(
    state: &AppState,
    ctx: &TenantCtx,
    q: &AuditQuery,
    limit: i64,
) -> Result<step_store::AuditFilter> {
    for (field, value) in [("audit_person", &q.person), ("audit_child", &q.child)] {
        if value.chars().count() > 100 || value.chars().any(char::is_control) {
            return Err(AppError::BadParam(ParamError::new(field, "err-text-too-long").arg("max", 100)));
        }
    }
    let (from, to) = (day("audit_from", &q.from)?, day("audit_to", &q.to)?);
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(AppError::BadParam(ParamError::new("audit_to", "err-period")));
    }
    // Days are German days: from local midnight (an hour either way decides little here).
    let start = |d: time::Date| d.midnight().assume_utc() - time::Duration::hours(1);
    let actors = match q.person.trim() {
        "" => None,
        p => Some(state.store().platform().find_people(p, 200).await?.into_iter().map(|p| p.id.to_string()).collect()),
    };
    let objects = match q.child.trim() {
        "" => None,
        c => Some(ctx.db.child_objects(c).await?),
    };
    Ok(step_store::AuditFilter {
        actors,
        objects,
        action: Some(q.action.trim().to_owned()).filter(|a| !a.is_empty()),
        from: from.map(start),
        until: to.map(|t| start(t.next_day().unwrap_or(t))),
        limit,
    })
}

/// The audit entries the filter asks for, in words: who by name, what by name, when in German time.
pub async fn audit_rows(state: &AppState, ctx: &TenantCtx, q: &AuditQuery, limit: i64) -> Result<Vec<AuditRow>> {
    let filter = audit_filter(state, ctx, q, limit).await?;
    let entries = ctx.db.audit_search(&filter).await?;
    let ids: Vec<Uuid> = entries.iter().filter_map(|e| Uuid::parse_str(&e.actor).ok()).collect();
    let people: std::collections::HashMap<String, String> =
        state.store().platform().people(&ids).await?.into_iter().map(|p| (p.id.to_string(), p.label())).collect();
    let objects: Vec<String> = entries.iter().map(|e| e.object.clone()).collect();
    let names = ctx.db.audit_object_names(&objects).await?;
    Ok(entries
        .into_iter()
        .map(|e| AuditRow {
            when: local_de(e.created_at),
            who: people.get(&e.actor).cloned().unwrap_or_else(|| e.actor.clone()),
            role: text(&DEFAULT_LANG, &format!("role-{}", e.role.replace('_', "-")), &[]),
            action: text(&DEFAULT_LANG, &format!("audit-action-{}", e.action), &[]),
            object: names.get(&e.object).cloned().unwrap_or_else(|| e.object.clone()),
            detail: e.detail,
        })
        .collect())
}
