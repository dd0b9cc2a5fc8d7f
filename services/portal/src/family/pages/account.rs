//! The account page with every registration and its history, and the inbox.

use askama::Template as _;
use axum::extract::State;
use axum::http::Uri;
use axum::response::{IntoResponse, Response};
use uuid::Uuid;

use crate::family::view::{AccountBody, ChildView, NOTICES, alerts_of, inbox_view, registration_row};
use crate::web::error::{AppError, Result};
use crate::web::extract::{Parent, require_account, require_family};
use crate::web::format::date_text;
use crate::web::i18n::Tr;
use crate::web::language::current;
use crate::web::page::{notice, user_page_with};
use crate::web::session::{CsrfToken, SessionCookie};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// Session and overview in one statement where the municipality's schema sits beside the
/// platform's tables (one round trip: this is the parent's most frequent page); the session's idle
/// end slides as with any other page.
async fn session_and_overview(
    ctx: &TenantCtx,
    state: &AppState,
    cookie: SessionCookie,
) -> Result<(crate::web::session::Session, Option<step_store::Overview>)> {
    let (session, overview) = match cookie.id().map(str::to_owned) {
        Some(id) if ctx.db.beside_platform() => match ctx.db.session_overview(&id).await? {
            Some((row, overview)) => (cookie.with_row(Some(row)), overview),
            None => (cookie.with_row(None), None),
        },
        _ => {
            let session = cookie.load(state).await?;
            let overview = match session.account() {
                Some(account) => ctx.db.overview(account).await?,
                None => None,
            };
            (session, overview)
        }
    };
    session.slide(state).await?;
    Ok((session, overview))
}

pub(crate) async fn account_page(
    ctx: TenantCtx,
    State(state): State<AppState>,
    cookie: SessionCookie,
    csrf: CsrfToken,
    uri: Uri,
) -> Result<Response> {
    let (session, mut overview) = session_and_overview(&ctx, &state, cookie).await?;
    let account = require_account(&ctx, &session)?;
    if overview.is_none() && require_family(&ctx, &session, account).await.is_ok() {
        // A paper family was just taken over.
        overview = ctx.db.overview(account).await?;
    }
    let Some(step_store::Overview {
        family,
        children,
        registrations: regs,
        unread,
        unread_beside_offers,
        municipalities,
    }) = overview
    else {
        return Err(AppError::Redirect(no_family_yet(&state, &ctx, account).await));
    };
    let alerts = alerts_of(&children, &regs, unread_beside_offers);
    let children = child_views(&children, &regs);
    let body = AccountBody {
        tr: Tr(current().clone()),
        base: &ctx.base,
        notice: notice(&uri, NOTICES, "notice-"),
        unread,
        selection_count: session.selection(ctx.tenant.slug.as_str()).len(),
        family: &family,
        children,
        elsewhere: match municipalities {
            Some(slugs) => crate::family::ops::named_elsewhere(&state, &ctx, slugs),
            None => crate::family::ops::families_elsewhere(&state, &ctx, account).await?,
        },
    }
    .render()?;
    let mut page = user_page_with(&state, &ctx, &session, &csrf, &alerts);
    page.with_roles(&state, &ctx, &session, &alerts).await;
    page.insert("body", &body);
    page.insert("next_date", &crate::public::ops::next_procedure_date(&state, &ctx.tenant).await?);
    let notices: Vec<serde_json::Value> = ctx
        .db
        .family_notices(family.id)
        .await?
        .iter()
        .map(|n| serde_json::json!({"id": n.id, "title": n.title, "date": date_text(n.issued_at.date())}))
        .collect();
    page.insert("notices", &notices);
    Ok(page.render(&state, "family/account.html")?.into_response())
}

/// The PDF of one of the family's formal notices (issue 20); another family's is not found.
pub(crate) async fn notice_pdf(
    parent: Parent,
    State(state): State<AppState>,
    axum::extract::Path((_, id)): axum::extract::Path<(String, String)>,
) -> Result<Response> {
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let n = parent.ctx.db.notice(id).await?.filter(|n| n.family_id == parent.family.id).ok_or(AppError::NotFound)?;
    crate::documents::view::notice_download(&state, &n).await
}

pub(crate) async fn inbox_page(parent: Parent, State(state): State<AppState>) -> Result<Response> {
    let Parent { ctx, session, csrf, family } = parent;
    let messages = ctx.db.messages(family.id).await?;
    ctx.db.mark_read(family.id).await?;
    let alerts = ctx.db.family_alerts(session.account().ok_or(AppError::NotSignedIn)?).await?;
    let mut page = user_page_with(&state, &ctx, &session, &csrf, &alerts);
    page.insert("messages", &inbox_view(&ctx.base, &messages, &alerts));
    Ok(page.render(&state, "family/inbox.html")?.into_response())
}

/// Where "Mein Konto" leads an account without a family here: staff to their desk or office
/// (issue 16), everyone else to the family form.
async fn no_family_yet(state: &AppState, ctx: &TenantCtx, account: Uuid) -> String {
    let slug = ctx.tenant.slug.as_str();
    if !state.access().desk_scope(account, slug).await.is_empty() {
        format!("{}/einrichtung", ctx.base)
    } else if state.access().office(account, slug).await.is_some() {
        format!("{}/amt", ctx.base)
    } else {
        format!("{}/konto/familie", ctx.base)
    }
}

/// The child added last first: that is usually the one the parent just registered.
fn child_views(children: &[step_store::Child], regs: &[step_store::Registration]) -> Vec<ChildView> {
    children
        .iter()
        .rev()
        .map(|c| ChildView {
            id: c.id,
            name: format!("{} {}", c.first_name, c.last_name),
            birth: c.birth_date.map(date_text),
            expected: c.expected_birth_date.map(date_text),
            registrations: regs.iter().filter(|r| r.child_id == c.id).map(registration_row).collect(),
        })
        .collect()
}
