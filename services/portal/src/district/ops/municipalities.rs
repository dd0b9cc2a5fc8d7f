//! Municipalities administered at run time by district admins (issue 7): add one (its schema is
//! created and migrated while the others are served), change its name, branding, logo, contact,
//! host names and location with a live preview, switch maintenance mode. The pages are
//! under `/<slug>/amt/gemeinden`, the same in the JSON API under `/api/v1/district/tenants`.
//!
//! One validator for all ways in: the input becomes a tenant file's text and goes through the same
//! strict parser as `tenants/*.toml`; its field errors become German messages here. The definition
//! is kept in the platform schema, wins over the file and reaches every replica at once (NOTIFY).

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use step_domain::tenant::{TenantError, offices_of, parse_definition};
use step_domain::{LogoError, ParamError, SchemaName, Tenant, TenantSlug};
use step_store::Actor;
use utoipa::ToSchema;

use crate::web::error::{AppError, Result};
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::state::AppState;

/// A municipality as created (all fields) and as answered.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MunicipalityIn {
    /// URL name: lower-case letters, digits and hyphens (umlauts as ae/oe/ue), e.g. `musterstadt`;
    /// not `api`, `static`, `healthz`, `readyz`, `district`, `favicon`, `robots` or `gemeinden`.
    #[schema(min_length = 2, max_length = 40, pattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    pub slug: String,
    #[schema(pattern = "\\S")]
    pub name: String,
    /// `Stadt` or `Gemeinde`.
    #[schema(pattern = "^(Stadt|Gemeinde)$")]
    pub kind: String,
    /// The youth welfare office (Jugendamt) responsible, by id (see `GET /api/v1/district/tenants`).
    pub office: String,
    #[schema(minimum = 1, maximum = 10_000_000)]
    pub population: u32,
    /// Host names of its own portal, e.g. `kita.musterstadt.de` (may be empty).
    #[serde(default)]
    pub hosts: Vec<String>,
    #[schema(minimum = -90.0, maximum = 90.0)]
    pub lat: f64,
    #[schema(minimum = -180.0, maximum = 180.0)]
    pub lon: f64,
    /// Search radius around the centre in km (0.5 to 30).
    #[schema(minimum = 0.5, maximum = 30.0)]
    pub radius_km: f64,
    #[schema(min_items = 1)]
    pub postcodes: Vec<String>,
    /// `#rrggbb` with a contrast of at least 4.5:1 against white.
    #[schema(pattern = "^#[0-9a-fA-F]{6}$")]
    pub primary_color: String,
    pub contact: MunicipalityContactIn,
}

/// The municipality's contact for parents.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MunicipalityContactIn {
    #[schema(pattern = "\\S")]
    pub name: String,
    #[schema(pattern = "\\S")]
    pub street: String,
    #[schema(pattern = "^[0-9]{5}$")]
    pub postcode: String,
    #[schema(pattern = "\\S")]
    pub city: String,
    /// At least three digits.
    #[schema(pattern = "[0-9][^0-9]*[0-9][^0-9]*[0-9]")]
    pub phone: String,
    #[schema(pattern = "^\\S*@\\S*$")]
    pub email: String,
    /// Placeholder contact, shown with a "Demo" mark.
    #[serde(default)]
    pub demo: bool,
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

pub fn bad(field: &'static str, key: &'static str) -> ParamError {
    ParamError::new(field, key)
}

/// The form field (and its message) for a field named by the tenant file parser.
pub fn field_error(e: &TenantError) -> ParamError {
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

pub fn logo_error(e: LogoError) -> ParamError {
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
pub fn build(
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
pub fn check_unique(state: &AppState, tenant: &Tenant) -> std::result::Result<(), ParamError> {
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

/// Adds a municipality; it is served at once (here, and on the other replicas when notified).
pub async fn create(state: &AppState, input: &MunicipalityIn, logo: Option<&[u8]>, by: &Actor) -> Result<Arc<Tenant>> {
    let (tenant, definition) = build(state, input, logo).map_err(AppError::BadParam)?;
    if state.registry().by_slug(tenant.slug.as_str()).is_some() {
        return Err(AppError::Taken(bad("m_slug", "tadm-err-slug-taken")));
    }
    check_unique(state, &tenant).map_err(AppError::Taken)?;
    match state.store().provision_tenant(&tenant, &definition, logo, by, step_store::MAIN_CLUSTER).await {
        Ok(()) => {}
        Err(step_store::Error::Taken("schema")) => {
            return Err(AppError::Taken(bad("m_slug", "tadm-err-schema-taken")));
        }
        Err(step_store::Error::Taken(_)) => return Err(AppError::Taken(bad("m_slug", "tadm-err-slug-taken"))),
        Err(e) => return Err(e.into()),
    }
    tracing::info!(tenant.id = %tenant.slug, by = %by.id, "municipality added");
    state.announce("tenant").await?;
    state.registry().by_slug(tenant.slug.as_str()).ok_or(AppError::NotFound)
}

/// What happens to the logo when a municipality is saved.
pub enum LogoChange {
    Keep,
    Replace(Vec<u8>),
    /// Back to the generated badge.
    Badge,
}

/// Changes a municipality; `input.slug` is ignored (a slug never changes: it names the schema).
pub async fn update(
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
    check_unique(state, &tenant).map_err(AppError::Taken)?;
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
pub fn changes(old: &Tenant, new: &Tenant) -> String {
    let (a, b): (MunicipalityIn, MunicipalityIn) = (old.into(), new.into());
    let mut out = Vec::new();
    let mut note = |changed: bool, key: &str| {
        if changed {
            out.push(text(current(), key, &[]));
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
