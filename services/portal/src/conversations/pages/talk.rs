//! The admission talk's forms on the conversation page: the facility offers times and takes back
//! one nobody booked; the family books one; either side cancels with a reason; both download the
//! calendar file. A refused action shows the page again with what was typed.

use axum::extract::{Path, State};
use axum::response::Response;
use step_domain::talk::SlotForm;

use crate::conversations::ops::talk::{self, TalkBookForm, TalkCancelForm, TalkOfferForm};
use crate::conversations::ops::{self};
use crate::conversations::pages::{Typed, back_to, render};
use crate::web::error::{AppError, Result};
use crate::web::session::{CsrfToken, Session};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// The offer form's rows: the fields `date`, `time`, `minutes`, `mode`, `place` come once per
/// row, in order.
fn rows(pairs: &[(String, String)]) -> Vec<SlotForm> {
    let column = |name: &str| pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect::<Vec<_>>();
    let (dates, times, minutes, modes, places) =
        (column("date"), column("time"), column("minutes"), column("mode"), column("place"));
    let at = |v: &Vec<String>, i: usize| v.get(i).cloned().unwrap_or_default();
    (0..dates.len().max(times.len()).min(10))
        .map(|i| SlotForm {
            date: at(&dates, i),
            time: at(&times, i),
            minutes: minutes.get(i).cloned(),
            mode: at(&modes, i),
            place: at(&places, i),
        })
        .collect()
}

/// Renders the page again after a refused action, or passes other errors on.
async fn refused(
    ctx: &TenantCtx,
    state: &AppState,
    who: (&Session, &CsrfToken),
    id: &str,
    typed: Typed,
    e: AppError,
) -> Result<Response> {
    match e {
        AppError::BadParam(_) | AppError::Rule(_) => render(ctx, state, who, id, typed, Some(e), None).await,
        e => Err(e),
    }
}

pub(crate) async fn talk_offer(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
    Path((_, id)): Path<(String, String)>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response> {
    let (reader, rid) = ops::reader(&state, &ctx, &session, &id).await?;
    let form = TalkOfferForm { slots: rows(&pairs) };
    match talk::offer(&ctx, &reader, rid, &form).await {
        Ok(_) => Ok(back_to(&ctx, rid, "angeboten", "gespraech")),
        Err(e) => {
            let typed = Typed { slots: form.slots, ..Typed::default() };
            refused(&ctx, &state, (&session, &csrf), &id, typed, e).await
        }
    }
}

pub(crate) async fn talk_withdraw(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id, slot)): Path<(String, String, String)>,
) -> Result<Response> {
    let (reader, rid) = ops::reader(&state, &ctx, &session, &id).await?;
    talk::withdraw(&ctx, &reader, rid, &slot).await?;
    Ok(back_to(&ctx, rid, "zurueckgenommen", "gespraech"))
}

pub(crate) async fn talk_book(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
    Path((_, id)): Path<(String, String)>,
    axum::Form(form): axum::Form<TalkBookForm>,
) -> Result<Response> {
    let (reader, rid) = ops::reader(&state, &ctx, &session, &id).await?;
    match talk::book(&ctx, &reader, rid, &form).await {
        Ok(()) => Ok(back_to(&ctx, rid, "gebucht", "gespraech")),
        Err(e) => refused(&ctx, &state, (&session, &csrf), &id, Typed::default(), e).await,
    }
}

pub(crate) async fn talk_cancel(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
    Path((_, id)): Path<(String, String)>,
    axum::Form(form): axum::Form<TalkCancelForm>,
) -> Result<Response> {
    let (reader, rid) = ops::reader(&state, &ctx, &session, &id).await?;
    match talk::cancel(&ctx, &reader, rid, &form).await {
        Ok(()) => Ok(back_to(&ctx, rid, "abgesagt", "gespraech")),
        Err(e) => refused(&ctx, &state, (&session, &csrf), &id, Typed { cancel: form, ..Typed::default() }, e).await,
    }
}

/// The booked talk as a calendar file, for both sides and the office.
pub(crate) async fn talk_calendar(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    talk::calendar_download(&state, &ctx, &session, &id).await
}
