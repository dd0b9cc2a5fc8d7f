//! The district's JSON API: the dashboard's figures, and municipalities with their settings
//! (district admins).

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

use crate::district::ops::figures::{switch, visible_figures};
use crate::district::ops::municipalities::{LogoChange, MunicipalityContactIn, MunicipalityIn, create, update};
use crate::district::view::{CellOut, MunicipalityOut, MunicipalitySettingsOut, out};
use crate::web::caps::{district_admin, district_wide, office_actor};
use crate::web::error::{AppError, Result};
use crate::web::json::{ErrorBody, JsonBody, refine_schema};
use crate::web::session::Session;
use crate::web::state::AppState;

#[derive(OpenApi)]
#[openapi(
    paths(dashboard_api, list_api, create_api, get_api, patch_api, logo_api),
    components(schemas(
        MunicipalityOut,
        CellOut,
        MunicipalityIn,
        MunicipalityContactIn,
        MunicipalityPatch,
        MunicipalitySettingsOut
    ))
)]
pub struct DistrictApiDoc;

/// What the derived schemas cannot say (issue 19.11), filled in for the document served: the
/// offices a municipality can belong to, the shape of host names and postcodes, and the logo's
/// image types.
pub(crate) fn refine(doc: &mut serde_json::Value, state: &AppState) {
    use serde_json::json;
    let offices: Vec<String> = step_domain::tenant::offices_of(state.files()).into_keys().collect();
    let municipality = "/components/schemas/MunicipalityIn/properties";
    refine_schema(doc, &format!("{municipality}/office"), "enum", json!(offices));
    refine_schema(doc, &format!("{municipality}/hosts/items"), "pattern", json!("^[a-z0-9.-]{1,253}$"));
    refine_schema(doc, &format!("{municipality}/postcodes/items"), "pattern", json!("^[0-9]{5}$"));
    let image = json!({"schema": {"type": "string", "format": "binary"}});
    let content = json!({"image/svg+xml": image, "image/png": image, "image/jpeg": image});
    refine_schema(doc, "/paths/~1api~1v1~1district~1tenants~1{slug}~1logo/put/requestBody", "content", content);
}

/// Demand and supply of every municipality the caller may see (district admin: all; office staff:
/// their office's).
#[utoipa::path(get, path = "/api/v1/district/dashboard", tag = "district", security(("session" = [])),
    responses((status = 200, body = Vec<MunicipalityOut>), (status = 401, body = ErrorBody),
              (status = 403, description = "Neither district admin nor office staff", body = ErrorBody)))]
pub(crate) async fn dashboard_api(
    State(state): State<AppState>,
    session: Session,
) -> Result<Json<Vec<MunicipalityOut>>> {
    let account = session.account().ok_or(AppError::NotSignedIn)?;
    Ok(Json(visible_figures(&state, account).await?))
}

// ---------------------------------------------------------------------------------------------
// API

async fn api_admin(state: &AppState, session: &Session, slug: &str) -> Result<step_access::OfficeCap> {
    let account = session.account().ok_or(AppError::NotSignedIn)?;
    district_admin(state, account, slug).await
}

/// Every municipality with its settings (district admins).
#[utoipa::path(get, path = "/api/v1/district/tenants", tag = "district", security(("session" = [])),
    responses((status = 200, body = [MunicipalitySettingsOut]), (status = 401, body = ErrorBody),
              (status = 403, description = "Not a district admin", body = ErrorBody)))]
pub(crate) async fn list_api(
    State(state): State<AppState>,
    session: Session,
) -> Result<Json<Vec<MunicipalitySettingsOut>>> {
    let account = session.account().ok_or(AppError::NotSignedIn)?;
    district_wide(&state, account).await?;
    Ok(Json(state.registry().all().iter().map(|t| out(&state, t)).collect()))
}

/// Adds a municipality: its schema is created and migrated, it is served at once.
#[utoipa::path(post, path = "/api/v1/district/tenants", tag = "district", security(("session" = [])),
    request_body = MunicipalityIn,
    responses((status = 201, body = MunicipalitySettingsOut), (status = 400, description = "A field is invalid", body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, description = "Not a district admin", body = ErrorBody),
              (status = 409, description = "The slug, the name or a host name is taken (said at its field)", body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn create_api(
    State(state): State<AppState>,
    session: Session,
    JsonBody(input): JsonBody<MunicipalityIn>,
) -> Result<(StatusCode, Json<MunicipalitySettingsOut>)> {
    let account = session.account().ok_or(AppError::NotSignedIn)?;
    let cap = district_wide(&state, account).await?;
    let tenant = create(&state, &input, None, &office_actor(&cap)).await?;
    Ok((StatusCode::CREATED, Json(out(&state, &tenant))))
}

/// One municipality with its settings.
#[utoipa::path(get, path = "/api/v1/district/tenants/{slug}", tag = "district", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = MunicipalitySettingsOut), (status = 401, body = ErrorBody),
              (status = 403, description = "Not a district admin", body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn get_api(
    State(state): State<AppState>,
    session: Session,
    Path(slug): Path<String>,
) -> Result<Json<MunicipalitySettingsOut>> {
    let t = state.registry().by_slug(&slug).ok_or(AppError::NotFound)?;
    api_admin(&state, &session, &slug).await?;
    Ok(Json(out(&state, &t)))
}

/// What a district admin may change of a municipality; every field is optional.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MunicipalityPatch {
    /// true: read-only (maintenance) mode: every change is refused with 503, reading goes on.
    pub maintenance: Option<bool>,
    pub name: Option<String>,
    pub kind: Option<String>,
    pub population: Option<u32>,
    pub hosts: Option<Vec<String>>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub radius_km: Option<f64>,
    pub postcodes: Option<Vec<String>>,
    pub primary_color: Option<String>,
    pub contact: Option<MunicipalityContactIn>,
}

/// Changes a municipality at run time: name, branding, contact, host names, location, maintenance.
#[utoipa::path(patch, path = "/api/v1/district/tenants/{slug}", tag = "district", security(("session" = [])),
    params(("slug" = String, Path)), request_body = MunicipalityPatch,
    responses((status = 200, body = MunicipalitySettingsOut), (status = 400, body = ErrorBody),
              (status = 401, body = ErrorBody),
              (status = 403, description = "Not a district admin", body = ErrorBody),
              (status = 404, body = ErrorBody),
              (status = 409, description = "The name or a host name is taken (said at its field)", body = ErrorBody),
              (status = 415, body = ErrorBody)))]
pub(crate) async fn patch_api(
    State(state): State<AppState>,
    session: Session,
    Path(slug): Path<String>,
    JsonBody(patch): JsonBody<MunicipalityPatch>,
) -> Result<Json<MunicipalitySettingsOut>> {
    let current = state.registry().by_slug(&slug).ok_or(AppError::NotFound)?;
    let cap = api_admin(&state, &session, &slug).await?;
    let mut input = MunicipalityIn::from(current.as_ref());
    let MunicipalityPatch {
        maintenance,
        name,
        kind,
        population,
        hosts,
        lat,
        lon,
        radius_km,
        postcodes,
        primary_color,
        contact,
    } = patch;
    let changes_definition = name.is_some()
        || kind.is_some()
        || population.is_some()
        || hosts.is_some()
        || lat.is_some()
        || lon.is_some()
        || radius_km.is_some()
        || postcodes.is_some()
        || primary_color.is_some()
        || contact.is_some();
    input.name = name.unwrap_or(input.name);
    input.kind = kind.unwrap_or(input.kind);
    input.population = population.unwrap_or(input.population);
    input.hosts = hosts.unwrap_or(input.hosts);
    input.lat = lat.unwrap_or(input.lat);
    input.lon = lon.unwrap_or(input.lon);
    input.radius_km = radius_km.unwrap_or(input.radius_km);
    input.postcodes = postcodes.unwrap_or(input.postcodes);
    input.primary_color = primary_color.unwrap_or(input.primary_color);
    input.contact = contact.unwrap_or(input.contact);
    // The definition first: a refused change returns before maintenance is switched.
    let tenant = if changes_definition {
        update(&state, &current, &input, LogoChange::Keep, &office_actor(&cap)).await?
    } else {
        current
    };
    if let Some(on) = maintenance {
        switch(&state, &cap, &slug, on).await?;
    }
    Ok(Json(out(&state, &tenant)))
}

/// Replaces the logo: the body is the image (SVG, PNG or JPEG, at most 256 KiB), recognised by its
/// content. An empty body returns to the generated badge.
#[utoipa::path(put, path = "/api/v1/district/tenants/{slug}/logo", tag = "district", security(("session" = [])),
    params(("slug" = String, Path)), request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 200, body = MunicipalitySettingsOut), (status = 400, description = "Not an accepted image", body = ErrorBody),
              (status = 401, body = ErrorBody),
              (status = 403, description = "Not a district admin", body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 413, body = ErrorBody)))]
pub(crate) async fn logo_api(
    State(state): State<AppState>,
    session: Session,
    Path(slug): Path<String>,
    body: std::result::Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Json<MunicipalitySettingsOut>> {
    let current = state.registry().by_slug(&slug).ok_or(AppError::NotFound)?;
    let cap = api_admin(&state, &session, &slug).await?;
    let body = body.map_err(|_| AppError::Upload("tadm-err-logo-large", StatusCode::PAYLOAD_TOO_LARGE))?;
    let change = if body.is_empty() { LogoChange::Badge } else { LogoChange::Replace(body.to_vec()) };
    let tenant = update(&state, &current, &MunicipalityIn::from(current.as_ref()), change, &office_actor(&cap)).await?;
    Ok(Json(out(&state, &tenant)))
}
