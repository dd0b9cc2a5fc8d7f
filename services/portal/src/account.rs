//! The parent's pages: "Meine Auswahl" (works before sign-in), the family profile, children,
//! registration from the selection, the account with every registration and its history,
//! withdrawal with confirmation, and the inbox. Every form carries the CSRF token and re-displays
//! with the parent's input and a German message on error.

use askama::Template as _;
use axum::Router;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::{Deserialize, Serialize};
use step_domain::ParamError;
use step_domain::family::{ChildForm, FamilyForm, RegistrationForm};
use step_domain::search::{format_date, next_kita_year_start};
use step_store::{Family, InboxMessage, Owner};
use uuid::Uuid;

use crate::error::{AppError, Result, param_message, rule_key};
use crate::i18n::{DEFAULT_LANG, Tr, text};
use crate::pages::{PageCtx, date_de};
use crate::session::{CsrfToken, Session, SessionCookie};
use crate::state::AppState;
use crate::tenancy::TenantCtx;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{slug}/auswahl", get(selection_page).post(selection_change))
        .route("/{slug}/vormerken", axum::routing::post(register_selected))
        .route("/{slug}/konto", get(account_page))
        .route("/{slug}/konto/familie", get(family_page).post(family_save))
        .route("/{slug}/konto/kinder", get(child_page).post(child_save))
        .route("/{slug}/konto/vormerkungen/{id}/zurueckziehen", get(withdraw_page).post(withdraw_do))
        .route("/{slug}/konto/nachrichten", get(inbox_page))
        .route("/{slug}/konto/vormerkungen/{id}/annehmen", get(accept_page).post(accept_do))
        .route("/{slug}/konto/vormerkungen/{id}/ablehnen", get(refuse_page).post(refuse_do))
}

/// Notices shown after a redirect, by whitelisted key (`?hinweis=…`).
const NOTICES: &[&str] = &[
    "added",
    "removed",
    "moved",
    "full",
    "already",
    "registered",
    "withdrawn",
    "family-saved",
    "child-saved",
    "accepted",
    "refused",
];

fn notice(uri: &Uri) -> Option<String> {
    let q = uri.query()?;
    let key = q.split('&').find_map(|p| p.strip_prefix("hinweis="))?;
    NOTICES.contains(&key).then(|| text(&DEFAULT_LANG, &format!("notice-{key}"), &[]))
}

fn see_other(to: &str, cookie: Option<HeaderValue>) -> Response {
    let mut res = Redirect::to(to).into_response();
    if let Some(c) = cookie {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res
}

/// A page context with the parent's session facts: CSRF token, signed in or not, selection size.
pub fn user_page(state: &AppState, ctx: &TenantCtx, session: &Session, csrf: &CsrfToken) -> PageCtx {
    let mut page = PageCtx::new(state, Some(&ctx.tenant), &ctx.base);
    page.with_user(session, csrf, ctx.tenant.slug.as_str());
    page
}

/// The signed-in account, or a redirect to sign-in that comes back to `back` (a page a browser can
/// GET: a form's POST address is no place to return to).
fn require_account_back(ctx: &TenantCtx, session: &Session, back: &str) -> Result<Uuid> {
    session.account().ok_or_else(|| AppError::Redirect(format!("{}/login?return_to={}", ctx.base, encode(back))))
}

/// The signed-in account, or a redirect to sign-in that comes back to this page.
fn require_account(ctx: &TenantCtx, session: &Session) -> Result<Uuid> {
    require_account_back(ctx, session, &session.here)
}

/// The family of the signed-in parent; parents without a profile in this municipality complete it first.
async fn require_family(ctx: &TenantCtx, session: &Session, account: Uuid) -> Result<Family> {
    family_or_claim(ctx, session, account)
        .await?
        .ok_or_else(|| AppError::Redirect(format!("{}/konto/familie", ctx.base)))
}

/// The account's family in this municipality; when there is none yet, a family a facility
/// registered on paper under the account's e-mail address (verified by the provider) is taken over.
pub async fn family_or_claim(ctx: &TenantCtx, session: &Session, account: Uuid) -> Result<Option<Family>> {
    if let Some(f) = ctx.db.family_of(account).await? {
        return Ok(Some(f));
    }
    let verified = session.data.claims.as_ref().filter(|c| c.email_verified == Some(true));
    match verified.and_then(|c| c.email.as_deref()) {
        Some(email) => Ok(ctx.db.claim_paper_family(account, email).await?),
        None => Ok(None),
    }
}

/// A signed-in parent whose family profile exists in this municipality. Extracting it sends
/// everyone else to sign in (and back here) or to the family form first.
pub struct Parent {
    pub ctx: TenantCtx,
    pub session: Session,
    pub csrf: CsrfToken,
    pub family: Family,
}

impl FromRequestParts<AppState> for Parent {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ctx = TenantCtx::from_request_parts(parts, state).await?;
        let session = Session::from_request_parts(parts, state).await?;
        let csrf = CsrfToken::from_request_parts(parts, state).await?;
        let account = require_account(&ctx, &session)?;
        let family = require_family(&ctx, &session, account).await?;
        Ok(Self { ctx, session, csrf, family })
    }
}

pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~/".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[derive(Serialize)]
struct SelectedView {
    id: Uuid,
    name: String,
    kind: String,
    /// As text, to compare with what the form sent back.
    hours: Vec<String>,
    default_hours: String,
}

#[derive(Deserialize)]
struct SelectionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    facility_id: String,
}

async fn selection_view(ctx: &TenantCtx, session: &Session) -> Result<Vec<SelectedView>> {
    let ids = session.selection(ctx.tenant.slug.as_str());
    Ok(ctx
        .db
        .facility_names(&ids)
        .await?
        .into_iter()
        .map(|(id, name, kind, hours)| SelectedView {
            default_hours: if hours.contains(&35) { 35 } else { *hours.last().unwrap_or(&35) }.to_string(),
            id,
            name,
            kind,
            hours: hours.iter().map(i16::to_string).collect(),
        })
        .collect())
}

async fn selection_page(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
    uri: Uri,
) -> Result<Response> {
    render_selection(&ctx, &state, &session, &csrf, notice(&uri), None, StatusCode::OK).await
}

#[derive(Serialize, Default)]
struct RegisterState {
    child_id: String,
    start: String,
    hours: std::collections::BTreeMap<String, String>,
    notes: std::collections::BTreeMap<String, String>,
    errors: std::collections::BTreeMap<String, String>,
    error: Option<String>,
}

async fn render_selection(
    ctx: &TenantCtx,
    state: &AppState,
    session: &Session,
    csrf: &CsrfToken,
    notice: Option<String>,
    form: Option<RegisterState>,
    status: StatusCode,
) -> Result<Response> {
    let mut page = user_page(state, ctx, session, csrf);
    let selected = selection_view(ctx, session).await?;
    page.insert("selected", &selected).insert("notice", &notice).insert("max", &ctx.tenant.procedure.max_choices);
    if let Some(account) = session.account() {
        let family = ctx.db.family_of(account).await?;
        let children = match &family {
            Some(f) => ctx.db.children(f.id).await?,
            None => Vec::new(),
        };
        page.insert("has_family", &family.is_some()).insert("children", &children);
        if let (None, Some(newest)) = (&form, children.last()) {
            // The child added last is the one the parent most likely registers now.
            page.insert("default_child", &newest.id);
        }
    }
    let form = form.unwrap_or_else(|| RegisterState {
        start: format_date(next_kita_year_start(state.today())),
        ..RegisterState::default()
    });
    page.insert("form", &form);
    Ok((status, page.render(state, "selection.html")?).into_response())
}

async fn selection_change(
    ctx: TenantCtx,
    State(state): State<AppState>,
    mut session: Session,
    csrf: CsrfToken,
    axum::Form(form): axum::Form<SelectionForm>,
) -> Result<Response> {
    csrf.check(&form.csrf)?;
    let id = Uuid::parse_str(form.facility_id.trim()).map_err(|_| AppError::NotFound)?;
    let slug = ctx.tenant.slug.to_string();
    let mut list = session.selection(&slug);
    let key = match form.action.as_str() {
        "add" => {
            // Only facilities of this municipality can be selected here.
            if ctx.db.facility_names(&[id]).await?.is_empty() {
                return Err(AppError::NotFound);
            }
            if list.contains(&id) {
                "already"
            } else if list.len() >= usize::from(ctx.tenant.procedure.max_choices) {
                "full"
            } else {
                list.push(id);
                "added"
            }
        }
        "remove" => {
            list.retain(|x| *x != id);
            "removed"
        }
        "up" | "down" => {
            if let Some(i) = list.iter().position(|x| *x == id) {
                let j = if form.action == "up" { i.checked_sub(1) } else { (i + 1 < list.len()).then_some(i + 1) };
                if let Some(j) = j {
                    list.swap(i, j);
                }
            }
            "moved"
        }
        _ => return Err(AppError::BadParam(ParamError::new("action", "err-action"))),
    };
    session.data.selection.insert(slug, list);
    let cookie = session.save(&state).await?;
    Ok(see_other(&format!("{}/auswahl?hinweis={key}", ctx.base), cookie))
}

/// Registers the selected child at every selected facility, in the selection's order (= rank).
/// Each registration is its own transaction: those that pass are kept and leave the selection,
/// the others are shown with their reason.
async fn register_selected(
    ctx: TenantCtx,
    State(state): State<AppState>,
    mut session: Session,
    csrf: CsrfToken,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Result<Response> {
    let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    csrf.check(&field("csrf"))?;
    let account = require_account_back(&ctx, &session, &format!("/{}/auswahl", ctx.tenant.slug))?;
    let family = require_family(&ctx, &session, account).await?;
    let slug = ctx.tenant.slug.to_string();
    let selection = session.selection(&slug);
    let mut form = RegisterState { child_id: field("child_id"), start: field("start"), ..RegisterState::default() };
    for id in &selection {
        form.hours.insert(id.to_string(), field(&format!("hours_{id}")));
        form.notes.insert(id.to_string(), field(&format!("note_{id}")));
    }
    let child = Uuid::parse_str(&form.child_id).ok();
    let child = match child {
        Some(c) => ctx.db.child(family.id, c).await?,
        None => None,
    };
    let Some(child) = child else {
        form.error = Some(param_message(&ParamError::new("child_id", "err-child")));
        return render_selection(&ctx, &state, &session, &csrf, None, Some(form), StatusCode::BAD_REQUEST).await;
    };
    let mut done = Vec::new();
    for (i, id) in selection.iter().enumerate() {
        let input = RegistrationForm {
            child_id: child.id.to_string(),
            facility_id: id.to_string(),
            start: form.start.clone(),
            hours: serde_json::Value::String(form.hours.get(&id.to_string()).cloned().unwrap_or_default()),
            rank: serde_json::json!(i + 1),
            note: form.notes.get(&id.to_string()).cloned(),
        }
        .validate(state.today());
        let input = match input {
            Ok(v) => v,
            Err(p) => {
                form.errors.insert(id.to_string(), param_message(&p));
                continue;
            }
        };
        let start = input.start;
        match ctx.db.register(Owner::Family(family.id), &input, |c, f| registered_message(c, f, start)).await {
            Ok(_) => done.push(*id),
            Err(step_store::Error::Rule(rule)) => {
                form.errors.insert(id.to_string(), text(&DEFAULT_LANG, rule_key(rule), &[]));
            }
            Err(e) => return Err(e.into()),
        }
    }
    let remaining: Vec<Uuid> = selection.iter().filter(|id| !done.contains(id)).copied().collect();
    session.data.selection.insert(slug, remaining.clone());
    session.save(&state).await?;
    if remaining.is_empty() {
        return Ok(see_other(&format!("{}/konto?hinweis=registered", ctx.base), None));
    }
    let note =
        (!done.is_empty()).then(|| text(&DEFAULT_LANG, "notice-registered-some", &[("count", done.len().to_string())]));
    render_selection(&ctx, &state, &session, &csrf, note, Some(form), StatusCode::CONFLICT).await
}

pub fn registered_message(child: &str, facility: &str, start: time::Date) -> InboxMessage {
    let args = [("child", child.to_owned()), ("facility", facility.to_owned()), ("start", date_de(start))];
    InboxMessage {
        subject: text(&DEFAULT_LANG, "msg-registered-subject", &args),
        body: text(&DEFAULT_LANG, "msg-registered-body", &args),
    }
}

pub fn withdrawn_message(child: &str, facility: &str) -> InboxMessage {
    let args = [("child", child.to_owned()), ("facility", facility.to_owned())];
    InboxMessage {
        subject: text(&DEFAULT_LANG, "msg-withdrawn-subject", &args),
        body: text(&DEFAULT_LANG, "msg-withdrawn-body", &args),
    }
}

/// The account page's content (templates/account_body.html), compiled: this is the parent's most
/// frequent page, and Tera's interpretation was most of the portal's work for it.
#[derive(askama::Template)]
#[template(path = "account_body.html")]
struct AccountBody<'a> {
    tr: Tr,
    base: &'a str,
    notice: Option<String>,
    unread: i64,
    selection_count: usize,
    family: &'a Family,
    children: Vec<ChildView>,
}

struct ChildView {
    id: Uuid,
    name: String,
    birth: Option<String>,
    expected: Option<String>,
    registrations: Vec<RegistrationRow>,
}

struct RegistrationRow {
    id: Uuid,
    facility_id: Uuid,
    facility: String,
    start: String,
    hours: i16,
    rank: i16,
    status: String,
    status_label: String,
    waiting: i64,
    /// Registered, offered or accepted: it can be withdrawn and documents can be added.
    active: bool,
    answer_by: Option<String>,
    reason: Option<String>,
    reason_note: String,
    criteria: Vec<String>,
    /// (date, status) of each step, oldest first.
    history: Vec<(String, String)>,
    /// Contract versions and signed copies, newest first, with download links.
    contracts: Vec<crate::documents::DocView>,
    documents: usize,
}

fn registration_row(r: &step_store::Registration) -> RegistrationRow {
    let contracts: Vec<_> =
        r.documents.iter().filter(|d| matches!(d.kind.as_str(), "contract" | "signed")).cloned().collect();
    RegistrationRow {
        id: r.id,
        facility_id: r.facility_id,
        facility: r.facility_name.clone(),
        start: date_de(r.start_date),
        hours: r.hours,
        rank: r.rank,
        status: r.status.clone(),
        status_label: text(&DEFAULT_LANG, &format!("status-{}", r.status), &[]),
        waiting: r.waiting_same_start,
        active: matches!(r.status.as_str(), "registered" | "offered" | "accepted"),
        answer_by: r.answer_by.map(date_de),
        reason: r.reason.as_ref().map(|k| text(&DEFAULT_LANG, &format!("reason-{k}"), &[])),
        reason_note: r.reason_note.clone(),
        criteria: r.criteria.clone(),
        history: r
            .history
            .iter()
            .map(|e| (date_de(e.created_at.date()), text(&DEFAULT_LANG, &format!("status-{}", e.status), &[])))
            .collect(),
        contracts: crate::documents::doc_views(&contracts),
        documents: r.documents.len(),
    }
}

async fn account_page(
    ctx: TenantCtx,
    State(state): State<AppState>,
    cookie: SessionCookie,
    csrf: CsrfToken,
    uri: Uri,
) -> Result<Response> {
    // Session and overview in one statement where the municipality's schema sits beside the
    // platform's tables (one round trip: this is the parent's most frequent page).
    let (session, mut overview) = match cookie.id().map(str::to_owned) {
        Some(id) if ctx.db.beside_platform() => match ctx.db.session_overview(&id).await? {
            Some((row, overview)) => (cookie.with_row(Some(row)), overview),
            None => (cookie.with_row(None), None),
        },
        _ => {
            let session = cookie.load(&state).await?;
            let overview = match session.account() {
                Some(account) => ctx.db.overview(account).await?,
                None => None,
            };
            (session, overview)
        }
    };
    let account = require_account(&ctx, &session)?;
    if overview.is_none() && require_family(&ctx, &session, account).await.is_ok() {
        // A paper family was just taken over.
        overview = ctx.db.overview(account).await?;
    }
    let Some(step_store::Overview { family, children, registrations: regs, unread }) = overview else {
        return Err(AppError::Redirect(format!("{}/konto/familie", ctx.base)));
    };
    // The child added last first: that is usually the one the parent just registered.
    let children = children
        .iter()
        .rev()
        .map(|c| ChildView {
            id: c.id,
            name: format!("{} {}", c.first_name, c.last_name),
            birth: c.birth_date.map(date_de),
            expected: c.expected_birth_date.map(date_de),
            registrations: regs.iter().filter(|r| r.child_id == c.id).map(registration_row).collect(),
        })
        .collect();
    let body = AccountBody {
        tr: Tr(DEFAULT_LANG),
        base: &ctx.base,
        notice: notice(&uri),
        unread,
        selection_count: session.selection(ctx.tenant.slug.as_str()).len(),
        family: &family,
        children,
    }
    .render()?;
    let mut page = user_page(&state, &ctx, &session, &csrf);
    page.insert("body", &body);
    Ok(page.render(&state, "account.html")?.into_response())
}

async fn family_page(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
) -> Result<Response> {
    let account = require_account(&ctx, &session)?;
    let form = match ctx.db.family_of(account).await? {
        Some(f) => FamilyForm::from(f),
        None => {
            // First sign-in in this municipality: prefill from the provider's claims.
            let c = session.data.claims.clone().unwrap_or_default();
            FamilyForm {
                first_name: c.given_name.unwrap_or_default(),
                last_name: c.family_name.unwrap_or_default(),
                email: c.email.unwrap_or_default(),
                city: ctx.tenant.name.clone(),
                language: "de".into(),
                ..FamilyForm::default()
            }
        }
    };
    render_family(&ctx, &state, &session, &csrf, &form, None, StatusCode::OK)
}

fn render_family(
    ctx: &TenantCtx,
    state: &AppState,
    session: &Session,
    csrf: &CsrfToken,
    form: &FamilyForm,
    error: Option<&ParamError>,
    status: StatusCode,
) -> Result<Response> {
    let mut page = user_page(state, ctx, session, csrf);
    page.insert("form", form)
        .insert("error", &error.map(param_message))
        .insert("error_field", &error.map(|e| e.field))
        .insert("languages", &step_domain::family::LANGUAGES);
    Ok((status, page.render(state, "family.html")?).into_response())
}

#[derive(Deserialize)]
struct WithCsrf<T> {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    inner: T,
}

async fn family_save(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
    axum::Form(form): axum::Form<WithCsrf<FamilyForm>>,
) -> Result<Response> {
    csrf.check(&form.csrf)?;
    let account = require_account(&ctx, &session)?;
    match form.inner.validate() {
        Ok(valid) => {
            let family = ctx.db.save_family(account, &valid).await?;
            // A new family goes on to add its first child.
            let next = if ctx.db.children(family.id).await?.is_empty() {
                format!("{}/konto/kinder?hinweis=family-saved", ctx.base)
            } else {
                format!("{}/konto?hinweis=family-saved", ctx.base)
            };
            Ok(see_other(&next, None))
        }
        Err(p) => render_family(&ctx, &state, &session, &csrf, &form.inner, Some(&p), StatusCode::BAD_REQUEST),
    }
}

async fn child_page(parent: Parent, State(state): State<AppState>, uri: Uri) -> Result<Response> {
    let Parent { ctx, session, csrf, .. } = parent;
    render_child(&ctx, &state, &session, &csrf, &ChildForm::default(), None, notice(&uri), StatusCode::OK)
}

#[allow(clippy::too_many_arguments)]
fn render_child(
    ctx: &TenantCtx,
    state: &AppState,
    session: &Session,
    csrf: &CsrfToken,
    form: &ChildForm,
    error: Option<&ParamError>,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response> {
    let mut page = user_page(state, ctx, session, csrf);
    page.insert("form", form)
        .insert("error", &error.map(param_message))
        .insert("error_field", &error.map(|e| e.field))
        .insert("notice", &notice);
    Ok((status, page.render(state, "child.html")?).into_response())
}

async fn child_save(
    parent: Parent,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<WithCsrf<ChildForm>>,
) -> Result<Response> {
    let Parent { ctx, session, csrf, family } = parent;
    csrf.check(&form.csrf)?;
    match form.inner.validate(state.today()) {
        Ok(valid) => {
            ctx.db.add_child(family.id, &valid).await?;
            let next = if session.selection(ctx.tenant.slug.as_str()).is_empty() { "konto" } else { "auswahl" };
            Ok(see_other(&format!("{}/{next}?hinweis=child-saved", ctx.base), None))
        }
        Err(p) => render_child(&ctx, &state, &session, &csrf, &form.inner, Some(&p), None, StatusCode::BAD_REQUEST),
    }
}

async fn find_registration(ctx: &TenantCtx, family: Uuid, id: &str) -> Result<step_store::Registration> {
    let id = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    ctx.db.registrations(family).await?.into_iter().find(|r| r.id == id).ok_or(AppError::NotFound)
}

async fn withdraw_page(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    let Parent { ctx, session, csrf, family } = parent;
    let r = find_registration(&ctx, family.id, &id).await?;
    let child = ctx.db.child(family.id, r.child_id).await?.ok_or(AppError::NotFound)?;
    let mut page = user_page(&state, &ctx, &session, &csrf);
    page.insert("registration_id", &r.id)
        .insert("facility", &r.facility_name)
        .insert("child", &child.first_name)
        .insert("start", &date_de(r.start_date))
        .insert("status_label", &text(&DEFAULT_LANG, &format!("status-{}", r.status), &[]))
        .insert("can_withdraw", &matches!(r.status.as_str(), "registered" | "offered" | "accepted"));
    Ok(page.render(&state, "withdraw.html")?.into_response())
}

/// A form that carries only its CSRF token (confirmations, buttons).
#[derive(Deserialize)]
pub(crate) struct CsrfOnly {
    #[serde(default)]
    pub(crate) csrf: String,
}

async fn withdraw_do(
    parent: Parent,
    Path((_, id)): Path<(String, String)>,
    axum::Form(form): axum::Form<CsrfOnly>,
) -> Result<Response> {
    let Parent { ctx, csrf, family, .. } = parent;
    csrf.check(&form.csrf)?;
    let r = find_registration(&ctx, family.id, &id).await?;
    let child = ctx.db.child(family.id, r.child_id).await?.ok_or(AppError::NotFound)?;
    ctx.db.withdraw(family.id, r.id, &withdrawn_message(&child.first_name, &r.facility_name)).await?;
    Ok(see_other(&format!("{}/konto?hinweis=withdrawn", ctx.base), None))
}

async fn inbox_page(parent: Parent, State(state): State<AppState>) -> Result<Response> {
    let Parent { ctx, session, csrf, family } = parent;
    let messages = ctx.db.messages(family.id).await?;
    ctx.db.mark_read(family.id).await?;
    let view: Vec<serde_json::Value> = messages
        .iter()
        .map(|m| serde_json::json!({"subject": m.subject, "body": m.body, "read": m.read, "date": date_de(m.created_at.date())}))
        .collect();
    let mut page = user_page(&state, &ctx, &session, &csrf);
    page.insert("messages", &view);
    Ok(page.render(&state, "inbox.html")?.into_response())
}

/// The parent's answer to an offer: accept (the other registrations of the child are withdrawn)
/// or decline. Both ask for confirmation first.
async fn answer_page(parent: Parent, state: &AppState, id: &str, accept: bool) -> Result<Response> {
    let Parent { ctx, session, csrf, family } = parent;
    let r = find_registration(&ctx, family.id, id).await?;
    let child = ctx.db.child(family.id, r.child_id).await?.ok_or(AppError::NotFound)?;
    let others: Vec<String> = ctx
        .db
        .registrations(family.id)
        .await?
        .into_iter()
        .filter(|o| o.child_id == r.child_id && o.id != r.id && matches!(o.status.as_str(), "registered" | "offered"))
        .map(|o| o.facility_name)
        .collect();
    let mut page = user_page(state, &ctx, &session, &csrf);
    page.insert("registration_id", &r.id)
        .insert("accept", &accept)
        .insert("facility", &r.facility_name)
        .insert("child", &child.first_name)
        .insert("start", &date_de(r.start_date))
        .insert("answer_by", &r.answer_by.map(date_de))
        .insert("others", &others)
        .insert("open", &(r.status == "offered" && r.answer_by.is_none_or(|d| d >= state.today())))
        .insert("status_label", &text(&DEFAULT_LANG, &format!("status-{}", r.status), &[]));
    Ok(page.render(state, "answer.html")?.into_response())
}

async fn accept_page(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    answer_page(parent, &state, &id, true).await
}

async fn refuse_page(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    answer_page(parent, &state, &id, false).await
}

async fn accept_do(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    axum::Form(form): axum::Form<CsrfOnly>,
) -> Result<Response> {
    let Parent { ctx, csrf, session, .. } = parent;
    csrf.check(&form.csrf)?;
    let account = session.account().ok_or(AppError::NotSignedIn)?;
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    accept_offer(&ctx, &state, account, id).await?;
    Ok(see_other(&format!("{}/konto?hinweis=accepted", ctx.base), None))
}

async fn refuse_do(
    parent: Parent,
    Path((_, id)): Path<(String, String)>,
    axum::Form(form): axum::Form<CsrfOnly>,
) -> Result<Response> {
    let Parent { ctx, csrf, session, .. } = parent;
    csrf.check(&form.csrf)?;
    let account = session.account().ok_or(AppError::NotSignedIn)?;
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    ctx.db.refuse(account, id, crate::letters::declined_by_parent).await?;
    Ok(see_other(&format!("{}/konto?hinweis=refused", ctx.base), None))
}

/// Accepts an offer of the signed-in parent (pages and API).
pub async fn accept_offer(ctx: &TenantCtx, state: &AppState, account: Uuid, id: Uuid) -> Result<()> {
    use crate::letters;
    ctx.db
        .accept(
            account,
            id,
            state.today(),
            letters::accepted,
            letters::withdrawn_for_acceptance,
            letters::facility_withdrawn,
        )
        .await?;
    Ok(())
}
