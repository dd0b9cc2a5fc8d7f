//! The parent's JSON API, beside the pages and with the same rules: authenticated by the same
//! session cookie, accepting only `application/json` bodies (a cross-site form cannot send them),
//! 401 JSON without a session, 404 for ids of other families or municipalities.

use axum::body::Bytes;
use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use step_domain::ParamError;
use step_domain::family::{ChildForm, FamilyForm, RegistrationForm};
use step_domain::search::format_date;
use step_store::{Family, Owner};
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;

use crate::account::{registered_message, withdrawn_message};
use crate::error::{AppError, Result};
use crate::session::{Session, SessionCookie};
use crate::state::AppState;
use crate::tenancy::TenantCtx;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/tenants/{slug}/family", get(get_family).put(put_family))
        .route("/api/v1/tenants/{slug}/children", get(list_children).post(add_child))
        .route(
            "/api/v1/tenants/{slug}/selection",
            get(get_selection).post(add_to_selection).put(put_selection).delete(delete_from_selection),
        )
        .route("/api/v1/tenants/{slug}/registrations", get(list_registrations).post(register))
        .route("/api/v1/tenants/{slug}/registrations/{id}/withdraw", post(withdraw))
        .route("/api/v1/tenants/{slug}/inbox", get(inbox))
}

#[derive(OpenApi)]
#[openapi(
    paths(get_family, put_family, list_children, add_child, get_selection, add_to_selection, put_selection, delete_from_selection,
          list_registrations, register, withdraw, inbox),
    components(schemas(FamilyBody, FamilyOut, ChildBody, ChildOut, SelectionOut, SelectionAdd, SelectionPut, RegistrationBody,
                       RegistrationOut, HistoryOut, MessageOut, InboxOut, CreatedOut)),
    modifiers(&SessionAuth)
)]
pub struct AccountApiDoc;

/// Documents the session cookie as the security scheme of these endpoints.
struct SessionAuth;

impl utoipa::Modify for SessionAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                "step_session",
                "Session cookie from signing in at /{slug}/login",
            ))),
        );
    }
}

/// A JSON body; anything but `application/json` is 415, unreadable JSON is 400.
pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json =
            req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| {
                v.split(';').next().is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
            });
        if !is_json {
            return Err(AppError::NotJson);
        }
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| AppError::BadParam(ParamError::new("body", "err-json")))?;
        serde_json::from_slice(&bytes)
            .map(JsonBody)
            .map_err(|_| AppError::BadParam(ParamError::new("body", "err-json")))
    }
}

/// Body-less POSTs (withdraw, accept, refuse) need no JSON, so a cross-site form could send them
/// with the cookie of a sister host. Browsers name the page's origin on every cross-origin POST:
/// it must be this host.
pub(crate) fn same_origin(headers: &axum::http::HeaderMap) -> Result<()> {
    let Some(origin) = headers.get(header::ORIGIN) else { return Ok(()) };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default();
    let origin_host = origin.to_str().ok().and_then(|o| o.split_once("://")).map(|(_, rest)| rest).unwrap_or_default();
    if !host.is_empty() && origin_host == host { Ok(()) } else { Err(AppError::Csrf) }
}

pub(crate) fn account(session: &Session) -> Result<Uuid> {
    session.account().ok_or(AppError::NotSignedIn)
}

pub(crate) async fn family(ctx: &TenantCtx, session: &Session) -> Result<Family> {
    let account = account(session)?;
    crate::account::family_or_claim(ctx, session, account).await?.ok_or(AppError::Rule("family_missing"))
}

/// Documents the body; the handler reads it as the domain's form type (one set of fields, one
/// validation for pages and API). A test keeps both field lists equal.
#[allow(dead_code)]
#[derive(Deserialize, Serialize, ToSchema)]
pub struct FamilyBody {
    #[schema(min_length = 1, max_length = 100, pattern = "^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß .'-]*$")]
    first_name: String,
    #[schema(min_length = 1, max_length = 100, pattern = "^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß .'-]*$")]
    last_name: String,
    #[schema(min_length = 1, max_length = 200, pattern = "^[A-Za-zÄÖÜäöüß0-9][A-Za-zÄÖÜäöüß0-9 .-]*$")]
    street: String,
    #[schema(pattern = "^[0-9]{5}$")]
    postcode: String,
    #[schema(min_length = 1, max_length = 100, pattern = "^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß .-]*$")]
    city: String,
    #[schema(pattern = "^[0-9]{3,6} ?[0-9-]{1,12}$")]
    phone: String,
    #[schema(pattern = "^[a-z0-9.]{1,20}@[a-z0-9]{1,20}\\.(de|org|example)$")]
    email: String,
    /// de, en, tr, ar, ru, uk or pl (default de)
    #[serde(default)]
    language: String,
    #[serde(default)]
    guardian2_first_name: Option<String>,
    #[serde(default)]
    guardian2_last_name: Option<String>,
    #[serde(default)]
    guardian2_phone: Option<String>,
    #[serde(default)]
    guardian2_email: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct FamilyOut {
    id: Uuid,
    first_name: String,
    last_name: String,
    street: String,
    postcode: String,
    city: String,
    phone: String,
    email: String,
    language: String,
    guardian2_first_name: Option<String>,
    guardian2_last_name: Option<String>,
    guardian2_phone: Option<String>,
    guardian2_email: Option<String>,
}

impl From<Family> for FamilyOut {
    fn from(f: Family) -> Self {
        Self {
            id: f.id,
            first_name: f.first_name,
            last_name: f.last_name,
            street: f.street,
            postcode: f.postcode,
            city: f.city,
            phone: f.phone,
            email: f.email,
            language: f.language,
            guardian2_first_name: f.guardian2_first_name,
            guardian2_last_name: f.guardian2_last_name,
            guardian2_phone: f.guardian2_phone,
            guardian2_email: f.guardian2_email,
        }
    }
}

/// The signed-in parent's family profile in this municipality.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/family", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = FamilyOut), (status = 401, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody), (status = 409, description = "No profile yet", body = crate::api::ErrorBody)))]
async fn get_family(ctx: TenantCtx, session: Session) -> Result<Json<FamilyOut>> {
    Ok(Json(family(&ctx, &session).await?.into()))
}

/// Creates or changes the family profile.
#[utoipa::path(put, path = "/api/v1/tenants/{slug}/family", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)), request_body = FamilyBody,
    responses((status = 200, body = FamilyOut), (status = 400, body = crate::api::ErrorBody), (status = 401, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody), (status = 415, body = crate::api::ErrorBody)))]
async fn put_family(ctx: TenantCtx, session: Session, JsonBody(form): JsonBody<FamilyForm>) -> Result<Json<FamilyOut>> {
    let account = account(&session)?;
    let valid = form.validate().map_err(AppError::BadParam)?;
    Ok(Json(ctx.db.save_family(account, &valid).await?.into()))
}

/// Documents the body; the handler reads it as the domain's form type (one set of fields, one
/// validation for pages and API). A test keeps both field lists equal.
#[allow(dead_code)]
#[derive(Deserialize, ToSchema)]
pub struct ChildBody {
    #[schema(min_length = 1, max_length = 100, pattern = "^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß .'-]*$")]
    first_name: String,
    #[schema(min_length = 1, max_length = 100, pattern = "^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß .'-]*$")]
    last_name: String,
    /// YYYY-MM-DD; or give `expected_birth_date` for a child not yet born.
    #[serde(default)]
    #[schema(format = Date)]
    birth_date: Option<String>,
    #[serde(default)]
    expected_birth_date: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ChildOut {
    id: Uuid,
    first_name: String,
    last_name: String,
    birth_date: Option<String>,
    expected_birth_date: Option<String>,
}

impl From<step_store::Child> for ChildOut {
    fn from(c: step_store::Child) -> Self {
        Self {
            id: c.id,
            first_name: c.first_name,
            last_name: c.last_name,
            birth_date: c.birth_date.map(format_date),
            expected_birth_date: c.expected_birth_date.map(format_date),
        }
    }
}

/// The family's children.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/children", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<ChildOut>), (status = 401, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody), (status = 409, body = crate::api::ErrorBody)))]
async fn list_children(ctx: TenantCtx, session: Session) -> Result<Json<Vec<ChildOut>>> {
    let f = family(&ctx, &session).await?;
    Ok(Json(ctx.db.children(f.id).await?.into_iter().map(ChildOut::from).collect()))
}

/// Adds a child (born, or expected).
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/children", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)), request_body = ChildBody,
    responses((status = 201, body = ChildOut), (status = 400, body = crate::api::ErrorBody), (status = 401, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody), (status = 409, body = crate::api::ErrorBody), (status = 415, body = crate::api::ErrorBody)))]
async fn add_child(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    JsonBody(form): JsonBody<ChildForm>,
) -> Result<(StatusCode, Json<ChildOut>)> {
    let f = family(&ctx, &session).await?;
    let valid = form.validate(state.today()).map_err(AppError::BadParam)?;
    Ok((StatusCode::CREATED, Json(ctx.db.add_child(f.id, &valid).await?.into())))
}

#[derive(Serialize, ToSchema)]
pub struct SelectionOut {
    /// Selected facility ids in order of priority.
    facility_ids: Vec<Uuid>,
    max: u8,
}

#[derive(Deserialize, ToSchema)]
pub struct SelectionAdd {
    facility_id: Uuid,
}

#[derive(Deserialize, ToSchema)]
pub struct SelectionPut {
    /// The whole selection in the new order.
    facility_ids: Vec<Uuid>,
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SelectionDelete {
    /// Removes this facility; without it the selection is emptied.
    facility_id: Option<Uuid>,
}

async fn save_selection(
    state: &AppState,
    ctx: &TenantCtx,
    mut session: Session,
    ids: Vec<Uuid>,
) -> Result<Json<SelectionOut>> {
    account(&session)?;
    let max = ctx.tenant.procedure.max_choices;
    if ids.len() > usize::from(max) {
        return Err(AppError::Rule("selection_full"));
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    if unique.len() != ids.len() || ctx.db.facility_names(&ids).await?.len() != ids.len() {
        return Err(AppError::BadParam(ParamError::new("facility_ids", "err-facility")));
    }
    session.data.selection.insert(ctx.tenant.slug.to_string(), ids.clone());
    session.save(state).await?;
    Ok(Json(SelectionOut { facility_ids: ids, max }))
}

/// "Meine Auswahl" in this municipality.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/selection", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = SelectionOut), (status = 401, body = crate::api::ErrorBody), (status = 404, body = crate::api::ErrorBody)))]
async fn get_selection(ctx: TenantCtx, session: Session) -> Result<Json<SelectionOut>> {
    account(&session)?;
    Ok(Json(SelectionOut {
        facility_ids: session.selection(ctx.tenant.slug.as_str()),
        max: ctx.tenant.procedure.max_choices,
    }))
}

/// Adds a facility at the end (at most the municipality's limit, usually 5).
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/selection", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)), request_body = SelectionAdd,
    responses((status = 200, body = SelectionOut), (status = 400, body = crate::api::ErrorBody), (status = 401, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody), (status = 409, description = "Selection full", body = crate::api::ErrorBody),
              (status = 415, body = crate::api::ErrorBody)))]
async fn add_to_selection(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    JsonBody(body): JsonBody<SelectionAdd>,
) -> Result<Json<SelectionOut>> {
    let mut ids = session.selection(ctx.tenant.slug.as_str());
    if !ids.contains(&body.facility_id) {
        ids.push(body.facility_id);
    }
    save_selection(&state, &ctx, session, ids).await
}

/// Replaces the selection (new order = new priority).
#[utoipa::path(put, path = "/api/v1/tenants/{slug}/selection", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)), request_body = SelectionPut,
    responses((status = 200, body = SelectionOut), (status = 400, body = crate::api::ErrorBody), (status = 401, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody), (status = 409, body = crate::api::ErrorBody), (status = 415, body = crate::api::ErrorBody)))]
async fn put_selection(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    JsonBody(body): JsonBody<SelectionPut>,
) -> Result<Json<SelectionOut>> {
    save_selection(&state, &ctx, session, body.facility_ids).await
}

/// Removes one facility, or empties the selection.
#[utoipa::path(delete, path = "/api/v1/tenants/{slug}/selection", tag = "account", security(("session" = [])),
    params(("slug" = String, Path), SelectionDelete),
    responses((status = 200, body = SelectionOut), (status = 400, body = crate::api::ErrorBody), (status = 401, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody), (status = 409, body = crate::api::ErrorBody)))]
async fn delete_from_selection(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    q: std::result::Result<Query<SelectionDelete>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<SelectionOut>> {
    let Query(q) = q.map_err(|_| AppError::BadParam(ParamError::new("facility_id", "err-facility")))?;
    let mut ids = session.selection(ctx.tenant.slug.as_str());
    match q.facility_id {
        Some(id) => ids.retain(|x| *x != id),
        None => ids.clear(),
    }
    save_selection(&state, &ctx, session, ids).await
}

/// Documents the body; the handler reads it as the domain's form type (one set of fields, one
/// validation for pages and API). A test keeps both field lists equal.
#[allow(dead_code)]
#[derive(Deserialize, ToSchema)]
pub struct RegistrationBody {
    child_id: String,
    facility_id: String,
    /// Desired start, YYYY-MM-DD, today or later.
    start: String,
    /// Weekly hours (Kita: 25, 35 or 45 as offered; childminders: within their range).
    #[schema(value_type = i32)]
    hours: serde_json::Value,
    /// Priority 1 (first choice) to 10.
    #[schema(value_type = i32)]
    rank: serde_json::Value,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct HistoryOut {
    status: String,
    note: String,
    at: String,
}

#[derive(Serialize, ToSchema)]
pub struct RegistrationOut {
    id: Uuid,
    child_id: Uuid,
    facility_id: Uuid,
    facility_name: String,
    start: String,
    hours: i16,
    rank: i16,
    note: String,
    /// registered, offered, accepted, declined, rejected, withdrawn, contracted or expired
    status: String,
    /// Children waiting at this facility for the same start date.
    waiting_same_start: i64,
    /// Open offer: answer by this day (YYYY-MM-DD).
    answer_by: Option<String>,
    /// Decline by the facility: reason key (no_place, age_band, hours, criteria, other) and note.
    reason: Option<String>,
    reason_note: String,
    /// The facility's admission criteria that counted for this registration.
    criteria: Vec<String>,
    history: Vec<HistoryOut>,
}

impl From<step_store::Registration> for RegistrationOut {
    fn from(r: step_store::Registration) -> Self {
        Self {
            id: r.id,
            child_id: r.child_id,
            facility_id: r.facility_id,
            facility_name: r.facility_name,
            start: format_date(r.start_date),
            hours: r.hours,
            rank: r.rank,
            note: r.note,
            status: r.status,
            waiting_same_start: r.waiting_same_start,
            answer_by: r.answer_by.map(format_date),
            reason: r.reason,
            reason_note: r.reason_note,
            criteria: r.criteria,
            history: r
                .history
                .into_iter()
                .map(|e| HistoryOut {
                    status: e.status,
                    note: e.note,
                    at: e.created_at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
                })
                .collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct CreatedOut {
    id: Uuid,
}

/// Every registration of the family's children with status and history.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/registrations", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<RegistrationOut>), (status = 401, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody), (status = 409, body = crate::api::ErrorBody)))]
async fn list_registrations(ctx: TenantCtx, session: Session) -> Result<Json<Vec<RegistrationOut>>> {
    let f = family(&ctx, &session).await?;
    Ok(Json(ctx.db.registrations(f.id).await?.into_iter().map(RegistrationOut::from).collect()))
}

/// Registers a child at a facility (Vormerkung). Refused: a sixth active registration, a
/// duplicate, a past start, hours the facility does not offer, an age outside its range.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)), request_body = RegistrationBody,
    responses((status = 201, body = CreatedOut), (status = 400, body = crate::api::ErrorBody), (status = 401, body = crate::api::ErrorBody),
              (status = 404, description = "Unknown child (or another family's)", body = crate::api::ErrorBody),
              (status = 409, description = "A registration rule refused it", body = crate::api::ErrorBody), (status = 415, body = crate::api::ErrorBody)))]
async fn register(
    ctx: TenantCtx,
    State(state): State<AppState>,
    cookie: SessionCookie,
    JsonBody(form): JsonBody<RegistrationForm>,
) -> Result<(StatusCode, Json<CreatedOut>)> {
    let session_id = cookie.id().filter(|_| ctx.db.beside_platform()).map(str::to_owned);
    let Some(session_id) = session_id else {
        // A municipality on another cluster (or no cookie): the session is looked up on its own.
        let session = cookie.load(&state).await?;
        let account = account(&session)?;
        let input = form.validate(state.today()).map_err(AppError::BadParam)?;
        let start = input.start;
        let id = ctx.db.register(Owner::Account(account), &input, |c, f| registered_message(c, f, start)).await?;
        return Ok((StatusCode::CREATED, Json(CreatedOut { id })));
    };
    // One statement checks the session, that the child is its account's, and writes registration,
    // history, inbox message and e-mail. Only a refusal looks the session up again, so that a
    // caller who is not signed in hears 401 before anything about the body or the child.
    let input = match form.validate(state.today()) {
        Ok(input) => input,
        Err(e) => return refused(cookie, &state, AppError::BadParam(e)).await,
    };
    let start = input.start;
    match ctx.db.register(Owner::Session(&session_id), &input, |c, f| registered_message(c, f, start)).await {
        Ok(id) => Ok((StatusCode::CREATED, Json(CreatedOut { id }))),
        Err(e @ step_store::Error::NotFound) => refused(cookie, &state, e.into()).await,
        Err(e) => Err(e.into()),
    }
}

/// A refused write whose session was not looked up yet: 401 when nobody is signed in, else `e`.
async fn refused<T>(cookie: SessionCookie, state: &AppState, e: AppError) -> Result<T> {
    let session = cookie.load(state).await?;
    account(&session)?;
    Err(e)
}

/// The parent withdraws a registration.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/withdraw", tag = "account", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = RegistrationOut), (status = 401, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody), (status = 409, description = "Not active any more", body = crate::api::ErrorBody)))]
async fn withdraw(
    ctx: TenantCtx,
    session: Session,
    headers: axum::http::HeaderMap,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<RegistrationOut>> {
    same_origin(&headers)?;
    let f = family(&ctx, &session).await?;
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let r = ctx.db.registrations(f.id).await?.into_iter().find(|r| r.id == id).ok_or(AppError::NotFound)?;
    let child = ctx.db.child(f.id, r.child_id).await?.ok_or(AppError::NotFound)?;
    ctx.db.withdraw(f.id, id, &withdrawn_message(&child.first_name, &r.facility_name)).await?;
    let r = ctx.db.registrations(f.id).await?.into_iter().find(|r| r.id == id).ok_or(AppError::NotFound)?;
    Ok(Json(r.into()))
}

#[derive(Serialize, ToSchema)]
pub struct MessageOut {
    id: i64,
    registration_id: Option<Uuid>,
    subject: String,
    body: String,
    read: bool,
    created_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct InboxOut {
    unread: i64,
    messages: Vec<MessageOut>,
}

/// The family's messages, newest first, with the unread count.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/inbox", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = InboxOut), (status = 401, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody), (status = 409, body = crate::api::ErrorBody)))]
async fn inbox(ctx: TenantCtx, session: Session) -> Result<Json<InboxOut>> {
    let f = family(&ctx, &session).await?;
    let unread = ctx.db.unread_count(f.id).await?;
    let messages = ctx
        .db
        .messages(f.id)
        .await?
        .into_iter()
        .map(|m| MessageOut {
            id: m.id,
            registration_id: m.registration_id,
            subject: m.subject,
            body: m.body,
            read: m.read,
            created_at: m.created_at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
        })
        .collect();
    Ok(Json(InboxOut { unread, messages }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn documented(schema: &str) -> Vec<String> {
        let doc = serde_json::to_value(AccountApiDoc::openapi()).unwrap();
        let mut keys: Vec<String> =
            doc["components"]["schemas"][schema]["properties"].as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    }

    fn read<T: Serialize>(form: T) -> Vec<String> {
        let mut keys: Vec<String> = serde_json::to_value(form).unwrap().as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    }

    /// The documented request bodies have exactly the fields the handlers read.
    #[test]
    fn documented_bodies_match_the_forms_the_handlers_read() {
        assert_eq!(documented("FamilyBody"), read(FamilyForm::default()));
        assert_eq!(documented("ChildBody"), read(ChildForm::default()));
        assert_eq!(documented("RegistrationBody"), read(RegistrationForm::default()));
    }
}
