//! The office's work shared by its pages: the overview's filter and figures across the office's
//! municipalities, the retention form, the audit log's filter; role grants, revocations and
//! invitations live in [`roles`].

use serde::{Deserialize, Serialize};
use step_domain::ParamError;
use step_store::OverviewRow;
use uuid::Uuid;

use crate::web::error::{AppError, Result};
use crate::web::extract::Staff;
use crate::web::format::moment_text;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

pub mod calendar;
pub mod cases;
pub mod mail;
pub mod notices;
pub mod proposals;
pub mod roles;
pub mod rounds;

pub(crate) use mail::undeliverable_rows;

#[derive(Deserialize, Serialize, Default, Clone)]
pub struct OverviewFilter {
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
}

/// A month of the filter as people type it (`2027-08`, `08/2027`), kept as `2027-08`.
pub fn month(field: &'static str, v: &Option<String>) -> Result<Option<String>> {
    match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(m) => step_domain::search::parse_month(m)
            .map(Some)
            .ok_or_else(|| AppError::BadParam(ParamError::new(field, "err-month"))),
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
        let (from, to) = (month("from", &self.from)?, month("to", &self.to)?);
        if let (Some(f), Some(t)) = (&from, &to)
            && f > t
        {
            return Err(AppError::BadParam(ParamError::new("to", "err-month-order")));
        }
        Ok((kind, from, to))
    }

    /// Every mistake of the filter at once, each at its field (issue 16.4).
    pub fn mistakes(&self) -> Vec<ParamError> {
        let mut all = Vec::new();
        if !matches!(self.kind.as_deref().map(str::trim), None | Some("" | "kita" | "ktp")) {
            all.push(ParamError::new("kind", "err-kind"));
        }
        let (from, to) = (month("from", &self.from), month("to", &self.to));
        for r in [&from, &to] {
            if let Err(AppError::BadParam(p)) = r {
                all.push(p.clone());
            }
        }
        if let (Ok(Some(f)), Ok(Some(t))) = (&from, &to)
            && f > t
        {
            all.push(ParamError::new("to", "err-month-order"));
        }
        all
    }
}

/// Overview rows of every municipality of the office that the account oversees, in registry order.
pub async fn office_rows(
    state: &AppState,
    staff: &Staff,
    f: &OverviewFilter,
) -> Result<Vec<(String, String, Vec<OverviewRow>)>> {
    let (kind, from, to) = f.checked()?;
    let mut out = Vec::new();
    for t in office_municipalities(state, &staff.ctx, staff.account).await {
        let rows = state.store().tenant(&t.schema).office_overview(kind, from.as_deref(), to.as_deref()).await?;
        out.push((t.name.clone(), t.slug.to_string(), rows));
    }
    Ok(out)
}

/// The municipalities of this one's office that `account` may work as office staff.
pub async fn office_municipalities(
    state: &AppState,
    ctx: &TenantCtx,
    account: Uuid,
) -> Vec<std::sync::Arc<step_domain::Tenant>> {
    let mut out = Vec::new();
    for t in state.registry().all().iter().filter(|t| t.office.id == ctx.tenant.office.id) {
        if state.access().office(account, t.slug.as_str()).await.is_some() {
            out.push(t.clone());
        }
    }
    out
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
    /// Days for unanswered registrations (30–3650), years for kept contracts (0–30); every mistake
    /// at its field (issue 16.4).
    pub fn check(&self) -> std::result::Result<(i16, i16), Vec<ParamError>> {
        let number = |typed: &str, range: std::ops::RangeInclusive<i16>, field: &'static str, key: &'static str| {
            typed.trim().parse::<i16>().ok().filter(|n| range.contains(n)).ok_or_else(|| ParamError::new(field, key))
        };
        let days = number(&self.retention_days, 30..=3650, "retention_days", "err-retention-days");
        let years = number(&self.contract_years, 0..=30, "contract_years", "err-contract-years");
        match (days, years) {
            (Ok(d), Ok(y)) => Ok((d, y)),
            (d, y) => Err([d.err(), y.err()].into_iter().flatten().collect()),
        }
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
    match typed.trim() {
        "" => Ok(None),
        t => step_domain::search::parse_date(t)
            .map(Some)
            .ok_or_else(|| AppError::BadParam(ParamError::new(field, "err-day"))),
    }
}

/// Every mistake of the audit filter at once, each at its field (issue 16.4).
pub fn audit_mistakes(q: &AuditQuery) -> Vec<ParamError> {
    let mut all = Vec::new();
    for (field, value) in [("audit_person", &q.person), ("audit_child", &q.child)] {
        if value.chars().count() > 100 || value.chars().any(char::is_control) {
            all.push(ParamError::new(field, "err-text-too-long").arg("max", 100));
        }
    }
    let (from, to) = (day("audit_from", &q.from), day("audit_to", &q.to));
    for r in [&from, &to] {
        if let Err(AppError::BadParam(p)) = r {
            all.push(p.clone());
        }
    }
    if let (Ok(Some(f)), Ok(Some(t))) = (from, to)
        && f > t
    {
        all.push(ParamError::new("audit_to", "err-period"));
    }
    all
}

/// Checks the filter and turns it into the store's: people and children by name become the account
/// ids and registrations they stand for; days become the local day's start and the next day's.
async fn audit_filter(
    state: &AppState,
    ctx: &TenantCtx,
    q: &AuditQuery,
    limit: i64,
) -> Result<step_store::AuditFilter> {
    if let Some(first) = audit_mistakes(q).into_iter().next() {
        return Err(AppError::BadParam(first));
    }
    let (from, to) = (day("audit_from", &q.from)?, day("audit_to", &q.to)?);
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
            when: moment_text(e.created_at),
            who: people.get(&e.actor).cloned().unwrap_or_else(|| e.actor.clone()),
            role: text(current(), &format!("role-{}", e.role.replace('_', "-")), &[]),
            action: text(current(), &format!("audit-action-{}", e.action), &[]),
            object: names.get(&e.object).cloned().unwrap_or_else(|| e.object.clone()),
            detail: e.detail,
        })
        .collect())
}
