//! "Meine Auswahl" in the JSON API (signed in only; the page works before sign-in too).

use axum::Json;
use axum::extract::{Query, State};
use serde::{Deserialize, Serialize};
use step_domain::ParamError;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::web::error::{AppError, Result};
use crate::web::extract::signed_in;
use crate::web::json::{ErrorBody, JsonBody};
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(Serialize, ToSchema)]
pub struct SelectionOut {
    /// Selected facility ids in order of priority.
    facility_ids: Vec<Uuid>,
    max: u8,
}

#[derive(Deserialize, ToSchema)]
pub struct SelectionAdd {
    facility_id: Uuid,
}

#[derive(Deserialize, ToSchema)]
pub struct SelectionPut {
    /// The whole selection in the new order.
    facility_ids: Vec<Uuid>,
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SelectionDelete {
    /// Removes this facility; without it the selection is emptied.
    facility_id: Option<Uuid>,
}

/// Whether `ids` may be this municipality's selection: at most its limit, each once, each one of
/// its facilities.
async fn check_selection(ctx: &TenantCtx, ids: &[Uuid]) -> Result<()> {
    if ids.len() > usize::from(ctx.tenant.procedure.max_choices) {
        return Err(AppError::Rule("selection_full"));
    }
    let mut unique = ids.to_vec();
    unique.sort();
    unique.dedup();
    if unique.len() != ids.len() || ctx.db.facility_names(ids).await?.len() != ids.len() {
        return Err(AppError::BadParam(ParamError::new("facility_ids", "err-facility")));
    }
    Ok(())
}

async fn save_selection(
    state: &AppState,
    ctx: &TenantCtx,
    session: Session,
    ids: Vec<Uuid>,
) -> Result<Json<SelectionOut>> {
    signed_in(&session)?;
    check_selection(ctx, &ids).await?;
    change_selection(state, ctx, session, |stored| *stored = ids).await
}

/// Applies `change` to the selection as stored now (another tab may have changed it since this
/// request read it; issue 19.3), under the session's lock; a result over the limit is not kept.
async fn change_selection(
    state: &AppState,
    ctx: &TenantCtx,
    mut session: Session,
    change: impl FnOnce(&mut Vec<Uuid>),
) -> Result<Json<SelectionOut>> {
    signed_in(&session)?;
    let slug = ctx.tenant.slug.to_string();
    let max = ctx.tenant.procedure.max_choices;
    let (fits, _) = session
        .update(state, |d| {
            let list = d.selection.entry(slug.clone()).or_default();
            let mut next = list.clone();
            change(&mut next);
            let fits = next.len() <= usize::from(max);
            if fits {
                *list = next;
            }
            fits
        })
        .await?;
    if !fits {
        return Err(AppError::Rule("selection_full"));
    }
    Ok(Json(SelectionOut { facility_ids: session.selection(&slug), max }))
}

/// "Meine Auswahl" in this municipality.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/selection", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = SelectionOut), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn get_selection(ctx: TenantCtx, session: Session) -> Result<Json<SelectionOut>> {
    signed_in(&session)?;
    Ok(Json(SelectionOut {
        facility_ids: session.selection(ctx.tenant.slug.as_str()),
        max: ctx.tenant.procedure.max_choices,
    }))
}

/// Adds a facility at the end (at most the municipality's limit, usually 5).
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/selection", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)), request_body = SelectionAdd,
    responses((status = 200, body = SelectionOut), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, description = "Selection full", body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn add_to_selection(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    JsonBody(body): JsonBody<SelectionAdd>,
) -> Result<Json<SelectionOut>> {
    signed_in(&session)?;
    check_selection(&ctx, &[body.facility_id]).await?;
    change_selection(&state, &ctx, session, |ids| {
        if !ids.contains(&body.facility_id) {
            ids.push(body.facility_id);
        }
    })
    .await
}

/// Replaces the selection (new order = new priority).
#[utoipa::path(put, path = "/api/v1/tenants/{slug}/selection", tag = "account", security(("session" = [])),
    params(("slug" = String, Path)), request_body = SelectionPut,
    responses((status = 200, body = SelectionOut), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 415, body = ErrorBody)))]
pub(crate) async fn put_selection(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    JsonBody(body): JsonBody<SelectionPut>,
) -> Result<Json<SelectionOut>> {
    save_selection(&state, &ctx, session, body.facility_ids).await
}

/// Removes one facility, or empties the selection.
#[utoipa::path(delete, path = "/api/v1/tenants/{slug}/selection", tag = "account", security(("session" = [])),
    params(("slug" = String, Path), SelectionDelete),
    responses((status = 200, body = SelectionOut), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub(crate) async fn delete_from_selection(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    q: std::result::Result<Query<SelectionDelete>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<SelectionOut>> {
    let Query(q) = q.map_err(|_| AppError::BadParam(ParamError::new("facility_id", "err-facility")))?;
    change_selection(&state, &ctx, session, |ids| match q.facility_id {
        Some(id) => ids.retain(|x| *x != id),
        None => ids.clear(),
    })
    .await
}
