//! The roles of the municipality's staff: who may work which desk, granted and revoked by the
//! office (district-wide roles stay with `step roles`).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use step_access::OfficeCap;
use step_domain::ParamError;

use crate::auth::ops::portal_origin;
use crate::office::ops::roles::{self, GRANTABLE, RoleForm, RoleOutcome, scope_label};
use crate::web::caps::{office_actor, office_cap};
use crate::web::error::{AppError, Result};
use crate::web::extract::Staff;
use crate::web::format::moment_text;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::state::AppState;

async fn roles_cap(state: &AppState, staff: &Staff) -> Result<OfficeCap> {
    let cap = office_cap(state, staff).await?;
    if cap.may_manage_roles() { Ok(cap) } else { Err(AppError::Forbidden) }
}

/// What the page confirms after a change: a grant (assignment id) or an invitation (its id).
#[derive(Default)]
struct Confirm {
    granted: Option<i64>,
    invited: Option<i64>,
}

async fn render_roles(
    staff: &Staff,
    state: &AppState,
    form: &RoleForm,
    error: Option<&ParamError>,
    confirm: Confirm,
) -> Result<Response> {
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
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
                "role_label": text(current(), &format!("role-{}", r.role.replace('_', "-")), &[]),
                "scope": names.get(&r.scope).cloned().unwrap_or_else(|| r.scope.clone()),
                "district": r.domain == "*", "from_claim": r.granted_by == "claim"})
        })
        .collect();
    // After a grant: what was granted, to whom, for what (only an assignment that exists here).
    let granted = confirm.granted;
    let notice = view.iter().find(|r| Some(r["id"].as_i64().unwrap_or_default()) == granted).map(|r| {
        let args = [
            ("role", r["role_label"].as_str().unwrap_or_default().to_owned()),
            ("person", r["subjects"].as_str().unwrap_or_default().to_owned()),
            ("scope", r["scope"].as_str().unwrap_or_default().to_owned()),
        ];
        text(current(), "roles-granted", &args)
    });
    let invitations = invitation_rows(staff, state).await?;
    let notice = notice.or_else(|| {
        let i = invitations.iter().find(|i| Some(i["id"].as_i64().unwrap_or_default()) == confirm.invited)?;
        let args = [("role", i["role_label"].clone()), ("email", i["email"].clone()), ("until", i["until"].clone())]
            .map(|(k, v)| (k, v.as_str().unwrap_or_default().to_owned()));
        Some(text(current(), "roles-invited", &args))
    });
    let mut page = staff.page(state);
    page.insert("notice", &notice)
        .insert("invitations", &invitations)
        .insert("rows", &view)
        .insert("facilities", &facilities)
        .insert("grantable", &GRANTABLE)
        .insert("form", form)
        .insert("error", &error.map(crate::web::error::param_message))
        .insert("error_field", &error.map(|e| e.field));
    Ok((status, page.render(state, "office/roles.html")?).into_response())
}

/// The open invitations of this municipality, as the page lists them.
async fn invitation_rows(staff: &Staff, state: &AppState) -> Result<Vec<serde_json::Value>> {
    let mut out = Vec::new();
    for i in state.store().platform().invitations_in(staff.ctx.tenant.slug.as_str()).await? {
        out.push(serde_json::json!({"id": i.id, "email": i.email,
            "role_label": text(current(), &format!("role-{}", i.role.replace('_', "-")), &[]),
            "scope": scope_label(&staff.ctx, &i.role, &i.scope).await?, "until": moment_text(i.expires_at)}));
    }
    Ok(out)
}

pub(crate) async fn roles_page(staff: Staff, State(state): State<AppState>, uri: Uri) -> Result<Response> {
    roles_cap(&state, &staff).await?;
    let param = |key: &str| {
        uri.query()?.split('&').find_map(|p| p.strip_prefix(key)?.strip_prefix('=')).and_then(|id| id.parse().ok())
    };
    let confirm = Confirm { granted: param("vergeben"), invited: param("eingeladen") };
    render_roles(&staff, &state, &RoleForm::default(), None, confirm).await
}

pub(crate) async fn roles_change(
    staff: Staff,
    State(state): State<AppState>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<RoleForm>,
) -> Result<Response> {
    let cap = roles_cap(&state, &staff).await?;
    let portal = portal_origin(&state, &headers)?;
    match roles::change_role(&state, &staff.ctx, &cap, &form, &portal).await? {
        RoleOutcome::Done(action, detail, granted) => {
            staff.ctx.db.audit_read(&office_actor(&cap), action, &detail).await?;
            state.reload_access().await?;
            let confirm = granted.map(|id| format!("?vergeben={id}")).unwrap_or_default();
            Ok(Redirect::to(&format!("{}/amt/rollen{confirm}", staff.ctx.base)).into_response())
        }
        RoleOutcome::Invited(i) => {
            let detail = format!("{} {} {}", i.role, i.email, i.scope);
            staff.ctx.db.audit_read(&office_actor(&cap), "role_invited", &detail).await?;
            Ok(Redirect::to(&format!("{}/amt/rollen?eingeladen={}", staff.ctx.base, i.id)).into_response())
        }
        RoleOutcome::Refused(p) => render_roles(&staff, &state, &form, Some(&p), Confirm::default()).await,
    }
}
