//! The contract before it is issued (issue 16.10): the lead fills in its variable parts (daily care
//! times, group, start of settling in), sees the whole text as the family will read it, and issues
//! it. A mistake shows the page again with every mistake at its field; nothing is stored.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use step_access::FacilityCap;
use step_domain::ParamError;
use step_domain::contract::TermsForm;
use step_store::ContractFacts;
use uuid::Uuid;

use crate::desk::ops::facility_name;
use crate::documents::ops as docs;
use crate::web::caps::require;
use crate::web::error::{AppError, Result};
use crate::web::extract::Staff;
use crate::web::format::date_text;
use crate::web::state::AppState;

/// The form: the terms, and which button was pressed (`vorschau` or `ausstellen`).
#[derive(Deserialize)]
pub(crate) struct ContractSubmit {
    #[serde(default)]
    schritt: String,
    #[serde(flatten)]
    terms: TermsForm,
}

async fn render(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    facts: &ContractFacts,
    form: &TermsForm,
    mistakes: &[ParamError],
) -> Result<Response> {
    let preview = match docs::check_terms(state, facts, form) {
        Ok(terms) => Some(docs::contract_text(state, &staff.ctx, facts, &terms, facts.contract_version + 1)?),
        Err(_) => None,
    };
    let mut page = staff.page(state);
    page.mistakes(mistakes);
    page.insert("facility_id", &cap.facility())
        .insert("facility", &facility_name(&staff.ctx, cap.facility()).await?)
        .insert("rid", &facts.registration_id)
        .insert("child", &format!("{} {}", facts.child_first_name, facts.child_last_name))
        .insert("start", &date_text(facts.start_date))
        .insert("hours", &facts.hours)
        .insert("renew", &(facts.contract_version > 0))
        .insert("online", &facts.online_contract)
        .insert("form", form)
        .insert("preview", &preview);
    let status = if mistakes.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    Ok((status, page.render(state, "desk/contract.html")?).into_response())
}

async fn prepared(staff: &Staff, state: &AppState, fid: &str, rid: &str) -> Result<(FacilityCap, ContractFacts)> {
    let cap = require(state, staff, fid, FacilityCap::may_offer).await?;
    let rid = Uuid::parse_str(rid).map_err(|_| AppError::NotFound)?;
    let facts = docs::contract_facts(&staff.ctx, &cap, rid).await?;
    Ok((cap, facts))
}

/// The contract page: the terms (last used, or proposed) and the preview of the text.
pub(crate) async fn contract_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
) -> Result<Response> {
    let (cap, facts) = prepared(&staff, &state, &fid, &rid).await?;
    render(&staff, &state, &cap, &facts, &docs::terms_form(&facts), &[]).await
}

/// "Vorschau" shows the text with the typed terms; "Vertrag ausstellen" issues it.
pub(crate) async fn contract_submit(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
    axum::Form(form): axum::Form<ContractSubmit>,
) -> Result<Response> {
    let (cap, facts) = prepared(&staff, &state, &fid, &rid).await?;
    let mistakes = docs::check_terms(&state, &facts, &form.terms).err().unwrap_or_default();
    if !mistakes.is_empty() || form.schritt != "ausstellen" {
        return render(&staff, &state, &cap, &facts, &form.terms, &mistakes).await;
    }
    docs::create_contract(&state, &staff.ctx, &cap, facts.registration_id, Some(&form.terms)).await?;
    let back = format!(
        "{}/einrichtung/{}/vormerkungen/{}?hinweis=contract-created#dokumente",
        staff.ctx.base,
        cap.facility(),
        facts.registration_id
    );
    Ok(Redirect::to(&back).into_response())
}
