//! One registration on the desk: its family, criteria and history; offer and decline; and the
//! contract of an accepted place (create, upload the signed copy, confirm). A refused action shows
//! the page again with the input and the German reason.

use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use step_access::FacilityCap;
use step_domain::ParamError;
use step_domain::desk::{DeclineForm, OfferForm};
use step_domain::search::format_date;
use step_store::DocumentRow;
use uuid::Uuid;

use crate::desk::ops::{self, facility_name};
use crate::desk::view::{Labels, NOTICES, criteria_view, decline_reasons, history_view, row_view};
use crate::documents::ops as docs;
use crate::documents::view::{doc_views, shown_on_page};
use crate::web::caps::{actor, facility_cap, require};
use crate::web::error::{AppError, Result, param_message, rule_key};
use crate::web::extract::{Staff, Upload};
use crate::web::format::moment_text;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::page::{PageCtx, notice};
use crate::web::state::AppState;

#[derive(Deserialize, Default, Serialize)]
pub(crate) struct ActionForm {
    #[serde(default)]
    answer_by: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    note: Option<String>,
}

/// Renders a registration for the desk; `error` re-displays a refused action with its input.
async fn render_registration(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    rid: &str,
    form: &ActionForm,
    error: Option<(String, Option<&'static str>)>,
    status: StatusCode,
) -> Result<Response> {
    render_registration_full(staff, state, cap, rid, form, error, status, None).await
}

/// The registration page with a message above the documents (after a refused document action).
pub async fn render_registration_with(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    rid: Uuid,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response> {
    let error = error.map(|e| (e, Some("dokumente")));
    render_registration_full(staff, state, cap, &rid.to_string(), &ActionForm::default(), error, status, None).await
}

#[allow(clippy::too_many_arguments)]
async fn render_registration_full(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    rid: &str,
    form: &ActionForm,
    error: Option<(String, Option<&'static str>)>,
    status: StatusCode,
    notice: Option<String>,
) -> Result<Response> {
    let rid = Uuid::parse_str(rid).map_err(|_| AppError::NotFound)?;
    let db = &staff.ctx.db;
    let reg = db.staff_registration(cap.facility(), rid).await?.ok_or(AppError::NotFound)?;
    let documents = db.registration_documents(rid).await?;
    db.audit_read(&actor(cap), "registration_read", &format!("registration:{rid}")).await?;
    let catalogue = db.criteria_catalogue(cap.facility()).await?;
    let settings = db.desk_settings().await?;
    let days = u16::try_from(settings.offer_answer_days).unwrap_or(14);
    let default_answer = state.today().saturating_add(time::Duration::days(i64::from(days)));
    let mut page = staff.page(state);
    let answer_by = if form.answer_by.is_empty() { format_date(default_answer) } else { form.answer_by.clone() };
    page.insert("facility_id", &cap.facility())
        .insert("facility", &facility_name(&staff.ctx, cap.facility()).await?)
        .insert("r", &row_view(&mut Labels::default(), 0, &reg.row))
        .insert(
            "family",
            &serde_json::json!({"name": format!("{} {}", reg.family_first_name, reg.family_last_name),
                "street": reg.street, "postcode": reg.postcode, "city": reg.city, "phone": reg.phone, "email": reg.email}),
        )
        .insert("note", &reg.row.note)
        .insert("criteria", &criteria_view(&catalogue, &reg))
        .insert("criteria_unreviewed", &(!reg.row.criteria_reviewed && !reg.declared_positions.is_empty()))
        .insert("history", &history_view(&reg.history))
        .insert("reasons", &decline_reasons())
        .insert("answer_by", &answer_by)
        .insert("answer_days", &days)
        .insert("form_reason", &form.reason)
        .insert("form_note", &form.note.clone().unwrap_or_default())
        .insert("may_offer", &(cap.may_offer() && reg.row.status == "registered"))
        .insert("may_decline", &(cap.may_decline() && reg.row.status == "registered"))
        .insert("may_tick", &cap.may_offer())
        .insert("notice", &notice)
        .insert("error", &error.as_ref().map(|e| e.0.clone()))
        .insert("error_field", &error.as_ref().and_then(|e| e.1));
    contract_actions(&mut page, cap, &reg.row.status, &documents);
    let mark = db.inadmissible_mark(rid).await?;
    page.insert("may_mark", &(cap.may_decline() && reg.row.status == "registered"))
        .insert("inadmissible", &mark.map(|(reason, note)| {
            serde_json::json!({"reason": text(current(), &format!("reason-{reason}"), &[]), "note": note})
        }));
    if reg.row.status == "contracted" {
        let facts = db.contract_facts_for_facility(cap.facility(), rid).await?;
        let online = facts.as_ref().filter(|f| f.contracted_how.as_deref() == Some("online"));
        page.insert("contracted_online", &online.is_some())
            .insert("contracted_when", &online.and_then(|f| f.contracted_at).map(moment_text))
            .insert("contracted_version", &online.and_then(|f| f.contracted_version));
    }
    Ok((status, page.render(state, "desk/registration.html")?).into_response())
}

/// The contract's documents of the registration and what the desk may do with them: create the
/// contract once the place is accepted, upload the signed copy once there is one, then confirm.
fn contract_actions(page: &mut PageCtx, cap: &FacilityCap, status: &str, documents: &[DocumentRow]) {
    let accepted = status == "accepted";
    let has_contract = documents.iter().any(|d| d.kind == "contract");
    let has_signed = documents.iter().any(|d| d.kind == "signed");
    page.insert("documents", &doc_views(documents))
        .insert("may_contract", &(cap.may_offer() && accepted))
        .insert("has_contract", &has_contract)
        .insert("may_upload_signed", &(cap.may_offer() && accepted && has_contract))
        .insert("may_confirm", &(cap.may_offer() && accepted && has_signed));
}

pub(crate) async fn registration_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
    uri: Uri,
) -> Result<Response> {
    let cap = facility_cap(&state, &staff.ctx, staff.account, &fid).await?;
    let form = ActionForm::default();
    render_registration_full(
        &staff,
        &state,
        &cap,
        &rid,
        &form,
        None,
        StatusCode::OK,
        notice(&uri, NOTICES, "desk-notice-"),
    )
    .await
}

pub(crate) fn back_to_list(staff: &Staff, cap: &FacilityCap, key: &str) -> Response {
    Redirect::to(&format!("{}/einrichtung/{}?hinweis={key}", staff.ctx.base, cap.facility())).into_response()
}

pub(crate) async fn offer_do(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
    axum::Form(form): axum::Form<ActionForm>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_offer).await?;
    let id = Uuid::parse_str(&rid).map_err(|_| AppError::NotFound)?;
    let done = ops::offer(&state, &staff.ctx, &cap, id, &OfferForm { answer_by: form.answer_by.clone() }).await;
    answer_action(&staff, &state, &cap, &rid, &form, done, "offered").await
}

/// After an offer or a decline: back to the list with a notice, or the registration page again with
/// the input and the German reason (400 for the form, 409 for a rule of the data).
async fn answer_action(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    rid: &str,
    form: &ActionForm,
    done: Result<()>,
    notice_key: &str,
) -> Result<Response> {
    let (message, field, status) = match done {
        Ok(()) => return Ok(back_to_list(staff, cap, notice_key)),
        Err(AppError::Rule(r)) => (text(current(), rule_key(r), &[]), None, StatusCode::CONFLICT),
        Err(AppError::BadParam(p)) => (param_message(&p), Some(p.field), StatusCode::BAD_REQUEST),
        Err(e) => return Err(e),
    };
    render_registration(staff, state, cap, rid, form, Some((message, field)), status).await
}

pub(crate) async fn decline_do(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
    axum::Form(form): axum::Form<ActionForm>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_decline).await?;
    let id = Uuid::parse_str(&rid).map_err(|_| AppError::NotFound)?;
    let done =
        ops::decline(&staff.ctx, &cap, id, &DeclineForm { reason: form.reason.clone(), note: form.note.clone() }).await;
    answer_action(&staff, &state, &cap, &rid, &form, done, "rejected").await
}

/// The form that marks a registration "not admissible" for allocation rounds, or (`aufheben=ja`)
/// takes the mark back.
#[derive(Deserialize, Default)]
pub(crate) struct MarkForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    aufheben: String,
}

/// "Für die Vergaberunde nicht aufnehmbar" (issue 17): the lead's last word before a round, with a
/// reason from the decline catalogue; a refusal shows the page again with the German reason.
pub(crate) async fn inadmissible_do(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
    axum::Form(form): axum::Form<MarkForm>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_decline).await?;
    let id = Uuid::parse_str(&rid).map_err(|_| AppError::NotFound)?;
    let decline = DeclineForm { reason: form.reason.clone(), note: Some(form.note.clone()) };
    match ops::mark_inadmissible(&staff.ctx, &cap, id, &decline, form.aufheben == "ja").await {
        Ok(()) => {
            Ok(Redirect::to(&format!("{}/einrichtung/{}/vormerkungen/{id}#vergabe", staff.ctx.base, cap.facility()))
                .into_response())
        }
        Err(AppError::BadParam(p)) => {
            let shown = ActionForm { reason: form.reason, note: Some(form.note), ..ActionForm::default() };
            let error = Some((param_message(&p), Some("inadmissible-reason")));
            render_registration(&staff, &state, &cap, &rid, &shown, error, StatusCode::BAD_REQUEST).await
        }
        Err(AppError::Rule(r)) => {
            let error = Some((text(current(), rule_key(r), &[]), None));
            render_registration(&staff, &state, &cap, &rid, &ActionForm::default(), error, StatusCode::CONFLICT).await
        }
        Err(e) => Err(e),
    }
}

pub(crate) async fn criteria_tick(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_offer).await?;
    let id = Uuid::parse_str(&rid).map_err(|_| AppError::NotFound)?;
    let mut positions = Vec::new();
    for (_, v) in fields.iter().filter(|(k, _)| k == "criterion") {
        let p: i16 = v.trim().parse().map_err(|_| AppError::BadParam(ParamError::new("criterion", "err-criterion")))?;
        if !positions.contains(&p) {
            positions.push(p);
        }
    }
    staff.ctx.db.set_registration_criteria(&actor(&cap), cap.facility(), id, &positions).await?;
    Ok(Redirect::to(&format!("{}/einrichtung/{}/vormerkungen/{id}", staff.ctx.base, cap.facility())).into_response())
}

fn back_to_registration(staff: &Staff, cap: &FacilityCap, rid: Uuid, notice: &str) -> Response {
    Redirect::to(&format!(
        "{}/einrichtung/{}/vormerkungen/{rid}?hinweis={notice}#dokumente",
        staff.ctx.base,
        cap.facility()
    ))
    .into_response()
}

/// After a facility's document action: back to the registration, with the German reason if refused.
async fn facility_outcome(
    staff: &Staff,
    state: &AppState,
    cap: &FacilityCap,
    rid: Uuid,
    done: Result<()>,
    notice: &str,
) -> Result<Response> {
    match done {
        Ok(()) => Ok(back_to_registration(staff, cap, rid, notice)),
        Err(e) if shown_on_page(&e) => {
            let info = e.info();
            let message = text(current(), info.message_key, &[]);
            render_registration_with(staff, state, cap, rid, Some(message), info.status).await
        }
        Err(e) => Err(e),
    }
}

pub(crate) async fn facility_upload(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
    form: Upload,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_offer).await?;
    let rid = Uuid::parse_str(&rid).map_err(|_| AppError::NotFound)?;
    let done = match docs::receive(&state, form).await {
        Ok(received) => docs::facility_store(&state, &staff.ctx, &cap, rid, &received).await.map(|_| ()),
        Err(e) => Err(e),
    };
    facility_outcome(&staff, &state, &cap, rid, done, "signed-uploaded").await
}

pub(crate) async fn facility_confirm(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, fid, rid)): Path<(String, String, String)>,
) -> Result<Response> {
    let cap = require(&state, &staff, &fid, FacilityCap::may_offer).await?;
    let rid = Uuid::parse_str(&rid).map_err(|_| AppError::NotFound)?;
    let done = docs::confirm_contract(&staff.ctx, &cap, rid).await;
    facility_outcome(&staff, &state, &cap, rid, done, "contracted").await
}
