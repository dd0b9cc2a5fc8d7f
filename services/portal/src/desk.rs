//! The facility desk for facility leads and childminder advisers (office staff and district
//! admins may look): the ranked waiting list, a registration with its criteria, offer and decline,
//! the facility's profile, capacity and criteria catalogue, and paper registrations.
//!
//! Every handler gets a [`FacilityCap`] from [`step_access::Access`] first and hands the store only
//! what it holds; the store then scopes every statement to that facility.

use axum::Router;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use step_access::FacilityCap;
use step_domain::ParamError;
use step_domain::desk::{CapacityForm, CriterionForm, DECLINE_REASONS, DeclineForm, OfferForm, PaperForm, ProfileForm};
use step_domain::search::format_date;
use step_store::{Actor, Capacity, WaitingRow};
use uuid::Uuid;

use crate::account::{encode, user_page};
use crate::error::{AppError, Result, param_message, rule_key};
use crate::i18n::{DEFAULT_LANG, text};
use crate::letters;
use crate::pages::{PageCtx, date_de};
use crate::session::{CsrfToken, Session};
use crate::state::AppState;
use crate::tenancy::TenantCtx;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{slug}/einrichtung", get(index))
        .route("/{slug}/einrichtung/{fid}", get(waiting_page))
        .route("/{slug}/einrichtung/{fid}/vormerkungen/{rid}", get(registration_page))
        .route("/{slug}/einrichtung/{fid}/vormerkungen/{rid}/kriterien", post(criteria_tick))
        .route("/{slug}/einrichtung/{fid}/vormerkungen/{rid}/zusage", post(offer_do))
        .route("/{slug}/einrichtung/{fid}/vormerkungen/{rid}/absage", post(decline_do))
        .route("/{slug}/einrichtung/{fid}/profil", get(profile_page).post(profile_save))
        .route("/{slug}/einrichtung/{fid}/plaetze", get(capacity_page).post(capacity_save))
        .route("/{slug}/einrichtung/{fid}/papier", get(paper_page).post(paper_save))
}

/// A signed-in person on a staff page (roles are checked per object after this).
pub struct Staff {
    pub ctx: TenantCtx,
    pub session: Session,
    pub csrf: CsrfToken,
    pub account: Uuid,
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ctx = TenantCtx::from_request_parts(parts, state).await?;
        let session = Session::from_request_parts(parts, state).await?;
        let csrf = CsrfToken::from_request_parts(parts, state).await?;
        let account = session
            .account()
            .ok_or_else(|| AppError::Redirect(format!("{}/login?return_to={}", ctx.base, encode(&session.here))))?;
        Ok(Self { ctx, session, csrf, account })
    }
}

impl Staff {
    pub fn page(&self, state: &AppState) -> PageCtx {
        let mut page = user_page(state, &self.ctx, &self.session, &self.csrf);
        page.insert("staff_nav", &true);
        page
    }
}

/// The capability for facility `fid` of this municipality: 404 for an unknown facility, 403 when
/// no role of the account covers it.
pub async fn facility_cap(state: &AppState, ctx: &TenantCtx, account: Uuid, fid: &str) -> Result<FacilityCap> {
    let id = Uuid::parse_str(fid).map_err(|_| AppError::NotFound)?;
    let kind = ctx.db.facility_kind(id).await?.ok_or(AppError::NotFound)?;
    state.access().facility(account, ctx.tenant.slug.as_str(), id, &kind).await.ok_or(AppError::Forbidden)
}

pub fn actor(cap: &FacilityCap) -> Actor {
    Actor::account(cap.account(), cap.role())
}

/// Notices after a desk action, by whitelisted key.
const NOTICES: &[&str] = &[
    "offered",
    "rejected",
    "criteria-saved",
    "profile-saved",
    "capacity-saved",
    "catalogue-saved",
    "paper-saved",
    "contract-created",
    "signed-uploaded",
    "contracted",
];

fn notice(uri: &Uri) -> Option<String> {
    let key = uri.query()?.split('&').find_map(|p| p.strip_prefix("hinweis="))?;
    NOTICES.contains(&key).then(|| text(&DEFAULT_LANG, &format!("desk-notice-{key}"), &[]))
}

#[derive(Serialize)]
struct FacilityLine {
    id: Uuid,
    name: String,
    kind: String,
    waiting: i64,
    offered: i64,
}

async fn index(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    let slug = staff.ctx.tenant.slug.as_str();
    let scope = state.access().desk_scope(staff.account, slug).await;
    let office = state.access().office(staff.account, slug).await.is_some();
    if scope.is_empty() && !office {
        return Err(AppError::Forbidden);
    }
    let rows = if scope.all {
        staff.ctx.db.desk_facilities(None, None).await?
    } else {
        let mut rows = if scope.facilities.is_empty() {
            Vec::new()
        } else {
            staff.ctx.db.desk_facilities(Some(&scope.facilities), None).await?
        };
        if scope.childminders {
            rows.extend(staff.ctx.db.desk_facilities(None, Some("ktp")).await?);
        }
        rows
    };
    let lines: Vec<FacilityLine> = rows
        .into_iter()
        .map(|(id, name, kind, waiting, offered)| FacilityLine { id, name, kind, waiting, offered })
        .collect();
    let mut page = staff.page(&state);
    page.insert("facilities", &lines).insert("office", &office);
    Ok(page.render(&state, "desk_index.html")?.into_response())
}

#[derive(Serialize)]
struct RowView {
    place: usize,
    id: Uuid,
    child: String,
    /// "3 J. 5 M. zum Beginn · Priorität 1 · auf Papier"
    detail: String,
    start: String,
    hours_label: String,
    points: i64,
    criteria: Vec<String>,
    status: String,
    status_label: String,
    answer_by: Option<String>,
    paused: bool,
    reason: Option<String>,
}

/// Catalogue texts for the rows of a list, each distinct one formatted once (a waiting list of
/// 2,000 rows would otherwise format tens of thousands of messages).
#[derive(Default)]
struct Labels(std::collections::HashMap<(&'static str, String), String>);

impl Labels {
    fn get(&mut self, key: &'static str, arg: (&'static str, String)) -> String {
        self.0.entry((key, arg.1.clone())).or_insert_with(|| text(&DEFAULT_LANG, key, &[arg])).clone()
    }

    fn plain(&mut self, key: String) -> String {
        self.0.entry(("", key.clone())).or_insert_with(|| text(&DEFAULT_LANG, &key, &[])).clone()
    }
}

/// Age at the desired start in whole months, `None` before birth.
fn months_at_start(row: &WaitingRow) -> Option<i32> {
    let born = row.birth_date.or(row.expected_birth_date)?;
    if born > row.start_date {
        return None;
    }
    let mut months = (row.start_date.year() - born.year()) * 12 + row.start_date.month() as i32 - born.month() as i32;
    if row.start_date.day() < born.day() {
        months -= 1;
    }
    Some(months)
}

fn row_view(labels: &mut Labels, place: usize, r: &WaitingRow) -> RowView {
    let age = match months_at_start(r) {
        Some(m) => {
            let key = ("desk-age", format!("{m}"));
            labels
                .0
                .entry(key)
                .or_insert_with(|| {
                    text(
                        &DEFAULT_LANG,
                        "desk-age",
                        &[("years", (m / 12).to_string()), ("months", (m % 12).to_string())],
                    )
                })
                .clone()
        }
        None => labels.plain("desk-age-unborn".into()),
    };
    // Not the family's priority: facilities do not learn where else or how keenly a child is registered.
    let mut detail = age;
    if r.origin == "paper" {
        detail.push_str(" · ");
        detail.push_str(&labels.plain("desk-paper-mark".into()));
    }
    RowView {
        place,
        id: r.id,
        child: format!("{} {}", r.child_first_name, r.child_last_name),
        detail,
        start: date_de(r.start_date),
        hours_label: labels.get("hours-option", ("hours", r.hours.to_string())),
        points: r.points,
        criteria: r.criteria.clone(),
        status: r.status.clone(),
        status_label: labels.plain(format!("status-{}", r.status)),
        // The deadline matters only while the offer is open.
        answer_by: r.answer_by.filter(|_| r.status == "offered").map(date_de),
        paused: r.paused,
        reason: r.reason.as_ref().map(|k| labels.plain(format!("reason-{k}"))),
    }
}

#[derive(Serialize)]
struct CapacityView {
    start: String,
    start_iso: String,
    band: String,
    hours: i16,
    free: i16,
}

fn capacity_view(rows: &[Capacity]) -> Vec<CapacityView> {
    rows.iter()
        .map(|c| CapacityView {
            start: date_de(c.start_date),
            start_iso: format_date(c.start_date),
            band: c.age_band.clone(),
            hours: c.hours,
            free: c.free_places,
        })
        .collect()
}

async fn facility_name(ctx: &TenantCtx, id: Uuid) -> Result<String> {
    Ok(ctx.db.facility_names(&[id]).await?.into_iter().next().map(|f| f.1).unwrap_or_default())
}

/// Rows per page of a waiting list: a lead works from the top, and a phone shows 100 rows well.
const PAGE_ROWS: usize = 100;

#[derive(Deserialize)]
struct ListQuery {
    #[serde(default)]
    seite: Option<String>,
}

async fn waiting_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
    axum::extract::Query(q): axum::extract::Query<ListQuery>,
    uri: Uri,
) -> Result<Response> {
    let cap = facility_cap(&state, &staff.ctx, staff.account, &fid).await?;
    let db = &staff.ctx.db;
    let rows = db.waiting_list(cap.facility()).await?;
    db.audit_read(&actor(&cap), "waiting_list_read", &format!("facility:{}", cap.facility())).await?;
    let pages = rows.len().div_ceil(PAGE_ROWS).max(1);
    let page_no = match q.seite.as_deref().map(str::trim) {
        None | Some("") => 1,
        Some(p) => p.parse::<usize>().ok().filter(|n| (1..=pages).contains(n)).ok_or_else(|| {
            AppError::BadParam(ParamError::new("page", "err-number-range").arg("min", 1).arg("max", pages))
        })?,
    };
    let first = (page_no - 1) * PAGE_ROWS;
    let closed = db.closed_registrations(cap.facility(), 50).await?;
    let mut labels = Labels::default();
    let shown: Vec<RowView> =
        rows.iter().enumerate().skip(first).take(PAGE_ROWS).map(|(i, r)| row_view(&mut labels, i + 1, r)).collect();
    let base = format!("{}/einrichtung/{}", staff.ctx.base, cap.facility());
    let link = |n: usize| format!("{base}?seite={n}");
    let page_links: Vec<serde_json::Value> = (1..=pages)
        .filter(|n| *n == 1 || *n == pages || n.abs_diff(page_no) <= 2)
        .map(|n| serde_json::json!({"number": n, "url": link(n), "current": n == page_no}))
        .collect();
    let mut page = staff.page(&state);
    let messages: Vec<serde_json::Value> = staff
        .ctx
        .db
        .facility_messages(cap.facility(), 5)
        .await?
        .into_iter()
        .map(|m| {
            serde_json::json!({"date": date_de(m.created_at.date()), "subject": m.subject, "body": m.body,
                "registration": m.registration_id})
        })
        .collect();
    page.insert("messages", &messages);
    let kept: Vec<serde_json::Value> = staff
        .ctx
        .db
        .kept_documents(cap.facility())
        .await?
        .into_iter()
        .map(|(d, until)| serde_json::json!({"id": d.id, "title": d.title, "until": date_de(until)}))
        .collect();
    page.insert("kept", &kept);
    page.insert("facility_id", &cap.facility())
        .insert("facility", &facility_name(&staff.ctx, cap.facility()).await?)
        .insert("total", &rows.len())
        .insert("from", &(first + 1).min(rows.len()))
        .insert("to", &(first + shown.len()))
        .insert("rows", &shown)
        .insert("page", &page_no)
        .insert("pages", &pages)
        .insert("page_links", &page_links)
        .insert("prev_url", &(page_no > 1).then(|| link(page_no - 1)))
        .insert("next_url", &(page_no < pages).then(|| link(page_no + 1)))
        .insert("closed", &closed.iter().map(|r| row_view(&mut labels, 0, r)).collect::<Vec<_>>())
        .insert("capacity", &capacity_view(&db.capacity(cap.facility()).await?))
        .insert("may_edit", &cap.may_edit())
        .insert("may_paper", &cap.may_register_paper())
        .insert("notice", &notice(&uri));
    Ok(page.render(&state, "desk_list.html")?.into_response())
}

#[derive(Deserialize, Default, Serialize)]
struct ActionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    answer_by: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    note: Option<String>,
}

/// Renders a registration for the desk; `error` re-displays a refused action with its input.
async fn render_registration(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    rid: &str,
    form: &ActionForm,
    error: Option<(String, Option<&'static str>)>,
    status: StatusCode,
) -> Result<Response> {
    render_registration_full(staff, state, cap, rid, form, error, status, None).await
}

/// The registration page with a message above the documents (after a refused document action).
pub async fn render_registration_with(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    rid: Uuid,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response> {
    let error = error.map(|e| (e, Some("dokumente")));
    render_registration_full(staff, state, cap, &rid.to_string(), &ActionForm::default(), error, status, None).await
}

#[allow(clippy::too_many_arguments)]
async fn render_registration_full(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    rid: &str,
    form: &ActionForm,
    error: Option<(String, Option<&'static str>)>,
    status: StatusCode,
    notice: Option<String>,
) -> Result<Response> {
    let rid = Uuid::parse_str(rid).map_err(|_| AppError::NotFound)?;
    let db = &staff.ctx.db;
    let reg = db.staff_registration(cap.facility(), rid).await?.ok_or(AppError::NotFound)?;
    let documents = db.registration_documents(rid).await?;
    let accepted = reg.row.status == "accepted";
    let has_contract = documents.iter().any(|d| d.kind == "contract");
    let has_signed = documents.iter().any(|d| d.kind == "signed");
    db.audit_read(&actor(cap), "registration_read", &format!("registration:{rid}")).await?;
    let catalogue = db.criteria_catalogue(cap.facility()).await?;
    let settings = db.desk_settings().await?;
    let days = u16::try_from(settings.offer_answer_days).unwrap_or(14);
    let default_answer = state.today().saturating_add(time::Duration::days(i64::from(days)));
    let criteria: Vec<serde_json::Value> = catalogue
        .iter()
        .map(|c| {
            serde_json::json!({"position": c.position, "label": c.label, "points": c.points,
            "ticked": reg.ticked.contains(&c.position)})
        })
        .collect();
    let reasons: Vec<(String, String)> =
        DECLINE_REASONS.iter().map(|r| ((*r).to_owned(), text(&DEFAULT_LANG, &format!("reason-{r}"), &[]))).collect();
    let history: Vec<(String, String, String)> = reg
        .history
        .iter()
        .map(|e| {
            (date_de(e.created_at.date()), text(&DEFAULT_LANG, &format!("status-{}", e.status), &[]), e.actor.clone())
        })
        .collect();
    let mut page = staff.page(state);
    let answer_by = if form.answer_by.is_empty() { format_date(default_answer) } else { form.answer_by.clone() };
    page.insert("facility_id", &cap.facility())
        .insert("facility", &facility_name(&staff.ctx, cap.facility()).await?)
        .insert("r", &row_view(&mut Labels::default(), 0, &reg.row))
        .insert(
            "family",
            &serde_json::json!({"name": format!("{} {}", reg.family_first_name, reg.family_last_name),
                "street": reg.street, "postcode": reg.postcode, "city": reg.city, "phone": reg.phone, "email": reg.email}),
        )
        .insert("note", &reg.row.note)
        .insert("criteria", &criteria)
        .insert("history", &history)
        .insert("reasons", &reasons)
        .insert("answer_by", &answer_by)
        .insert("answer_days", &days)
        .insert("form_reason", &form.reason)
        .insert("form_note", &form.note.clone().unwrap_or_default())
        .insert("may_offer", &(cap.may_offer() && reg.row.status == "registered"))
        .insert("may_decline", &(cap.may_decline() && reg.row.status == "registered"))
        .insert("may_tick", &cap.may_offer())
        .insert("documents", &crate::documents::doc_views(&documents))
        .insert("may_contract", &(cap.may_offer() && accepted))
        .insert("has_contract", &has_contract)
        .insert("may_upload_signed", &(cap.may_offer() && accepted && has_contract))
        .insert("may_confirm", &(cap.may_offer() && accepted && has_signed))
        .insert("notice", &notice)
        .insert("error", &error.as_ref().map(|e| e.0.clone()))
        .insert("error_field", &error.as_ref().and_then(|e| e.1));
    Ok((status, page.render(state, "desk_registration.html")?).into_response())
}

async fn registration_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
    uri: Uri,
) -> Result<Response> {
    let cap = facility_cap(&state, &staff.ctx, staff.account, &fid).await?;
    let form = ActionForm::default();
    render_registration_full(&staff, &state, &cap, &rid, &form, None, StatusCode::OK, notice(&uri)).await
}

fn back_to_list(staff: &Staff, cap: &FacilityCap, key: &str) -> Response {
    Redirect::to(&format!("{}/einrichtung/{}?hinweis={key}", staff.ctx.base, cap.facility())).into_response()
}

async fn offer_do(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
    axum::Form(form): axum::Form<ActionForm>,
) -> Result<Response> {
    staff.csrf.check(&form.csrf)?;
    let cap = require(&state, &staff, &fid, FacilityCap::may_offer).await?;
    let id = Uuid::parse_str(&rid).map_err(|_| AppError::NotFound)?;
    let days = u16::try_from(staff.ctx.db.desk_settings().await?.offer_answer_days).unwrap_or(14);
    let done = match (OfferForm { answer_by: form.answer_by.clone() }).validate(state.today(), days) {
        Ok(answer_by) => Ok(staff
            .ctx
            .db
            .offer(&actor(&cap), cap.facility(), id, answer_by, |c, f| letters::offered(c, f, answer_by))
            .await),
        Err(p) => Err(p),
    };
    answer_action(&staff, &state, &cap, &rid, &form, done, "offered").await
}

/// After an offer or a decline: back to the list with a notice, or the registration page again with
/// the input and the German reason (400 for the form, 409 for a rule of the data).
async fn answer_action(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    rid: &str,
    form: &ActionForm,
    done: std::result::Result<step_store::Result<()>, ParamError>,
    notice_key: &str,
) -> Result<Response> {
    let (message, field, status) = match done {
        Ok(Ok(())) => return Ok(back_to_list(staff, cap, notice_key)),
        Ok(Err(step_store::Error::Rule(r))) => (text(&DEFAULT_LANG, rule_key(r), &[]), None, StatusCode::CONFLICT),
        Ok(Err(e)) => return Err(e.into()),
        Err(p) => (param_message(&p), Some(p.field), StatusCode::BAD_REQUEST),
    };
    render_registration(staff, state, cap, rid, form, Some((message, field)), status).await
}

async fn decline_do(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
    axum::Form(form): axum::Form<ActionForm>,
) -> Result<Response> {
    staff.csrf.check(&form.csrf)?;
    let cap = require(&state, &staff, &fid, FacilityCap::may_decline).await?;
    let id = Uuid::parse_str(&rid).map_err(|_| AppError::NotFound)?;
    let done = match (DeclineForm { reason: form.reason.clone(), note: form.note.clone() }).validate() {
        Ok((reason, note)) => Ok(staff
            .ctx
            .db
            .decline(&actor(&cap), cap.facility(), id, (reason, &note), |c, f| letters::rejected(c, f, reason, &note))
            .await),
        Err(p) => Err(p),
    };
    answer_action(&staff, &state, &cap, &rid, &form, done, "rejected").await
}

async fn criteria_tick(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Result<Response> {
    let csrf = fields.iter().find(|(k, _)| k == "csrf").map(|(_, v)| v.as_str()).unwrap_or_default();
    staff.csrf.check(csrf)?;
    let cap = require(&state, &staff, &fid, FacilityCap::may_offer).await?;
    let id = Uuid::parse_str(&rid).map_err(|_| AppError::NotFound)?;
    let mut positions = Vec::new();
    for (_, v) in fields.iter().filter(|(k, _)| k == "criterion") {
        let p: i16 = v.trim().parse().map_err(|_| AppError::BadParam(ParamError::new("criterion", "err-criterion")))?;
        if !positions.contains(&p) {
            positions.push(p);
        }
    }
    staff.ctx.db.set_registration_criteria(&actor(&cap), cap.facility(), id, &positions).await?;
    Ok(Redirect::to(&format!("{}/einrichtung/{}/vormerkungen/{id}", staff.ctx.base, cap.facility())).into_response())
}

#[derive(Deserialize, Serialize, Default)]
struct WithCsrf<T> {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    inner: T,
}

/// The capability for facility `fid` if it allows the action `may` checks (else 403).
pub(crate) async fn require(
    state: &AppState,
    staff: &Staff,
    fid: &str,
    may: fn(&FacilityCap) -> bool,
) -> Result<FacilityCap> {
    let cap = facility_cap(state, &staff.ctx, staff.account, fid).await?;
    if may(&cap) { Ok(cap) } else { Err(AppError::Forbidden) }
}

async fn render_profile(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    form: &ProfileForm,
    error: Option<&ParamError>,
    status: StatusCode,
) -> Result<Response> {
    let mut page = staff.page(state);
    page.insert("facility_id", &cap.facility())
        .insert("facility", &facility_name(&staff.ctx, cap.facility()).await?)
        .insert("form", form)
        .insert("error", &error.map(param_message))
        .insert("error_field", &error.map(|e| e.field));
    Ok((status, page.render(state, "desk_profile.html")?).into_response())
}

async fn profile_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_edit).await?;
    let f = staff.ctx.db.facility(cap.facility(), state.today()).await?.ok_or(AppError::NotFound)?;
    let form = ProfileForm {
        opening_hours: f.opening_hours,
        description: f.description,
        concepts: f.summary.concepts.join(", "),
        contact_name: f.contact_name,
        phone: f.phone,
        email: f.email,
    };
    render_profile(&staff, &state, &cap, &form, None, StatusCode::OK).await
}

async fn profile_save(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
    axum::Form(form): axum::Form<WithCsrf<ProfileForm>>,
) -> Result<Response> {
    staff.csrf.check(&form.csrf)?;
    let cap = require(&state, &staff, &fid, FacilityCap::may_edit).await?;
    match form.inner.validate() {
        Ok(valid) => {
            staff.ctx.db.save_profile(&actor(&cap), cap.facility(), &valid).await?;
            Ok(back_to_list(&staff, &cap, "profile-saved"))
        }
        Err(p) => render_profile(&staff, &state, &cap, &form.inner, Some(&p), StatusCode::BAD_REQUEST).await,
    }
}

/// A refused line of the capacity page: the message and the id of the field it is about.
type LineError = (String, String);

async fn render_capacity(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    fields: Option<&[(String, String)]>,
    error: Option<LineError>,
    status: StatusCode,
) -> Result<Response> {
    let db = &staff.ctx.db;
    let mut page = staff.page(state);
    page.insert("facility_id", &cap.facility())
        .insert("facility", &facility_name(&staff.ctx, cap.facility()).await?)
        .insert("capacity", &capacity_view(&db.capacity(cap.facility()).await?))
        .insert("catalogue", &db.criteria_catalogue(cap.facility()).await?)
        .insert("error", &error.as_ref().map(|e| e.0.clone()))
        .insert("error_field", &error.as_ref().map(|e| e.1.clone()))
        .insert("sent", &fields.map(|f| f.iter().cloned().collect::<std::collections::BTreeMap<_, _>>()))
        .insert("sent_action", &fields.and_then(|f| f.iter().find(|(k, _)| k == "action").map(|(_, v)| v.clone())));
    Ok((status, page.render(state, "desk_capacity.html")?).into_response())
}

async fn capacity_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_edit).await?;
    render_capacity(&staff, &state, &cap, None, None, StatusCode::OK).await
}

type Line = std::collections::BTreeMap<String, String>;

/// Collects `<prefix><n>_<field>` form fields into one map per line n (in order of n).
fn lines(fields: &[(String, String)], prefix: &str) -> Vec<(usize, Line)> {
    let mut out: std::collections::BTreeMap<usize, Line> = Default::default();
    for (k, v) in fields {
        let Some(rest) = k.strip_prefix(prefix) else { continue };
        let Some((n, field)) = rest.split_once('_') else { continue };
        if let Ok(n) = n.parse::<usize>() {
            out.entry(n).or_default().insert(field.to_owned(), v.clone());
        }
    }
    out.into_iter().collect()
}

fn field_of(line: &Line, key: &str) -> String {
    line.get(key).cloned().unwrap_or_default()
}

/// The capacity lines of the form; existing rows carry the value they showed (`shown`).
fn capacity_lines(fields: &[(String, String)]) -> std::result::Result<Vec<(Capacity, Option<i16>)>, LineError> {
    let mut rows = Vec::new();
    for (n, line) in lines(fields, "cap_") {
        // An empty new line is no line.
        if !line.contains_key("shown")
            && field_of(&line, "start").trim().is_empty()
            && field_of(&line, "free").trim().is_empty()
        {
            continue;
        }
        let form = CapacityForm {
            start: field_of(&line, "start"),
            age_band: field_of(&line, "band"),
            hours: field_of(&line, "hours"),
            free_places: field_of(&line, "free"),
        };
        let c = form.validate().map_err(|p| {
            let id = match p.field {
                "age_band" => "band",
                "free_places" => "free",
                other => other,
            };
            (param_message(&p), format!("cap_{n}_{id}"))
        })?;
        let shown = line.get("shown").and_then(|v| v.trim().parse::<i16>().ok());
        if line.contains_key("shown") && shown.is_none() {
            return Err((param_message(&ParamError::new("free_places", "err-not-a-number")), format!("cap_{n}_free")));
        }
        rows.push((
            Capacity {
                start_date: c.start,
                age_band: c.age_band.to_owned(),
                hours: c.hours,
                free_places: c.free_places,
            },
            shown,
        ));
    }
    Ok(rows)
}

/// The criteria lines: `(position, label, points)` to keep or add, and positions to remove (an
/// emptied label).
#[allow(clippy::type_complexity)]
fn criteria_lines(
    fields: &[(String, String)],
) -> std::result::Result<(Vec<(Option<i16>, String, i16)>, Vec<i16>), LineError> {
    let (mut items, mut remove) = (Vec::new(), Vec::new());
    for (n, line) in lines(fields, "crit_") {
        let position = match line.get("pos") {
            Some(p) => Some(p.trim().parse::<i16>().map_err(|_| {
                (param_message(&ParamError::new("criterion", "err-criterion")), format!("crit_{n}_label"))
            })?),
            None => None,
        };
        if field_of(&line, "label").trim().is_empty() {
            remove.extend(position);
            continue;
        }
        let (label, points) = (CriterionForm { label: field_of(&line, "label"), points: field_of(&line, "points") })
            .validate()
            .map_err(|p| (param_message(&p), format!("crit_{n}_{}", p.field)))?;
        items.push((position, label, points));
    }
    if items.len() > 20 {
        let p = ParamError::new("label", "err-too-many").arg("max", 20);
        return Err((param_message(&p), "crit_0_label".into()));
    }
    Ok((items, remove))
}

async fn capacity_save(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Result<Response> {
    let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    staff.csrf.check(&field("csrf"))?;
    let cap = require(&state, &staff, &fid, FacilityCap::may_edit).await?;
    let (saved, key) = match field("action").as_str() {
        "capacity" => match capacity_lines(&fields) {
            Ok(rows) => (staff.ctx.db.save_capacity(&actor(&cap), cap.facility(), &rows).await, "capacity-saved"),
            Err(e) => {
                return render_capacity(&staff, &state, &cap, Some(&fields), Some(e), StatusCode::BAD_REQUEST).await;
            }
        },
        "criteria" => match criteria_lines(&fields) {
            Ok((items, remove)) => {
                (staff.ctx.db.save_criteria(&actor(&cap), cap.facility(), &items, &remove).await, "catalogue-saved")
            }
            Err(e) => {
                return render_capacity(&staff, &state, &cap, Some(&fields), Some(e), StatusCode::BAD_REQUEST).await;
            }
        },
        _ => return Err(AppError::BadParam(ParamError::new("action", "err-action"))),
    };
    match saved {
        Ok(()) => Ok(back_to_list(&staff, &cap, key)),
        Err(step_store::Error::Rule(r)) => {
            // Places changed since the page was shown: show the current numbers again.
            let e = (text(&DEFAULT_LANG, rule_key(r), &[]), String::new());
            render_capacity(&staff, &state, &cap, None, Some(e), StatusCode::CONFLICT).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn render_paper(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    form: &PaperForm,
    error: Option<(String, Option<&'static str>)>,
    status: StatusCode,
) -> Result<Response> {
    let mut page = staff.page(state);
    page.insert("facility_id", &cap.facility())
        .insert("facility", &facility_name(&staff.ctx, cap.facility()).await?)
        .insert("form", form)
        .insert("languages", &step_domain::family::LANGUAGES)
        .insert("error", &error.as_ref().map(|e| e.0.clone()))
        .insert("error_field", &error.as_ref().and_then(|e| e.1));
    Ok((status, page.render(state, "desk_paper.html")?).into_response())
}

async fn paper_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_register_paper).await?;
    let form = PaperForm {
        start: format_date(step_domain::search::next_kita_year_start(state.today())),
        hours: "35".into(),
        ..PaperForm::default()
    };
    render_paper(&staff, &state, &cap, &form, None, StatusCode::OK).await
}

async fn paper_save(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
    axum::Form(form): axum::Form<WithCsrf<PaperForm>>,
) -> Result<Response> {
    staff.csrf.check(&form.csrf)?;
    let cap = require(&state, &staff, &fid, FacilityCap::may_register_paper).await?;
    let input = match form.inner.validate(state.today()) {
        Ok(v) => v,
        Err(p) => {
            return render_paper(
                &staff,
                &state,
                &cap,
                &form.inner,
                Some((param_message(&p), Some(p.field))),
                StatusCode::BAD_REQUEST,
            )
            .await;
        }
    };
    let start = input.start;
    match staff
        .ctx
        .db
        .paper_register(
            &actor(&cap),
            cap.facility(),
            &input.family,
            &input.child,
            (start, input.hours, &input.note),
            |c, f| letters::paper_registered(c, f, start),
        )
        .await
    {
        Ok(_) => Ok(back_to_list(&staff, &cap, "paper-saved")),
        Err(step_store::Error::Rule(r)) => {
            let field = match r {
                "registration_hours" => Some("hours"),
                "registration_age" | "registration_start_past" => Some("start"),
                _ => None,
            };
            render_paper(
                &staff,
                &state,
                &cap,
                &form.inner,
                Some((text(&DEFAULT_LANG, rule_key(r), &[]), field)),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
