//! Public pages: district landing, municipality home, search, facility profile.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;
use step_domain::search::{self, SearchQuery, next_kita_year_start, parse_filter};
use step_domain::{LatLon, ParamError, Tenant};
use step_store::{FacilitySummary, SearchPage, TenantDb};
use uuid::Uuid;

use crate::error::{AppError, Result, param_message};
use crate::i18n::{DEFAULT_LANG, text};
use crate::session::{CsrfToken, Session};
use crate::state::AppState;
use crate::tenancy::TenantCtx;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(landing))
        // The district list under a shared path, so it is reachable from a municipality's own host too.
        .route("/gemeinden", get(landing))
        .route("/{slug}", get(home))
        .route("/{slug}/", get(home))
        .route("/{slug}/suche", get(search_page))
        .route("/{slug}/einrichtungen/{id}", get(facility_page))
}

/// The common context of every page: the tenant's branding and contact (or the district's), the
/// link prefix and the language.
pub struct PageCtx {
    ctx: tera::Context,
}

#[derive(Serialize)]
struct TenantView<'a> {
    slug: &'a str,
    name: &'a str,
    kind: &'a str,
    color: &'a str,
    logo_url: String,
    contact: &'a step_domain::Contact,
    office: &'a step_domain::Office,
    max_choices: u8,
}

impl PageCtx {
    pub fn new(state: &AppState, tenant: Option<&Arc<Tenant>>, base: &str) -> Self {
        let mut ctx = tera::Context::new();
        ctx.insert("lang", "de");
        ctx.insert("base", base);
        ctx.insert(
            "tenant",
            &tenant.map(|t| TenantView {
                slug: t.slug.as_str(),
                name: &t.name,
                kind: &t.kind,
                color: t.branding.primary_color.as_str(),
                logo_url: t.branding.logo.url(&t.slug),
                contact: &t.contact,
                office: &t.office,
                max_choices: t.procedure.max_choices,
            }),
        );
        ctx.insert("read_only", &tenant.is_some_and(|t| state.in_maintenance(t.slug.as_str())));
        Self { ctx }
    }

    pub fn context(self) -> tera::Context {
        self.ctx
    }

    /// The parent's session facts every tenant page shows: sign-in state, selection, CSRF token.
    pub(crate) fn with_user(&mut self, session: &Session, csrf: &CsrfToken, slug: &str) -> &mut Self {
        let selection: Vec<String> = session.selection(slug).iter().map(Uuid::to_string).collect();
        self.insert("csrf", &csrf.0)
            .insert("signed_in", &session.account().is_some())
            .insert("selection_count", &selection.len())
            .insert("selected_ids", &selection)
            .insert("return_here", &crate::account::encode(&session.here))
    }

    pub(crate) fn insert<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> &mut Self {
        self.ctx.insert(key, value);
        self
    }

    pub(crate) fn render(&self, state: &AppState, template: &str) -> Result<Html<String>> {
        Ok(Html(state.templates().render(&DEFAULT_LANG, template, &self.ctx)?))
    }
}

#[derive(Serialize)]
struct TenantLink<'a> {
    slug: &'a str,
    name: &'a str,
    kind: &'a str,
    office: &'a str,
    color: &'a str,
    logo_url: String,
}

async fn landing(State(state): State<AppState>) -> Result<Html<String>> {
    let all = state.registry().all();
    let tenants: Vec<TenantLink<'_>> = all
        .iter()
        .map(|t| TenantLink {
            slug: t.slug.as_str(),
            name: &t.name,
            kind: &t.kind,
            office: &t.office.name,
            color: t.branding.primary_color.as_str(),
            logo_url: t.branding.logo.url(&t.slug),
        })
        .collect();
    let mut page = PageCtx::new(&state, None, "");
    page.insert("tenants", &tenants);
    page.render(&state, "landing.html")
}

async fn home(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
) -> Result<Html<String>> {
    let mut page = PageCtx::new(&state, Some(&ctx.tenant), &ctx.base);
    page.with_user(&session, &csrf, ctx.tenant.slug.as_str());
    page.insert("facility_count", &ctx.db.facility_count().await?);
    page.insert("default_start", &date_de(next_kita_year_start(state.today())));
    page.render(&state, "home.html")
}

/// A date as German readers write it: 01.08.2027.
pub fn date_de(d: time::Date) -> String {
    format!("{:02}.{:02}.{}", d.day(), d.month() as u8, d.year())
}

/// "I, III, III" → "I, 2 × III": group forms with their number of groups.
fn group_forms_label(forms: &[String]) -> String {
    let mut counted: Vec<(&str, usize)> = Vec::new();
    for f in forms {
        match counted.iter_mut().find(|(name, _)| name == f) {
            Some((_, n)) => *n += 1,
            None => counted.push((f, 1)),
        }
    }
    counted
        .iter()
        .map(|(f, n)| if *n == 1 { (*f).to_owned() } else { format!("{n} × {f}") })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Age range as people say it: "ab 4 Monaten", "bis 6 Jahre".
pub fn age_label(months: i16) -> String {
    let (y, m) = (months / 12, months % 12);
    match (y, m) {
        (0, m) => text(&DEFAULT_LANG, "age-months", &[("months", m.to_string())]),
        (y, 0) => text(&DEFAULT_LANG, "age-years", &[("years", y.to_string())]),
        (y, m) => text(&DEFAULT_LANG, "age-years-months", &[("years", y.to_string()), ("months", m.to_string())]),
    }
}

#[derive(Serialize)]
struct ResultView<'a> {
    id: String,
    name: &'a str,
    kind: &'a str,
    provider_org: &'a str,
    address: String,
    distance: Option<String>,
    free_places: i64,
    hours: String,
    ages: String,
    concepts: String,
}

impl<'a> ResultView<'a> {
    fn new(f: &'a FacilitySummary) -> Self {
        Self {
            id: f.id.to_string(),
            name: &f.name,
            kind: &f.kind,
            provider_org: &f.provider_org,
            address: format!("{}, {} {}", f.street, f.postcode, f.city),
            distance: f.distance_km.map(|d| format!("{d:.1}").replace('.', ",")),
            free_places: f.free_places,
            hours: f.hours_offered.iter().map(i16::to_string).collect::<Vec<_>>().join(", "),
            ages: format!("{} – {}", age_label(f.age_min_months), age_label(f.age_max_months)),
            concepts: f.concepts.join(", "),
        }
    }
}

/// A location typed on the search page: coordinates, or a street of this municipality.
async fn resolve_location(db: &TenantDb, q: &mut SearchQuery) -> Result<(), AppError> {
    let Some(near) = q.near.as_deref().map(str::trim).filter(|n| !n.is_empty()) else {
        return Ok(());
    };
    if LatLon::parse(near).is_some() {
        return Ok(());
    }
    if near.chars().count() > search::MAX_TEXT_LEN {
        return Err(AppError::BadParam(ParamError::new("near", "err-text-too-long").arg("max", search::MAX_TEXT_LEN)));
    }
    match db.street_position(near).await? {
        Some((lat, lon)) => {
            q.near = Some(format!("{lat:.6},{lon:.6}"));
            Ok(())
        }
        None => Err(AppError::BadParam(ParamError::new("near", "err-location-unknown"))),
    }
}

#[derive(Serialize)]
struct PageLink {
    number: u32,
    url: String,
    current: bool,
}

fn page_url(base: &str, q: &SearchQuery, page: u32) -> String {
    let mut q = q.clone();
    q.page = Some(page.to_string());
    format!("{base}/suche?{}", serde_urlencoded::to_string(&q).unwrap_or_default())
}

async fn search_page(
    ctx: TenantCtx,
    State(state): State<AppState>,
    uri: Uri,
    session: Session,
    csrf: CsrfToken,
) -> Result<Response> {
    let raw = Query::<SearchQuery>::try_from_uri(&uri);
    let mut page = PageCtx::new(&state, Some(&ctx.tenant), &ctx.base);
    page.with_user(&session, &csrf, ctx.tenant.slug.as_str());
    let (providers, concepts) = ctx.db.filter_choices().await?;
    page.insert("providers", &providers).insert("concepts", &concepts);
    page.insert("default_start", &date_de(next_kita_year_start(state.today())));
    let Ok(Query(mut query)) = raw else {
        page.insert("q", &SearchQuery::default()).insert("error", &text(&DEFAULT_LANG, "err-query", &[]));
        return Ok((StatusCode::BAD_REQUEST, page.render(&state, "search.html")?).into_response());
    };
    page.insert("q", &query);
    let typed_location = query.near.clone();
    let filter = match resolve_location(&ctx.db, &mut query).await {
        Ok(()) => parse_filter(&query, state.today()).map_err(AppError::BadParam),
        Err(e) => Err(e),
    };
    let filter = match filter {
        Ok(f) => f,
        Err(AppError::BadParam(p)) => {
            page.insert("error", &param_message(&p)).insert("error_field", p.field);
            return Ok((StatusCode::BAD_REQUEST, page.render(&state, "search.html")?).into_response());
        }
        Err(e) => return Err(e),
    };
    let SearchPage { total, items } = ctx.db.search(&filter).await?;
    let results: Vec<ResultView<'_>> = items.iter().map(ResultView::new).collect();
    let pages =
        u32::try_from((total + i64::from(filter.per_page) - 1) / i64::from(filter.per_page)).unwrap_or(1).max(1);
    // Keep the location as the parent typed it in the links, not the resolved coordinates.
    let mut link_query = query.clone();
    link_query.near = typed_location;
    let window = filter.page.saturating_sub(3).max(1)..=(filter.page + 3).min(pages);
    let links: Vec<PageLink> = window
        .map(|n| PageLink { number: n, url: page_url(&ctx.base, &link_query, n), current: n == filter.page })
        .collect();
    page.insert("results", &results)
        .insert("total", &total)
        .insert("page", &filter.page)
        .insert("pages", &pages)
        .insert("page_links", &links)
        .insert("prev_url", &(filter.page > 1).then(|| page_url(&ctx.base, &link_query, filter.page - 1)))
        .insert("next_url", &(filter.page < pages).then(|| page_url(&ctx.base, &link_query, filter.page + 1)))
        .insert("sort", filter.sort.as_str())
        .insert("start_de", &date_de(filter.start))
        .insert("searched", &true);
    Ok(page.render(&state, "search.html")?.into_response())
}

/// Position of the facility on a small plan of the municipality (SVG coordinates 0..200).
#[derive(Serialize)]
struct MapView {
    x: f64,
    y: f64,
    lat: String,
    lon: String,
    osm_url: String,
}

fn map_view(t: &Tenant, lat: f64, lon: f64) -> MapView {
    let km_per_deg_lat = 111.32;
    let km_per_deg_lon = 111.32 * t.center.lat.to_radians().cos();
    let scale = 90.0 / (t.radius_km * 1.2);
    let x = (100.0 + (lon - t.center.lon) * km_per_deg_lon * scale).clamp(5.0, 195.0);
    let y = (100.0 - (lat - t.center.lat) * km_per_deg_lat * scale).clamp(5.0, 195.0);
    MapView {
        x,
        y,
        lat: format!("{lat:.5}"),
        lon: format!("{lon:.5}"),
        osm_url: format!("https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=16/{lat:.5}/{lon:.5}"),
    }
}

async fn facility_page(
    ctx: TenantCtx,
    State(state): State<AppState>,
    session: Session,
    csrf: CsrfToken,
    Path((_, id)): Path<(String, String)>,
) -> Result<Html<String>> {
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let start = next_kita_year_start(state.today());
    let f = ctx.db.facility(id, start).await?.ok_or(AppError::NotFound)?;
    let mut page = PageCtx::new(&state, Some(&ctx.tenant), &ctx.base);
    page.with_user(&session, &csrf, ctx.tenant.slug.as_str());
    let places: Vec<serde_json::Value> = f
        .places
        .iter()
        .map(|p| serde_json::json!({"start": date_de(p.start_date), "band": p.age_band, "free": p.free_places}))
        .collect();
    let criteria: Vec<serde_json::Value> =
        f.criteria.iter().map(|c| serde_json::json!({"label": c.label, "points": c.points})).collect();
    page.insert("f", &ResultView::new(&f.summary))
        .insert("group_forms", &group_forms_label(&f.group_forms))
        .insert("start_de", &date_de(start))
        .insert("opening_hours", &f.opening_hours)
        .insert("description", &f.description)
        .insert(
            "contact",
            &serde_json::json!({"name": f.contact_name, "phone": f.phone, "email": f.email, "demo": f.is_demo}),
        )
        .insert("criteria", &criteria)
        .insert("places", &places)
        .insert("map", &map_view(&ctx.tenant, f.summary.lat, f.summary.lon));
    page.render(&state, "facility.html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_the_german_way() {
        assert_eq!(date_de(time::macros::date!(2027 - 08 - 01)), "01.08.2027");
    }

    #[test]
    fn group_forms_are_counted() {
        let forms: Vec<String> = ["I", "III", "III"].into_iter().map(String::from).collect();
        assert_eq!(group_forms_label(&forms), "I, 2 × III");
    }

    #[test]
    fn ages_read_in_years_and_months() {
        assert_eq!(age_label(4), "4 Monate");
        assert_eq!(age_label(1), "1 Monat");
        assert_eq!(age_label(24), "2 Jahre");
        assert_eq!(age_label(83), "6 Jahre 11 Monate");
    }
}
