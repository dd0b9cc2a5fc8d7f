//! The procedure calendar in the JSON API (issue 20): anyone reads the calendar of a
//! municipality's office (the home page shows it too); office staff who may change the
//! municipality's settings set and delete intakes, with the same rules as the page.

use axum::Json;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use step_domain::calendar::CalendarForm;
use utoipa::{OpenApi, ToSchema};

use crate::office::ops::calendar::{self, CalendarOut, IntakeOut, NextOut};
use crate::web::caps::api_office_cap;
use crate::web::error::{AppError, Result};
use crate::web::json::{ErrorBody, JsonBody};
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(OpenApi)]
#[openapi(
    paths(calendar_get, calendar_set, calendar_delete),
    components(schemas(CalendarOut, IntakeOut, NextOut, CalendarBody))
)]
pub struct CalendarApiDoc;

/// Documents the body; the handler reads [`CalendarForm`] (a test keeps the fields equal).
#[allow(dead_code)]
#[derive(Deserialize, Serialize, ToSchema)]
pub struct CalendarBody {
    /// The intake's start (the first day of care it covers), `YYYY-MM-DD`.
    #[schema(format = "date")]
    start: String,
    /// The last day to register for a start this intake covers; before the matching day.
    #[schema(format = "date")]
    registration_deadline: String,
    /// The day places are allocated; before the end of the answer period.
    #[schema(format = "date")]
    matching_day: String,
    /// The last day families answer their offers; before the second round and the start.
    #[schema(format = "date")]
    answer_until: String,
    /// The second round for places left over (optional); before the start.
    #[schema(format = "date")]
    second_round: Option<String>,
}

async fn writer(state: &AppState, ctx: &TenantCtx, session: &Session) -> Result<String> {
    let cap = api_office_cap(state, ctx, session).await?;
    if !cap.may_change_settings() {
        return Err(AppError::Forbidden);
    }
    Ok(cap.account().to_string())
}

/// The procedure calendar of the municipality's office: its intakes (which starts each covers,
/// whether its registrations are closed) and the next date from today.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/calendar", tag = "public",
    params(("slug" = String, Path)),
    responses((status = 200, body = CalendarOut), (status = 404, body = ErrorBody)))]
pub(crate) async fn calendar_get(ctx: TenantCtx, State(state): State<AppState>) -> Result<Json<CalendarOut>> {
    Ok(Json(calendar::calendar(&state, &ctx).await?))
}

/// Adds or changes the intake starting on `start` (the office's staff; recorded with who and
/// when). Dates out of order are refused at their field and nothing is saved.
#[utoipa::path(post, path = "/api/v1/tenants/{slug}/calendar", tag = "office", security(("session" = [])),
    params(("slug" = String, Path)), request_body = CalendarBody,
    responses((status = 200, body = CalendarOut),
              (status = 400, description = "A date unreadable or out of order (named)", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, description = "Not the office's staff here", body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 415, body = ErrorBody)))]
pub(crate) async fn calendar_set(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    JsonBody(form): JsonBody<CalendarForm>,
) -> Result<Json<CalendarOut>> {
    let by = writer(&state, &ctx, &session).await?;
    calendar::set(&state, &ctx, &by, &form).await?;
    Ok(Json(calendar::calendar(&state, &ctx).await?))
}

/// Deletes the intake starting on `start` (recorded with who and when).
#[utoipa::path(delete, path = "/api/v1/tenants/{slug}/calendar/{start}", tag = "office", security(("session" = [])),
    params(("slug" = String, Path), ("start" = String, Path, description = "The intake's start, YYYY-MM-DD")),
    responses((status = 200, body = CalendarOut), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, description = "No such intake", body = ErrorBody)))]
pub(crate) async fn calendar_delete(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    Path((_, start)): Path<(String, String)>,
) -> Result<Json<CalendarOut>> {
    let by = writer(&state, &ctx, &session).await?;
    calendar::delete(&state, &ctx, &by, &start).await?;
    Ok(Json(calendar::calendar(&state, &ctx).await?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_body_has_the_fields_the_handler_reads() {
        let keys = |v: serde_json::Value| {
            let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
            k.sort();
            k
        };
        let read = keys(serde_json::to_value(CalendarForm::default()).unwrap());
        let body = CalendarBody {
            start: String::new(),
            registration_deadline: String::new(),
            matching_day: String::new(),
            answer_until: String::new(),
            second_round: None,
        };
        assert_eq!(read, keys(serde_json::to_value(body).unwrap()));
    }
}
