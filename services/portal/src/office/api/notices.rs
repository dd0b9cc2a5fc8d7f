//! Formal notices (Bescheide) in the JSON API (issue 20), for the office's staff of the
//! municipality: the templates (a new version per save; appeal instructions required), issuing a
//! notice, the list with those still to be posted, and marking them posted. The PDFs are at
//! `/{slug}/amt/bescheide/{id}/pdf` and `/{slug}/amt/bescheide/versand.pdf?bis=…` for the same session.

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use step_domain::ParamError;
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::office::ops::notices::{self, IssueForm, NoticeOut, TemplateForm, TemplateOut};
use crate::web::caps::{api_office_cap, office_actor};
use crate::web::error::{AppError, Result};
use crate::web::json::{ErrorBody, JsonBody, rfc3339};
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(OpenApi)]
#[openapi(
    paths(templates_list, template_save, notices_list, notice_issue, notices_posted),
    components(schemas(
        TemplateOut,
        TemplateForm,
        TemplateSavedOut,
        IssueForm,
        NoticeOut,
        NoticesOut,
        PostedForm,
        PostedOut
    ))
)]
pub struct NoticesApiDoc;

#[derive(Serialize, ToSchema)]
pub struct TemplateSavedOut {
    kind: String,
    version: i32,
}

#[derive(Serialize, ToSchema)]
pub struct NoticesOut {
    /// Notices still to be posted, and when the newest of them was issued (RFC 3339): the
    /// posting batch and `posted` cover the notices issued until then.
    to_post: i64,
    until: Option<String>,
    /// The newest notices (50), or with `to_post=true` only those still to be posted.
    notices: Vec<NoticeOut>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NoticesQuery {
    /// `true`: only the notices still to be posted.
    #[serde(default)]
    to_post: Option<bool>,
}

#[derive(Deserialize, Serialize, ToSchema)]
pub struct PostedForm {
    /// RFC 3339: the notices to be posted that were issued until then went out by post.
    #[serde(default)]
    until: String,
}

#[derive(Serialize, ToSchema)]
pub struct PostedOut {
    posted: u64,
}

/// The office's current notice templates (the newest version of each kind).
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/notice-templates", tag = "office", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<TemplateOut>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody)))]
pub(crate) async fn templates_list(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
) -> Result<Json<Vec<TemplateOut>>> {
    api_office_cap(&state, &ctx, &session).await?;
    Ok(Json(notices::templates(&state, &ctx).await?))
}

/// Saves a new version of a notice template (office staff who may change the settings).
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/notice-templates", tag = "office", security(("session" = [])),
    params(("slug" = String, Path)), request_body = TemplateForm,
    responses((status = 201, body = TemplateSavedOut),
              (status = 400, description = "No text, no appeal instructions, an unknown placeholder or kind (named)", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn template_save(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    JsonBody(form): JsonBody<TemplateForm>,
) -> Result<(StatusCode, Json<TemplateSavedOut>)> {
    let cap = api_office_cap(&state, &ctx, &session).await?;
    if !cap.may_change_settings() {
        return Err(AppError::Forbidden);
    }
    let version = notices::save_template(&state, &ctx, &cap.account().to_string(), &form).await?;
    Ok((StatusCode::CREATED, Json(TemplateSavedOut { kind: form.kind.trim().to_owned(), version })))
}

/// The municipality's newest notices and how many are still to be posted.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/notices", tag = "office", security(("session" = [])),
    params(("slug" = String, Path), NoticesQuery),
    responses((status = 200, body = NoticesOut), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn notices_list(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    q: std::result::Result<Query<NoticesQuery>, QueryRejection>,
) -> Result<Json<NoticesOut>> {
    api_office_cap(&state, &ctx, &session).await?;
    let Query(q) = q.map_err(|_| AppError::BadParam(ParamError::new("to_post", "err-boolean")))?;
    let (to_post, until) = notices::to_post(&ctx).await?;
    let rows = ctx.db.recent_notices(q.to_post.unwrap_or(false), 50).await?;
    Ok(Json(NoticesOut { to_post, until: until.map(rfc3339), notices: rows.iter().map(notices::notice_out).collect() }))
}

/// Issues a formal notice as a PDF from the office's current template of its kind: stored, never
/// changed; the family finds it in its account with an e-mail, or it waits to be posted.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/notices", tag = "office", security(("session" = [])),
    params(("slug" = String, Path)), request_body = IssueForm,
    responses((status = 201, body = NoticeOut),
              (status = 400, description = "No template for the kind, a registration without an open offer or rejection, a child not on the worklist (named)", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 409, description = "The case is closed", body = ErrorBody), (status = 415, body = ErrorBody),
              (status = 503, description = "The document store is not reachable; nothing was issued", body = ErrorBody)))]
pub(crate) async fn notice_issue(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    JsonBody(form): JsonBody<IssueForm>,
) -> Result<(StatusCode, Json<NoticeOut>)> {
    let cap = api_office_cap(&state, &ctx, &session).await?;
    let row = notices::issue(&state, &ctx, &office_actor(&cap), &form).await?;
    Ok((StatusCode::CREATED, Json(notices::notice_out(&row))))
}

/// Records that the notices to be posted that were issued until `until` went out by post.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/notices/posted", tag = "office", security(("session" = [])),
    params(("slug" = String, Path)), request_body = PostedForm,
    responses((status = 200, body = PostedOut), (status = 400, description = "`until` is not RFC 3339", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn notices_posted(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    JsonBody(form): JsonBody<PostedForm>,
) -> Result<Json<PostedOut>> {
    let cap = api_office_cap(&state, &ctx, &session).await?;
    let until = notices::until(&form.until)?;
    Ok(Json(PostedOut { posted: ctx.db.mark_posted(&office_actor(&cap), until).await? }))
}
