//! Conversations in the JSON API (issue 21): the family or the facility's staff read and write the
//! conversation of a registration; the office of the municipality reads (audited).

pub mod inbox;
pub mod talk;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::conversations::ops::{self, AttachmentOut, ConversationMessageOut, MessageForm};
use crate::documents::ops::receive;
use crate::web::error::Result;
use crate::web::extract::Upload;
use crate::web::json::{ErrorBody, JsonBody};
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(OpenApi)]
#[openapi(
    paths(messages_list, message_send, message_with_file),
    components(schemas(MessageForm, ConversationMessageOut, AttachmentOut, MessageSentOut, MessageWithFileBody))
)]
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
    let id = ops::write(&state, &ctx, &reader, rid, &form, None).await?;
    Ok((StatusCode::CREATED, Json(MessageSentOut { id })))
}

/// Documents the multipart body of a message with a file.
#[allow(dead_code)]
#[derive(ToSchema)]
pub struct MessageWithFileBody {
    /// 1 to 5,000 characters.
    body: String,
    /// PDF, JPEG or PNG, at most 10 MB.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

/// Writes a message with a file (`multipart/form-data`: `body` and `file`). The file goes through
/// the document store's checks; both sides download it at `/{slug}/dokumente/{id}`.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/registrations/{id}/messages/files", tag = "conversations",
    security(("session" = [])), params(("slug" = String, Path), ("id" = String, Path)),
    request_body(content = MessageWithFileBody, content_type = "multipart/form-data"),
    responses((status = 201, body = MessageSentOut),
              (status = 400, description = "Empty or over 5,000 characters, no file, or an unreadable form", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, description = "The office reads only", body = ErrorBody),
              (status = 404, body = ErrorBody),
              (status = 409, description = "The registration is no longer active, or 20 messages today already", body = ErrorBody),
              (status = 413, description = "Over 10 MB", body = ErrorBody),
              (status = 415, description = "Not a PDF, JPEG or PNG", body = ErrorBody)))]
pub(crate) async fn message_with_file(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
    upload: Upload,
) -> Result<(StatusCode, Json<MessageSentOut>)> {
    let (reader, rid) = ops::reader(&state, &ctx, &session, &id).await?;
    let received = receive(&state, upload).await?;
    let form = MessageForm { body: received.fields.get("body").cloned().unwrap_or_default() };
    let file = (received.filename, received.file);
    let id = ops::write(&state, &ctx, &reader, rid, &form, Some(&file)).await?;
    Ok((StatusCode::CREATED, Json(MessageSentOut { id })))
}
