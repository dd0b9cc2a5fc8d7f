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

#[derive(serde::Deserialize)]
pub(crate) struct BrandQuery {
    #[serde(default)]
    c: String,
}

/// `/static/brand.css?c=005a9c`: a municipality's colour as the stylesheet's `--brand` (issue 19.2:
/// the CSP allows no inline style). The colour is in the address, so the answer never changes and a
/// new colour is a new address.
pub(crate) async fn brand_css(axum::extract::Query(q): axum::extract::Query<BrandQuery>) -> impl IntoResponse {
    let hex = if q.c.len() == 6 && q.c.bytes().all(|b| b.is_ascii_hexdigit()) { q.c.as_str() } else { "005a9c" };
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        format!(":root {{ --brand: #{hex}; }}\n"),
    )
}

/// The stylesheet of every municipality's colour on the district's list (`.m-<slug>`).
fn colours_css(state: &AppState) -> String {
    state
        .registry()
        .all()
        .iter()
        .map(|t| {
            format!(".tenant-list .m-{} {{ --tenant: {}; }}\n", t.slug.as_str(), t.branding.primary_color.as_str())
        })
        .collect()
}

/// A short digest of the colours, so the list links a new address when one changes.
pub(crate) fn colours_version(state: &AppState) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    colours_css(state).hash(&mut h);
    format!("{:016x}", h.finish())
}

#[derive(serde::Deserialize)]
pub(crate) struct VersionQuery {
    #[serde(default)]
    v: String,
}

/// `/static/municipalities.css?v=…`: the colours of the district's list (issue 19.2: no inline
/// style). Kept a year under its current version, not at all under an old one.
pub(crate) async fn colours(
    State(state): State<AppState>,
    axum::extract::Query(q): axum::extract::Query<VersionQuery>,
) -> impl IntoResponse {
    let cache = if q.v == colours_version(&state) { "public, max-age=31536000, immutable" } else { "no-cache" };
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, cache)], colours_css(&state))
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
