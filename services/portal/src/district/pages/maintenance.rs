//! Maintenance (read-only) mode of a municipality: reading goes on, every change is refused.

use axum::extract::State;
use axum::response::{IntoResponse, Response};

use crate::district::ops::figures::switch;
use crate::web::caps::district_admin;
use crate::web::error::{AppError, Result};
use crate::web::extract::Staff;
use crate::web::state::AppState;

pub(crate) async fn maintenance_page(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    let slug = staff.ctx.tenant.slug.to_string();
    let cap = state.access().office(staff.account, &slug).await.ok_or(AppError::Forbidden)?;
    let mut page = staff.page(&state);
    page.insert("on", &state.in_maintenance(&slug)).insert("may", &(cap.role() == "district_admin"));
    Ok(page.render(&state, "district/maintenance.html")?.into_response())
}

#[derive(serde::Deserialize)]
pub(crate) struct SwitchForm {
    #[serde(default)]
    maintenance: String,
}

pub(crate) async fn maintenance_switch(
    staff: Staff,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<SwitchForm>,
) -> Result<Response> {
    let slug = staff.ctx.tenant.slug.to_string();
    let cap = district_admin(&state, staff.account, &slug).await?;
    let on = match form.maintenance.as_str() {
        "on" => true,
        "off" => false,
        _ => return Err(AppError::BadParam(step_domain::ParamError::new("maintenance", "err-boolean"))),
    };
    switch(&state, &cap, &slug, on).await?;
    Ok(axum::response::Redirect::to(&format!("{}/amt/wartung", staff.ctx.base)).into_response())
}
