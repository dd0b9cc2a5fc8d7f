//! Conversations in the JSON API (issue 21): the family or the facility's staff read and write the
//! conversation of a registration; the office of the municipality reads (audited).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::conversations::ops::{self, ConversationMessageOut, MessageForm};
use crate::web::error::Result;
use crate::web::json::{ErrorBody, JsonBody};
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(OpenApi)]
#[openapi(paths(messages_list, message_send), components(schemas(MessageForm, ConversationMessageOut, MessageSentOut)))]
pub struct ConversationsApiDoc;

#[derive(Serialize, ToSchema)]
pub struct MessageSentOut {
    id: i64,
}

/// The conversation of a registration, oldest first: for its family, the facility's staff, or the
/// office of the municipality (audited). The reader's side has read it now.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/registrations/{id}/messages", tag = "conversations",
    security(("session" = [])), params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = Vec<ConversationMessageOut>), (status = 401, body = ErrorBody),
              (status = 404, description = "No such registration, or not the caller's", body = ErrorBody)))]
pub(crate) async fn messages_list(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<Vec<ConversationMessageOut>>> {
    let (reader, rid) = ops::reader(&state, &ctx, &session, &id).await?;
    Ok(Json(ops::open(&ctx, &reader, rid).await?))
}

/// Writes a message in the conversation (the family or the facility's staff). The other side gets a
/// notice and an e-mail that a message is there, without its content.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/messages", tag = "conversations",
    security(("session" = [])), params(("slug" = String, Path), ("id" = String, Path)), request_body = MessageForm,
    responses((status = 201, body = MessageSentOut), (status = 400, description = "Empty or over 5,000 characters", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, description = "The office reads only", body = ErrorBody),
              (status = 404, body = ErrorBody),
              (status = 409, description = "The registration is no longer active, or 20 messages today already", body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn message_send(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
    JsonBody(form): JsonBody<MessageForm>,
) -> Result<(StatusCode, Json<MessageSentOut>)> {
    let (reader, rid) = ops::reader(&state, &ctx, &session, &id).await?;
    let id = ops::write(&ctx, &reader, rid, &form).await?;
    Ok((StatusCode::CREATED, Json(MessageSentOut { id })))
}
