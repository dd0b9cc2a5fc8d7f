//! The office's procedure calendar page (issue 20): the intakes with the starts each covers, a
//! form to add or change one (dates in order, each refused at its field), deleting one, and the
//! record of who changed what. Every municipality of the office shares the calendar.

use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use step_domain::ParamError;
use step_domain::calendar::CalendarForm;

use crate::office::ops::calendar;
use crate::web::caps::office_cap;
use crate::web::error::{AppError, Result};
use crate::web::extract::Staff;
use crate::web::page::notice;
use crate::web::state::AppState;

/// Who may change the calendar: office staff who may change the municipality's settings.
async fn writer(state: &AppState, staff: &Staff) -> Result<String> {
    let cap = office_cap(state, staff).await?;
    if !cap.may_change_settings() {
        return Err(AppError::Forbidden);
    }
    Ok(cap.account().to_string())
}

async fn render(
    staff: &Staff,
    state: &AppState,
    typed: Option<&CalendarForm>,
    mistakes: &[ParamError],
    shown: Option<String>,
) -> Result<Response> {
    let cap = office_cap(state, staff).await?;
    let cal = calendar::calendar(state, &staff.ctx).await?;
    let changes = calendar::changes(state, &staff.ctx).await?;
    let fresh = calendar::new_intake(state, &staff.ctx, &cal);
    let mut view = staff.page(state);
    view.mistakes(mistakes);
    view.insert("calendar", &cal)
        .insert("changes", &changes)
        .insert("typed", typed.unwrap_or(&fresh))
        .insert("may_change", &cap.may_change_settings())
        .insert("notice", &shown);
    let status = if mistakes.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    Ok((status, view.render(state, "office/calendar.html")?).into_response())
}

pub(crate) async fn calendar_page(staff: Staff, State(state): State<AppState>, uri: Uri) -> Result<Response> {
    let shown = notice(&uri, &["gespeichert", "geloescht"], "cal-notice-");
    render(&staff, &state, None, &[], shown).await
}

pub(crate) async fn calendar_save(
    staff: Staff,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<CalendarForm>,
) -> Result<Response> {
    let by = writer(&state, &staff).await?;
    match calendar::set(&state, &staff.ctx, &by, &form).await {
        Ok(_) => Ok(Redirect::to(&format!("{}/amt/verfahren?hinweis=gespeichert", staff.ctx.base)).into_response()),
        Err(AppError::BadParam(p)) => render(&staff, &state, Some(&form), &[p], None).await,
        Err(e) => Err(e),
    }
}

pub(crate) async fn calendar_delete(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, start)): Path<(String, String)>,
) -> Result<Response> {
    let by = writer(&state, &staff).await?;
    calendar::delete(&state, &staff.ctx, &by, &start).await?;
    Ok(Redirect::to(&format!("{}/amt/verfahren?hinweis=geloescht", staff.ctx.base)).into_response())
}
