//! The desk's JSON API (issue 5) beside the pages, with the same rules: the facility's waiting
//! list, offer and decline for facility staff (the parent's answers are in
//! `crate::family::api`). Signed in by the
//! session cookie; bodies only as `application/json`. Without a role for the facility: 403; a
//! registration the caller may not see is 404 (its existence is not revealed).

use axum::Json;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use step_domain::desk::{DeclineForm, OfferForm};
use step_domain::search::format_date;
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;

use crate::desk::ops::{self, RefuseForm};
use crate::desk::view::{ProposalOut, proposal_out};
use crate::web::caps::{actor, facility_cap, registration_cap};
use crate::web::error::{AppError, Result};
use crate::web::extract::signed_in;
use crate::web::json::{DoneOut, ErrorBody, JsonBody, rfc3339};
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(OpenApi)]
#[openapi(
    paths(waiting_list, offer, decline, proposals_list, proposal_confirm, proposal_refuse),
    components(schemas(WaitingRowOut, OfferBody, DeclineBody, DoneOut, RefuseForm, ProposalOut, ProposalDoneOut))
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
    /// When the admission talk is booked (RFC 3339), if it is.
    talk_at: Option<String>,
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

/// The facility's waiting list, ranked by the points of the admission criteria that apply, then
/// by registration time.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/facilities/{id}/waiting-list", tag = "desk", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path, description = "Facility id (UUID)")),
    responses((status = 200, body = Vec<WaitingRowOut>), (status = 401, body = ErrorBody),
              (status = 403, description = "No role for this facility", body = ErrorBody),
              (status = 404, body = ErrorBody)))]
pub(crate) async fn waiting_list(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<Vec<WaitingRowOut>>> {
    let account = signed_in(&session)?;
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
                registered_at: rfc3339(r.created_at),
                talk_at: r.talk_at.map(rfc3339),
            })
            .collect(),
    ))
}

/// Makes an offer (Platzzusage) for a waiting registration; it holds one free place until the
/// parent answers or the deadline passes.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/offer", tag = "desk", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)), request_body = OfferBody,
    responses((status = 200, body = DoneOut), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, description = "The role may not make offers", body = ErrorBody),
              (status = 404, body = ErrorBody),
              (status = 409, description = "Not waiting, no free place, or the offer lock holds it", body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn offer(
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
    ops::offer(&state, &ctx, &cap, id, &form).await?;
    Ok(Json(DoneOut { id, status: "offered".into() }))
}

/// Declines (Absage) a waiting registration with a reason the parent sees.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/decline", tag = "desk", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)), request_body = DeclineBody,
    responses((status = 200, body = DoneOut), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 409, description = "Not waiting", body = ErrorBody), (status = 415, body = ErrorBody)))]
pub(crate) async fn decline(
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
    ops::decline(&ctx, &cap, id, &form).await?;
    Ok(Json(DoneOut { id, status: "rejected".into() }))
}

/// The office's open proposals for this facility (issue 20), oldest first.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/facilities/{id}/proposals", tag = "desk", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path, description = "Facility id (UUID)")),
    responses((status = 200, body = Vec<ProposalOut>), (status = 401, body = ErrorBody),
              (status = 403, description = "No role for this facility", body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn proposals_list(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<Vec<ProposalOut>>> {
    let cap = facility_cap(&state, &ctx, signed_in(&session)?, &id).await?;
    Ok(Json(ctx.db.facility_proposals(cap.facility()).await?.iter().map(proposal_out).collect()))
}

/// A decided proposal.
#[derive(Serialize, ToSchema)]
pub struct ProposalDoneOut {
    id: i64,
    /// `confirmed` or `refused`
    status: String,
    /// The registration the offer went out on (confirmed only).
    registration_id: Option<Uuid>,
}

fn proposal_id(text: &str) -> Result<i64> {
    text.parse::<i64>().map_err(|_| AppError::NotFound)
}

/// Confirms an open proposal of the office: an ordinary offer (Platzzusage) to the family,
/// answerable until `answer_by`, on the child's registration here or on one the office makes.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/facilities/{id}/proposals/{proposal}/confirm", tag = "desk",
    security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path), ("proposal" = i64, Path)), request_body = OfferBody,
    responses((status = 200, body = ProposalDoneOut), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, description = "The role may not make offers", body = ErrorBody),
              (status = 404, body = ErrorBody),
              (status = 409, description = "Decided already, or no free place left", body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn proposal_confirm(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id, proposal)): Path<(String, String, String)>,
    JsonBody(form): JsonBody<OfferForm>,
) -> Result<Json<ProposalDoneOut>> {
    let cap = facility_cap(&state, &ctx, signed_in(&session)?, &id).await?;
    if !cap.may_offer() {
        return Err(AppError::Forbidden);
    }
    let id = proposal_id(&proposal)?;
    let registration = ops::confirm_proposal(&state, &ctx, &cap, id, &form).await?;
    Ok(Json(ProposalDoneOut { id, status: "confirmed".into(), registration_id: Some(registration) }))
}

/// Refuses an open proposal of the office with a reason the office reads.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/facilities/{id}/proposals/{proposal}/refuse", tag = "desk",
    security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path), ("proposal" = i64, Path)), request_body = RefuseForm,
    responses((status = 200, body = ProposalDoneOut), (status = 400, description = "No reason, or over 1,000 characters", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 409, description = "Decided already", body = ErrorBody), (status = 415, body = ErrorBody)))]
pub(crate) async fn proposal_refuse(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id, proposal)): Path<(String, String, String)>,
    JsonBody(form): JsonBody<RefuseForm>,
) -> Result<Json<ProposalDoneOut>> {
    let cap = facility_cap(&state, &ctx, signed_in(&session)?, &id).await?;
    if !cap.may_decline() {
        return Err(AppError::Forbidden);
    }
    let id = proposal_id(&proposal)?;
    ops::refuse_proposal(&ctx, &cap, id, &form).await?;
    Ok(Json(ProposalDoneOut { id, status: "refused".into(), registration_id: None }))
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
