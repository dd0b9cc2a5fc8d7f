//! The admission talk in the JSON API (issue 21): read it, offer times and take one back (the
//! facility), book one (the family), cancel with a reason (either side), and the calendar file.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use utoipa::OpenApi;

use crate::conversations::ops::talk::{
    self, TalkBookForm, TalkCancelForm, TalkOfferForm, TalkOut, TalkSlotBody, TalkSlotOut,
};
use crate::conversations::ops::{self};
use crate::web::error::Result;
use crate::web::json::{ErrorBody, JsonBody};
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(OpenApi)]
#[openapi(
    paths(talk_get, talk_offer, talk_withdraw, talk_book, talk_cancel, talk_calendar),
    components(schemas(TalkOut, TalkSlotOut, TalkOfferForm, TalkSlotBody, TalkBookForm, TalkCancelForm))
)]
pub struct TalkApiDoc;

/// The admission talk of a registration: the times offered (for the family: those it may pick and
/// its own) and the booked one.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/registrations/{id}/talk", tag = "conversations",
    security(("session" = [])), params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = TalkOut), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn talk_get(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<TalkOut>> {
    let (reader, rid) = ops::reader(&state, &ctx, &session, &id).await?;
    talk::audit_office(&ctx, &reader, rid).await?;
    Ok(Json(talk::talk(&ctx, &reader, rid).await?))
}

/// The facility offers times for the talk (up to five open at once). The family is told.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/talk/slots", tag = "conversations",
    security(("session" = [])), params(("slug" = String, Path), ("id" = String, Path)), request_body = TalkOfferForm,
    responses((status = 201, body = TalkOut),
              (status = 400, description = "A time unreadable, past, too long or without a place; none given", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, description = "Only the facility offers times", body = ErrorBody),
              (status = 404, body = ErrorBody),
              (status = 409, description = "More than five open times, a time overlapping another, or the registration is closed", body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn talk_offer(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
    JsonBody(form): JsonBody<TalkOfferForm>,
) -> Result<(StatusCode, Json<TalkOut>)> {
    let (reader, rid) = ops::reader(&state, &ctx, &session, &id).await?;
    talk::offer(&ctx, &reader, rid, &form).await?;
    Ok((StatusCode::CREATED, Json(talk::talk(&ctx, &reader, rid).await?)))
}

/// The facility takes back a time nobody booked.
#[utoipa::path(delete, path = "/api/v1/tenants/{slug}/registrations/{id}/talk/slots/{slot}", tag = "conversations",
    security(("session" = [])), params(("slug" = String, Path), ("id" = String, Path), ("slot" = String, Path)),
    responses((status = 200, body = TalkOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, description = "Not a time offered here, or booked", body = ErrorBody)))]
pub(crate) async fn talk_withdraw(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id, slot)): Path<(String, String, String)>,
) -> Result<Json<TalkOut>> {
    let (reader, rid) = ops::reader(&state, &ctx, &session, &id).await?;
    talk::withdraw(&ctx, &reader, rid, &slot).await?;
    Ok(Json(talk::talk(&ctx, &reader, rid).await?))
}

/// The family books a time (moving its talk, if it had one). Both sides get the calendar file by
/// e-mail.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/talk/book", tag = "conversations",
    security(("session" = [])), params(("slug" = String, Path), ("id" = String, Path)), request_body = TalkBookForm,
    responses((status = 200, body = TalkOut), (status = 400, description = "Not a time offered to this family", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, description = "Only the family books", body = ErrorBody),
              (status = 404, body = ErrorBody),
              (status = 409, description = "Taken by another family or past, already this family's, or the registration is closed", body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn talk_book(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
    JsonBody(form): JsonBody<TalkBookForm>,
) -> Result<Json<TalkOut>> {
    let (reader, rid) = ops::reader(&state, &ctx, &session, &id).await?;
    talk::book(&ctx, &reader, rid, &form).await?;
    Ok(Json(talk::talk(&ctx, &reader, rid).await?))
}

/// Either side cancels the booked talk; the reason goes into the conversation and both get the
/// cancelled calendar file by e-mail.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/talk/cancel", tag = "conversations",
    security(("session" = [])), params(("slug" = String, Path), ("id" = String, Path)), request_body = TalkCancelForm,
    responses((status = 200, body = TalkOut), (status = 400, description = "No reason, or over 5,000 characters", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, description = "The office reads only", body = ErrorBody),
              (status = 404, body = ErrorBody),
              (status = 409, description = "No talk booked, or the registration is closed", body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn talk_cancel(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
    JsonBody(form): JsonBody<TalkCancelForm>,
) -> Result<Json<TalkOut>> {
    let (reader, rid) = ops::reader(&state, &ctx, &session, &id).await?;
    talk::cancel(&ctx, &reader, rid, &form).await?;
    Ok(Json(talk::talk(&ctx, &reader, rid).await?))
}

/// The booked talk as an iCalendar file (RFC 5545).
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/registrations/{id}/talk/calendar", tag = "conversations",
    security(("session" = [])), params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, description = "The appointment", content_type = "text/calendar", body = String),
              (status = 401, body = ErrorBody), (status = 404, description = "No talk booked", body = ErrorBody)))]
pub(crate) async fn talk_calendar(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    talk::calendar_download(&state, &ctx, &session, &id).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_time_matches_the_form_the_handler_reads() {
        let doc = serde_json::to_value(TalkApiDoc::openapi()).unwrap();
        let mut documented: Vec<String> =
            doc["components"]["schemas"]["TalkSlotBody"]["properties"].as_object().unwrap().keys().cloned().collect();
        documented.sort();
        let form = serde_json::to_value(step_domain::talk::SlotForm::default()).unwrap();
        let mut read: Vec<String> = form.as_object().unwrap().keys().cloned().collect();
        read.sort();
        assert_eq!(documented, read);
    }
}
