//! Static files, embedded in the binary: no external CDN, nothing to deploy beside the binary.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

use crate::error::AppError;
use crate::state::AppState;

const STYLE: &str = include_str!("../static/style.css");

pub fn router() -> Router<AppState> {
    Router::new().route("/static/style.css", get(style)).route("/static/logos/{file}", get(logo))
}

async fn style() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], STYLE)
}

async fn logo(State(state): State<AppState>, Path(file): Path<String>) -> Result<impl IntoResponse, AppError> {
    let slug = file.strip_suffix(".svg").ok_or(AppError::NotFound)?;
    let tenant = state.registry().by_slug(slug).ok_or(AppError::NotFound)?;
    Ok((
        [(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=3600")],
        tenant.branding.logo_svg.clone(),
    ))
}
