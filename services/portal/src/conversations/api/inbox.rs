//! The facility's inbox and announcements in the JSON API (issue 21).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::conversations::ops::inbox::{self, AnnouncementForm, AnnouncementOut, ConversationLineOut, StartGroupOut};
use crate::web::caps::facility_cap;
use crate::web::error::{AppError, Result};
use crate::web::extract::signed_in;
use crate::web::json::{ErrorBody, JsonBody};
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(OpenApi)]
#[openapi(
    paths(inbox_get, announce),
    components(schemas(
        FacilityInboxOut,
        ConversationLineOut,
        StartGroupOut,
        AnnouncementOut,
        AnnouncementForm,
        AnnouncedOut
    ))
)]
pub struct InboxApiDoc;

/// The facility's inbox.
#[derive(Serialize, ToSchema)]
pub struct FacilityInboxOut {
    conversations: Vec<ConversationLineOut>,
    /// Unread messages of families in all.
    unread: i64,
    /// The start dates on the waiting list, for announcements.
    starts: Vec<StartGroupOut>,
    /// Announcements sent, newest first.
    announcements: Vec<AnnouncementOut>,
}

#[derive(Serialize, ToSchema)]
pub struct AnnouncedOut {
    /// Families it reached.
    families: i64,
}

async fn cap(state: &AppState, ctx: &TenantCtx, session: &Session, fid: &str) -> Result<step_access::FacilityCap> {
    let cap = facility_cap(state, ctx, signed_in(session)?, fid).await?;
    if cap.may_offer() { Ok(cap) } else { Err(AppError::Forbidden) }
}

/// The facility's open conversations with unread counts, its start dates and announcements (staff
/// who may make offers).
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/facilities/{id}/inbox", tag = "conversations",
    security(("session" = [])), params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = FacilityInboxOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody)))]
pub(crate) async fn inbox_get(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, fid)): Path<(String, String)>,
) -> Result<Json<FacilityInboxOut>> {
    let cap = cap(&state, &ctx, &session, &fid).await?;
    let (conversations, unread) = inbox::inbox(&ctx, &cap).await?;
    let (starts, announcements) = inbox::announcements(&ctx, &cap).await?;
    Ok(Json(FacilityInboxOut { conversations, unread, starts, announcements }))
}

/// Writes one message to every family waiting for a start date: in each family's inbox, and an
/// e-mail in its language that a message is there.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/facilities/{id}/announcements", tag = "conversations",
    security(("session" = [])), params(("slug" = String, Path), ("id" = String, Path)), request_body = AnnouncementForm,
    responses((status = 201, body = AnnouncedOut),
              (status = 400, description = "A date that cannot be read, an empty or too long subject or text", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 409, description = "No family waits for that start", body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn announce(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, fid)): Path<(String, String)>,
    JsonBody(form): JsonBody<AnnouncementForm>,
) -> Result<(StatusCode, Json<AnnouncedOut>)> {
    let cap = cap(&state, &ctx, &session, &fid).await?;
    let families = inbox::announce(&ctx, &cap, &form).await?;
    Ok((StatusCode::CREATED, Json(AnnouncedOut { families })))
}
