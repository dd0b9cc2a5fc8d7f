//! The office's JSON API: allocation rounds (issue 17). Create, dry run (the full result, with every
//! wish's priority inputs so an integrator can recompute the round), read, publish.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use step_store::{Round, RunResult};
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;

use crate::office::ops::rounds::{self, RoundForm, round_actor};
use crate::web::caps::api_office_cap;
use crate::web::error::{AppError, Result};
use crate::web::json::{ErrorBody, JsonBody, rfc3339};
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

pub mod calendar;
pub mod cases;
pub mod notices;

#[derive(OpenApi)]
#[openapi(
    paths(rounds_list, round_create, round_get, round_dry_run, round_publish, undeliverable_list),
    components(schemas(
        RoundOut,
        RoundBody,
        RoundResultOut,
        ProgrammeOut,
        WishOut,
        PublishedOut,
        crate::office::ops::mail::UndeliverableOut
    ))
)]
pub struct OfficeApiDoc;

#[derive(Serialize, ToSchema)]
pub struct RoundOut {
    id: Uuid,
    /// The start date, `YYYY-MM-DD`.
    start: String,
    /// `child_proposing` or `facility_proposing`.
    mechanism: String,
    /// `draft`, `dry_run` or `published`.
    status: String,
    /// The seed the lottery numbers are drawn from.
    seed: i64,
    runs: i32,
    /// SHA-256 of the last run's inputs in canonical form.
    inputs_sha256: Option<String>,
    run_at: Option<String>,
    published_at: Option<String>,
}

impl From<&Round> for RoundOut {
    fn from(r: &Round) -> Self {
        Self {
            id: r.id,
            start: step_domain::search::format_date(r.start_date),
            mechanism: r.mechanism.clone(),
            status: r.status.clone(),
            seed: r.seed,
            runs: r.runs,
            inputs_sha256: r.inputs_sha256.clone(),
            run_at: r.run_at.map(rfc3339),
            published_at: r.published_at.map(rfc3339),
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct RoundBody {
    /// `YYYY-MM-DD` or `TT.MM.JJJJ`, in the future.
    start: String,
    /// `child_proposing` (default) or `facility_proposing`.
    #[serde(default)]
    mechanism: String,
}

#[derive(Serialize, ToSchema)]
pub struct ProgrammeOut {
    facility_id: Uuid,
    facility: String,
    /// `u3` or `ue3`.
    age_band: String,
    capacity: i32,
    assigned: usize,
}

/// One wish with everything its priority is made of.
#[derive(Serialize, ToSchema)]
pub struct WishOut {
    registration_id: Uuid,
    child_id: Uuid,
    facility_id: Uuid,
    age_band: String,
    rank: i16,
    points: i32,
    registered_at: String,
    lottery: i64,
    admissible: bool,
    assigned: bool,
}

#[derive(Serialize, ToSchema)]
pub struct RoundResultOut {
    round: RoundOut,
    inputs_sha256: String,
    programmes: Vec<ProgrammeOut>,
    wishes: Vec<WishOut>,
    placed: usize,
}

fn result_out(round: &Round, r: &RunResult) -> RoundResultOut {
    let taken = r.matching.taken();
    RoundResultOut {
        round: round.into(),
        inputs_sha256: r.sha256.clone(),
        programmes: r
            .inputs
            .programmes
            .iter()
            .map(|p| ProgrammeOut {
                facility_id: p.facility_id,
                facility: p.facility_name.clone(),
                age_band: p.age_band.clone(),
                capacity: p.capacity,
                assigned: taken.get(&(p.facility_id, p.age_band.clone())).copied().unwrap_or(0),
            })
            .collect(),
        wishes: r
            .inputs
            .wishes
            .iter()
            .map(|w| WishOut {
                registration_id: w.registration_id,
                child_id: w.child_id,
                facility_id: w.facility_id,
                age_band: w.age_band.clone(),
                rank: w.rank,
                points: w.points,
                registered_at: rfc3339(w.registered_at),
                lottery: w.lottery,
                admissible: w.admissible,
                assigned: r.assigned(w),
            })
            .collect(),
        placed: r.matching.assigned.len(),
    }
}

async fn actor(state: &AppState, ctx: &TenantCtx, session: &Session) -> Result<step_store::Actor> {
    round_actor(&api_office_cap(state, ctx, session).await?)
}

/// E-mails of the municipality that could not be delivered (issue 19.5), newest first, with the
/// family to reach by phone or post instead.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/outbox/undeliverable", tag = "office", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<crate::office::ops::mail::UndeliverableOut>), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn undeliverable_list(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
) -> Result<Json<Vec<crate::office::ops::mail::UndeliverableOut>>> {
    api_office_cap(&state, &ctx, &session).await?;
    Ok(Json(crate::office::ops::undeliverable_rows(&ctx).await?))
}

/// The municipality's rounds, newest start first.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/rounds", tag = "rounds", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<RoundOut>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody)))]
pub(crate) async fn rounds_list(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
) -> Result<Json<Vec<RoundOut>>> {
    actor(&state, &ctx, &session).await?;
    Ok(Json(ctx.db.rounds().await?.iter().map(RoundOut::from).collect()))
}

/// Creates a draft round for a start date.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/rounds", tag = "rounds", security(("session" = [])),
    params(("slug" = String, Path)), request_body = RoundBody,
    responses((status = 201, body = RoundOut), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 409, description = "No free places for that start, or an open round exists", body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn round_create(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    JsonBody(body): JsonBody<RoundBody>,
) -> Result<(StatusCode, Json<RoundOut>)> {
    let actor = actor(&state, &ctx, &session).await?;
    let form = RoundForm { start: body.start, mechanism: body.mechanism };
    let (start, mechanism) = form.check(state.today()).map_err(|mut m| AppError::BadParam(m.remove(0)))?;
    let round = rounds::create(&ctx, &actor, start, mechanism).await?;
    Ok((StatusCode::CREATED, Json((&round).into())))
}

fn id_of(id: &str) -> Result<Uuid> {
    Uuid::parse_str(id).map_err(|_| AppError::NotFound)
}

/// A round with the result of its last dry run (when there was one).
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/rounds/{id}", tag = "rounds", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = RoundResultOut, description = "Without a run: programmes and wishes are empty"),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn round_get(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<RoundResultOut>> {
    actor(&state, &ctx, &session).await?;
    let id = id_of(&id)?;
    let round = ctx.db.round(id).await?.ok_or(AppError::NotFound)?;
    let out = match ctx.db.round_result(id).await? {
        Some(r) => result_out(&round, &r),
        None => RoundResultOut {
            round: (&round).into(),
            inputs_sha256: String::new(),
            programmes: Vec::new(),
            wishes: Vec::new(),
            placed: 0,
        },
    };
    Ok(Json(out))
}

/// A dry run: reads the live inputs, runs the round, returns the full result; changes no
/// registration.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/rounds/{id}/dry-run", tag = "rounds", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = RoundResultOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, description = "The round is published", body = ErrorBody)))]
pub(crate) async fn round_dry_run(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<RoundResultOut>> {
    let actor = actor(&state, &ctx, &session).await?;
    let id = id_of(&id)?;
    let result = ctx.db.run_round(&actor, id).await?;
    let round = ctx.db.round(id).await?.ok_or(AppError::NotFound)?;
    Ok(Json(result_out(&round, &result)))
}

#[derive(Serialize, ToSchema)]
pub struct PublishedOut {
    id: Uuid,
    /// Offers made.
    offers: usize,
}

/// Publishes the last dry run: every assignment becomes an offer, in one transaction.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/rounds/{id}/publish", tag = "rounds", security(("session" = [])),
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = PublishedOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody),
              (status = 409, description = "Not run yet, stale (inputs changed since the dry run) or already published", body = ErrorBody)))]
pub(crate) async fn round_publish(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<PublishedOut>> {
    let actor = actor(&state, &ctx, &session).await?;
    let id = id_of(&id)?;
    let offers = rounds::publish(&state, &ctx, &actor, id).await?;
    Ok(Json(PublishedOut { id, offers }))
}
