//! The office view (youth welfare office staff, district admins): per municipality of the office,
//! registrations, open offers, acceptances and children still without any offer, by desired start
//! month, with filters and a CSV export; the offer lock; the audit log.

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use step_access::OfficeCap;
use step_domain::ParamError;
use step_store::{Actor, OverviewRow};

use crate::desk::Staff;
use crate::error::{AppError, Result};
use crate::i18n::{DEFAULT_LANG, text};
use crate::pages::date_de;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{slug}/amt", get(overview_page))
        .route("/{slug}/amt/uebersicht.csv", get(overview_csv))
        .route("/{slug}/amt/angebotssperre", post(offer_lock))
        .route("/{slug}/amt/protokoll", get(audit_page))
        .route("/{slug}/amt/aufbewahrung", get(retention_page).post(retention_save))
        .route("/{slug}/amt/rollen", get(roles_page).post(roles_change))
}

async fn office_cap(state: &AppState, staff: &Staff) -> Result<OfficeCap> {
    state.access().office(staff.account, staff.ctx.tenant.slug.as_str()).await.ok_or(AppError::Forbidden)
}

#[derive(Deserialize, Serialize, Default, Clone)]
pub struct OverviewFilter {
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
}

fn month(field: &'static str, v: &Option<String>) -> Result<Option<String>> {
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
async fn office_rows(
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

fn total(rows: &[OverviewRow]) -> OverviewRow {
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

async fn overview_page(
    staff: Staff,
    State(state): State<AppState>,
    Query(f): Query<OverviewFilter>,
) -> Result<Response> {
    let cap = office_cap(&state, &staff).await?;
    // A bad filter shows the page again with the filter form and the message, not an error page.
    let (f, refused) = match f.checked() {
        Ok(_) => (f, None),
        Err(AppError::BadParam(p)) => (OverviewFilter::default(), Some((f, p))),
        Err(e) => return Err(e),
    };
    let per_tenant = office_rows(&state, &staff, &f).await?;
    let (kind, from, to) = f.checked()?;
    let here = staff.ctx.db.office_overview(kind, from.as_deref(), to.as_deref()).await?;
    let mut here_total = total(&here);
    here_total.children = staff.ctx.db.office_children(kind, from.as_deref(), to.as_deref()).await?;
    let mut summary: Vec<(String, OverviewRow)> = Vec::new();
    for (name, slug, rows) in &per_tenant {
        let mut sum = total(rows);
        // A child registered for several start months is one child.
        sum.children = state
            .store()
            .tenant(&state.registry().by_slug(slug).ok_or(AppError::NotFound)?.schema)
            .office_children(kind, from.as_deref(), to.as_deref())
            .await?;
        summary.push((name.clone(), sum));
    }
    let settings = staff.ctx.db.desk_settings().await?;
    let query = serde_urlencoded::to_string(&f).unwrap_or_default();
    let mut page = staff.page(&state);
    let shown = refused.as_ref().map_or(&f, |(sent, _)| sent);
    page.insert("rows", &here)
        .insert("total", &here_total)
        .insert("summary", &summary)
        .insert(
            "filter",
            &serde_json::json!({"kind": shown.kind.clone().unwrap_or_default(), "from": shown.from.clone().unwrap_or_default(),
                "to": shown.to.clone().unwrap_or_default()}),
        )
        .insert("error", &refused.as_ref().map(|(_, p)| crate::error::param_message(p)))
        .insert("error_field", &refused.as_ref().map(|(_, p)| p.field))
        .insert("query", &query)
        .insert("offer_lock", &settings.offer_lock)
        .insert("answer_days", &settings.offer_answer_days)
        .insert("may_settings", &cap.may_change_settings())
        .insert("may_roles", &cap.may_manage_roles())
        .insert("district_admin", &(cap.role() == "district_admin"));
    let status = if refused.is_some() { axum::http::StatusCode::BAD_REQUEST } else { axum::http::StatusCode::OK };
    Ok((status, page.render(&state, "office.html")?).into_response())
}

/// A CSV cell: quoted, with spreadsheet formulas neutralised (also used by the district CSV).
pub(crate) fn csv_field(v: &str) -> String {
    // Quote everything and neutralise spreadsheet formulas (a cell starting with = + - @).
    let v = if v.starts_with(['=', '+', '-', '@']) { format!("'{v}") } else { v.to_owned() };
    format!("\"{}\"", v.replace('"', "\"\""))
}

async fn overview_csv(
    staff: Staff,
    State(state): State<AppState>,
    Query(f): Query<OverviewFilter>,
) -> Result<Response> {
    office_cap(&state, &staff).await?;
    let per_tenant = office_rows(&state, &staff, &f).await?;
    let header = [
        "office-col-municipality",
        "office-col-month",
        "office-col-registrations",
        "office-col-children",
        "office-col-offers",
        "office-col-accepted",
        "office-col-contracted",
        "office-col-without-offer",
    ];
    // The byte order mark tells spreadsheet programs that the file is UTF-8 (umlauts).
    let mut out = String::from("\u{feff}");
    out.push_str(&header.iter().map(|k| csv_field(&text(&DEFAULT_LANG, k, &[]))).collect::<Vec<_>>().join(";"));
    out.push_str("\r\n");
    for (name, _, rows) in &per_tenant {
        for r in rows {
            let cells = [
                csv_field(name),
                csv_field(&r.month),
                r.registrations.to_string(),
                r.children.to_string(),
                r.offers_open.to_string(),
                r.accepted.to_string(),
                r.contracted.to_string(),
                r.without_offer.to_string(),
            ];
            out.push_str(&cells.join(";"));
            out.push_str("\r\n");
        }
    }
    let mut res = out.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"vormerkungen-{}.csv\"", staff.ctx.tenant.slug))
            .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

#[derive(Deserialize)]
struct LockForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    offer_lock: String,
}

async fn offer_lock(
    staff: Staff,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<LockForm>,
) -> Result<Response> {
    staff.csrf.check(&form.csrf)?;
    let cap = office_cap(&state, &staff).await?;
    if !cap.may_change_settings() {
        return Err(AppError::Forbidden);
    }
    let on = match form.offer_lock.as_str() {
        "on" => true,
        "off" => false,
        _ => return Err(AppError::BadParam(ParamError::new("offer_lock", "err-boolean"))),
    };
    staff.ctx.db.set_offer_lock(&Actor::account(cap.account(), cap.role()), on).await?;
    Ok(Redirect::to(&format!("{}/amt", staff.ctx.base)).into_response())
}

async fn audit_page(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    office_cap(&state, &staff).await?;
    let entries = staff.ctx.db.audit_entries(None, 300).await?;
    let view: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| {
            serde_json::json!({"when": format!("{} {:02}:{:02}", date_de(e.created_at.date()), e.created_at.hour(), e.created_at.minute()),
                "actor": e.actor, "role": text(&DEFAULT_LANG, &format!("role-{}", e.role.replace('_', "-")), &[]),
                "action": text(&DEFAULT_LANG, &format!("audit-action-{}", e.action), &[]), "object": e.object, "detail": e.detail})
        })
        .collect();
    let mut page = staff.page(&state);
    page.insert("entries", &view);
    Ok(page.render(&state, "audit.html")?.into_response())
}

/// Roles the office's page may grant: never a district-wide one (that stays with `step roles`).
const GRANTABLE: &[&str] = &["facility_lead", "ktp_advisor", "office_staff"];

#[derive(Deserialize, Serialize, Default)]
struct RoleForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    facility: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    id: String,
}

async fn roles_cap(state: &AppState, staff: &Staff) -> Result<OfficeCap> {
    let cap = office_cap(state, staff).await?;
    if cap.may_manage_roles() { Ok(cap) } else { Err(AppError::Forbidden) }
}

async fn render_roles(
    staff: &Staff,
    state: &AppState,
    form: &RoleForm,
    error: Option<&ParamError>,
    status: axum::http::StatusCode,
) -> Result<Response> {
    let slug = staff.ctx.tenant.slug.as_str();
    let rows = state.store().platform().roles_in(slug).await?;
    let facilities: Vec<(String, String)> = staff
        .ctx
        .db
        .desk_facilities(None, Some("kita"))
        .await?
        .into_iter()
        .map(|(id, name, ..)| (id.to_string(), name))
        .collect();
    let names: std::collections::HashMap<String, String> = facilities.iter().cloned().collect();
    let view: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            serde_json::json!({"id": r.id, "subjects": r.subjects, "role": r.role,
                "role_label": text(&DEFAULT_LANG, &format!("role-{}", r.role.replace('_', "-")), &[]),
                "scope": names.get(&r.scope).cloned().unwrap_or_else(|| r.scope.clone()),
                "district": r.domain == "*", "from_claim": r.granted_by == "claim"})
        })
        .collect();
    let mut page = staff.page(state);
    page.insert("rows", &view)
        .insert("facilities", &facilities)
        .insert("grantable", &GRANTABLE)
        .insert("form", form)
        .insert("error", &error.map(crate::error::param_message))
        .insert("error_field", &error.map(|e| e.field));
    Ok((status, page.render(state, "roles.html")?).into_response())
}

async fn roles_page(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    roles_cap(&state, &staff).await?;
    render_roles(&staff, &state, &RoleForm::default(), None, axum::http::StatusCode::OK).await
}

async fn roles_change(
    staff: Staff,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<RoleForm>,
) -> Result<Response> {
    staff.csrf.check(&form.csrf)?;
    let cap = roles_cap(&state, &staff).await?;
    let slug = staff.ctx.tenant.slug.to_string();
    let actor = Actor::account(cap.account(), cap.role());
    let platform = state.store().platform();
    let bad = |p: ParamError| (p, axum::http::StatusCode::BAD_REQUEST);
    let outcome: std::result::Result<(&str, String), (ParamError, axum::http::StatusCode)> = match form.action.as_str()
    {
        "grant" => {
            let subject = form.subject.trim();
            let role = GRANTABLE.iter().find(|r| **r == form.role.trim()).copied();
            match (subject, role) {
                ("", _) => Err(bad(ParamError::new("subject", "err-required"))),
                (s, _) if s.chars().count() > 200 || s.chars().any(char::is_control) => {
                    Err(bad(ParamError::new("subject", "err-subject")))
                }
                (_, None) => Err(bad(ParamError::new("role", "err-role"))),
                (subject, Some(role)) => {
                    let scope = match role {
                        "facility_lead" => {
                            let id = uuid::Uuid::parse_str(form.facility.trim()).ok();
                            match id {
                                Some(id) if staff.ctx.db.facility_kind(id).await?.is_some() => Ok(id.to_string()),
                                _ => Err(bad(ParamError::new("facility", "err-facility"))),
                            }
                        }
                        "ktp_advisor" => match form.region.trim() {
                            r if r.chars().count() <= 60 && !r.chars().any(char::is_control) => Ok(r.to_owned()),
                            _ => Err(bad(ParamError::new("region", "err-text-too-long").arg("max", 60))),
                        },
                        _ => Ok(staff.ctx.tenant.office.id.clone()),
                    };
                    match scope {
                        Ok(scope) => {
                            let account = platform.account_for_identity(state.oidc_issuer(), subject).await?;
                            if account == cap.account() {
                                // Office staff read; they may not make themselves a desk that acts.
                                let p = ParamError::new("subject", "err-self-grant");
                                return render_roles(
                                    &staff,
                                    &state,
                                    &form,
                                    Some(&p),
                                    axum::http::StatusCode::BAD_REQUEST,
                                )
                                .await;
                            }
                            let grant = step_store::RoleAssignment {
                                account_id: account,
                                role: role.into(),
                                domain: slug.clone(),
                                scope,
                            };
                            platform.grant_role(&grant, &format!("portal:{}", cap.account())).await?;
                            Ok(("role_granted", format!("{role} {subject} {}", grant.scope)))
                        }
                        Err(e) => Err(e),
                    }
                }
            }
        }
        "revoke" => {
            let id: i64 = form.id.trim().parse().map_err(|_| AppError::NotFound)?;
            let gone = platform.revoke_role_in(id, &slug, GRANTABLE).await?.ok_or(AppError::NotFound)?;
            Ok(("role_revoked", format!("{} {} {}", gone.role, gone.account_id, gone.scope)))
        }
        _ => Err(bad(ParamError::new("action", "err-action"))),
    };
    match outcome {
        Ok((action, detail)) => {
            staff.ctx.db.audit_read(&actor, action, &detail).await?;
            state.reload_access().await?;
            Ok(Redirect::to(&format!("{}/amt/rollen", staff.ctx.base)).into_response())
        }
        Err((p, status)) => render_roles(&staff, &state, &form, Some(&p), status).await,
    }
}

#[derive(Deserialize, Serialize, Default)]
struct RetentionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    retention_days: String,
    #[serde(default)]
    contract_years: String,
}

impl RetentionForm {
    /// Days for unanswered registrations (30–3650), years for kept contracts (0–30).
    fn validate(&self) -> std::result::Result<(i16, i16), ParamError> {
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

async fn render_retention(
    staff: &Staff,
    state: &AppState,
    form: Option<&RetentionForm>,
    error: Option<&ParamError>,
    saved: bool,
) -> Result<Response> {
    let cap = office_cap(state, staff).await?;
    let (days, years) = staff.ctx.db.retention_settings().await?;
    let shown = match form {
        Some(f) => serde_json::json!({"retention_days": f.retention_days, "contract_years": f.contract_years}),
        None => serde_json::json!({"retention_days": days.to_string(), "contract_years": years.to_string()}),
    };
    let mut page = staff.page(state);
    page.insert("form", &shown)
        .insert("may_settings", &cap.may_change_settings())
        .insert("error", &error.map(crate::error::param_message))
        .insert("error_field", &error.map(|e| e.field))
        .insert("notice", &saved.then(|| text(&DEFAULT_LANG, "retention-saved", &[])));
    let status = if error.is_some() { axum::http::StatusCode::BAD_REQUEST } else { axum::http::StatusCode::OK };
    Ok((status, page.render(state, "retention.html")?).into_response())
}

async fn retention_page(staff: Staff, State(state): State<AppState>, uri: axum::http::Uri) -> Result<Response> {
    let saved = uri.query() == Some("hinweis=gespeichert");
    render_retention(&staff, &state, None, None, saved).await
}

async fn retention_save(
    staff: Staff,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<RetentionForm>,
) -> Result<Response> {
    staff.csrf.check(&form.csrf)?;
    let cap = office_cap(&state, &staff).await?;
    if !cap.may_change_settings() {
        return Err(AppError::Forbidden);
    }
    match form.validate() {
        Ok((days, years)) => {
            staff.ctx.db.set_retention(&Actor::account(cap.account(), cap.role()), days, years).await?;
            Ok(Redirect::to(&format!("{}/amt/aufbewahrung?hinweis=gespeichert", staff.ctx.base)).into_response())
        }
        Err(p) => render_retention(&staff, &state, Some(&form), Some(&p), false).await,
    }
}
