//! Registrations, answers to offers and the inbox in the JSON API.

use crate::public::ops::closed_start;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use step_domain::family::RegistrationForm;
use step_domain::search::format_date;
use step_store::Owner;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::family::ops;
use crate::web::error::{AppError, Result};
use crate::web::extract::{family_for_api, signed_in};
use crate::web::json::{ErrorBody, JsonBody, rfc3339};
use crate::web::letters;
use crate::web::session::{Session, SessionCookie};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// Documents the body; the handler reads it as the domain's form type (one set of fields, one
/// validation for pages and API). A test keeps both field lists equal.
#[allow(dead_code)]
#[derive(Deserialize, ToSchema)]
pub struct RegistrationBody {
    /// One of the family's children (`GET …/children`).
    #[schema(format = Uuid)]
    child_id: String,
    /// A facility or childminder of this municipality (`GET …/facilities`).
    #[schema(format = Uuid)]
    facility_id: String,
    /// Desired start, YYYY-MM-DD (`01.08.2027` is read too), from today up to three years ahead;
    /// the document served gives today's window.
    #[schema(format = Date)]
    start: String,
    /// Weekly hours (Kita: 25, 35 or 45 as offered; childminders: within their range).
    #[schema(value_type = i32, minimum = 1, maximum = 60)]
    hours: serde_json::Value,
    /// Priority 1 (first choice) to 10.
    #[schema(value_type = i32, minimum = 1, maximum = 10)]
    rank: serde_json::Value,
    /// A note to the facility, at most 1,000 characters.
    #[serde(default)]
    #[schema(max_length = 1000, pattern = "^[^\\u0000-\\u001F\\u007F-\\u009F]*$")]
    note: Option<String>,
    /// Positions of the facility's admission criteria that apply, as the family declares them
    /// (see the facility's `admission_criteria`); the facility confirms or corrects them.
    #[serde(default)]
    #[schema(value_type = Vec<i32>, max_items = 20)]
    criteria: Vec<serde_json::Value>,
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
    /// The facility's admission criteria that counted for this registration (confirmed by it).
    criteria: Vec<String>,
    /// The admission criteria the family declared.
    declared_criteria: Vec<String>,
    /// Whether the facility has reviewed the declared criteria (then `criteria` are its decision).
    criteria_reviewed: bool,
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
            declared_criteria: r.declared,
            criteria_reviewed: r.criteria_reviewed,
            history: r
                .history
                .into_iter()
                .map(|e| HistoryOut { status: e.status, note: e.note, at: rfc3339(e.created_at) })
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
    responses((status = 200, body = Vec<RegistrationOut>), (status = 401, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub(crate) async fn list_registrations(ctx: TenantCtx, session: Session) -> Result<Json<Vec<RegistrationOut>>> {
    let f = family_for_api(&ctx, &session).await?;
    Ok(Json(ctx.db.registrations(f.id).await?.into_iter().map(RegistrationOut::from).collect()))
}

/// Registers a child at a facility (Vormerkung). Refused: a sixth active registration, a
/// duplicate, a past start, a start whose registration deadline in the office's procedure calendar
/// has passed (400 at `start`), hours the facility does not offer, an age outside its range.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)), request_body = RegistrationBody,
    responses((status = 201, body = CreatedOut), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 404, description = "Unknown child (or another family's)", body = ErrorBody),
              (status = 409, description = "A registration rule refused it", body = ErrorBody), (status = 415, body = ErrorBody)))]
pub(crate) async fn register(
    ctx: TenantCtx,
    State(state): State<AppState>,
    cookie: SessionCookie,
    JsonBody(form): JsonBody<RegistrationForm>,
) -> Result<(StatusCode, Json<CreatedOut>)> {
    let session_id = cookie.id().filter(|_| ctx.db.beside_platform()).map(str::to_owned);
    let Some(session_id) = session_id else {
        // A municipality on another cluster (or no cookie): the session is looked up on its own.
        let session = cookie.load(&state).await?;
        let account = signed_in(&session)?;
        let input = form.validate(state.today()).map_err(AppError::BadParam)?;
        if let Some(p) = closed_start(&state, &ctx.tenant, input.start).await? {
            return Err(AppError::BadParam(p));
        }
        let start = input.start;
        let id = ctx.db.register(Owner::Account(account), &input, |c, f| letters::registered(c, f, start)).await?;
        return Ok((StatusCode::CREATED, Json(CreatedOut { id })));
    };
    // One statement checks the session, that the child is its account's, and writes registration,
    // history, inbox message and e-mail. Only a refusal looks the session up again, so that a
    // caller who is not signed in hears 401 before anything about the body or the child.
    let input = match form.validate(state.today()) {
        Ok(input) => input,
        Err(e) => return refused(cookie, &state, AppError::BadParam(e)).await,
    };
    if let Some(p) = closed_start(&state, &ctx.tenant, input.start).await? {
        return refused(cookie, &state, AppError::BadParam(p)).await;
    }
    let start = input.start;
    match ctx.db.register(Owner::Session(&session_id), &input, |c, f| letters::registered(c, f, start)).await {
        Ok(id) => Ok((StatusCode::CREATED, Json(CreatedOut { id }))),
        Err(e @ (step_store::Error::NotFound | step_store::Error::Rule("criterion_unknown"))) => {
            refused(cookie, &state, e.into()).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A refused write whose session was not looked up yet: 401 when nobody is signed in, else `e`.
async fn refused<T>(cookie: SessionCookie, state: &AppState, e: AppError) -> Result<T> {
    let session = cookie.load(state).await?;
    signed_in(&session)?;
    Err(e)
}

/// The parent withdraws a registration.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/withdraw", tag = "account", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = RegistrationOut), (status = 401, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, description = "Not active any more", body = ErrorBody)))]
pub(crate) async fn withdraw(
    ctx: TenantCtx,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<RegistrationOut>> {
    let f = family_for_api(&ctx, &session).await?;
    let id = ops::withdraw(&ctx, f.id, &id).await?;
    registration_out(&ctx, f.id, id).await
}

async fn own_registration(ctx: &TenantCtx, session: &Session, id: &str) -> Result<(Uuid, Uuid, Uuid)> {
    let account = signed_in(session)?;
    let f = family_for_api(ctx, session).await?;
    let id = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    Ok((account, f.id, id))
}

async fn registration_out(ctx: &TenantCtx, family: Uuid, id: Uuid) -> Result<Json<RegistrationOut>> {
    let r = ctx.db.registrations(family).await?.into_iter().find(|r| r.id == id).ok_or(AppError::NotFound)?;
    Ok(Json(r.into()))
}

/// The parent accepts an offer; the child's other active registrations are withdrawn.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/accept", tag = "account", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = RegistrationOut), (status = 401, body = ErrorBody),
              (status = 404, body = ErrorBody),
              (status = 409, description = "No open offer (answered, withdrawn or expired)", body = ErrorBody)))]
pub(crate) async fn accept(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<RegistrationOut>> {
    let (account, family, id) = own_registration(&ctx, &session, &id).await?;
    ops::accept_offer(&ctx, &state, account, id).await?;
    registration_out(&ctx, family, id).await
}

/// The parent declines an offer; the place goes back to the facility.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/refuse", tag = "account", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = RegistrationOut), (status = 401, body = ErrorBody),
              (status = 404, body = ErrorBody),
              (status = 409, description = "No open offer", body = ErrorBody)))]
pub(crate) async fn refuse(
    ctx: TenantCtx,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<RegistrationOut>> {
    let (account, family, id) = own_registration(&ctx, &session, &id).await?;
    ops::refuse_offer(&ctx, account, id).await?;
    registration_out(&ctx, family, id).await
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
    responses((status = 200, body = InboxOut), (status = 401, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub(crate) async fn inbox(ctx: TenantCtx, session: Session) -> Result<Json<InboxOut>> {
    let f = family_for_api(&ctx, &session).await?;
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
            created_at: rfc3339(m.created_at),
        })
        .collect();
    Ok(Json(InboxOut { unread, messages }))
}

/// Why the child got the place it got, or none, in the latest published allocation round this
/// registration took part in (issue 17): each of the child's wishes with the places there, how far
/// they were given and the child's own standing. Empty when it took part in none.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/registrations/{id}/round", tag = "account", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = Vec<RoundWishOut>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn registration_round(
    ctx: TenantCtx,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<Vec<RoundWishOut>>> {
    let account = signed_in(&session)?;
    let rid = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let wishes = ctx.db.registration_explanation(account, rid).await?;
    Ok(Json(wishes.into_iter().map(RoundWishOut::from).collect()))
}

/// One wish of the child in the round and what decided it (never another family's data).
#[derive(Serialize, ToSchema)]
pub struct RoundWishOut {
    round_id: Uuid,
    /// The round's start date, `YYYY-MM-DD`.
    start: String,
    registration_id: Uuid,
    facility: String,
    rank: i16,
    /// `u3` or `ue3`: the child's band on the start date.
    age_band: String,
    /// The child's points there and the criteria that gave them.
    points: i32,
    criteria: Vec<String>,
    registered_at: String,
    admissible: bool,
    /// The decline reason key when the facility marked the child not admissible.
    inadmissible_reason: Option<String>,
    assigned: bool,
    /// Places of the child's band there (none: no places for that band) and how many were given.
    capacity: Option<i32>,
    taken: Option<i32>,
    /// The standing of the last child taken there: points and the day of registration
    /// (`YYYY-MM-DD`; never another family's exact time).
    cutoff_points: Option<i32>,
    cutoff_registered_on: Option<String>,
}

impl From<step_store::WishExplanation> for RoundWishOut {
    fn from(w: step_store::WishExplanation) -> Self {
        Self {
            round_id: w.round_id,
            start: step_domain::search::format_date(w.start_date),
            registration_id: w.registration_id,
            facility: w.facility_name,
            rank: w.rank,
            age_band: w.age_band,
            points: w.points,
            criteria: w.criteria,
            registered_at: rfc3339(w.registered_at),
            admissible: w.admissible,
            inadmissible_reason: w.inadmissible_reason,
            assigned: w.assigned,
            capacity: w.capacity,
            taken: w.taken,
            cutoff_points: w.cutoff_points,
            cutoff_registered_on: w.cutoff_registered_at.map(|t| step_domain::search::format_date(t.date())),
        }
    }
}
