//! The public JSON API under `/api/v1`: municipalities, search and a facility's profile, with the
//! same filters and the same refusals as the search page.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use serde::Serialize;
use step_domain::search::{SearchQuery, format_date, next_kita_year_start, parse_filter};
use step_store::FacilitySummary;
use utoipa::{IntoParams, OpenApi, ToSchema};
use uuid::Uuid;

use crate::web::error::{AppError, Result};
use crate::web::json::ErrorBody;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

#[derive(OpenApi)]
#[openapi(
    paths(list_tenants, search_facilities, facility_detail, street_names),
    components(schemas(
        TenantOut,
        FacilityOut,
        Address,
        FacilityPage,
        FacilityDetailOut,
        CriterionOut,
        PlacesOut,
        ContactOut,
        Kind,
        StreetsOut
    ))
)]
pub struct PublicApiDoc;

#[derive(Serialize, ToSchema)]
pub struct TenantOut {
    /// URL name, e.g. `ibbenbueren`.
    slug: String,
    name: String,
    /// The youth welfare office responsible for the municipality.
    office: String,
    /// The municipality's portal.
    url: String,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Kita,
    Ktp,
}

#[derive(Serialize, ToSchema)]
pub struct Address {
    street: String,
    postcode: String,
    city: String,
}

#[derive(Serialize, ToSchema)]
pub struct FacilityOut {
    id: Uuid,
    name: String,
    kind: Kind,
    address: Address,
    lat: f64,
    lon: f64,
    /// Kilometres from `near`; present only when `near` was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    distance_km: Option<f64>,
    /// Free places usable at the requested start date (for the child's age band when a birth date is given).
    free_places: i64,
    /// Weekly hours offered (Kita: 25/35/45; childminders: flexible).
    hours_offered: Vec<i16>,
    age_min_months: i16,
    age_max_months: i16,
    provider_org: String,
    concepts: Vec<String>,
}

impl From<FacilitySummary> for FacilityOut {
    fn from(f: FacilitySummary) -> Self {
        Self {
            id: f.id,
            kind: if f.kind == "ktp" { Kind::Ktp } else { Kind::Kita },
            name: f.name,
            address: Address { street: f.street, postcode: f.postcode, city: f.city },
            lat: f.lat,
            lon: f.lon,
            distance_km: f.distance_km.map(|d| (d * 1000.0).round() / 1000.0),
            free_places: f.free_places,
            hours_offered: f.hours_offered,
            age_min_months: f.age_min_months,
            age_max_months: f.age_max_months,
            provider_org: f.provider_org,
            concepts: f.concepts,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct FacilityPage {
    /// Matches over all pages.
    total: i64,
    items: Vec<FacilityOut>,
}

#[derive(Serialize, ToSchema)]
pub struct CriterionOut {
    label: String,
    points: i16,
}

#[derive(Serialize, ToSchema)]
pub struct PlacesOut {
    /// YYYY-MM-DD
    start_date: String,
    /// `u3` (under three) or `ue3` (three and older).
    age_band: String,
    free_places: i16,
}

#[derive(Serialize, ToSchema)]
pub struct ContactOut {
    name: String,
    phone: String,
    email: String,
    /// Demo contacts are placeholders, not real people.
    demo: bool,
}

#[derive(Serialize, ToSchema)]
pub struct FacilityDetailOut {
    #[serde(flatten)]
    facility: FacilityOut,
    group_forms: Vec<String>,
    opening_hours: String,
    description: String,
    contact: ContactOut,
    admission_criteria: Vec<CriterionOut>,
    places: Vec<PlacesOut>,
}

/// The search parameters as documented; extraction reads them as text (see `SearchQuery`) so each
/// bad value gets its own message.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct SearchParams {
    /// `kita` or `ktp`.
    #[param(inline)]
    kind: Option<KindParam>,
    /// Child's birth date (YYYY-MM-DD); may lie before the start (registration before birth).
    #[param(value_type = Option<String>, format = Date)]
    birth_date: Option<String>,
    /// Desired start (YYYY-MM-DD), today or later; default: the next 1 August.
    #[param(value_type = Option<String>, format = Date)]
    start: Option<String>,
    /// Weekly hours wanted (Kita: 25, 35 or 45).
    #[param(minimum = 1, maximum = 60)]
    hours: Option<i32>,
    /// A location as `LAT,LON`.
    #[param(example = "52.2799,7.4400")]
    near: Option<String>,
    /// Search radius around `near` in km.
    #[param(minimum = 0, maximum = 50)]
    radius_km: Option<f64>,
    /// Free text: name, provider, street, concept.
    #[param(max_length = 100)]
    q: Option<String>,
    /// Provider organisation (Träger), exact name.
    #[param(max_length = 100)]
    provider: Option<String>,
    /// Pedagogical concept, exact name.
    #[param(max_length = 100)]
    concept: Option<String>,
    /// Only offers with free places at the start date.
    free_only: Option<bool>,
    /// `distance` (needs `near`), `free_places` or `name`.
    #[param(inline)]
    sort: Option<SortParam>,
    #[param(minimum = 1, maximum = 10000)]
    page: Option<i32>,
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<i32>,
}

#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "lowercase")]
enum KindParam {
    Kita,
    Ktp,
}

#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "snake_case")]
enum SortParam {
    Distance,
    FreePlaces,
    Name,
}

/// All municipalities of the district.
#[utoipa::path(get, path = "/api/v1/tenants", tag = "tenants",
    responses((status = 200, description = "The municipalities", body = Vec<TenantOut>)))]
pub(crate) async fn list_tenants(State(state): State<AppState>) -> Json<Vec<TenantOut>> {
    Json(
        state
            .registry()
            .all()
            .iter()
            .map(|t| TenantOut {
                slug: t.slug.to_string(),
                name: t.name.clone(),
                office: t.office.name.clone(),
                url: format!("/{}/", t.slug),
            })
            .collect(),
    )
}

/// Search a municipality's Kitas and childminders.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/facilities", tag = "facilities",
    params(("slug" = String, Path, description = "Municipality, e.g. `rheine`"), SearchParams),
    responses(
        (status = 200, description = "One page of matches", body = FacilityPage),
        (status = 400, description = "A parameter was refused", body = ErrorBody),
        (status = 404, description = "Unknown municipality", body = ErrorBody),
        (status = 503, description = "Municipality under maintenance", body = ErrorBody),
    ))]
pub(crate) async fn search_facilities(
    ctx: TenantCtx,
    State(state): State<AppState>,
    uri: Uri,
) -> Result<Json<FacilityPage>> {
    let Query(query) = Query::<SearchQuery>::try_from_uri(&uri)
        .map_err(|_| AppError::BadParam(step_domain::ParamError::new("query", "err-query")))?;
    let filter = parse_filter(&query, state.today()).map_err(AppError::BadParam)?;
    let page = ctx.db.search(&filter).await?;
    Ok(Json(FacilityPage { total: page.total, items: page.items.into_iter().map(FacilityOut::from).collect() }))
}

/// One Kita or childminder with admission criteria and announced places.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/facilities/{id}", tag = "facilities",
    params(("slug" = String, Path, description = "Municipality"), ("id" = String, Path, description = "Facility id (UUID)")),
    responses(
        (status = 200, description = "The facility", body = FacilityDetailOut),
        (status = 404, description = "Unknown municipality or id (also an id of another municipality)", body = ErrorBody),
        (status = 503, description = "Municipality under maintenance", body = ErrorBody),
    ))]
pub(crate) async fn facility_detail(
    ctx: TenantCtx,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Json<FacilityDetailOut>> {
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let d = ctx.db.facility(id, next_kita_year_start(state.today())).await?.ok_or(AppError::NotFound)?;
    Ok(Json(FacilityDetailOut {
        facility: d.summary.into(),
        group_forms: d.group_forms,
        opening_hours: d.opening_hours,
        description: d.description,
        contact: ContactOut { name: d.contact_name, phone: d.phone, email: d.email, demo: d.is_demo },
        admission_criteria: d.criteria.into_iter().map(|c| CriterionOut { label: c.label, points: c.points }).collect(),
        places: d
            .places
            .into_iter()
            .map(|p| PlacesOut {
                start_date: format_date(p.start_date),
                age_band: p.age_band,
                free_places: p.free_places,
            })
            .collect(),
    }))
}

/// What the parent typed so far in the search's location field.
#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StreetQuery {
    /// At least two letters give suggestions; spellings ("Bahnhofstr."), umlauts written out and
    /// small typos are understood.
    #[param(max_length = 100)]
    q: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct StreetsOut {
    /// Street names of the municipality, best first (at most 8).
    streets: Vec<String>,
}

/// Streets of a municipality matching what a parent typed, for suggestions while typing.
#[utoipa::path(get, path = "/api/v1/tenants/{slug}/streets", tag = "facilities",
    params(("slug" = String, Path, description = "Municipality"), StreetQuery),
    responses(
        (status = 200, description = "Matching street names", body = StreetsOut),
        (status = 400, description = "Too long", body = ErrorBody),
        (status = 404, description = "Unknown municipality", body = ErrorBody),
        (status = 503, description = "Municipality under maintenance", body = ErrorBody),
    ))]
pub(crate) async fn street_names(ctx: TenantCtx, uri: Uri) -> Result<Json<StreetsOut>> {
    let Query(query) = Query::<StreetQuery>::try_from_uri(&uri)
        .map_err(|_| AppError::BadParam(step_domain::ParamError::new("query", "err-query")))?;
    let typed = query.q.unwrap_or_default();
    if typed.chars().count() > step_domain::search::MAX_TEXT_LEN {
        let p = step_domain::ParamError::new("q", "err-text-too-long").arg("max", step_domain::search::MAX_TEXT_LEN);
        return Err(AppError::BadParam(p));
    }
    Ok(Json(StreetsOut { streets: crate::public::ops::street_suggestions(&ctx.db, &typed, 8).await? }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The documented query parameters are exactly the ones the handler reads.
    #[test]
    fn documented_search_parameters_match_the_extracted_ones() {
        let doc = serde_json::to_value(PublicApiDoc::openapi()).unwrap();
        let params = doc["paths"]["/api/v1/tenants/{slug}/facilities"]["get"]["parameters"].as_array().unwrap();
        let mut documented: Vec<&str> =
            params.iter().filter(|p| p["in"] == "query").map(|p| p["name"].as_str().unwrap()).collect();
        documented.sort_unstable();
        let all = SearchQuery {
            kind: Some(String::new()),
            birth_date: Some(String::new()),
            start: Some(String::new()),
            hours: Some(String::new()),
            near: Some(String::new()),
            radius_km: Some(String::new()),
            q: Some(String::new()),
            provider: Some(String::new()),
            concept: Some(String::new()),
            free_only: Some(String::new()),
            sort: Some(String::new()),
            page: Some(String::new()),
            per_page: Some(String::new()),
        };
        let extracted = serde_json::to_value(all).unwrap();
        let mut extracted: Vec<&str> = extracted.as_object().unwrap().keys().map(String::as_str).collect();
        extracted.sort_unstable();
        assert_eq!(documented, extracted);
        assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    }
}
