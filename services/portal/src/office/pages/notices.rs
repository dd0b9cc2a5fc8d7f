//! The office's formal notices (Bescheide, issue 20): the page with the notices to be posted (one
//! PDF to print, then marked posted), issuing a notice on an open offer or a rejection, the newest
//! notices; the templates page (a new version per change, appeal instructions required); the PDF
//! of one notice. A case's "no place yet" notice is issued from the case page (`cases::case_notice`).

use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use step_domain::ParamError;
use uuid::Uuid;

use crate::office::ops::notices::{self, IssueForm, KINDS, TemplateForm};
use crate::web::caps::{office_actor, office_cap};
use crate::web::error::{AppError, Result};
use crate::web::extract::Staff;
use crate::web::i18n::text;
use crate::web::json::rfc3339;
use crate::web::language::current;
use crate::web::page::notice;
use crate::web::state::AppState;

/// Issue choices shown on the page (the newest open offers and rejections).
const CANDIDATES: i64 = 200;

async fn render(
    staff: &Staff,
    state: &AppState,
    typed: &IssueForm,
    refused: Option<AppError>,
    shown: Option<String>,
) -> Result<Response> {
    let cap = office_cap(state, staff).await?;
    let db = &staff.ctx.db;
    let (count, newest) = notices::to_post(&staff.ctx).await?;
    let recent: Vec<_> = db.recent_notices(false, 50).await?.iter().map(notices::notice_out).collect();
    let mut view = staff.page(state);
    let status = view.refusal(refused)?;
    view.insert("to_post", &count)
        .insert("until", &newest.map(rfc3339))
        .insert("recent", &recent)
        .insert("candidates", &db.notice_candidates(CANDIDATES).await?)
        .insert("templates", &notices::templates(state, &staff.ctx).await?)
        .insert("typed", typed)
        .insert("may_templates", &cap.may_change_settings())
        .insert("notice", &shown);
    Ok((status, view.render(state, "office/notices.html")?).into_response())
}

pub(crate) async fn notices_page(staff: Staff, State(state): State<AppState>, uri: Uri) -> Result<Response> {
    let shown = notice(&uri, &["erstellt", "versendet"], "notice-notice-");
    render(&staff, &state, &IssueForm::default(), None, shown).await
}

pub(crate) async fn issue(
    staff: Staff,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<IssueForm>,
) -> Result<Response> {
    let cap = office_cap(&state, &staff).await?;
    match notices::issue(&state, &staff.ctx, &office_actor(&cap), &form).await {
        Ok(_) => Ok(Redirect::to(&format!("{}/amt/bescheide?hinweis=erstellt", staff.ctx.base)).into_response()),
        Err(e @ (AppError::BadParam(_) | AppError::Rule(_))) => render(&staff, &state, &form, Some(e), None).await,
        Err(e) => Err(e),
    }
}

pub(crate) async fn notice_pdf(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    let cap = office_cap(&state, &staff).await?;
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let n = staff.ctx.db.notice(id).await?.ok_or(AppError::NotFound)?;
    staff.ctx.db.audit_read(&office_actor(&cap), "notice_read", &format!("notice:{id}")).await?;
    crate::documents::view::notice_download(&state, &n).await
}

#[derive(Deserialize)]
pub(crate) struct UntilQuery {
    #[serde(default)]
    bis: String,
}

/// The notices to be posted that were issued until `bis`, as one PDF written as it is read.
pub(crate) async fn posting_pdf(
    staff: Staff,
    State(state): State<AppState>,
    Query(q): Query<UntilQuery>,
) -> Result<Response> {
    office_cap(&state, &staff).await?;
    let until = notices::until(&q.bis)?;
    let mut res = notices::posting_batch(&staff.ctx, until).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    let disposition = format!("attachment; filename=\"{}\"", notices::batch_name(state.today()));
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition).map_err(|e| AppError::Internal(e.to_string()))?,
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(res)
}

#[derive(Deserialize)]
pub(crate) struct PostedForm {
    #[serde(default)]
    until: String,
}

pub(crate) async fn mark_posted(
    staff: Staff,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<PostedForm>,
) -> Result<Response> {
    let cap = office_cap(&state, &staff).await?;
    let until = notices::until(&form.until)?;
    staff.ctx.db.mark_posted(&office_actor(&cap), until).await?;
    Ok(Redirect::to(&format!("{}/amt/bescheide?hinweis=versendet", staff.ctx.base)).into_response())
}

async fn render_templates(
    staff: &Staff,
    state: &AppState,
    typed: Option<&TemplateForm>,
    mistakes: &[ParamError],
    shown: Option<String>,
) -> Result<Response> {
    let cap = office_cap(state, staff).await?;
    if !cap.may_change_settings() {
        return Err(AppError::Forbidden);
    }
    let current_ones = notices::templates(state, &staff.ctx).await?;
    let lang = current();
    let forms: Vec<serde_json::Value> = KINDS
        .iter()
        .map(|kind| {
            let saved = current_ones.iter().find(|t| t.kind == *kind);
            let typed = typed.filter(|t| t.kind == *kind);
            serde_json::json!({
                "kind": kind,
                "version": saved.map(|s| s.version),
                "body": typed.map(|t| t.body.clone()).or_else(|| saved.map(|s| s.body.clone()))
                    .unwrap_or_else(|| text(lang, &format!("notice-default-{kind}"), &[])),
                "appeal": typed.map(|t| t.appeal.clone()).or_else(|| saved.map(|s| s.appeal.clone())).unwrap_or_default(),
                "bad": typed.is_some(),
            })
        })
        .collect();
    let mut view = staff.page(state);
    view.mistakes(mistakes);
    view.insert("forms", &forms).insert("notice", &shown);
    let status = if mistakes.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    Ok((status, view.render(state, "office/notice_templates.html")?).into_response())
}

pub(crate) async fn templates_page(staff: Staff, State(state): State<AppState>, uri: Uri) -> Result<Response> {
    let shown = notice(&uri, &["gespeichert"], "notice-notice-");
    render_templates(&staff, &state, None, &[], shown).await
}

pub(crate) async fn template_save(
    staff: Staff,
    State(state): State<AppState>,
    axum::Form(form): axum::Form<TemplateForm>,
) -> Result<Response> {
    let cap = office_cap(&state, &staff).await?;
    if !cap.may_change_settings() {
        return Err(AppError::Forbidden);
    }
    match notices::save_template(&state, &staff.ctx, &cap.account().to_string(), &form).await {
        Ok(_) => {
            Ok(Redirect::to(&format!("{}/amt/bescheide/vorlagen?hinweis=gespeichert", staff.ctx.base)).into_response())
        }
        Err(AppError::BadParam(p)) => render_templates(&staff, &state, Some(&form), &[p], None).await,
        Err(e) => Err(e),
    }
}
