//! Withdrawing a registration and answering an offer (accept: the other registrations of the
//! child are withdrawn; or decline), each confirmed on a page of its own first.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use uuid::Uuid;

use crate::family::ops;
use crate::web::error::{AppError, Result};
use crate::web::extract::Parent;
use crate::web::format::date_text;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::page::{see_other, user_page};
use crate::web::state::AppState;

pub(crate) async fn withdraw_page(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    let Parent { ctx, session, csrf, family } = parent;
    let r = ops::find_registration(&ctx, family.id, &id).await?;
    let child = ctx.db.child(family.id, r.child_id).await?.ok_or(AppError::NotFound)?;
    let mut page = user_page(&state, &ctx, &session, &csrf).await?;
    page.insert("registration_id", &r.id)
        .insert("facility", &r.facility_name)
        .insert("child", &child.first_name)
        .insert("start", &date_text(r.start_date))
        .insert("status_label", &text(current(), &format!("status-{}", r.status), &[]))
        .insert("can_withdraw", &matches!(r.status.as_str(), "registered" | "offered" | "accepted"))
        .insert("status", &r.status)
        // The banner's answers would compete with this page's question.
        .insert("answering", &true);
    Ok(page.render(&state, "family/withdraw.html")?.into_response())
}

pub(crate) async fn withdraw_do(parent: Parent, Path((_, id)): Path<(String, String)>) -> Result<Response> {
    let Parent { ctx, family, .. } = parent;
    ops::withdraw(&ctx, family.id, &id).await?;
    Ok(see_other(&format!("{}/konto?hinweis=withdrawn", ctx.base), None))
}

/// The parent's answer to an offer: accept (the other registrations of the child are withdrawn)
/// or decline. Both ask for confirmation first.
async fn answer_page(parent: Parent, state: &AppState, id: &str, accept: bool) -> Result<Response> {
    let Parent { ctx, session, csrf, family } = parent;
    let r = ops::find_registration(&ctx, family.id, id).await?;
    let child = ctx.db.child(family.id, r.child_id).await?.ok_or(AppError::NotFound)?;
    let others: Vec<String> = ctx
        .db
        .registrations(family.id)
        .await?
        .into_iter()
        .filter(|o| o.child_id == r.child_id && o.id != r.id && matches!(o.status.as_str(), "registered" | "offered"))
        .map(|o| o.facility_name)
        .collect();
    let mut page = user_page(state, &ctx, &session, &csrf).await?;
    page.insert("registration_id", &r.id)
        .insert("accept", &accept)
        .insert("facility", &r.facility_name)
        .insert("child", &child.first_name)
        .insert("start", &date_text(r.start_date))
        .insert("answer_by", &r.answer_by.map(date_text))
        .insert("others", &others)
        .insert("open", &(r.status == "offered" && r.answer_by.is_none_or(|d| d >= state.today())))
        .insert("status_label", &text(current(), &format!("status-{}", r.status), &[]));
    // The banner would only repeat what this page asks.
    page.insert("answering", &true);
    Ok(page.render(state, "family/answer.html")?.into_response())
}

pub(crate) async fn accept_page(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    answer_page(parent, &state, &id, true).await
}

pub(crate) async fn refuse_page(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    answer_page(parent, &state, &id, false).await
}

pub(crate) async fn accept_do(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    let Parent { ctx, session, .. } = parent;
    let account = session.account().ok_or(AppError::NotSignedIn)?;
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    ops::accept_offer(&ctx, &state, account, id).await?;
    Ok(see_other(&format!("{}/konto?hinweis=accepted", ctx.base), None))
}

pub(crate) async fn refuse_do(parent: Parent, Path((_, id)): Path<(String, String)>) -> Result<Response> {
    let Parent { ctx, session, .. } = parent;
    let account = session.account().ok_or(AppError::NotSignedIn)?;
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    ops::refuse_offer(&ctx, account, id).await?;
    Ok(see_other(&format!("{}/konto?hinweis=refused", ctx.base), None))
}
