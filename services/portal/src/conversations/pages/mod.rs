//! The conversation page `/{slug}/nachrichten/{registration}`: the family, the facility's staff and
//! the office of the municipality open the same page; the first two may write. The admission talk
//! is its first section (`talk`). A refused message or talk action shows the page again with what
//! was typed and the German reason.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;
use step_domain::talk::{MAX_OPEN_SLOTS, SlotForm};

use crate::conversations::ops::talk::TalkCancelForm;
use crate::conversations::ops::{self, MessageForm, Reader};
use crate::documents::ops::receive_optional;
use crate::web::error::{AppError, Result};
use crate::web::extract::Upload;
use crate::web::page::{notice, user_page};
use crate::web::session::{CsrfToken, Session};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

pub mod inbox;
pub mod talk;

/// What was typed into the page's forms, shown again after a refusal.
#[derive(Serialize, Default)]
pub(crate) struct Typed {
    message: MessageForm,
    /// Five rows of times (the facility's offer form).
    slots: Vec<SlotForm>,
    cancel: TalkCancelForm,
}

impl Typed {
    fn rows(mut self) -> Self {
        self.slots.resize_with(MAX_OPEN_SLOTS, SlotForm::default);
        self
    }
}

/// The notices a redirect back to the page may name (`?hinweis=…`).
const NOTICES: [&str; 5] = ["gesendet", "angeboten", "gebucht", "abgesagt", "zurueckgenommen"];

pub(crate) async fn render(
    ctx: &TenantCtx,
    state: &AppState,
    (session, csrf): (&Session, &CsrfToken),
    id: &str,
    typed: Typed,
    refused: Option<AppError>,
    shown: Option<String>,
) -> Result<Response> {
    let (reader, rid) = ops::reader(state, ctx, session, id).await?;
    let messages = ops::open(ctx, &reader, rid).await?;
    let talk = ops::talk::talk(ctx, &reader, rid).await?;
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
        .insert("talk", &talk)
        .insert("registration", &rid)
        .insert("side", side)
        .insert("may_write", &reader.may_write())
        .insert("back", &back)
        .insert("typed", &typed.rows())
        .insert("notice", &shown);
    Ok((status, page.render(state, "conversations/conversation.html")?).into_response())
}

/// Back to the page with a notice, at its section.
pub(crate) fn back_to(ctx: &TenantCtx, rid: uuid::Uuid, notice: &str, anchor: &str) -> Response {
    Redirect::to(&format!("{}/nachrichten/{rid}?hinweis={notice}#{anchor}", ctx.base)).into_response()
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
    let shown = notice(&uri, &NOTICES, "conv-notice-");
    render(&ctx, &state, (&session, &csrf), &id, Typed::default(), None, shown).await
}

/// A message from the page's form (`multipart/form-data`: the text and an optional file).
pub(crate) async fn conversation_send(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
    Path((_, id)): Path<(String, String)>,
    upload: Upload,
) -> Result<Response> {
    let (reader, rid) = ops::reader(&state, &ctx, &session, &id).await?;
    let (form, written) = match receive_optional(&state, upload).await {
        Ok((fields, file)) => {
            let form = MessageForm { body: fields.get("body").cloned().unwrap_or_default() };
            let written = match file {
                Ok(file) => ops::write(&state, &ctx, &reader, rid, &form, file.as_ref()).await,
                Err(e) => Err(e),
            };
            (form, written)
        }
        Err(e) => (MessageForm::default(), Err(e)),
    };
    match written {
        Ok(_) => Ok(back_to(&ctx, rid, "gesendet", "neu")),
        Err(e @ (AppError::BadParam(_) | AppError::Rule(_) | AppError::Upload(..))) => {
            let typed = Typed { message: form, ..Typed::default() };
            render(&ctx, &state, (&session, &csrf), &id, typed, Some(e), None).await
        }
        Err(e) => Err(e),
    }
}
