//! Registering a family that has no internet on paper, on its behalf.

use crate::public::ops::closed_start;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use step_access::FacilityCap;
use step_domain::desk::PaperForm;
use step_domain::search::format_date;

use crate::desk::ops::facility_name;
use crate::web::caps::{actor, require};
use crate::web::error::{Result, param_message, rule_key};
use crate::web::extract::Staff;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::letters;
use crate::web::state::AppState;

async fn render_paper(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    form: &PaperForm,
    error: Option<(String, Option<&'static str>)>,
    status: StatusCode,
) -> Result<Response> {
    let mut page = staff.page(state);
    page.insert("facility_id", &cap.facility())
        .insert("facility", &facility_name(&staff.ctx, cap.facility()).await?)
        .insert("form", form)
        .insert("error", &error.as_ref().map(|e| e.0.clone()))
        .insert("error_field", &error.as_ref().and_then(|e| e.1));
    Ok((status, page.render(state, "desk/paper.html")?).into_response())
}

pub(crate) async fn paper_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_register_paper).await?;
    let form = PaperForm {
        start: format_date(step_domain::search::next_kita_year_start(state.today())),
        hours: "35".into(),
        ..PaperForm::default()
    };
    render_paper(&staff, &state, &cap, &form, None, StatusCode::OK).await
}

/// The form as typed, or its first mistake; a start whose registration deadline has passed in the
/// office's procedure calendar is refused at the start date as for a family.
async fn checked(
    state: &AppState,
    staff: &Staff,
    form: &PaperForm,
) -> Result<std::result::Result<step_domain::desk::PaperInput, step_domain::ParamError>> {
    let input = match form.validate(state.today()) {
        Ok(v) => v,
        Err(p) => return Ok(Err(p)),
    };
    Ok(match closed_start(state, &staff.ctx.tenant, input.start).await? {
        Some(p) => Err(p),
        None => Ok(input),
    })
}

pub(crate) async fn paper_save(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid)): Path<(String, String)>,
    axum::Form(form): axum::Form<PaperForm>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_register_paper).await?;
    let input = match checked(&state, &staff, &form).await? {
        Ok(v) => v,
        Err(p) => {
            return render_paper(
                &staff,
                &state,
                &cap,
                &form,
                Some((param_message(&p), Some(p.field))),
                StatusCode::BAD_REQUEST,
            )
            .await;
        }
    };
    let start = input.start;
    match staff
        .ctx
        .db
        .paper_register(
            &actor(&cap),
            cap.facility(),
            &input.family,
            &input.child,
            (start, input.hours, &input.note),
            |c, f, l| letters::paper_registered(c, f, l, start),
        )
        .await
    {
        Ok(_) => Ok(super::registration::back_to_list(&staff, &cap, "paper-saved")),
        Err(step_store::Error::Rule(r)) => {
            let field = match r {
                "registration_hours" => Some("hours"),
                "registration_age" | "registration_start_past" => Some("start"),
                _ => None,
            };
            render_paper(
                &staff,
                &state,
                &cap,
                &form,
                Some((text(current(), rule_key(r), &[]), field)),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
