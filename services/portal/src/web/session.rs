//! Cookies and server-side sessions.
//!
//! - `step_session`: the id of a row in `platform.sessions` (created when a parent first selects a
//!   facility or starts signing in; replaced by a new id at sign-in).
//! - `step_csrf`: the form token of this browser. Before a session exists it is a random value set
//!   on the first page view; a session is created with the same token, and sign-in gives the new
//!   session a new token and this cookie with it. Which token a write must carry is decided by
//!   `web::forgery` (the session's, once there is one).
//!
//! Both cookies are HttpOnly and SameSite=Lax (Lax lets the session cookie come along on the
//! provider's redirect back to `/auth/callback`), and Secure unless `auth.secure_cookies = false`;
//! over HTTPS their names carry the `__Host-` prefix (`web::cookie::name`).

use std::collections::BTreeMap;

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use step_store::{SessionRow, random_token};
use uuid::Uuid;

use crate::web::error::AppError;
use crate::web::oidc::{Claims, PendingLogin};
use crate::web::state::AppState;

pub use crate::web::cookie::{CSRF as CSRF_COOKIE, SESSION as SESSION_COOKIE};

/// What a session remembers besides its account.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SessionData {
    /// "Meine Auswahl" per municipality slug, in order of priority.
    #[serde(default)]
    pub selection: BTreeMap<String, Vec<Uuid>>,
    /// Sign-ins in progress, newest last (at most [`MAX_PENDING_LOGINS`]: two tabs may each start
    /// one, and each comes back with its own `state`).
    #[serde(default)]
    pub logins: Vec<PendingLogin>,
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

/// How many sign-ins may be in progress in one session.
pub const MAX_PENDING_LOGINS: usize = 5;

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
    /// The browser's form token (its cookie), which a session created now takes over.
    browser_token: Option<String>,
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

    /// The token this person's forms carry: the session's once there is one, else the browser's.
    pub fn form_token<'a>(&'a self, browser: &'a CsrfToken) -> &'a str {
        self.row.as_ref().map_or(browser.0.as_str(), |r| r.csrf_token.as_str())
    }

    /// Changes the session's data: `change` is applied to the data as stored now, under the row's
    /// lock (issue 19.3: another tab may have written since this request read it, and neither
    /// change is lost). Creates the session, returning its cookie, when there is none yet.
    pub async fn update<T>(
        &mut self,
        state: &AppState,
        change: impl FnOnce(&mut SessionData) -> T,
    ) -> Result<(T, Option<HeaderValue>), AppError> {
        let limits = &state.config().sessions;
        let mut change = Some(change);
        if let Some(row) = &self.row {
            let changed = state
                .store()
                .platform()
                .update_session_data(&row.id, limits, |stored| {
                    let mut data: SessionData = serde_json::from_value(stored).unwrap_or_default();
                    let out = change.take().map(|f| f(&mut data));
                    (serde_json::to_value(&data).unwrap_or_default(), (out, data))
                })
                .await?;
            if let Some((Some(out), data)) = changed {
                self.data = data;
                return Ok((out, None));
            }
            // The session ended meanwhile: the change goes to a new (anonymous) one.
            self.row = None;
        }
        let mut data = SessionData::default();
        let Some(change) = change.take() else { return Err(AppError::Internal("session change applied twice".into())) };
        let out = change(&mut data);
        let value = serde_json::to_value(&data).unwrap_or_default();
        let token = self.browser_token.as_deref();
        let row = state.store().platform().create_session(None, &value, token, limits).await?;
        let cookie = session_cookie(state, &row.id);
        self.row = Some(row);
        self.data = data;
        Ok((out, Some(cookie)))
    }
}

pub use crate::web::cookie::cookie;

/// The name cookie `plain` goes by on this portal (`__Host-` prefixed over HTTPS).
pub fn cookie_name(state: &AppState, plain: &'static str) -> &'static str {
    crate::web::cookie::name(plain, state.config().secure_cookies)
}

fn cookie_header(state: &AppState, plain: &'static str, value: &str, max_age: i64) -> HeaderValue {
    let name = cookie_name(state, plain);
    let secure = if state.config().secure_cookies { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"))
        .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A preference the browser keeps for a year (the family's language); readable by scripts is not needed.
pub fn preference_cookie(state: &AppState, name: &'static str, value: &str) -> HeaderValue {
    cookie_header(state, name, value, 365 * 24 * 3600)
}

pub fn session_cookie(state: &AppState, id: &str) -> HeaderValue {
    cookie_header(state, SESSION_COOKIE, id, state.config().sessions.absolute.as_secs() as i64)
}

pub fn clear_session_cookie(state: &AppState) -> HeaderValue {
    cookie_header(state, SESSION_COOKIE, "", 0)
}

/// The browser's form token cookie (set anew with a signed-in session's token at sign-in).
pub fn csrf_cookie_header(state: &AppState, token: &str) -> HeaderValue {
    cookie_header(state, CSRF_COOKIE, token, 7 * 24 * 3600)
}

/// A session the forgery check already read for this write (`None`: the cookie names no live
/// session), so the handler does not read it again.
#[derive(Clone)]
pub struct ReadSession(pub Option<SessionRow>);

impl FromRequestParts<AppState> for Session {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let session = SessionCookie::from_request_parts(parts, state).await?.load(state).await?;
        session.slide(state).await?;
        Ok(session)
    }
}

/// The request's session cookie, not looked up yet: for a handler that reads the session together
/// with its own data in one statement (the account page). Everything else extracts [`Session`].
pub struct SessionCookie {
    id: Option<String>,
    here: String,
    browser_token: Option<String>,
    read: Option<ReadSession>,
}

impl FromRequestParts<AppState> for SessionCookie {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let here = parts.uri.path_and_query().map_or_else(|| parts.uri.path().to_owned(), |p| p.as_str().to_owned());
        Ok(Self {
            id: cookie(&parts.headers, cookie_name(state, SESSION_COOKIE)),
            here,
            browser_token: parts.extensions.get::<CsrfToken>().map(|t| t.0.clone()),
            read: parts.extensions.get::<ReadSession>().cloned(),
        })
    }
}

impl SessionCookie {
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// Looks the session up on its own (one round trip), unless the forgery check already did.
    pub async fn load(mut self, state: &AppState) -> Result<Session, AppError> {
        let row = match (self.read.take(), &self.id) {
            (Some(ReadSession(row)), _) => row,
            (None, Some(id)) => state.store().platform().load_session(id).await?,
            (None, None) => None,
        };
        Ok(self.with_row(row))
    }

    /// The session from a row read by another statement (`None`: no such live session).
    pub fn with_row(self, row: Option<SessionRow>) -> Session {
        let data = row.as_ref().and_then(|r| serde_json::from_value(r.data.clone()).ok()).unwrap_or_default();
        if let Some(account) = row.as_ref().and_then(|r| r.account_id) {
            tracing::Span::current().record("enduser.id", account.to_string());
        }
        Session { row, data, here: self.here, browser_token: self.browser_token }
    }
}

impl Session {
    /// Using a session keeps it alive: its idle end slides (at most once a minute, never past the
    /// absolute end; issue 19.3).
    pub async fn slide(&self, state: &AppState) -> Result<(), AppError> {
        let limits = &state.config().sessions;
        if let Some(row) = self.row.as_ref().filter(|r| r.slide_due(limits, time::OffsetDateTime::now_utc())) {
            state.store().platform().slide_session(&row.id, limits).await?;
        }
        Ok(())
    }
}

/// The CSRF token of this request (from its cookie, or freshly made for the response to set).
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

/// The browser's form token as its cookie carries it (64 hex characters), if it carries one.
pub fn browser_token(state: &AppState, headers: &axum::http::HeaderMap) -> Option<String> {
    cookie(headers, cookie_name(state, CSRF_COOKIE))
        .filter(|t| t.len() == 64 && t.bytes().all(|c| c.is_ascii_hexdigit()))
}

/// Gives every request the browser's form token and sets the cookie when the browser has none.
pub async fn csrf_cookie(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let existing = browser_token(&state, req.headers());
    let token = existing.clone().unwrap_or_else(random_token);
    req.extensions_mut().insert(CsrfToken(token.clone()));
    let mut res = next.run(req).await;
    let name = cookie_name(&state, CSRF_COOKIE);
    if existing.is_none()
        && !res.headers().get_all(header::SET_COOKIE).iter().any(|v| v.as_bytes().starts_with(name.as_bytes()))
    {
        res.headers_mut().append(header::SET_COOKIE, csrf_cookie_header(&state, &token));
    }
    res
}

impl<S: Send + Sync> FromRequestParts<S> for CsrfToken {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<CsrfToken>().cloned().ok_or(AppError::Csrf)
    }
}

/// Two tokens compared in constant time.
pub fn same_token(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
