//! Why a child got the place it got, or none, in a published allocation round (issue 17): each of
//! its wishes up to the place, with the places there, how far they were given and the child's own
//! standing. The same words as the inbox message.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use uuid::Uuid;

use crate::web::error::{AppError, Result};
use crate::web::extract::Parent;
use crate::web::format::date_text;
use crate::web::letters;
use crate::web::page::user_page;
use crate::web::state::AppState;

pub(crate) async fn round_page(
    parent: Parent,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    let account = parent.session.account().ok_or(AppError::NotSignedIn)?;
    let rid = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let wishes = parent.ctx.db.registration_explanation(account, rid).await?;
    let first = wishes.first().ok_or(AppError::NotFound)?;
    let message =
        letters::round_explanation(&wishes, &parent.ctx.tenant.office.name, crate::web::language::current_code());
    let mut page = user_page(&state, &parent.ctx, &parent.session, &parent.csrf).await?;
    page.insert("title", &message.subject)
        .insert("body", &message.body)
        .insert("start", &date_text(first.start_date))
        .insert("rid", &rid);
    Ok(page.render(&state, "family/round.html")?.into_response())
}
