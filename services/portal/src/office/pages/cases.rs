//! The youth welfare office's worklist and a child's case as staff work them (issue 20): the list
//! with its filters, paging and CSV; the case with its registrations, notes and contact attempts,
//! and the forms to add one or close the case. Bad input comes back at its field, nothing saved.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use step_domain::ParamError;
use step_store::CaseFilter;
use uuid::Uuid;

use crate::office::ops::cases::{
    self, CLOSE_REASONS, CaseQuery, CloseForm, NOTE_KINDS, NoteForm, PAGE_ROWS, office_municipalities,
};
use crate::office::ops::notices::{self, IssueForm, notice_out};
use crate::office::ops::proposals::{self, ProposalForm};
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

/// The municipalities this person may work here (all of the office's), and the checked filter
/// with the municipalities it asks for and the page; a query that cannot be read is refused at `page`.
type Scope = (Vec<(String, String)>, std::result::Result<(CaseFilter, Vec<(String, String)>, i64), ParamError>);

async fn scope(
    state: &AppState,
    staff: &Staff,
    q: std::result::Result<Query<CaseQuery>, QueryRejection>,
) -> Result<(CaseQuery, Scope)> {
    office_cap(state, staff).await?;
    let Query(q) = q.map_err(|_| AppError::BadParam(ParamError::new("page", "err-not-a-number")))?;
    let all = office_municipalities(state, &staff.ctx, staff.account).await;
    let names: Vec<String> = all.iter().map(|s| s.0.clone()).collect();
    let checked = q.checked(&names).map(|(filter, only, page)| {
        let shown = all.iter().filter(|s| only.as_ref().is_none_or(|o| *o == s.0)).cloned().collect();
        (filter, shown, page)
    });
    Ok((q, (all, checked)))
}

pub(crate) async fn cases_page(
    staff: Staff,
    State(state): State<AppState>,
    q: std::result::Result<Query<CaseQuery>, QueryRejection>,
) -> Result<Response> {
    let (q, (all, checked)) = scope(&state, &staff, q).await?;
    // A bad filter shows the page again with the form and the message, not an error page.
    let mistakes: Vec<ParamError> = checked.as_ref().err().cloned().into_iter().collect();
    let (filter, shown, page) = checked.unwrap_or_else(|_| (CaseFilter::default(), all.clone(), 0));
    let list = cases::worklist(&state, &shown, &filter, (page, PAGE_ROWS)).await?;
    let pages = (list.total + PAGE_ROWS - 1) / PAGE_ROWS;
    let query = serde_urlencoded::to_string(CaseQuery { page: None, ..q.clone() }).unwrap_or_default();
    let mut view = staff.page(&state);
    view.mistakes(&mistakes);
    view.insert("cases", &list.rows)
        .insert("total", &list.total)
        .insert("page", &(page + 1))
        .insert("pages", &pages)
        .insert("municipalities", &all)
        .insert("filter", &q)
        .insert("query", &query);
    let status = if mistakes.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    Ok((status, view.render(&state, "office/cases.html")?).into_response())
}

pub(crate) async fn cases_csv(
    staff: Staff,
    State(state): State<AppState>,
    q: std::result::Result<Query<CaseQuery>, QueryRejection>,
) -> Result<Response> {
    let (_, (_, checked)) = scope(&state, &staff, q).await?;
    let (filter, slugs, _) = checked.map_err(AppError::BadParam)?;
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
        out.push_str(&c.csv_cells().iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    }
    Ok(csv_response(out, "faelle.csv"))
}

/// What was typed into the case page's forms, shown again with a refusal.
#[derive(Default)]
struct Typed {
    note: Option<NoteForm>,
    proposal: Option<ProposalForm>,
}

async fn render_case(
    staff: &Staff,
    state: &AppState,
    child: Uuid,
    typed: Typed,
    mistakes: &[ParamError],
    (refused, notice): (Option<String>, Option<String>),
) -> Result<Response> {
    let (case, notes) = cases::case(state, &staff.ctx, child).await?;
    let (proposals, candidates) = proposals::case_proposals(&staff.ctx, child, case.is_open()).await?;
    let mut view = staff.page(state);
    view.mistakes(mistakes);
    view.insert("case", &case)
        .insert("notes", &notes)
        .insert("proposals", &proposals)
        .insert("notices", &staff.ctx.db.child_notices(child).await?.iter().map(notice_out).collect::<Vec<_>>())
        .insert("candidates", &candidates)
        .insert("typed", &typed.note.unwrap_or_default())
        .insert("typed_proposal", &typed.proposal.unwrap_or_default())
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
    let shown = notice(&uri, &["notiz", "abgeschlossen", "vorgeschlagen", "bescheid"], "case-notice-");
    render_case(&staff, &state, child, Typed::default(), &[], (None, shown)).await
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
        Err(AppError::BadParam(p)) => {
            let typed = Typed { note: Some(submit.form), ..Typed::default() };
            render_case(&staff, &state, child, typed, &[p], (None, None)).await
        }
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
        Err(e) => refused_case(&staff, &state, child, Typed::default(), e).await,
    }
}

/// The case page again after a refused action: the message at its field (400) or above (409).
async fn refused_case(staff: &Staff, state: &AppState, child: Uuid, typed: Typed, e: AppError) -> Result<Response> {
    match e {
        AppError::BadParam(p) => render_case(staff, state, child, typed, &[p], (None, None)).await,
        AppError::Rule(name) => {
            let message = text(current(), rule_key(name), &[]);
            render_case(staff, state, child, typed, &[], (Some(message), None)).await
        }
        e => Err(e),
    }
}

pub(crate) async fn case_propose(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, child)): Path<(String, String)>,
    axum::Form(form): axum::Form<ProposalForm>,
) -> Result<Response> {
    let cap = office_cap(&state, &staff).await?;
    let child = Uuid::parse_str(&child).map_err(|_| AppError::NotFound)?;
    match proposals::propose(&state, &staff.ctx, &office_actor(&cap), child, &form).await {
        Ok(_) => Ok(Redirect::to(&format!("{}/amt/faelle/{child}?hinweis=vorgeschlagen#vorschlaege", staff.ctx.base))
            .into_response()),
        Err(e) => refused_case(&staff, &state, child, Typed { proposal: Some(form), ..Typed::default() }, e).await,
    }
}

/// The "no place yet" notice for this child (issue 20), issued from its case page; a refusal (no
/// template, a case that is not open) shows the case page again with the message.
pub(crate) async fn case_notice(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, child)): Path<(String, String)>,
) -> Result<Response> {
    let cap = office_cap(&state, &staff).await?;
    let child = Uuid::parse_str(&child).map_err(|_| AppError::NotFound)?;
    let form = IssueForm { child: child.to_string(), kind: "no_place".into(), registration: None };
    match notices::issue(&state, &staff.ctx, &office_actor(&cap), &form).await {
        Ok(_) => {
            Ok(Redirect::to(&format!("{}/amt/faelle/{child}?hinweis=bescheid#bescheide", staff.ctx.base))
                .into_response())
        }
        Err(e) => refused_case(&staff, &state, child, Typed::default(), e).await,
    }
}
