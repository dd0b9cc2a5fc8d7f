//! What every JSON endpoint shares: the request body extractor (only `application/json`, which a
//! cross-site form cannot send), the error body and its OpenAPI schema, the answer to a status
//! change, the session cookie as the documented security scheme, and timestamps as RFC 3339.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header;
use serde::Serialize;
use serde::de::DeserializeOwned;
use step_domain::ParamError;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::web::error::AppError;

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    /// `bad_request`, `not_found`, `maintenance` or `internal`.
    code: String,
    /// German text for people.
    message: String,
    /// The refused parameter, for `bad_request`.
    field: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    error: ErrorDetail,
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

/// A JSON body that may be left out entirely (no body, no content type) or be JSON `null`: `None`;
/// otherwise as [`JsonBody`].
pub struct OptionalJson<T>(pub Option<T>);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for OptionalJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let empty = req.headers().get(header::CONTENT_TYPE).is_none()
            && req.headers().get(header::CONTENT_LENGTH).is_none_or(|v| v.as_bytes() == b"0");
        if empty {
            return Ok(Self(None));
        }
        JsonBody::<Option<T>>::from_request(req, state).await.map(|JsonBody(t)| Self(t))
    }
}

#[derive(Serialize, ToSchema)]
pub struct DoneOut {
    pub id: Uuid,
    pub status: String,
}

/// Documents the session cookie as the security scheme of these endpoints.
pub(crate) struct SessionAuth;

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
        components.add_security_scheme(
            "csrf",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                "X-CSRF-Token",
                "The session's token from GET /api/v1/session; every write (POST, PUT, PATCH, DELETE) sends it",
            ))),
        );
    }
}

/// A timestamp as the API writes it (RFC 3339).
pub fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}

/// Sets `key` of the object at `pointer` in a generated API document (issue 19.11: what the
/// derived schemas cannot say, e.g. this portal's offices or today's date window). A pointer
/// that names no object changes nothing; a unit test of each feature reads the result.
pub(crate) fn refine_schema(doc: &mut serde_json::Value, pointer: &str, key: &str, value: serde_json::Value) {
    if let Some(object) = doc.pointer_mut(pointer).and_then(serde_json::Value::as_object_mut) {
        object.insert(key.to_owned(), value);
    }
}
