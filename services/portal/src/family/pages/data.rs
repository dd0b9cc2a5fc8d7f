//! The family's data: the export as ZIP and the deletion of everything the portal holds about the
//! family in this municipality (confirmed contracts are kept for their retention period).

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::family::ops;
use crate::web::error::{AppError, Result};
use crate::web::extract::Parent;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::page::{PageCtx, user_page};
use crate::web::session::clear_session_cookie;
use crate::web::state::AppState;

pub(crate) async fn export_page(parent: Parent, State(state): State<AppState>) -> Result<Response> {
    let account = parent.session.account().ok_or(AppError::NotSignedIn)?;
    let (file, size) = ops::export_zip(&state, &parent.ctx, account, parent.family.id).await?;
    crate::family::view::export_response(&state, &parent.ctx, file, size)
}

async fn render_delete(parent: &Parent, state: &AppState, error: Option<String>) -> Result<Response> {
    let p = parent.ctx.db.deletion_preview(parent.family.id).await?;
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let mut page = user_page(state, &parent.ctx, &parent.session, &parent.csrf).await?;
    page.insert("documents", &p.removed).insert("kept", &p.kept).insert("years", &p.years).insert("error", &error);
    Ok((status, page.render(state, "family/delete_account.html")?).into_response())
}

pub(crate) async fn delete_page(parent: Parent, State(state): State<AppState>) -> Result<Response> {
    render_delete(&parent, &state, None).await
}

#[derive(Deserialize)]
pub(crate) struct DeleteForm {
    #[serde(default)]
    confirm: String,
}

pub(crate) async fn delete_do(
    parent: Parent,
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    axum::Form(form): axum::Form<DeleteForm>,
) -> Result<Response> {
    if form.confirm != "ja" {
        return render_delete(&parent, &state, Some(text(current(), "delete-confirm-missing", &[]))).await;
    }
    let Parent { ctx, session, csrf, .. } = parent;
    let account = session.account().ok_or(AppError::NotSignedIn)?;
    let kept = ops::delete_data(&state, &ctx, account).await?;
    if let Some(id) = session.id() {
        state.store().platform().delete_session(id).await?;
    }
    // The portal's session is gone; the provider's is not: the page offers its sign-out, so nobody
    // on a shared phone gets back in without a password.
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("127.0.0.1");
    let home = format!("{}://{host}{}/", state.config().scheme, ctx.base);
    let signout = state.oidc().end_session_url(session.data.id_token.as_deref(), &home).await.unwrap_or(home);
    let mut page = PageCtx::new(&state, Some(&ctx.tenant), &ctx.base);
    page.insert("kept", &kept).insert("signout", &signout).insert("csrf", &csrf.0);
    let mut res = page.render(&state, "family/deleted.html")?.into_response();
    res.headers_mut().append(header::SET_COOKIE, clear_session_cookie(&state));
    Ok(res)
}
