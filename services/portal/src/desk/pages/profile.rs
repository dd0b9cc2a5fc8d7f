//! The facility's public profile as its lead keeps it.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use step_access::FacilityCap;
use step_domain::ParamError;
use step_domain::desk::ProfileForm;

use crate::desk::ops::facility_name;
use crate::web::caps::{actor, require};
use crate::web::error::{AppError, Result, param_message};
use crate::web::extract::Staff;
use crate::web::state::AppState;

async fn render_profile(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    form: &ProfileForm,
    error: Option<&ParamError>,
    status: StatusCode,
) -> Result<Response> {
    let mut page = staff.page(state);
    page.insert("facility_id", &cap.facility())
        .insert("facility", &facility_name(&staff.ctx, cap.facility()).await?)
        .insert("form", form)
        .insert("error", &error.map(param_message))
        .insert("error_field", &error.map(|e| e.field));
    Ok((status, page.render(state, "desk/profile.html")?).into_response())
}

pub(crate) async fn profile_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_edit).await?;
    let f = staff.ctx.db.facility(cap.facility(), state.today()).await?.ok_or(AppError::NotFound)?;
    let form = ProfileForm {
        opening_hours: f.opening_hours,
        description: f.description,
        concepts: f.summary.concepts.join(", "),
        contact_name: f.contact_name,
        phone: f.phone,
        email: f.email,
    };
    render_profile(&staff, &state, &cap, &form, None, StatusCode::OK).await
}

pub(crate) async fn profile_save(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
    axum::Form(form): axum::Form<ProfileForm>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_edit).await?;
    match form.validate() {
        Ok(valid) => {
            staff.ctx.db.save_profile(&actor(&cap), cap.facility(), &valid).await?;
            Ok(super::registration::back_to_list(&staff, &cap, "profile-saved"))
        }
        Err(p) => render_profile(&staff, &state, &cap, &form, Some(&p), StatusCode::BAD_REQUEST).await,
    }
}
