//! Municipalities administered at run time by district admins (issue 7): add one (its schema is
//! created and migrated while the others are served), change its name, branding, logo, contact,
//! host names and location with a live preview, switch maintenance mode. Pages under
//! `/<slug>/amt/gemeinden`, the same in the JSON API under `/api/v1/district/tenants`.
//!
//! One validator for all ways in: the input becomes a tenant file's text and goes through the same
//! strict parser as `tenants/*.toml`; its field errors become German messages here. The definition
//! is kept in the platform schema, wins over the file and reaches every replica at once (NOTIFY).

use std::collections::HashMap;
use std::sync::Arc;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::{Deserialize, Serialize};
use step_domain::tenant::{TenantError, offices_of, parse_definition};
use step_domain::{Logo, LogoError, ParamError, SchemaName, Tenant, TenantSlug};
use step_store::Actor;
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;

use crate::desk::Staff;
use crate::documents::Upload;
use crate::error::{AppError, Result, param_message};
use crate::i18n::{DEFAULT_LANG, text};
use crate::session::Session;
use crate::state::AppState;

/// A multipart form with a logo. Larger than the logo's limit, so that a too large logo is read
/// past (not kept) and the form comes back with everything else that was typed.
const FORM_LIMIT: usize = 4 * 1024 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{slug}/amt/gemeinden", get(list_page))
        .route("/{slug}/amt/gemeinden/neu", get(new_page).post(create_form).layer(DefaultBodyLimit::max(FORM_LIMIT)))
        .route(
            "/{slug}/amt/gemeinden/{target}",
            get(edit_page).post(save_form).layer(DefaultBodyLimit::max(FORM_LIMIT)),
        )
        .route("/api/v1/district/tenants", get(list_api).post(create_api))
        .route("/api/v1/district/tenants/{slug}", get(get_api).patch(patch_api))
        .route(
            "/api/v1/district/tenants/{slug}/logo",
            axum::routing::put(logo_api).layer(DefaultBodyLimit::max(FORM_LIMIT)),
        )
        .route("/static/branding-preview.js", get(preview_js))
}

#[derive(OpenApi)]
#[openapi(
    paths(list_api, create_api, get_api, patch_api, logo_api),
    components(schemas(MunicipalityIn, MunicipalityContactIn, MunicipalityPatch, MunicipalitySettingsOut))
)]
pub struct TenantAdminApiDoc;

/// A municipality as created (all fields) and as answered.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MunicipalityIn {
    /// URL name: lower-case letters, digits and hyphens (umlauts as ae/oe/ue), e.g. `musterstadt`.
    pub slug: String,
    pub name: String,
    /// `Stadt` or `Gemeinde`.
    pub kind: String,
    /// The youth welfare office (Jugendamt) responsible, by id (see `GET /api/v1/district/tenants`).
    pub office: String,
    pub population: u32,
    /// Host names of its own portal, e.g. `kita.musterstadt.de` (may be empty).
    #[serde(default)]
    pub hosts: Vec<String>,
    pub lat: f64,
    pub lon: f64,
    /// Search radius around the centre in km (0.5 to 30).
    pub radius_km: f64,
    pub postcodes: Vec<String>,
    /// `#rrggbb` with a contrast of at least 4.5:1 against white.
    pub primary_color: String,
    pub contact: MunicipalityContactIn,
}

/// The municipality's contact for parents.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MunicipalityContactIn {
    pub name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub phone: String,
    pub email: String,
    /// Placeholder contact, shown with a "Demo" mark.
    #[serde(default)]
    pub demo: bool,
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

/// A municipality with its run-time state. (The fields of [`MunicipalityIn`] are repeated here
/// rather than flattened: the input refuses unknown fields, which a flattened schema would carry
/// over to this answer.)
#[derive(Debug, Serialize, ToSchema)]
pub struct MunicipalitySettingsOut {
    slug: String,
    name: String,
    kind: String,
    office: String,
    population: u32,
    hosts: Vec<String>,
    lat: f64,
    lon: f64,
    radius_km: f64,
    postcodes: Vec<String>,
    primary_color: String,
    contact: MunicipalityContactIn,
    maintenance: bool,
    /// Absolute path of the logo (changes with the logo).
    logo_url: String,
    /// Whether the logo is the generated badge.
    logo_generated: bool,
    /// The database cluster holding its schema (tenant directory).
    cluster: String,
    /// Whether its schema is migrated and it is served.
    ready: bool,
}

impl From<&Tenant> for MunicipalityIn {
    fn from(t: &Tenant) -> Self {
        let c = &t.contact;
        Self {
            slug: t.slug.to_string(),
            name: t.name.clone(),
            kind: t.kind.clone(),
            office: t.office.id.clone(),
            population: t.population,
            hosts: t.hosts.clone(),
            lat: t.center.lat,
            lon: t.center.lon,
            radius_km: t.radius_km,
            postcodes: t.postcodes.clone(),
            primary_color: t.branding.primary_color.as_str().to_owned(),
            contact: MunicipalityContactIn {
                name: c.name.clone(),
                street: c.street.clone(),
                postcode: c.postcode.clone(),
                city: c.city.clone(),
                phone: c.phone.clone(),
                email: c.email.clone(),
                demo: c.demo,
            },
        }
    }
}

fn out(state: &AppState, t: &Tenant) -> MunicipalitySettingsOut {
    let i = MunicipalityIn::from(t);
    MunicipalitySettingsOut {
        slug: i.slug,
        name: i.name,
        kind: i.kind,
        office: i.office,
        population: i.population,
        hosts: i.hosts,
        lat: i.lat,
        lon: i.lon,
        radius_km: i.radius_km,
        postcodes: i.postcodes,
        primary_color: i.primary_color,
        contact: i.contact,
        maintenance: state.in_maintenance(t.slug.as_str()),
        logo_url: t.branding.logo.url(&t.slug),
        logo_generated: t.branding.logo.is_generated(),
        cluster: state.store().cluster_of(&t.schema),
        ready: state.tenant_status(t.slug.as_str()) == step_store::MigrationStatus::Current,
    }
}

fn bad(field: &'static str, key: &'static str) -> ParamError {
    ParamError::new(field, key)
}

/// The form field (and its message) for a field named by the tenant file parser.
fn field_error(e: &TenantError) -> ParamError {
    let TenantError::Field { field, .. } = e else { return bad("m_name", "tadm-err-generic") };
    let (field, key) = match field.as_str() {
        "slug" => ("m_slug", "tadm-err-slug"),
        "name" => ("m_name", "tadm-err-required"),
        "kind" => ("m_kind", "tadm-err-kind"),
        "office" => ("m_office", "tadm-err-office"),
        "population" => ("m_population", "tadm-err-population"),
        "hosts" => ("m_hosts", "tadm-err-hosts"),
        "geo.lat" | "geo.lon" => ("m_lat", "tadm-err-geo"),
        "geo.radius_km" => ("m_radius_km", "tadm-err-radius"),
        "geo.postcodes" => ("m_postcodes", "tadm-err-postcodes"),
        "branding.primary_color" => ("m_primary_color", "tadm-err-color"),
        "branding.logo" => ("m_logo", "tadm-err-logo-type"),
        "contact.postcode" => ("m_contact_postcode", "tadm-err-postcode"),
        "contact.email" => ("m_contact_email", "tadm-err-email"),
        "contact.name" => ("m_contact_name", "tadm-err-required"),
        "contact.street" => ("m_contact_street", "tadm-err-required"),
        "contact.city" => ("m_contact_city", "tadm-err-required"),
        "contact.phone" => ("m_contact_phone", "tadm-err-phone"),
        _ => ("m_name", "tadm-err-generic"),
    };
    bad(field, key)
}

fn logo_error(e: LogoError) -> ParamError {
    bad(
        "m_logo",
        match e {
            LogoError::Empty => "tadm-err-logo-empty",
            LogoError::TooLarge => "tadm-err-logo-large",
            LogoError::UnknownType => "tadm-err-logo-type",
            LogoError::UnsafeSvg => "tadm-err-logo-unsafe",
        },
    )
}

/// Checks the input exactly as a tenant file is checked and builds the municipality and its
/// definition text. `logo` is the logo to keep with it (none: the generated badge).
fn build(
    state: &AppState,
    input: &MunicipalityIn,
    logo: Option<&[u8]>,
) -> std::result::Result<(Tenant, String), ParamError> {
    let slug = TenantSlug::parse(&input.slug).ok_or_else(|| bad("m_slug", "tadm-err-slug"))?;
    let schema = SchemaName::for_slug(&slug).ok_or_else(|| bad("m_slug", "tadm-err-slug"))?;
    if let Some(bytes) = logo {
        step_domain::Logo::parse(bytes.to_vec()).map_err(logo_error)?;
    }
    use toml::Value as V;
    let strings = |v: &[String]| V::Array(v.iter().map(|s| V::String(s.trim().to_owned())).collect());
    let mut t = toml::Table::new();
    t.insert("slug".into(), V::String(slug.to_string()));
    t.insert("name".into(), V::String(input.name.trim().to_owned()));
    t.insert("kind".into(), V::String(input.kind.clone()));
    t.insert("schema".into(), V::String(schema.to_string()));
    t.insert("office".into(), V::String(input.office.clone()));
    t.insert("population".into(), V::Integer(i64::from(input.population)));
    t.insert("hosts".into(), strings(&input.hosts));
    let mut geo = toml::Table::new();
    geo.insert("lat".into(), V::Float(input.lat));
    geo.insert("lon".into(), V::Float(input.lon));
    geo.insert("radius_km".into(), V::Float(input.radius_km));
    geo.insert("postcodes".into(), strings(&input.postcodes));
    t.insert("geo".into(), V::Table(geo));
    let mut branding = toml::Table::new();
    branding.insert("primary_color".into(), V::String(input.primary_color.trim().to_owned()));
    if logo.is_some() {
        branding.insert("logo".into(), V::String(step_domain::tenant::STORED_LOGO.into()));
    }
    t.insert("branding".into(), V::Table(branding));
    let c = &input.contact;
    let mut contact = toml::Table::new();
    for (k, v) in [
        ("name", &c.name),
        ("street", &c.street),
        ("postcode", &c.postcode),
        ("city", &c.city),
        ("phone", &c.phone),
        ("email", &c.email),
    ] {
        contact.insert(k.into(), V::String(v.trim().to_owned()));
    }
    contact.insert("demo".into(), V::Boolean(c.demo));
    t.insert("contact".into(), V::Table(contact));
    let text = toml::to_string(&t).map_err(|_| bad("m_name", "tadm-err-generic"))?;
    let offices = offices_of(state.files());
    let tenant = parse_definition(slug.as_str(), &text, &offices, logo).map_err(|e| field_error(&e))?;
    // Stored in the canonical form (the procedure is the office's).
    let definition = tenant.definition_toml(logo.is_some());
    Ok((tenant, definition))
}

/// Names and host names must stay unique across the district.
fn check_unique(state: &AppState, tenant: &Tenant) -> std::result::Result<(), ParamError> {
    let same_name = |t: &Arc<Tenant>| t.slug != tenant.slug && t.name.to_lowercase() == tenant.name.to_lowercase();
    if state.registry().all().iter().any(same_name) {
        return Err(bad("m_name", "tadm-err-name-taken"));
    }
    for h in &tenant.hosts {
        if state.registry().by_host(h).is_some_and(|other| other.slug != tenant.slug) {
            return Err(bad("m_hosts", "tadm-err-host-taken").arg("host", h));
        }
    }
    Ok(())
}

fn actor(cap: &step_access::OfficeCap) -> Actor {
    Actor::account(cap.account(), cap.role())
}

/// Adds a municipality; it is served at once (here, and on the other replicas when notified).
async fn create(state: &AppState, input: &MunicipalityIn, logo: Option<&[u8]>, by: &Actor) -> Result<Arc<Tenant>> {
    let (tenant, definition) = build(state, input, logo).map_err(AppError::BadParam)?;
    if state.registry().by_slug(tenant.slug.as_str()).is_some() {
        return Err(AppError::BadParam(bad("m_slug", "tadm-err-slug-taken")));
    }
    check_unique(state, &tenant).map_err(AppError::BadParam)?;
    match state.store().provision_tenant(&tenant, &definition, logo, by).await {
        Ok(()) => {}
        Err(step_store::Error::Taken("schema")) => {
            return Err(AppError::BadParam(bad("m_slug", "tadm-err-schema-taken")));
        }
        Err(step_store::Error::Taken(_)) => return Err(AppError::BadParam(bad("m_slug", "tadm-err-slug-taken"))),
        Err(e) => return Err(e.into()),
    }
    tracing::info!(tenant.id = %tenant.slug, by = %by.id, "municipality added");
    state.announce("tenant").await?;
    state.registry().by_slug(tenant.slug.as_str()).ok_or(AppError::NotFound)
}

/// What happens to the logo when a municipality is saved.
enum LogoChange {
    Keep,
    Replace(Vec<u8>),
    /// Back to the generated badge.
    Badge,
}

/// Changes a municipality; `input.slug` is ignored (a slug never changes: it names the schema).
async fn update(
    state: &AppState,
    current: &Tenant,
    input: &MunicipalityIn,
    logo: LogoChange,
    by: &Actor,
) -> Result<Arc<Tenant>> {
    let mut input = input.clone();
    input.slug = current.slug.to_string();
    input.office = current.office.id.clone();
    let logo: Option<Vec<u8>> = match logo {
        LogoChange::Replace(bytes) => Some(bytes),
        LogoChange::Badge => None,
        LogoChange::Keep if current.branding.logo.is_generated() => None,
        LogoChange::Keep => Some(current.branding.logo.bytes().to_vec()),
    };
    let (tenant, definition) = build(state, &input, logo.as_deref()).map_err(AppError::BadParam)?;
    check_unique(state, &tenant).map_err(AppError::BadParam)?;
    let detail = changes(current, &tenant);
    if detail.is_empty() {
        return state.registry().by_slug(current.slug.as_str()).ok_or(AppError::NotFound);
    }
    state.store().save_tenant(&tenant, &definition, logo.as_deref(), by, &detail).await?;
    tracing::info!(tenant.id = %tenant.slug, by = %by.id, changed = %detail, "municipality changed");
    state.announce("tenant").await?;
    state.registry().by_slug(current.slug.as_str()).ok_or(AppError::NotFound)
}

/// The changed parts in German, for the audit log.
fn changes(old: &Tenant, new: &Tenant) -> String {
    let (a, b): (MunicipalityIn, MunicipalityIn) = (old.into(), new.into());
    let mut out = Vec::new();
    let mut note = |changed: bool, key: &str| {
        if changed {
            out.push(text(&DEFAULT_LANG, key, &[]));
        }
    };
    note(a.name != b.name || a.kind != b.kind || a.population != b.population, "tadm-part-name");
    note(a.primary_color != b.primary_color, "tadm-part-color");
    note(old.branding.logo.bytes() != new.branding.logo.bytes(), "tadm-part-logo");
    note(serde_json::to_value(&a.contact).ok() != serde_json::to_value(&b.contact).ok(), "tadm-part-contact");
    note(a.hosts != b.hosts, "tadm-part-hosts");
    note(a.lat != b.lat || a.lon != b.lon || a.radius_km != b.radius_km || a.postcodes != b.postcodes, "tadm-part-geo");
    out.join(", ")
}

/// The district admin's capability for one municipality (403 for everyone else; office staff
/// included).
async fn admin(state: &AppState, account: Uuid, slug: &str) -> Result<step_access::OfficeCap> {
    match state.access().office(account, slug).await {
        Some(cap) if cap.role() == "district_admin" => Ok(cap),
        _ => Err(AppError::Forbidden),
    }
}

/// District admin for every municipality: needed to list them all and to add one.
async fn district_wide(state: &AppState, account: Uuid) -> Result<step_access::OfficeCap> {
    let mut cap = None;
    for t in state.registry().all() {
        cap = Some(admin(state, account, t.slug.as_str()).await?);
    }
    cap.ok_or(AppError::Forbidden)
}

// ---------------------------------------------------------------------------------------------
// Pages

#[derive(Serialize)]
struct Row {
    slug: String,
    name: String,
    kind: String,
    office: String,
    hosts: String,
    cluster: String,
    maintenance: bool,
    ready: bool,
    logo_url: String,
    color: String,
}

async fn list_page(staff: Staff, State(state): State<AppState>, uri: axum::http::Uri) -> Result<Response> {
    district_wide(&state, staff.account).await?;
    let rows: Vec<Row> = state
        .registry()
        .all()
        .iter()
        .map(|t| Row {
            slug: t.slug.to_string(),
            name: t.name.clone(),
            kind: t.kind.clone(),
            office: t.office.name.clone(),
            hosts: t.hosts.join(", "),
            cluster: state.store().cluster_of(&t.schema),
            maintenance: state.in_maintenance(t.slug.as_str()),
            ready: state.tenant_status(t.slug.as_str()) == step_store::MigrationStatus::Current,
            logo_url: t.branding.logo.url(&t.slug),
            color: t.branding.primary_color.as_str().to_owned(),
        })
        .collect();
    let query: HashMap<String, String> =
        serde_urlencoded::from_str(uri.query().unwrap_or_default()).unwrap_or_default();
    let changed = query.get("gemeinde").and_then(|s| state.registry().by_slug(s));
    let notice = match (query.get("hinweis").map(String::as_str), &changed) {
        (Some("angelegt"), Some(t)) => Some(text(&DEFAULT_LANG, "tadm-created", &[("name", t.name.clone())])),
        (Some("gespeichert"), Some(t)) => Some(text(&DEFAULT_LANG, "tadm-saved", &[("name", t.name.clone())])),
        _ => None,
    };
    let mut page = staff.page(&state);
    page.insert("rows", &rows).insert("notice", &notice).insert("changed", &changed.map(|t| t.slug.to_string()));
    Ok(page.render(&state, "tenants_admin.html")?.into_response())
}

/// The form's fields as typed (kept on error so nothing is lost).
#[derive(Debug, Default, Serialize)]
struct FormView {
    values: HashMap<String, String>,
}

impl FormView {
    fn from_tenant(t: &Tenant) -> Self {
        let i = MunicipalityIn::from(t);
        let c = &i.contact;
        let values = [
            ("m_slug", i.slug.clone()),
            ("m_name", i.name.clone()),
            ("m_kind", i.kind.clone()),
            ("m_office", i.office.clone()),
            ("m_population", i.population.to_string()),
            ("m_hosts", i.hosts.join("\n")),
            ("m_lat", de_number(i.lat)),
            ("m_lon", de_number(i.lon)),
            ("m_radius_km", de_number(i.radius_km)),
            ("m_postcodes", i.postcodes.join(", ")),
            ("m_primary_color", i.primary_color.clone()),
            ("m_contact_name", c.name.clone()),
            ("m_contact_street", c.street.clone()),
            ("m_contact_postcode", c.postcode.clone()),
            ("m_contact_city", c.city.clone()),
            ("m_contact_phone", c.phone.clone()),
            ("m_contact_email", c.email.clone()),
            ("m_contact_demo", if c.demo { "on".into() } else { String::new() }),
        ];
        Self { values: values.into_iter().map(|(k, v)| (k.to_owned(), v)).collect() }
    }

    fn get(&self, key: &str) -> &str {
        self.values.get(key).map_or("", |v| v.trim())
    }

    /// Every field checked on its own, so the form reports all mistakes at once (the full check of
    /// the parser runs afterwards and finds what depends on several fields or on the district).
    fn precheck(&self, new: bool, offices: &[String]) -> Vec<ParamError> {
        let mut errors = Vec::new();
        let mut need = |ok: bool, field: &'static str, key: &'static str| {
            if !ok {
                errors.push(bad(field, key));
            }
        };
        let filled = |k: &str| !self.get(k).is_empty();
        let number = |k: &str| self.get(k).replace(',', ".").parse::<f64>().ok().filter(|n| n.is_finite());
        let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
        need(filled("m_name"), "m_name", "tadm-err-required");
        if new {
            need(TenantSlug::parse(self.get("m_slug")).is_some(), "m_slug", "tadm-err-slug");
            need(offices.iter().any(|o| o == self.get("m_office")), "m_office", "tadm-err-office");
        }
        need(matches!(self.get("m_kind"), "Stadt" | "Gemeinde"), "m_kind", "tadm-err-kind");
        let population = self.get("m_population").replace(['.', ' '], "").parse::<u32>().ok();
        need(population.is_some_and(|p| p > 0), "m_population", "tadm-err-population");
        let color = self.color();
        let format_ok = color.len() == 7 && color[1..].chars().all(|c| c.is_ascii_hexdigit());
        need(format_ok, "m_primary_color", "tadm-err-color-format");
        need(!format_ok || step_domain::BrandColor::parse(&color).is_ok(), "m_primary_color", "tadm-err-color");
        for (field, key) in [
            ("m_contact_name", "tadm-err-required"),
            ("m_contact_street", "tadm-err-required"),
            ("m_contact_city", "tadm-err-required"),
        ] {
            need(filled(field), field, key);
        }
        need(digits(self.get("m_contact_postcode"), 5), "m_contact_postcode", "tadm-err-postcode");
        need(
            self.get("m_contact_phone").chars().filter(char::is_ascii_digit).count() >= 3,
            "m_contact_phone",
            "tadm-err-phone",
        );
        let email = self.get("m_contact_email");
        need(email.contains('@') && !email.contains(char::is_whitespace), "m_contact_email", "tadm-err-email");
        let host_ok =
            |h: &String| h.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-');
        need(self.list("m_hosts").iter().all(host_ok), "m_hosts", "tadm-err-hosts");
        need(number("m_lat").is_some_and(|n| (-90.0..=90.0).contains(&n)), "m_lat", "tadm-err-lat");
        need(number("m_lon").is_some_and(|n| (-180.0..=180.0).contains(&n)), "m_lon", "tadm-err-lon");
        need(number("m_radius_km").is_some_and(|n| (0.5..=30.0).contains(&n)), "m_radius_km", "tadm-err-radius");
        let postcodes = self.list("m_postcodes");
        need(!postcodes.is_empty() && postcodes.iter().all(|p| digits(p, 5)), "m_postcodes", "tadm-err-postcodes");
        errors
    }

    /// The colour as typed, with the `#` added when only the six digits were typed.
    fn color(&self) -> String {
        let c = self.get("m_primary_color");
        if c.len() == 6 && c.chars().all(|ch| ch.is_ascii_hexdigit()) { format!("#{c}") } else { c.to_owned() }
    }

    /// A list field: separated by commas, semicolons or white space; lower case.
    fn list(&self, key: &str) -> Vec<String> {
        self.get(key)
            .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(|s| s.to_ascii_lowercase())
            .collect()
    }

    /// The typed values as input; numbers may use a decimal comma.
    fn input(&self) -> std::result::Result<MunicipalityIn, ParamError> {
        let number = |key: &'static str, msg: &'static str| -> std::result::Result<f64, ParamError> {
            self.get(key).replace(',', ".").parse::<f64>().ok().filter(|n| n.is_finite()).ok_or_else(|| bad(key, msg))
        };
        let list = |key: &str| self.list(key);
        let population = self
            .get("m_population")
            .replace(['.', ' '], "")
            .parse::<u32>()
            .map_err(|_| bad("m_population", "tadm-err-population"))?;
        Ok(MunicipalityIn {
            slug: self.get("m_slug").to_owned(),
            name: self.get("m_name").to_owned(),
            kind: self.get("m_kind").to_owned(),
            office: self.get("m_office").to_owned(),
            population,
            hosts: list("m_hosts"),
            lat: number("m_lat", "tadm-err-geo")?,
            lon: number("m_lon", "tadm-err-geo")?,
            radius_km: number("m_radius_km", "tadm-err-radius")?,
            postcodes: list("m_postcodes"),
            primary_color: self.color(),
            contact: MunicipalityContactIn {
                name: self.get("m_contact_name").to_owned(),
                street: self.get("m_contact_street").to_owned(),
                postcode: self.get("m_contact_postcode").to_owned(),
                city: self.get("m_contact_city").to_owned(),
                phone: self.get("m_contact_phone").to_owned(),
                email: self.get("m_contact_email").to_owned(),
                demo: !self.get("m_contact_demo").is_empty(),
            },
        })
    }
}

fn de_number(n: f64) -> String {
    n.to_string().replace('.', ",")
}

/// A logo sent with the form.
enum SentLogo {
    None,
    Bytes(Vec<u8>),
    /// Over 256 KiB: read past, not kept.
    TooLarge,
}

/// Reads the multipart form: text fields, the CSRF token and an optional logo (in memory: at most
/// 256 KiB are kept).
async fn read_form(Upload(mut form): Upload) -> Result<(FormView, SentLogo, String)> {
    let mut view = FormView::default();
    let (mut logo, mut csrf) = (SentLogo::None, String::new());
    let too_large = crate::documents::multipart_error;
    while let Some(mut field) = form.next_field().await.map_err(too_large)? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "m_logo" {
            let (mut bytes, mut over) = (Vec::new(), false);
            while let Some(chunk) = field.chunk().await.map_err(too_large)? {
                over |= bytes.len() + chunk.len() > step_domain::Logo::MAX_BYTES;
                if !over {
                    bytes.extend_from_slice(&chunk);
                }
            }
            // An empty file input sends a part without a file name and bytes: no new logo.
            if over {
                logo = SentLogo::TooLarge;
            } else if !bytes.is_empty() || field.file_name().is_some_and(|n| !n.is_empty()) {
                logo = SentLogo::Bytes(bytes);
            }
        } else if name == "csrf" {
            csrf = field.text().await.map_err(too_large)?;
        } else if view.values.len() < 40 {
            // The logo kept from a refused submit comes back as base64 (at most 256 KiB of image).
            let limit = if name == "m_logo_kept" { step_domain::Logo::MAX_BYTES * 4 / 3 + 4 } else { 2000 };
            let value = field.text().await.map_err(too_large)?;
            view.values.insert(name, value.chars().take(limit).collect());
        }
    }
    Ok((view, logo, csrf))
}

/// The logo of this submit: a new file, else the one kept from a refused submit. Refusals go to
/// `errors`; a checked logo comes back with its bytes.
fn checked_logo(form: &FormView, sent: SentLogo, errors: &mut Vec<ParamError>) -> Option<(Vec<u8>, Logo)> {
    use base64::Engine as _;
    let bytes = match sent {
        SentLogo::TooLarge => {
            errors.push(bad("m_logo", "tadm-err-logo-large"));
            return None;
        }
        SentLogo::Bytes(bytes) => bytes,
        SentLogo::None => match form.get("m_logo_kept") {
            "" => return None,
            kept => match base64::engine::general_purpose::STANDARD.decode(kept) {
                Ok(bytes) => bytes,
                Err(_) => {
                    errors.push(bad("m_logo", "tadm-err-logo-type"));
                    return None;
                }
            },
        },
    };
    match Logo::parse(bytes.clone()) {
        Ok(logo) => Some((bytes, logo)),
        Err(e) => {
            errors.push(logo_error(e));
            None
        }
    }
}

#[derive(Serialize)]
struct OfficeOption {
    id: String,
    name: String,
}

#[derive(Serialize)]
struct FieldErrorView {
    field: &'static str,
    message: String,
}

/// The logo chosen in a refused submit, shown in the preview and sent again with the next one.
#[derive(Serialize)]
struct KeptLogo {
    base64: String,
    data_url: String,
}

async fn render_form(
    staff: &Staff,
    state: &AppState,
    target: Option<&Tenant>,
    form: &FormView,
    errors: &[ParamError],
    kept: Option<(&[u8], &Logo)>,
) -> Result<Response> {
    use base64::Engine as _;
    let offices: Vec<OfficeOption> =
        offices_of(state.files()).into_values().map(|o| OfficeOption { id: o.id, name: o.name }).collect();
    let mut page = staff.page(state);
    let kept = kept.map(|(bytes, logo)| {
        let base64 = base64::engine::general_purpose::STANDARD.encode(bytes);
        KeptLogo { data_url: format!("data:{};base64,{base64}", logo.content_type()), base64 }
    });
    let preview_logo = target.map(|t| t.branding.logo.url(&t.slug));
    let views: Vec<FieldErrorView> =
        errors.iter().map(|e| FieldErrorView { field: e.field, message: param_message(e) }).collect();
    let by_field: HashMap<&str, String> =
        errors.iter().map(|e| (e.field, text(&DEFAULT_LANG, e.key, &e.args))).rev().collect();
    page.insert("form", &form.values)
        .insert("offices", &offices)
        .insert("target", &target.map(|t| t.slug.to_string()))
        .insert("target_name", &target.map(|t| t.name.clone()))
        .insert("target_office", &target.map(|t| t.office.name.clone()))
        .insert("logo_url", &preview_logo)
        .insert("logo_generated", &target.is_none_or(|t| t.branding.logo.is_generated()))
        .insert("kept_logo", &kept)
        .insert("errors", &views)
        .insert("field_errors", &by_field);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    Ok((status, page.render(state, "tenant_form.html")?).into_response())
}

async fn new_page(staff: Staff, State(state): State<AppState>) -> Result<Response> {
    district_wide(&state, staff.account).await?;
    let mut form = FormView::default();
    for (k, v) in [("m_kind", "Gemeinde"), ("m_radius_km", "5"), ("m_primary_color", "#005a9c")] {
        form.values.insert(k.into(), v.into());
    }
    render_form(&staff, &state, None, &form, &[], None).await
}

fn office_ids(state: &AppState) -> Vec<String> {
    offices_of(state.files()).into_keys().collect()
}

async fn create_form(staff: Staff, State(state): State<AppState>, upload: Upload) -> Result<Response> {
    let cap = district_wide(&state, staff.account).await?;
    let (form, sent, csrf) = read_form(upload).await?;
    staff.csrf.check(&csrf)?;
    let mut errors = form.precheck(true, &office_ids(&state));
    let logo = checked_logo(&form, sent, &mut errors);
    if errors.is_empty() {
        let created = match form.input() {
            Ok(input) => create(&state, &input, logo.as_ref().map(|(b, _)| b.as_slice()), &actor(&cap)).await,
            Err(p) => Err(AppError::BadParam(p)),
        };
        if let Some(done) = settled(&staff, created, "angelegt", &mut errors)? {
            return Ok(done);
        }
    }
    render_form(&staff, &state, None, &form, &errors, logo.as_ref().map(|(b, l)| (b.as_slice(), l))).await
}

/// After an add or a save: the redirect to the list with its notice, or the refusal added to
/// `errors` (the form comes back), or any other error as it is.
fn settled(
    staff: &Staff,
    outcome: Result<Arc<Tenant>>,
    notice: &str,
    errors: &mut Vec<ParamError>,
) -> Result<Option<Response>> {
    match outcome {
        Ok(t) => {
            let to = format!("{}/amt/gemeinden?hinweis={notice}&gemeinde={}", staff.ctx.base, t.slug);
            Ok(Some(Redirect::to(&to).into_response()))
        }
        Err(AppError::BadParam(p)) => {
            errors.push(p);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

async fn edit_page(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, target)): Path<(String, String)>,
) -> Result<Response> {
    let t = state.registry().by_slug(&target).ok_or(AppError::NotFound)?;
    admin(&state, staff.account, &target).await?;
    render_form(&staff, &state, Some(&t), &FormView::from_tenant(&t), &[], None).await
}

async fn save_form(
    staff: Staff,
    State(state): State<AppState>,
    Path((_, target)): Path<(String, String)>,
    upload: Upload,
) -> Result<Response> {
    let current = state.registry().by_slug(&target).ok_or(AppError::NotFound)?;
    let cap = admin(&state, staff.account, &target).await?;
    let (form, sent, csrf) = read_form(upload).await?;
    staff.csrf.check(&csrf)?;
    let mut errors = form.precheck(false, &[]);
    let sent_file = !matches!(sent, SentLogo::None) || !form.get("m_logo_kept").is_empty();
    let badge = !form.get("m_logo_badge").is_empty();
    if sent_file && badge {
        errors.push(bad("m_logo", "tadm-err-logo-both"));
    }
    let logo = if sent_file { checked_logo(&form, sent, &mut errors) } else { None };
    if errors.is_empty() {
        let change = match (&logo, badge) {
            (Some((bytes, _)), _) => LogoChange::Replace(bytes.clone()),
            (None, true) => LogoChange::Badge,
            (None, false) => LogoChange::Keep,
        };
        let saved = match form.input() {
            Ok(input) => update(&state, &current, &input, change, &actor(&cap)).await,
            Err(p) => Err(AppError::BadParam(p)),
        };
        if let Some(done) = settled(&staff, saved, "gespeichert", &mut errors)? {
            return Ok(done);
        }
    }
    render_form(&staff, &state, Some(&current), &form, &errors, logo.as_ref().map(|(b, l)| (b.as_slice(), l))).await
}

async fn preview_js() -> impl IntoResponse {
    (
        [
            (axum::http::header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (axum::http::header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/branding-preview.js"),
    )
}

// ---------------------------------------------------------------------------------------------
// API

async fn api_admin(state: &AppState, session: &Session, slug: &str) -> Result<step_access::OfficeCap> {
    let account = session.account().ok_or(AppError::NotSignedIn)?;
    admin(state, account, slug).await
}

/// Every municipality with its settings (district admins).
#[utoipa::path(get, path = "/api/v1/district/tenants", tag = "district", security(("session" = [])),
    responses((status = 200, body = [MunicipalitySettingsOut]), (status = 401, body = crate::api::ErrorBody),
              (status = 403, description = "Not a district admin", body = crate::api::ErrorBody)))]
async fn list_api(State(state): State<AppState>, session: Session) -> Result<Json<Vec<MunicipalitySettingsOut>>> {
    let account = session.account().ok_or(AppError::NotSignedIn)?;
    district_wide(&state, account).await?;
    Ok(Json(state.registry().all().iter().map(|t| out(&state, t)).collect()))
}

/// Adds a municipality: its schema is created and migrated, it is served at once.
#[utoipa::path(post, path = "/api/v1/district/tenants", tag = "district", security(("session" = [])),
    request_body = MunicipalityIn,
    responses((status = 201, body = MunicipalitySettingsOut), (status = 400, description = "A field is invalid or the slug/host is taken", body = crate::api::ErrorBody),
              (status = 401, body = crate::api::ErrorBody), (status = 403, description = "Not a district admin", body = crate::api::ErrorBody),
              (status = 415, body = crate::api::ErrorBody)))]
async fn create_api(
    State(state): State<AppState>,
    session: Session,
    crate::account_api::JsonBody(input): crate::account_api::JsonBody<MunicipalityIn>,
) -> Result<(StatusCode, Json<MunicipalitySettingsOut>)> {
    let account = session.account().ok_or(AppError::NotSignedIn)?;
    let cap = district_wide(&state, account).await?;
    let tenant = create(&state, &input, None, &actor(&cap)).await?;
    Ok((StatusCode::CREATED, Json(out(&state, &tenant))))
}

/// One municipality with its settings.
#[utoipa::path(get, path = "/api/v1/district/tenants/{slug}", tag = "district", security(("session" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = MunicipalitySettingsOut), (status = 401, body = crate::api::ErrorBody),
              (status = 403, description = "Not a district admin", body = crate::api::ErrorBody), (status = 404, body = crate::api::ErrorBody)))]
async fn get_api(
    State(state): State<AppState>,
    session: Session,
    Path(slug): Path<String>,
) -> Result<Json<MunicipalitySettingsOut>> {
    let t = state.registry().by_slug(&slug).ok_or(AppError::NotFound)?;
    api_admin(&state, &session, &slug).await?;
    Ok(Json(out(&state, &t)))
}

/// Changes a municipality at run time: name, branding, contact, host names, location, maintenance.
#[utoipa::path(patch, path = "/api/v1/district/tenants/{slug}", tag = "district", security(("session" = [])),
    params(("slug" = String, Path)), request_body = MunicipalityPatch,
    responses((status = 200, body = MunicipalitySettingsOut), (status = 400, body = crate::api::ErrorBody),
              (status = 401, body = crate::api::ErrorBody),
              (status = 403, description = "Not a district admin", body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody), (status = 415, body = crate::api::ErrorBody)))]
async fn patch_api(
    State(state): State<AppState>,
    session: Session,
    Path(slug): Path<String>,
    crate::account_api::JsonBody(patch): crate::account_api::JsonBody<MunicipalityPatch>,
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
        update(&state, &current, &input, LogoChange::Keep, &actor(&cap)).await?
    } else {
        current
    };
    if let Some(on) = maintenance {
        crate::district::switch(&state, &cap, &slug, on).await?;
    }
    Ok(Json(out(&state, &tenant)))
}

/// Replaces the logo: the body is the image (SVG, PNG or JPEG, at most 256 KiB), recognised by its
/// content. An empty body returns to the generated badge.
#[utoipa::path(put, path = "/api/v1/district/tenants/{slug}/logo", tag = "district", security(("session" = [])),
    params(("slug" = String, Path)), request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 200, body = MunicipalitySettingsOut), (status = 400, description = "Not an accepted image", body = crate::api::ErrorBody),
              (status = 401, body = crate::api::ErrorBody),
              (status = 403, description = "Not a district admin", body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody), (status = 413, body = crate::api::ErrorBody)))]
async fn logo_api(
    State(state): State<AppState>,
    session: Session,
    Path(slug): Path<String>,
    body: std::result::Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Json<MunicipalitySettingsOut>> {
    let current = state.registry().by_slug(&slug).ok_or(AppError::NotFound)?;
    let cap = api_admin(&state, &session, &slug).await?;
    let body = body.map_err(|_| AppError::Upload("tadm-err-logo-large", StatusCode::PAYLOAD_TOO_LARGE))?;
    let change = if body.is_empty() { LogoChange::Badge } else { LogoChange::Replace(body.to_vec()) };
    let tenant = update(&state, &current, &MunicipalityIn::from(current.as_ref()), change, &actor(&cap)).await?;
    Ok(Json(out(&state, &tenant)))
}
