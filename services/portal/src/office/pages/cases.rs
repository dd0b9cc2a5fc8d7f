//! The youth welfare office's worklist and a child's case as staff work them (issue 20): the list
//! with its filters, paging and CSV; the case with its registrations, notes and contact attempts,
//! and the forms to add one or close the case. Bad input comes back at its field, nothing saved.

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use step_domain::ParamError;
use uuid::Uuid;

use crate::office::ops::cases::{
    self, CLOSE_REASONS, CaseQuery, CloseForm, NOTE_KINDS, NoteForm, PAGE_ROWS, office_municipalities,
};
use crate::web::caps::{office_actor, office_cap};
use crate::web::csv::{BOM, csv_field, csv_response};
use crate::web::error::{AppError, Result, rule_key};
use crate::web::extract::Staff;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::page::notice;
use crate::web::state::AppState;

/// The rows the CSV holds at most (a season of the largest office, several times over).
const CSV_ROWS: i64 = 100_000;

pub(crate) async fn cases_page(
    staff: Staff,
    State(state): State<AppState>,
    Query(q): Query<CaseQuery>,
) -> Result<Response> {
    office_cap(&state, &staff).await?;
    let mut slugs = office_municipalities(&state, &staff.ctx, staff.account).await;
    let names: Vec<String> = slugs.iter().map(|s| s.0.clone()).collect();
    // A bad filter shows the page again with the form and the message, not an error page.
    let mistakes = q.mistakes(&names);
    let ((filter, only, page), refused) = match q.checked(&names) {
        Ok(checked) => (checked, false),
        Err(_) => (CaseQuery::default().checked(&names).map_err(AppError::BadParam)?, true),
    };
    let choices = slugs.clone();
    if let Some(only) = &only {
        slugs.retain(|s| s.0 == *only);
    }
    let list = cases::worklist(&state, &slugs, &filter, (page, PAGE_ROWS)).await?;
    let pages = (list.total + PAGE_ROWS - 1) / PAGE_ROWS;
    let mut query = q.clone();
    query.page = None;
    let query = serde_urlencoded::to_string(&query).unwrap_or_default();
    let mut view = staff.page(&state);
    view.mistakes(&mistakes);
    view.insert("cases", &list.rows)
        .insert("total", &list.total)
        .insert("page", &(page + 1))
        .insert("pages", &pages)
        .insert("municipalities", &choices)
        .insert("filter", &q)
        .insert("query", &query);
    let status = if refused { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    Ok((status, view.render(&state, "office/cases.html")?).into_response())
}

pub(crate) async fn cases_csv(
    staff: Staff,
    State(state): State<AppState>,
    Query(q): Query<CaseQuery>,
) -> Result<Response> {
    office_cap(&state, &staff).await?;
    let mut slugs = office_municipalities(&state, &staff.ctx, staff.account).await;
    let names: Vec<String> = slugs.iter().map(|s| s.0.clone()).collect();
    let (filter, only, _) = q.checked(&names).map_err(AppError::BadParam)?;
    if let Some(only) = &only {
        slugs.retain(|s| s.0 == *only);
    }
    let list = cases::worklist(&state, &slugs, &filter, (0, CSV_ROWS)).await?;
    let lang = current();
    let header = [
        "office-col-municipality",
        "case-col-child",
        "case-col-birth",
        "case-col-start",
        "case-col-act-by",
        "case-col-waited",
        "case-col-family",
        "case-col-phone",
        "case-col-address",
        "case-col-flags",
        "case-col-registrations",
        "case-col-status",
    ];
    let mut out = String::from(BOM);
    out.push_str(&header.iter().map(|k| csv_field(&text(lang, k, &[]))).collect::<Vec<_>>().join(";"));
    out.push_str("\r\n");
    for c in &list.rows {
        out.push_str(&csv_cells(c).iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    }
    Ok(csv_response(out, "faelle.csv"))
}

/// A case as a CSV line: municipality, child, dates, waiting days, family, flags, registrations.
fn csv_cells(c: &cases::CaseOut) -> [String; 12] {
    let lang = current();
    let v = serde_json::to_value(c).unwrap_or_default();
    let s = |k: &str| v[k].as_str().unwrap_or_default().to_owned();
    let flags: Vec<String> = ["needs_post", "sibling", "urgency", "refused"]
        .iter()
        .filter(|f| v[**f].as_bool() == Some(true))
        .map(|f| text(lang, &format!("case-flag-{}", f.replace('_', "-")), &[]))
        .collect();
    let regs: Vec<String> = v["registrations"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            format!("{} ({})", r["facility"].as_str().unwrap_or_default(), r["status"].as_str().unwrap_or_default())
        })
        .collect();
    [
        s("municipality_name"),
        s("child"),
        s("birth_date"),
        s("start"),
        s("act_by"),
        v["waited_days"].to_string(),
        s("family"),
        s("phone"),
        s("address"),
        flags.join(", "),
        regs.join(", "),
        s("status"),
    ]
}

#[allow(clippy::too_many_arguments)]
async fn render_case(
    staff: &Staff,
    state: &AppState,
    child: Uuid,
    typed: Option<&NoteForm>,
    mistakes: &[ParamError],
    refused: Option<String>,
    notice: Option<String>,
) -> Result<Response> {
    let (case, notes) = cases::case(state, &staff.ctx, child).await?;
    let mut view = staff.page(state);
    view.mistakes(mistakes);
    view.insert("case", &case)
        .insert("notes", &notes)
        .insert("typed", &typed.cloned().unwrap_or_default())
        .insert("reasons", &CLOSE_REASONS)
        .insert("kinds", &NOTE_KINDS)
        .insert("refused", &refused)
        .insert("notice", &notice);
    let status = match (mistakes.is_empty(), &refused) {
        (false, _) => StatusCode::BAD_REQUEST,
        (true, Some(_)) => StatusCode::CONFLICT,
        (true, None) => StatusCode::OK,
    };
    Ok((status, view.render(state, "office/case.html")?).into_response())
}

pub(crate) async fn case_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, child)): Path<(String, String)>,
    uri: Uri,
) -> Result<Response> {
    office_cap(&state, &staff).await?;
    let child = Uuid::parse_str(&child).map_err(|_| AppError::NotFound)?;
    let shown = notice(&uri, &["notiz", "abgeschlossen"], "case-notice-");
    render_case(&staff, &state, child, None, &[], None, shown).await
}

#[derive(Deserialize)]
pub(crate) struct NoteSubmit {
    #[serde(flatten)]
    form: NoteForm,
}

pub(crate) async fn case_note(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, child)): Path<(String, String)>,
    axum::Form(submit): axum::Form<NoteSubmit>,
) -> Result<Response> {
    let cap = office_cap(&state, &staff).await?;
    let child = Uuid::parse_str(&child).map_err(|_| AppError::NotFound)?;
    match cases::add_note(&state, &staff.ctx, &office_actor(&cap), child, &submit.form).await {
        Ok(_) => {
            Ok(Redirect::to(&format!("{}/amt/faelle/{child}?hinweis=notiz#notizen", staff.ctx.base)).into_response())
        }
        Err(AppError::BadParam(p)) => render_case(&staff, &state, child, Some(&submit.form), &[p], None, None).await,
        Err(e) => Err(e),
    }
}

pub(crate) async fn case_close(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, child)): Path<(String, String)>,
    axum::Form(form): axum::Form<CloseForm>,
) -> Result<Response> {
    let cap = office_cap(&state, &staff).await?;
    let child = Uuid::parse_str(&child).map_err(|_| AppError::NotFound)?;
    match cases::close(&state, &staff.ctx, &office_actor(&cap), child, &form).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("{}/amt/faelle/{child}?hinweis=abgeschlossen", staff.ctx.base)).into_response())
        }
        Err(AppError::BadParam(p)) => render_case(&staff, &state, child, None, &[p], None, None).await,
        Err(AppError::Rule(name)) => {
            let message = text(current(), rule_key(name), &[]);
            render_case(&staff, &state, child, None, &[], Some(message), None).await
        }
        Err(e) => Err(e),
    }
}
