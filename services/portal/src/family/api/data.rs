//! The family's data in the JSON API: export as ZIP, deletion.

use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::family::ops;
use crate::web::error::Result;
use crate::web::extract::{family_for_api, signed_in};
use crate::web::json::ErrorBody;
use crate::web::session::{Session, clear_session_cookie};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(Serialize, ToSchema)]
pub struct DeletedOut {
    deleted: bool,
    /// Confirmed contracts kept for the legal retention period.
    kept_documents: usize,
}

/// Everything the portal holds about the family in this municipality: `familie.json` and every
/// document, as a ZIP.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/family/export", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, description = "ZIP archive", body = Vec<u8>, content_type = "application/zip"),
              (status = 401, body = ErrorBody), (status = 404, description = "Unknown municipality", body = ErrorBody),
              (status = 409, description = "No family profile yet", body = ErrorBody),
              (status = 503, body = ErrorBody)))]
pub(crate) async fn family_export(ctx: TenantCtx, State(state): State<AppState>, session: Session) -> Result<Response> {
    let account = signed_in(&session)?;
    let f = family_for_api(&ctx, &session).await?;
    let (file, size) = ops::export_zip(&state, &ctx, account, f.id).await?;
    crate::family::view::export_response(&state, &ctx, file, size)
}

/// Deletes the family's data in this municipality (confirmed contracts are kept for the retention
/// period) and signs out.
#[utoipa::path(delete, path = "/api/v1/tenants/{slug}/family", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = DeletedOut), (status = 401, body = ErrorBody),
              (status = 404, description = "Unknown municipality", body = ErrorBody),
              (status = 409, description = "No family profile", body = ErrorBody)))]
pub(crate) async fn family_delete(ctx: TenantCtx, State(state): State<AppState>, session: Session) -> Result<Response> {
    let account = signed_in(&session)?;
    family_for_api(&ctx, &session).await?;
    let kept = ops::delete_data(&state, &ctx, account).await?;
    if let Some(id) = session.id() {
        state.store().platform().delete_session(id).await?;
    }
    let mut res = Json(DeletedOut { deleted: true, kept_documents: kept }).into_response();
    res.headers_mut().append(axum::http::header::SET_COOKIE, clear_session_cookie(&state));
    Ok(res)
}
