//! Sign-in (redirect to the provider, then its callback) and sign-out that also ends the
//! provider's session.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::auth::ops::{accept_invitations, callback_url, safe_return_to, sync_claim_roles};
use crate::web::error::{AppError, Result};
use crate::web::language::LANG_COOKIE;
use crate::web::oidc::Claims;
use crate::web::session::{Session, clear_session_cookie, csrf_cookie_header, preference_cookie, session_cookie};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(Deserialize)]
pub(crate) struct LoginQuery {
    return_to: Option<String>,
    /// `erneut=1`: sign in again even with a live session at the provider (before accepting a
    /// contract online).
    erneut: Option<String>,
}

pub(crate) async fn login(
    ctx: TenantCtx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<LoginQuery>,
    mut session: Session,
) -> Result<Response> {
    let return_to = safe_return_to(q.return_to.as_deref(), &format!("{}/konto", ctx.base));
    let redirect_uri = callback_url(&state, &headers)?;
    let fresh = q.erneut.as_deref() == Some("1");
    let (url, pending) = state.oidc().start(&redirect_uri, return_to, fresh).await?;
    // Kept beside any other tab's sign-in in progress (issue 19.3), the oldest dropped past five.
    let ((), cookie) = session
        .update(&state, |d| {
            d.logins.push(pending);
            let extra = d.logins.len().saturating_sub(crate::web::session::MAX_PENDING_LOGINS);
            d.logins.drain(..extra);
        })
        .await?;
    let mut res = Redirect::to(&url).into_response();
    if let Some(c) = cookie {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    Ok(res)
}

#[derive(Deserialize)]
pub(crate) struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

pub(crate) async fn callback(
    State(state): State<AppState>,
    Query(q): Query<CallbackQuery>,
    headers: HeaderMap,
    session: Session,
) -> Result<Response> {
    if session.data.logins.is_empty() {
        return Err(AppError::LoginFailed("no sign-in in progress".into()));
    }
    let pending = session.data.logins.iter().find(|l| q.state.as_deref() == Some(l.state.as_str())).cloned();
    let Some(pending) = pending else { return Err(AppError::LoginFailed("state does not match".into())) };
    if let Some(error) = q.error {
        return Err(if error == "access_denied" {
            AppError::LoginCancelled
        } else {
            AppError::LoginFailed(format!("provider error {error}"))
        });
    }
    let code = q.code.ok_or_else(|| AppError::LoginFailed("no code".into()))?;
    let (subject, claims, id_token) = state.oidc().finish(&pending, code).await?;
    let account = state.store().platform().account_for_identity(state.oidc().issuer(), &subject).await?;
    if let Some(roles) = &claims.roles {
        sync_claim_roles(&state, account, roles).await?;
    }
    let name = claims.name.clone().or_else(|| match (&claims.given_name, &claims.family_name) {
        (Some(g), Some(f)) => Some(format!("{g} {f}")),
        (g, f) => g.clone().or_else(|| f.clone()),
    });
    state.store().platform().remember_person(account, name.as_deref(), claims.email.as_deref()).await?;
    accept_invitations(&state, account, claims.email.as_deref(), claims.email_verified).await?;
    let mut data = session.data.clone();
    data.logins.clear();
    if pending.fresh {
        data.reauthenticated_at = Some(time::OffsetDateTime::now_utc().unix_timestamp());
    }
    // The roles went to the role table above: the session keeps only what pages use (issue 19.3).
    data.claims = Some(Claims { roles: None, ..claims });
    data.id_token = Some(id_token);
    let fresh = state
        .store()
        .platform()
        .rotate_session(
            session.id(),
            account,
            &serde_json::to_value(&data).unwrap_or_default(),
            &state.config().sessions,
        )
        .await?;
    let mut res = Redirect::to(&pending.return_to).into_response();
    res.headers_mut().append(header::SET_COOKIE, session_cookie(&state, &fresh.id));
    // The new session's form token, for the forms of this browser (issue 19.1).
    res.headers_mut().append(header::SET_COOKIE, csrf_cookie_header(&state, &fresh.csrf_token));
    // The family's language (issue 18): one chosen in this browser goes to the profile; otherwise a
    // profile's own choice comes to this browser.
    let chosen = crate::web::language::cookie_language(&headers, state.config().secure_cookies);
    if let Some(lang) = crate::auth::ops::sign_in_language(&state, account, &pending.return_to, chosen).await {
        res.headers_mut().append(header::SET_COOKIE, preference_cookie(&state, LANG_COOKIE, lang));
    }
    Ok(res)
}

pub(crate) async fn logout(
    ctx: TenantCtx,
    State(state): State<AppState>,
    headers: HeaderMap,
    session: Session,
) -> Result<Response> {
    if let Some(id) = session.id() {
        state.store().platform().delete_session(id).await?;
    }
    // The home page says "Sie sind abgemeldet." (issue 16.8), also when the provider sends the browser
    // back. The provider is given only a host this portal serves (issue 19.10: never one a forged
    // Host header names); without one the browser goes home here and the provider is not asked.
    let path = format!("{}/?hinweis=abgemeldet", ctx.base);
    let target = match crate::auth::ops::portal_origin(&state, &headers) {
        Ok(origin) => {
            let home = format!("{origin}{path}");
            state.oidc().end_session_url(session.data.id_token.as_deref(), &home).await.unwrap_or(home)
        }
        Err(_) => path,
    };
    let mut res = Redirect::to(&target).into_response();
    res.headers_mut().append(header::SET_COOKIE, clear_session_cookie(&state));
    Ok(res)
}
