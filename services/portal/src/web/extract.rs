//! Extractors that decide who is asking before a handler runs, and what a body must look like:
//! [`Parent`] (signed in, with a family profile here, else sent to sign in or to the profile form),
//! [`Staff`] (signed in; roles are checked per object by `web::caps`), [`Upload`] (multipart with
//! German refusals) and the form wrappers that carry the CSRF token (checked by `web::forgery`
//! before any handler runs).

use axum::extract::{FromRequestParts, Multipart};
use axum::http::StatusCode;
use axum::http::request::Parts;
use step_documents::MAX_UPLOAD;
use step_store::{Alerts, Family};
use uuid::Uuid;

use crate::web::error::{AppError, Result};
use crate::web::page::{PageCtx, encode, user_page_with};
use crate::web::session::{CsrfToken, Session};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// Sends the person to sign in, and back to `back` afterwards (a page a browser can GET: a form's
/// POST address is no place to return to).
pub fn sign_in_redirect(base: &str, back: &str) -> AppError {
    AppError::Redirect(format!("{base}/login?return_to={}", encode(back)))
}

/// The signed-in account, or a redirect to sign-in that comes back to `back`.
pub(crate) fn require_account_back(ctx: &TenantCtx, session: &Session, back: &str) -> Result<Uuid> {
    session.account().ok_or_else(|| sign_in_redirect(&ctx.base, back))
}

/// The signed-in account, or a redirect to sign-in that comes back to this page.
pub(crate) fn require_account(ctx: &TenantCtx, session: &Session) -> Result<Uuid> {
    require_account_back(ctx, session, &session.here)
}

/// The family of the signed-in parent; parents without a profile in this municipality complete it first.
pub(crate) async fn require_family(ctx: &TenantCtx, session: &Session, account: Uuid) -> Result<Family> {
    family_or_claim(ctx, session, account)
        .await?
        .ok_or_else(|| AppError::Redirect(format!("{}/konto/familie", ctx.base)))
}

/// The account's family in this municipality; when there is none yet, a family a facility
/// registered on paper under the account's e-mail address (verified by the provider) is taken over.
pub async fn family_or_claim(ctx: &TenantCtx, session: &Session, account: Uuid) -> Result<Option<Family>> {
    if let Some(f) = ctx.db.family_of(account).await? {
        return Ok(Some(f));
    }
    let verified = session.data.claims.as_ref().filter(|c| c.email_verified == Some(true));
    match verified.and_then(|c| c.email.as_deref()) {
        Some(email) => Ok(ctx.db.claim_paper_family(account, email).await?),
        None => Ok(None),
    }
}

/// A signed-in parent whose family profile exists in this municipality. Extracting it sends
/// everyone else to sign in (and back here) or to the family form first.
pub struct Parent {
    pub ctx: TenantCtx,
    pub session: Session,
    pub csrf: CsrfToken,
    pub family: Family,
}

impl FromRequestParts<AppState> for Parent {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Staff { ctx, session, csrf, account } = Staff::from_request_parts(parts, state).await?;
        let family = require_family(&ctx, &session, account).await?;
        Ok(Self { ctx, session, csrf, family })
    }
}

/// A signed-in person (on a staff page, roles are checked per object after this); anyone else is
/// sent to sign in and back here. [`Parent`] builds on it.
pub struct Staff {
    pub ctx: TenantCtx,
    pub session: Session,
    pub csrf: CsrfToken,
    pub account: Uuid,
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ctx = TenantCtx::from_request_parts(parts, state).await?;
        let session = Session::from_request_parts(parts, state).await?;
        let csrf = CsrfToken::from_request_parts(parts, state).await?;
        let account = require_account(&ctx, &session)?;
        Ok(Self { ctx, session, csrf, account })
    }
}

impl Staff {
    pub fn page(&self, state: &AppState) -> PageCtx {
        let mut page = user_page_with(state, &self.ctx, &self.session, &self.csrf, &Alerts::default());
        page.insert("staff_nav", &true);
        page
    }
}

/// The signed-in account for the JSON API (401 otherwise).
pub(crate) fn signed_in(session: &Session) -> Result<Uuid> {
    session.account().ok_or(AppError::NotSignedIn)
}

/// The signed-in parent's family for the JSON API: 401 without a session, 409 without a profile.
pub(crate) async fn family_for_api(ctx: &TenantCtx, session: &Session) -> Result<Family> {
    let account = signed_in(session)?;
    family_or_claim(ctx, session, account).await?.ok_or(AppError::Rule("family_missing"))
}

/// The request body limit on upload routes: the 10 MB file plus the form around it. Bigger bodies
/// are cut off by the server; a file between 10 MB and this is refused by [`Spool`] with the
/// German message.
pub const UPLOAD_BODY_LIMIT: usize = MAX_UPLOAD as usize + 1024 * 1024;

/// A `multipart/form-data` body, or the German 400 when the request is not one (a missing or bad
/// boundary would otherwise be axum's plain-text rejection).
pub struct Upload(pub Multipart);

impl<S: Send + Sync> axum::extract::FromRequest<S> for Upload {
    type Rejection = AppError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        <Multipart as axum::extract::FromRequest<S>>::from_request(req, state)
            .await
            .map(Upload)
            .map_err(|_| upload_refused("upload-unreadable"))
    }
}

/// An upload refused, as the catalogue key of its German message and the HTTP status.
pub(crate) fn upload_refused(key: &'static str) -> AppError {
    let status = match key {
        "upload-too-large" => StatusCode::PAYLOAD_TOO_LARGE,
        "upload-wrong-type" => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        _ => StatusCode::BAD_REQUEST,
    };
    AppError::Upload(key, status)
}

/// A broken or too large multipart body: 413 when over the limit, else 400 (German messages).
pub(crate) fn multipart_error(e: axum::extract::multipart::MultipartError) -> AppError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        upload_refused("upload-too-large")
    } else {
        upload_refused("upload-unreadable")
    }
}
