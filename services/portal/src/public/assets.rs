//! Static files, embedded in the binary: no external CDN, nothing to deploy beside the binary.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;

use crate::web::error::AppError;
use crate::web::state::AppState;

const STYLE: &str = include_str!("../../static/style.css");

pub(crate) async fn style() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], STYLE)
}

/// `/static/logos/<slug>.<ext>`: the extension must match the logo's type. Pages link it with
/// `?v=<version>`, so a new logo shows at once despite the cache time. Uploaded SVGs are checked
/// for scripts; the CSP forbids running any anyway, should one be opened directly.
pub(crate) async fn logo(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<impl IntoResponse, AppError> {
    let (slug, ext) = file.rsplit_once('.').ok_or(AppError::NotFound)?;
    let tenant = state.registry().by_slug(slug).ok_or(AppError::NotFound)?;
    let logo = &tenant.branding.logo;
    if logo.extension() != ext {
        return Err(AppError::NotFound);
    }
    Ok((
        [
            (header::CONTENT_TYPE, logo.content_type()),
            (header::CACHE_CONTROL, "public, max-age=3600"),
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'; sandbox"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        logo.bytes().to_vec(),
    ))
}

/// A script of the portal's own (progressive enhancement: every page works without it).
fn script(source: &'static str) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        source,
    )
}

/// The live preview of a municipality's branding on its settings form.
pub(crate) async fn preview_js() -> impl IntoResponse {
    script(include_str!("../../static/branding-preview.js"))
}

/// The phone header's menu button.
pub(crate) async fn menu_js() -> impl IntoResponse {
    script(include_str!("../../static/menu.js"))
}

/// "Please wait" on forms that start long work (a round's dry run or publish).
pub(crate) async fn busy_js() -> impl IntoResponse {
    script(include_str!("../../static/busy.js"))
}

/// Street suggestions while a parent types a location on the search page.
pub(crate) async fn street_suggest_js() -> impl IntoResponse {
    script(include_str!("../../static/street-suggest.js"))
}
