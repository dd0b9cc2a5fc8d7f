//! What the district's pages and answers show: a municipality's figures by age band and start
//! month, the chart and the CSV of the dashboard, a municipality's settings.

use serde::Serialize;
use step_domain::Tenant;
use step_store::DemandRow;
use utoipa::ToSchema;

use crate::district::ops::municipalities::{MunicipalityContactIn, MunicipalityIn};
use crate::web::chart::bar_chart;
use crate::web::csv::{BOM, csv_field};
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::state::AppState;

/// One municipality's figures.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MunicipalityOut {
    pub slug: String,
    pub name: String,
    pub office: String,
    /// Children with an active registration, each once over all months and bands.
    pub children: i64,
    /// Sums over the cells (children: see above).
    pub free_places: i64,
    pub offers_open: i64,
    pub accepted: i64,
    pub contracted: i64,
    pub entitled_without_offer: i64,
    /// When these figures were computed (RFC 3339); none while they never were.
    pub as_of: Option<String>,
    /// Per age band (`u1`, `1-2`, `3+`) and start month (`YYYY-MM`).
    pub cells: Vec<CellOut>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CellOut {
    pub band: String,
    pub month: String,
    pub children: i64,
    pub free_places: i64,
    pub offers_open: i64,
    pub accepted: i64,
    pub contracted: i64,
    pub entitled_without_offer: i64,
}

impl From<DemandRow> for CellOut {
    fn from(r: DemandRow) -> Self {
        Self {
            band: r.band,
            month: r.month,
            children: r.children,
            free_places: r.free_places,
            offers_open: r.offers_open,
            accepted: r.accepted,
            contracted: r.contracted,
            entitled_without_offer: r.entitled_without_offer,
        }
    }
}

pub const BANDS: &[&str] = &["u1", "1-2", "3+"];

pub fn band_label(band: &str) -> String {
    text(current(), &format!("dash-band-{}", band.replace('+', "plus")), &[])
}

/// `2027-08` → `08/2027`.
pub fn month_de(month: &str) -> String {
    match month.split_once('-') {
        Some((y, m)) => format!("{m}/{y}"),
        None => month.to_owned(),
    }
}

/// Per municipality the children registered, free places and entitled children without an offer,
/// on one scale.
pub fn chart(rows: &[MunicipalityOut], title: &str) -> String {
    let series = [
        (text(current(), "dash-col-children", &[]), "#1d4ed8"),
        (text(current(), "dash-col-free", &[]), "#15803d"),
        (text(current(), "dash-col-without", &[]), "#b91c1c"),
    ];
    let bars: Vec<(&str, Vec<i64>)> =
        rows.iter().map(|m| (m.name.as_str(), vec![m.children, m.free_places, m.entitled_without_offer])).collect();
    bar_chart(title, &series, &bars)
}

/// Every table of the page as one CSV (semicolons, UTF-8 with mark, as Excel in Germany reads it):
/// the cells per municipality, age band and month; the per-municipality totals as rows with
/// month "gesamt".
pub fn csv(rows: &[MunicipalityOut]) -> String {
    let mut out = String::from(BOM);
    let header = [
        "Gemeinde",
        "Jugendamt",
        "Altersgruppe",
        "Monat",
        "Kinder",
        "Freie Plätze",
        "Offene Angebote",
        "Angenommen",
        "Verträge",
        "Rechtsanspruch ohne Angebot",
    ];
    out.push_str(&header.join(";"));
    out.push_str("\r\n");
    for m in rows {
        for c in &m.cells {
            out.push_str(&format!(
                "{};{};{};{};{};{};{};{};{};{}\r\n",
                csv_field(&m.name),
                csv_field(&m.office),
                csv_field(&band_label(&c.band)),
                csv_field(&c.month),
                c.children,
                c.free_places,
                c.offers_open,
                c.accepted,
                c.contracted,
                c.entitled_without_offer
            ));
        }
        out.push_str(&format!(
            "{};{};{};{};{};{};{};{};{};{}\r\n",
            csv_field(&m.name),
            csv_field(&m.office),
            csv_field("alle"),
            csv_field("gesamt"),
            m.children,
            m.free_places,
            m.offers_open,
            m.accepted,
            m.contracted,
            m.entitled_without_offer
        ));
    }
    out
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

pub fn out(state: &AppState, t: &Tenant) -> MunicipalitySettingsOut {
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
