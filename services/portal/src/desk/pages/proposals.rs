//! The office's proposals on the desk (issue 20): the lead opens one from the waiting list, sees the
//! child, its start and the office's note, and confirms it with an answer deadline (an ordinary
//! offer to the family) or refuses it with a reason for the office. A refused action shows the page
//! again with the input and the German reason.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use step_access::FacilityCap;
use step_domain::desk::OfferForm;
use step_domain::search::format_date;

use crate::desk::ops::{self, RefuseForm, facility_name};
use crate::desk::pages::registration::back_to_list;
use crate::desk::view::proposal_out;
use crate::web::caps::{facility_cap, require};
use crate::web::error::{AppError, Result};
use crate::web::extract::Staff;
use crate::web::state::AppState;

#[derive(Deserialize, Serialize, Default, Clone)]
pub(crate) struct DecisionForm {
    #[serde(default)]
    answer_by: String,
    #[serde(default)]
    note: String,
}

fn proposal_id(text: &str) -> Result<i64> {
    text.parse::<i64>().map_err(|_| AppError::NotFound)
}

async fn render_proposal(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    id: i64,
    typed: &DecisionForm,
    refused: Option<AppError>,
) -> Result<Response> {
    let db = &staff.ctx.db;
    let proposal = db.facility_proposal(cap.facility(), id).await?.ok_or(AppError::NotFound)?;
    let days = db.desk_settings().await?.offer_answer_days;
    let default_by = state.today().saturating_add(time::Duration::days(i64::from(days)));
    let mut typed = typed.clone();
    if typed.answer_by.is_empty() {
        typed.answer_by = format_date(default_by);
    }
    let mut view = staff.page(state);
    let status = view.refusal(refused)?;
    view.insert("proposal", &proposal_out(&proposal))
        .insert("facility_id", &cap.facility())
        .insert("facility", &facility_name(&staff.ctx, cap.facility()).await?)
        .insert("typed", &typed)
        .insert("may_offer", &cap.may_offer())
        .insert("may_decline", &cap.may_decline());
    Ok((status, view.render(state, "desk/proposal.html")?).into_response())
}

pub(crate) async fn proposal_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, pid)): Path<(String, String, String)>,
) -> Result<Response> {
    let cap = facility_cap(&state, &staff.ctx, staff.account, &fid).await?;
    render_proposal(&staff, &state, &cap, proposal_id(&pid)?, &DecisionForm::default(), None).await
}

pub(crate) async fn confirm_do(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, pid)): Path<(String, String, String)>,
    axum::Form(form): axum::Form<DecisionForm>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_offer).await?;
    let id = proposal_id(&pid)?;
    let offer = OfferForm { answer_by: form.answer_by.clone() };
    match ops::confirm_proposal(&state, &staff.ctx, &cap, id, &offer).await {
        Ok(_) => Ok(back_to_list(&staff, &cap, "proposal-confirmed")),
        Err(e @ (AppError::BadParam(_) | AppError::Rule(_))) => {
            render_proposal(&staff, &state, &cap, id, &form, Some(e)).await
        }
        Err(e) => Err(e),
    }
}

pub(crate) async fn refuse_do(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, pid)): Path<(String, String, String)>,
    axum::Form(form): axum::Form<DecisionForm>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_decline).await?;
    let id = proposal_id(&pid)?;
    match ops::refuse_proposal(&staff.ctx, &cap, id, &RefuseForm { note: form.note.clone() }).await {
        Ok(()) => Ok(back_to_list(&staff, &cap, "proposal-refused")),
        Err(e @ (AppError::BadParam(_) | AppError::Rule(_))) => {
            render_proposal(&staff, &state, &cap, id, &form, Some(e)).await
        }
        Err(e) => Err(e),
    }
}
