//! The facility's inbox on the desk, `/{slug}/einrichtung/{fid}/nachrichten`: its open
//! conversations with the family's unread messages, and the announcement form (one message to
//! every family waiting for a start date). A refused announcement shows the page again with it.

use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};

use crate::conversations::ops::inbox::{self, AnnouncementForm};
use crate::web::caps::require;
use crate::web::error::{AppError, Result};
use crate::web::extract::Staff;
use crate::web::page::notice;
use crate::web::state::AppState;

async fn render(
    staff: &Staff,
    state: &AppState,
    fid: &str,
    typed: &AnnouncementForm,
    (refused, shown): (Option<AppError>, Option<String>),
) -> Result<Response> {
    let cap = require(state, staff, fid, |c| c.may_offer()).await?;
    let ctx = &staff.ctx;
    let (conversations, unread) = inbox::inbox(ctx, &cap).await?;
    let (starts, sent) = inbox::announcements(ctx, &cap).await?;
    let name = ctx.db.facility_names(&[cap.facility()]).await?.into_iter().next().map(|f| f.1).unwrap_or_default();
    let mut page = staff.page(state);
    let status = page.refusal(refused)?;
    page.insert("conversations", &conversations)
        .insert("unread", &unread)
        .insert("starts", &starts)
        .insert("sent", &sent)
        .insert("typed", typed)
        .insert("facility_id", &cap.facility())
        .insert("facility", &name)
        .insert("notice", &shown);
    Ok((status, page.render(state, "conversations/inbox.html")?).into_response())
}

pub(crate) async fn inbox_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
    uri: Uri,
) -> Result<Response> {
    let shown = notice(&uri, &["gesendet"], "announce-notice-");
    render(&staff, &state, &fid, &AnnouncementForm::default(), (None, shown)).await
}

pub(crate) async fn announce(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
    axum::Form(form): axum::Form<AnnouncementForm>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, |c| c.may_offer()).await?;
    match inbox::announce(&staff.ctx, &cap, &form).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "{}/einrichtung/{}/nachrichten?hinweis=gesendet#mitteilung",
            staff.ctx.base,
            cap.facility()
        ))
        .into_response()),
        Err(e @ (AppError::BadParam(_) | AppError::Rule(_))) => {
            render(&staff, &state, &fid, &form, (Some(e), None)).await
        }
        Err(e) => Err(e),
    }
}
