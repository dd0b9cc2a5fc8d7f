//! `/healthz`: the process answers. `/readyz`: the database answers and every tenant schema is at
//! this binary's migration version (a load balancer keeps traffic away otherwise).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::web::state::AppState;

pub(crate) async fn healthz() -> Json<Value> {
    Json(json!({"status": "ok"}))
}

pub(crate) async fn readyz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    if let Err(e) = state.store().ping().await {
        tracing::warn!(error = %e, "readiness: database unreachable");
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({"status": "unavailable", "reason": "database unreachable"})),
        );
    }
    // A municipality being added at run time has no schema for a moment: not a reason to take
    // the replica out of the load balancer.
    let provisioning = |slug: &String| {
        !state.files().iter().any(|t| t.slug.as_str() == slug)
            && state.tenant_status(slug) == step_store::MigrationStatus::Behind { found: 0 }
    };
    match state.refresh_status().await.map(|b| b.into_iter().filter(|s| !provisioning(s)).collect::<Vec<_>>()) {
        Ok(behind) if behind.is_empty() => {
            (StatusCode::OK, Json(json!({"status": "ready", "tenants": state.registry().all().len()})))
        }
        Ok(behind) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({"status": "unavailable", "reason": "tenant schemas behind", "tenants_behind": behind})),
        ),
        Err(e) => {
            tracing::warn!(error = %e, "readiness: cannot read migration status");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({"status": "unavailable", "reason": "migration status unreadable"})),
            )
        }
    }
}
