//! The roles of the municipality's staff: who may work which desk, granted and revoked by the
//! office (district-wide roles stay with `step roles`).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use step_access::OfficeCap;
use step_domain::ParamError;

use crate::office::ops::{self, GRANTABLE, RoleForm, RoleOutcome};
use crate::web::caps::{office_actor, office_cap};
use crate::web::error::{AppError, Result};
use crate::web::extract::Staff;
use crate::web::i18n::{DEFAULT_LANG, text};
use crate::web::state::AppState;

async fn roles_cap(state: &AppState, staff: &Staff) -> Result<OfficeCap> {
    let cap = office_cap(state, staff).await?;
    if cap.may_manage_roles() { Ok(cap) } else { Err(AppError::Forbidden) }
}

async fn render_roles(
    staff: &Staff,
    state: &AppState,
    form: &RoleForm,
    error: Option<&ParamError>,
    status: StatusCode,
) -> Result<Response> {
    let slug = staff.ctx.tenant.slug.as_str();
    let rows = state.store().platform().roles_in(slug).await?;
    let facilities: Vec<(String, String)> = staff
        .ctx
        .db
        .desk_facilities(None, Some("kita"))
        .await?
        .into_iter()
        .map(|(id, name, ..)| (id.to_string(), name))
        .collect();
    let names: std::collections::HashMap<String, String> = facilities.iter().cloned().collect();
    let view: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            serde_json::json!({"id": r.id, "subjects": r.subjects, "role": r.role,
                "role_label": text(&DEFAULT_LANG, &format!("role-{}", r.role.replace('_', "-")), &[]),
                "scope": names.get(&r.scope).cloned().unwrap_or_else(|| r.scope.clone()),
                "district": r.domain == "*", "from_claim": r.granted_by == "claim"})
        })
        .collect();
    let mut page = staff.page(state);
    page.insert("rows", &view)
        .insert("facilities", &facilities)
        .insert("grantable", &GRANTABLE)
        .insert("form", form)
        .insert("error", &error.map(crate::web::error::param_message))
        .insert("error_field", &error.map(|e| e.field));
    Ok((status, page.render(state, "office/roles.html")?).into_response())
}

pub(crate) async fn roles_page(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    roles_cap(&state, &staff).await?;
    render_roles(&staff, &state, &RoleForm::default(), None, StatusCode::OK).await
}

pub(crate) async fn roles_change(
    staff: Staff,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<RoleForm>,
) -> Result<Response> {
    staff.csrf.check(&form.csrf)?;
    let cap = roles_cap(&state, &staff).await?;
    match ops::change_role(&state, &staff.ctx, &cap, &form).await? {
        RoleOutcome::Done(action, detail) => {
            staff.ctx.db.audit_read(&office_actor(&cap), action, &detail).await?;
            state.reload_access().await?;
            Ok(Redirect::to(&format!("{}/amt/rollen", staff.ctx.base)).into_response())
        }
        RoleOutcome::Refused(p) => render_roles(&staff, &state, &form, Some(&p), StatusCode::BAD_REQUEST).await,
    }
}
