//! Cookies, server-side sessions and CSRF protection.
//!
//! - `step_session`: the id of a row in `platform.sessions` (created when a parent first selects a
//!   facility or starts signing in; replaced by a new id at sign-in).
//! - `step_csrf`: a random token set on the first page view; every form posts it back in the hidden
//!   field `csrf` and it must match (double submit). JSON endpoints accept only
//!   `application/json`, which a cross-site form cannot send.
//!
//! Both cookies are HttpOnly and SameSite=Lax (Lax lets the session cookie come along on the
//! provider's redirect back to `/auth/callback`), and Secure unless `auth.secure_cookies = false`.

use std::collections::BTreeMap;

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use step_store::{SESSION_TTL, SessionRow, random_token};
use uuid::Uuid;

use crate::web::error::AppError;
use crate::web::oidc::{Claims, PendingLogin};
use crate::web::state::AppState;

pub const SESSION_COOKIE: &str = "step_session";

pub const CSRF_COOKIE: &str = "step_csrf";

/// What a session remembers besides its account.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SessionData {
    /// "Meine Auswahl" per municipality slug, in order of priority.
    #[serde(default)]
    pub selection: BTreeMap<String, Vec<Uuid>>,
    /// A sign-in in progress.
    #[serde(default)]
    pub login: Option<PendingLogin>,
    /// Name and e-mail from the ID token, to prefill the family profile.
    #[serde(default)]
    pub claims: Option<Claims>,
    /// Kept for the provider's end-session request at logout.
    #[serde(default)]
    pub id_token: Option<String>,
    /// When the person last signed in again on purpose (Unix seconds), for acts that ask for it.
    #[serde(default)]
    pub reauthenticated_at: Option<i64>,
}

/// How long a deliberate second sign-in counts for an act that asks for it.
pub const REAUTH_SECONDS: i64 = 600;

impl SessionData {
    /// Whether the person signed in again within [`REAUTH_SECONDS`] of `now` (Unix seconds).
    pub fn recently_reauthenticated(&self, now: i64) -> bool {
        self.reauthenticated_at.is_some_and(|t| t <= now && now - t <= REAUTH_SECONDS)
    }
}

/// The request's session, if it has a valid one.
pub struct Session {
    pub row: Option<SessionRow>,
    pub data: SessionData,
    /// Path and query of this request, for the header's sign-in link to come back to.
    pub here: String,
}

impl Session {
    pub fn id(&self) -> Option<&str> {
        self.row.as_ref().map(|r| r.id.as_str())
    }
    pub fn account(&self) -> Option<Uuid> {
        self.row.as_ref().and_then(|r| r.account_id)
    }
    pub fn selection(&self, slug: &str) -> Vec<Uuid> {
        self.data.selection.get(slug).cloned().unwrap_or_default()
    }

    /// Saves the data, creating the session (and returning its cookie) when there is none yet.
    pub async fn save(&mut self, state: &AppState) -> Result<Option<HeaderValue>, AppError> {
        let data = serde_json::to_value(&self.data).unwrap_or_default();
        match &self.row {
            Some(row) => {
                state.store().platform().save_session_data(&row.id, &data).await?;
                Ok(None)
            }
            None => {
                let row = state.store().platform().create_session(None, &data).await?;
                let cookie = session_cookie(state, &row.id);
                self.row = Some(row);
                Ok(Some(cookie))
            }
        }
    }
}

pub use crate::web::cookie::cookie;

fn cookie_header(state: &AppState, name: &str, value: &str, max_age: i64) -> HeaderValue {
    let secure = if state.config().secure_cookies { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"))
        .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A preference the browser keeps for a year (the family's language); readable by scripts is not needed.
pub fn preference_cookie(state: &AppState, name: &str, value: &str) -> HeaderValue {
    cookie_header(state, name, value, 365 * 24 * 3600)
}

pub fn session_cookie(state: &AppState, id: &str) -> HeaderValue {
    cookie_header(state, SESSION_COOKIE, id, SESSION_TTL.as_secs() as i64)
}

pub fn clear_session_cookie(state: &AppState) -> HeaderValue {
    cookie_header(state, SESSION_COOKIE, "", 0)
}

impl FromRequestParts<AppState> for Session {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        SessionCookie::from_request_parts(parts, state).await?.load(state).await
    }
}

/// The request's session cookie, not looked up yet: for a handler that reads the session together
/// with its own data in one statement (the account page). Everything else extracts [`Session`].
pub struct SessionCookie {
    id: Option<String>,
    here: String,
}

impl<S: Send + Sync> FromRequestParts<S> for SessionCookie {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let here = parts.uri.path_and_query().map_or_else(|| parts.uri.path().to_owned(), |p| p.as_str().to_owned());
        Ok(Self { id: cookie(&parts.headers, SESSION_COOKIE), here })
    }
}

impl SessionCookie {
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// Looks the session up on its own (one round trip).
    pub async fn load(self, state: &AppState) -> Result<Session, AppError> {
        let row = match &self.id {
            Some(id) => state.store().platform().load_session(id).await?,
            None => None,
        };
        Ok(self.with_row(row))
    }

    /// The session from a row read by another statement (`None`: no such live session).
    pub fn with_row(self, row: Option<SessionRow>) -> Session {
        let data = row.as_ref().and_then(|r| serde_json::from_value(r.data.clone()).ok()).unwrap_or_default();
        if let Some(account) = row.as_ref().and_then(|r| r.account_id) {
            tracing::Span::current().record("enduser.id", account.to_string());
        }
        Session { row, data, here: self.here }
    }
}

/// The CSRF token of this request (from its cookie, or freshly made for the response to set).
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

/// Gives every request a CSRF token and sets the cookie when the browser has none.
pub async fn csrf_cookie(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let existing =
        cookie(req.headers(), CSRF_COOKIE).filter(|t| t.len() == 64 && t.chars().all(|c| c.is_ascii_hexdigit()));
    let token = existing.clone().unwrap_or_else(random_token);
    req.extensions_mut().insert(CsrfToken(token.clone()));
    let mut res = next.run(req).await;
    if existing.is_none()
        && !res.headers().get_all(header::SET_COOKIE).iter().any(|v| v.as_bytes().starts_with(CSRF_COOKIE.as_bytes()))
    {
        res.headers_mut().append(header::SET_COOKIE, cookie_header(&state, CSRF_COOKIE, &token, 7 * 24 * 3600));
    }
    res
}

impl<S: Send + Sync> FromRequestParts<S> for CsrfToken {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<CsrfToken>().cloned().ok_or(AppError::Csrf)
    }
}

impl CsrfToken {
    /// The form's `csrf` field must equal the cookie's token (compared in constant time).
    pub fn check(&self, submitted: &str) -> Result<(), AppError> {
        let (a, b) = (self.0.as_bytes(), submitted.as_bytes());
        let same = a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0;
        if same { Ok(()) } else { Err(AppError::Csrf) }
    }
}
