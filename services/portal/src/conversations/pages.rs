//! The conversation page `/{slug}/nachrichten/{registration}`: the family, the facility's staff and
//! the office of the municipality open the same page; the first two may write. A refused message
//! shows the page again with the text and the German reason.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use crate::conversations::ops::{self, MessageForm, Reader};
use crate::web::error::{AppError, Result};
use crate::web::page::{notice, user_page};
use crate::web::session::{CsrfToken, Session};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

async fn render(
    ctx: &TenantCtx,
    state: &AppState,
    (session, csrf): (&Session, &CsrfToken),
    id: &str,
    typed: &MessageForm,
    refused: Option<AppError>,
    shown: Option<String>,
) -> Result<Response> {
    let (reader, rid) = ops::reader(state, ctx, session, id).await?;
    let messages = ops::open(ctx, &reader, rid).await?;
    let back = match &reader {
        Reader::Family(_) => format!("{}/konto#r-{rid}", ctx.base),
        Reader::Facility(_) => match ctx.db.registration_facility(rid).await? {
            Some((facility, _)) => format!("{}/einrichtung/{facility}/vormerkungen/{rid}", ctx.base),
            None => format!("{}/einrichtung", ctx.base),
        },
        Reader::Office(_) => format!("{}/amt", ctx.base),
    };
    let mut page = user_page(state, ctx, session, csrf).await?;
    let status = page.refusal(refused)?;
    let side = match reader {
        Reader::Family(_) => "family",
        Reader::Facility(_) => "facility",
        Reader::Office(_) => "office",
    };
    page.insert("messages", &messages)
        .insert("registration", &rid)
        .insert("side", side)
        .insert("may_write", &reader.may_write())
        .insert("back", &back)
        .insert("typed", typed)
        .insert("notice", &shown);
    Ok((status, page.render(state, "conversations/conversation.html")?).into_response())
}

pub(crate) async fn conversation_page(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
    Path((_, id)): Path<(String, String)>,
    uri: axum::http::Uri,
) -> Result<Response> {
    if session.account().is_none() {
        return Err(AppError::Redirect(format!(
            "{}/login?return_to={}",
            ctx.base,
            crate::web::page::encode(&session.here)
        )));
    }
    let shown = notice(&uri, &["gesendet"], "conv-notice-");
    render(&ctx, &state, (&session, &csrf), &id, &MessageForm::default(), None, shown).await
}

pub(crate) async fn conversation_send(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
    Path((_, id)): Path<(String, String)>,
    axum::Form(form): axum::Form<MessageForm>,
) -> Result<Response> {
    let (reader, rid) = ops::reader(&state, &ctx, &session, &id).await?;
    match ops::write(&ctx, &reader, rid, &form).await {
        Ok(_) => Ok(Redirect::to(&format!("{}/nachrichten/{rid}?hinweis=gesendet#neu", ctx.base)).into_response()),
        Err(e @ (AppError::BadParam(_) | AppError::Rule(_))) => {
            render(&ctx, &state, (&session, &csrf), &id, &form, Some(e), None).await
        }
        Err(e) => Err(e),
    }
}
