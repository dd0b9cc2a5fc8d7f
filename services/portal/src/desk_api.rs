//! The desk's JSON API (issue 5) beside the pages, with the same rules: the facility's waiting
//! list, offer and decline for facility staff; accept and refuse for the parent. Signed in by the
//! session cookie; bodies only as `application/json`. Without a role for the facility: 403; a
//! registration the caller may not see is 404 (its existence is not revealed).

use axum::extract::{Path, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use step_access::FacilityCap;
use step_domain::desk::{DeclineForm, OfferForm};
use step_domain::search::format_date;
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;

use crate::account_api::{JsonBody, RegistrationOut, account, family, same_origin};
use crate::desk::{actor, facility_cap};
use crate::error::{AppError, Result};
use crate::letters;
use crate::session::Session;
use crate::state::AppState;
use crate::tenancy::TenantCtx;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/tenants/{slug}/facilities/{id}/waiting-list", get(waiting_list))
        .route("/api/v1/tenants/{slug}/registrations/{id}/offer", post(offer))
        .route("/api/v1/tenants/{slug}/registrations/{id}/decline", post(decline))
        .route("/api/v1/tenants/{slug}/registrations/{id}/accept", post(accept))
        .route("/api/v1/tenants/{slug}/registrations/{id}/refuse", post(refuse))
}

#[derive(OpenApi)]
#[openapi(
    paths(waiting_list, offer, decline, accept, refuse),
    components(schemas(WaitingRowOut, OfferBody, DeclineBody, DoneOut))
)]
pub struct DeskApiDoc;

#[derive(Serialize, ToSchema)]
pub struct WaitingRowOut {
    /// Place on the list (1 = first).
    place: usize,
    id: Uuid,
    child_first_name: String,
    child_last_name: String,
    start: String,
    hours: i16,
    /// registered, offered or accepted
    status: String,
    /// online or paper
    origin: String,
    points: i64,
    /// The criteria that gave the points.
    criteria: Vec<String>,
    answer_by: Option<String>,
    /// Held by the office's offer lock while the child has an open offer elsewhere.
    paused: bool,
    registered_at: String,
}

/// Documents the body; the handler reads [`OfferForm`] (a test keeps the fields equal).
#[allow(dead_code)]
#[derive(Deserialize, Serialize, ToSchema)]
pub struct OfferBody {
    /// Answer deadline, YYYY-MM-DD: after today, at most the office's answer period away.
    #[schema(pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    answer_by: String,
}

#[allow(dead_code)]
#[derive(Deserialize, Serialize, ToSchema)]
pub struct DeclineBody {
    /// no_place, age_band, hours, criteria or other
    reason: String,
    /// Shown to the parent; required for `other`.
    #[serde(default)]
    note: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct DoneOut {
    id: Uuid,
    status: String,
}

/// The desk capability for the facility of registration `id`; 404 when it does not exist here or
/// the caller has no role for its facility (existence is not revealed).
async fn registration_cap(
    state: &AppState,
    ctx: &TenantCtx,
    session: &Session,
    id: &str,
) -> Result<(FacilityCap, Uuid)> {
    let account = account(session)?;
    let id = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    let (facility, kind) = ctx.db.registration_facility(id).await?.ok_or(AppError::NotFound)?;
    let cap =
        state.access().facility(account, ctx.tenant.slug.as_str(), facility, &kind).await.ok_or(AppError::NotFound)?;
    Ok((cap, id))
}

/// The facility's waiting list, ranked by the points of the admission criteria that apply, then
/// by registration time.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/facilities/{id}/waiting-list", tag = "desk", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path, description = "Facility id (UUID)")),
    responses((status = 200, body = Vec<WaitingRowOut>), (status = 401, body = crate::api::ErrorBody),
              (status = 403, description = "No role for this facility", body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody)))]
async fn waiting_list(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<Vec<WaitingRowOut>>> {
    let account = account(&session)?;
    let cap = facility_cap(&state, &ctx, account, &id).await?;
    let rows = ctx.db.waiting_list(cap.facility()).await?;
    ctx.db.audit_read(&actor(&cap), "waiting_list_read", &format!("facility:{}", cap.facility())).await?;
    Ok(Json(
        rows.into_iter()
            .enumerate()
            .map(|(i, r)| WaitingRowOut {
                place: i + 1,
                id: r.id,
                child_first_name: r.child_first_name,
                child_last_name: r.child_last_name,
                start: format_date(r.start_date),
                hours: r.hours,
                status: r.status,
                origin: r.origin,
                points: r.points,
                criteria: r.criteria,
                answer_by: r.answer_by.map(format_date),
                paused: r.paused,
                registered_at: r.created_at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
            })
            .collect(),
    ))
}

/// Makes an offer (Platzzusage) for a waiting registration; it holds one free place until the
/// parent answers or the deadline passes.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/offer", tag = "desk", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)), request_body = OfferBody,
    responses((status = 200, body = DoneOut), (status = 400, body = crate::api::ErrorBody), (status = 401, body = crate::api::ErrorBody),
              (status = 403, description = "The role may not make offers", body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody),
              (status = 409, description = "Not waiting, no free place, or the offer lock holds it", body = crate::api::ErrorBody),
              (status = 415, body = crate::api::ErrorBody)))]
async fn offer(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
    JsonBody(form): JsonBody<OfferForm>,
) -> Result<Json<DoneOut>> {
    let (cap, id) = registration_cap(&state, &ctx, &session, &id).await?;
    if !cap.may_offer() {
        return Err(AppError::Forbidden);
    }
    let days = u16::try_from(ctx.db.desk_settings().await?.offer_answer_days).unwrap_or(14);
    let answer_by = form.validate(state.today(), days).map_err(AppError::BadParam)?;
    ctx.db.offer(&actor(&cap), cap.facility(), id, answer_by, |c, f| letters::offered(c, f, answer_by)).await?;
    Ok(Json(DoneOut { id, status: "offered".into() }))
}

/// Declines (Absage) a waiting registration with a reason the parent sees.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/decline", tag = "desk", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)), request_body = DeclineBody,
    responses((status = 200, body = DoneOut), (status = 400, body = crate::api::ErrorBody), (status = 401, body = crate::api::ErrorBody),
              (status = 403, body = crate::api::ErrorBody), (status = 404, body = crate::api::ErrorBody),
              (status = 409, description = "Not waiting", body = crate::api::ErrorBody), (status = 415, body = crate::api::ErrorBody)))]
async fn decline(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
    JsonBody(form): JsonBody<DeclineForm>,
) -> Result<Json<DoneOut>> {
    let (cap, id) = registration_cap(&state, &ctx, &session, &id).await?;
    if !cap.may_decline() {
        return Err(AppError::Forbidden);
    }
    let (reason, note) = form.validate().map_err(AppError::BadParam)?;
    ctx.db
        .decline(&actor(&cap), cap.facility(), id, (reason, &note), |c, f| letters::rejected(c, f, reason, &note))
        .await?;
    Ok(Json(DoneOut { id, status: "rejected".into() }))
}

async fn own_registration(ctx: &TenantCtx, session: &Session, id: &str) -> Result<(Uuid, Uuid, Uuid)> {
    let account = account(session)?;
    let f = family(ctx, session).await?;
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
    responses((status = 200, body = RegistrationOut), (status = 401, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody),
              (status = 409, description = "No open offer (answered, withdrawn or expired)", body = crate::api::ErrorBody)))]
async fn accept(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    headers: axum::http::HeaderMap,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<RegistrationOut>> {
    same_origin(&headers)?;
    let (account, family, id) = own_registration(&ctx, &session, &id).await?;
    crate::account::accept_offer(&ctx, &state, account, id).await?;
    registration_out(&ctx, family, id).await
}

/// The parent declines an offer; the place goes back to the facility.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/refuse", tag = "account", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = RegistrationOut), (status = 401, body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody),
              (status = 409, description = "No open offer", body = crate::api::ErrorBody)))]
async fn refuse(
    ctx: TenantCtx,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<RegistrationOut>> {
    let (account, family, id) = own_registration(&ctx, &session, &id).await?;
    ctx.db.refuse(account, id, letters::declined_by_parent).await?;
    registration_out(&ctx, family, id).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys<T: Serialize>(v: T) -> Vec<String> {
        let mut k: Vec<String> = serde_json::to_value(v).unwrap().as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    }

    #[test]
    fn documented_bodies_match_the_forms_the_handlers_read() {
        let doc = serde_json::to_value(DeskApiDoc::openapi()).unwrap();
        let documented = |s: &str| {
            let mut k: Vec<String> =
                doc["components"]["schemas"][s]["properties"].as_object().unwrap().keys().cloned().collect();
            k.sort();
            k
        };
        assert_eq!(documented("OfferBody"), keys(OfferForm::default()));
        assert_eq!(documented("DeclineBody"), keys(DeclineForm::default()));
    }
}
