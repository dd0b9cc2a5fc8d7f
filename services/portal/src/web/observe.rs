//! The metrics' two ends on the shared state (issue 22): the layer that counts every answered
//! request, and `GET /metrics` on the metrics listener. What they count is in [`crate::web::metrics`].

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use step_store::MigrationStatus;

use crate::web::metrics::Now;
use crate::web::state::AppState;

/// Counts every answered request by its route pattern (never the path itself: ids and slugs stay
/// out of the labels) and the municipality it was for.
pub async fn record(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().as_str().to_owned();
    let route = req.extensions().get::<MatchedPath>().map_or("unmatched", MatchedPath::as_str).to_owned();
    let path = req.uri().path();
    let slug = path.strip_prefix("/api/v1/tenants/").unwrap_or(path.trim_start_matches('/')).split('/').next();
    let tenant = slug.and_then(|s| state.registry().by_slug(s)).map(|t| t.slug.to_string());
    let res = next.run(req).await;
    state.metrics().observe(&method, &route, res.status().as_u16(), started.elapsed().as_secs_f64(), tenant.as_deref());
    res
}

/// `GET /metrics` on the metrics listener: the kept figures and those read now (pools, due work,
/// municipalities not ready), in the OpenMetrics text format.
pub async fn scrape(State(state): State<AppState>) -> Response {
    let due = match state.store().due_summary().await {
        Ok(rows) => Some(rows),
        Err(e) => {
            tracing::warn!(error = %e, "due work not read for the metrics");
            None
        }
    };
    let all = state.registry().all();
    let not_ready = all.iter().filter(|t| state.tenant_status(t.slug.as_str()) != MigrationStatus::Current).count();
    let now = Now { pools: state.store().pool_stats(), due, municipalities: all.len(), not_ready };
    match state.metrics().encode(now) {
        Ok(body) => {
            ([(axum::http::header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")], body)
                .into_response()
        }
        Err(e) => {
            tracing::warn!(error = %e, "metrics not encoded");
            axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
