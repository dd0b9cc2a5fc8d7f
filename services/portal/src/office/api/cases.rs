//! The office's worklist and cases in the JSON API (issue 20), for the office's staff of the
//! municipality: the same rows, filters and actions as the pages (`office::ops::cases`).

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use serde::Serialize;
use step_domain::ParamError;
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;

use crate::desk::view::ProposalOut;
use crate::office::ops::cases::{self, CaseNoteOut, CaseOut, CaseQuery, CloseForm, NoteForm, PAGE_ROWS};
use crate::office::ops::proposals::{self, CandidateOut, ProposalForm};
use crate::web::caps::{api_office_cap, office_actor};
use crate::web::error::{AppError, Result};
use crate::web::json::{ErrorBody, JsonBody};
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(OpenApi)]
#[openapi(
    paths(cases_list, case_get, case_note, case_close, case_propose),
    components(schemas(
        CasesOut,
        CaseOut,
        CaseDetailOut,
        CaseNoteOut,
        NoteForm,
        CloseForm,
        NoteCreatedOut,
        CaseClosedOut,
        ProposalForm,
        ProposalOut,
        CandidateOut,
        cases::CaseRegistrationOut
    ))
)]
pub struct CasesApiDoc;

/// A page of the worklist.
#[derive(Serialize, ToSchema)]
pub struct CasesOut {
    /// Children on the list under this filter, on all pages.
    total: i64,
    page: i64,
    per_page: i64,
    cases: Vec<CaseOut>,
}

#[derive(Serialize, ToSchema)]
pub struct CaseDetailOut {
    case: CaseOut,
    /// Notes and contact attempts, oldest first (never shown to the family).
    notes: Vec<CaseNoteOut>,
    /// The office's proposals for this child, newest first.
    proposals: Vec<ProposalOut>,
    /// Facilities with a free place for the child's band at its start (empty for a closed case).
    candidates: Vec<CandidateOut>,
}

#[derive(Serialize, ToSchema)]
pub struct NoteCreatedOut {
    id: i64,
}

#[derive(Serialize, ToSchema)]
pub struct CaseClosedOut {
    child_id: Uuid,
    /// `closed`
    status: String,
}

fn child_id(text: &str) -> Result<Uuid> {
    Uuid::parse_str(text).map_err(|_| AppError::NotFound)
}

/// The worklist of this municipality: every child with a legal entitlement at its desired start
/// (one year old then) and no offer, acceptance or contract, ordered by the day the office must act
/// by (the later of the start and six months after the registration).
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/cases", tag = "office", security(("session" = [])),
    params(("slug" = String, Path), CaseQuery),
    responses((status = 200, body = CasesOut), (status = 400, description = "A filter is wrong (named)", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, description = "Not the office's staff here", body = ErrorBody),
              (status = 404, body = ErrorBody)))]
pub(crate) async fn cases_list(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    q: std::result::Result<Query<CaseQuery>, QueryRejection>,
) -> Result<Json<CasesOut>> {
    api_office_cap(&state, &ctx, &session).await?;
    let Query(q) = q.map_err(|_| AppError::BadParam(ParamError::new("page", "err-not-a-number")))?;
    let here = vec![(ctx.tenant.slug.to_string(), ctx.tenant.name.clone())];
    let (filter, _, page) = q.checked(&[ctx.tenant.slug.to_string()]).map_err(AppError::BadParam)?;
    let list = cases::worklist(&state, &here, &filter, (page, PAGE_ROWS)).await?;
    Ok(Json(CasesOut { total: list.total, page: page + 1, per_page: PAGE_ROWS, cases: list.rows }))
}

/// One child's case: its registrations, flags, and the notes and contact attempts.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/cases/{child}", tag = "office", security(("session" = [])),
    params(("slug" = String, Path), ("child" = String, Path, description = "Child id (UUID)")),
    responses((status = 200, body = CaseDetailOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, description = "No such child on the worklist here", body = ErrorBody)))]
pub(crate) async fn case_get(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, child)): Path<(String, String)>,
) -> Result<Json<CaseDetailOut>> {
    api_office_cap(&state, &ctx, &session).await?;
    let child = child_id(&child)?;
    let (case, notes) = cases::case(&state, &ctx, child).await?;
    let (proposals, candidates) = proposals::case_proposals(&ctx, child, case.is_open()).await?;
    Ok(Json(CaseDetailOut { case, notes, proposals, candidates }))
}

/// Adds a note or a contact attempt to a child's case (audited; never shown to the family).
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/cases/{child}/notes", tag = "office", security(("session" = [])),
    params(("slug" = String, Path), ("child" = String, Path)), request_body = NoteForm,
    responses((status = 201, body = NoteCreatedOut), (status = 400, description = "Empty, over 5,000 characters, or an unknown kind", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn case_note(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, child)): Path<(String, String)>,
    JsonBody(form): JsonBody<NoteForm>,
) -> Result<(StatusCode, Json<NoteCreatedOut>)> {
    let cap = api_office_cap(&state, &ctx, &session).await?;
    let id = cases::add_note(&state, &ctx, &office_actor(&cap), child_id(&child)?, &form).await?;
    Ok((StatusCode::CREATED, Json(NoteCreatedOut { id })))
}

/// Closes a child's case with a reason: `place_elsewhere`, `moved_away` or `not_needed` (audited).
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/cases/{child}/close", tag = "office", security(("session" = [])),
    params(("slug" = String, Path), ("child" = String, Path)), request_body = CloseForm,
    responses((status = 200, body = CaseClosedOut), (status = 400, description = "An unknown reason", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 409, description = "The case is closed already", body = ErrorBody), (status = 415, body = ErrorBody)))]
pub(crate) async fn case_close(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, child)): Path<(String, String)>,
    JsonBody(form): JsonBody<CloseForm>,
) -> Result<Json<CaseClosedOut>> {
    let cap = api_office_cap(&state, &ctx, &session).await?;
    let child = child_id(&child)?;
    cases::close(&state, &ctx, &office_actor(&cap), child, &form).await?;
    Ok(Json(CaseClosedOut { child_id: child, status: "closed".into() }))
}

/// Proposes a place for the child at a facility or childminder with a free place for its age band
/// at its start (audited). The facility's lead confirms it on the desk, which makes an ordinary
/// offer to the family, or refuses it.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/cases/{child}/proposals", tag = "office", security(("session" = [])),
    params(("slug" = String, Path), ("child" = String, Path)), request_body = ProposalForm,
    responses((status = 201, body = NoteCreatedOut),
              (status = 400, description = "No such facility, no free place for the band there, a proposal open there already, or a note over 1,000 characters", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 409, description = "The case is closed", body = ErrorBody), (status = 415, body = ErrorBody)))]
pub(crate) async fn case_propose(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, child)): Path<(String, String)>,
    JsonBody(form): JsonBody<ProposalForm>,
) -> Result<(StatusCode, Json<NoteCreatedOut>)> {
    let cap = api_office_cap(&state, &ctx, &session).await?;
    let id = proposals::propose(&state, &ctx, &office_actor(&cap), child_id(&child)?, &form).await?;
    Ok((StatusCode::CREATED, Json(NoteCreatedOut { id })))
}
