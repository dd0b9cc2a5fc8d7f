//! The office's settings: the offer lock (one open offer per child at a time) and the retention
//! period of unanswered registrations and kept contracts.

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use step_domain::ParamError;
use step_store::Actor;

use crate::office::ops::RetentionForm;
use crate::web::caps::office_cap;
use crate::web::error::{AppError, Result};
use crate::web::extract::Staff;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::state::AppState;

#[derive(Deserialize)]
pub(crate) struct SwitchForm {
    #[serde(default)]
    offer_lock: String,
    #[serde(default)]
    online_contract: String,
}

/// `on` or `off` from a switch button; anything else is refused at its field.
fn switch(field: &'static str, value: &str) -> Result<bool> {
    match value {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(AppError::BadParam(ParamError::new(field, "err-boolean"))),
    }
}

async fn settings_cap(state: &AppState, staff: &Staff) -> Result<Actor> {
    let cap = office_cap(state, staff).await?;
    if !cap.may_change_settings() {
        return Err(AppError::Forbidden);
    }
    Ok(Actor::account(cap.account(), cap.role()))
}

pub(crate) async fn offer_lock(
    staff: Staff,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<SwitchForm>,
) -> Result<Response> {
    let actor = settings_cap(&state, &staff).await?;
    staff.ctx.db.set_offer_lock(&actor, switch("offer_lock", &form.offer_lock)?).await?;
    Ok(Redirect::to(&format!("{}/amt", staff.ctx.base)).into_response())
}

/// Whether families of this municipality may accept their contract online (issue 16.10).
pub(crate) async fn online_contract(
    staff: Staff,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<SwitchForm>,
) -> Result<Response> {
    let actor = settings_cap(&state, &staff).await?;
    staff.ctx.db.set_online_contract(&actor, switch("online_contract", &form.online_contract)?).await?;
    Ok(Redirect::to(&format!("{}/amt#online-h", staff.ctx.base)).into_response())
}

async fn render_retention(
    staff: &Staff,
    state: &AppState,
    form: Option<&RetentionForm>,
    mistakes: &[ParamError],
    saved: bool,
) -> Result<Response> {
    let cap = office_cap(state, staff).await?;
    let (days, years) = staff.ctx.db.retention_settings().await?;
    let shown = match form {
        Some(f) => serde_json::json!({"retention_days": f.retention_days, "contract_years": f.contract_years}),
        None => serde_json::json!({"retention_days": days.to_string(), "contract_years": years.to_string()}),
    };
    let mut page = staff.page(state);
    page.mistakes(mistakes);
    page.insert("form", &shown)
        .insert("may_settings", &cap.may_change_settings())
        .insert("notice", &saved.then(|| text(current(), "retention-saved", &[])));
    let status = if mistakes.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    Ok((status, page.render(state, "office/retention.html")?).into_response())
}

pub(crate) async fn retention_page(staff: Staff, State(state): State<AppState>, uri: Uri) -> Result<Response> {
    let saved = uri.query() == Some("hinweis=gespeichert");
    render_retention(&staff, &state, None, &[], saved).await
}

pub(crate) async fn retention_save(
    staff: Staff,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<RetentionForm>,
) -> Result<Response> {
    let cap = office_cap(&state, &staff).await?;
    if !cap.may_change_settings() {
        return Err(AppError::Forbidden);
    }
    match form.check() {
        Ok((days, years)) => {
            staff.ctx.db.set_retention(&Actor::account(cap.account(), cap.role()), days, years).await?;
            Ok(Redirect::to(&format!("{}/amt/aufbewahrung?hinweis=gespeichert", staff.ctx.base)).into_response())
        }
        Err(all) => render_retention(&staff, &state, Some(&form), &all, false).await,
    }
}
