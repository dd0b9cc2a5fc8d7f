//! The session in the JSON API: whether someone is signed in, and the token every write sends.

use axum::Json;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::web::session::{CsrfToken, Session};

#[derive(Serialize, ToSchema)]
pub struct SessionOut {
    /// Whether this session belongs to a signed-in person.
    signed_in: bool,
    /// Sent back in the `X-CSRF-Token` header of every write (POST, PUT, PATCH, DELETE). It is the
    /// session's own token (new at every sign-in); before a session exists, this browser's.
    csrf_token: String,
}

/// This browser's session and the token its writes carry (issue 19.1).
#[utoipa::path(get, path = "/api/v1/session", tag = "account",
    responses((status = 200, body = SessionOut)))]
pub(crate) async fn session_info(session: Session, csrf: CsrfToken) -> Response {
    let out = SessionOut { signed_in: session.account().is_some(), csrf_token: session.form_token(&csrf).to_owned() };
    let mut res = Json(out).into_response();
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

#[derive(OpenApi)]
#[openapi(paths(session_info), components(schemas(SessionOut)))]
pub struct AuthApiDoc;
