//! How a facility is shown on the public pages: a search result line, its group forms, its place
//! on a small plan of the municipality.

use serde::Serialize;
use step_domain::Tenant;
use step_store::FacilitySummary;

use axum::http::Uri;
use step_domain::search::SearchQuery;
use uuid::Uuid;

use crate::public::ops::Location;
use crate::web::format::age_label;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::page::PageCtx;

#[derive(Serialize)]
pub(crate) struct ResultView<'a> {
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
    pub fn new(f: &'a FacilitySummary) -> Self {
        Self {
            id: f.id.to_string(),
            name: &f.name,
            kind: &f.kind,
            provider_org: &f.provider_org,
            address: format!("{}, {} {}", f.street, f.postcode, f.city),
            distance: f.distance_km.map(crate::web::format::decimal_text),
            free_places: f.free_places,
            hours: f.hours_offered.iter().map(i16::to_string).collect::<Vec<_>>().join(", "),
            ages: format!("{} – {}", age_label(f.age_min_months), age_label(f.age_max_months)),
            concepts: f.concepts.join(", "),
        }
    }
}

/// "I, III, III" → "I, 2 × III": group forms with their number of groups.
pub(crate) fn group_forms_label(forms: &[String]) -> String {
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

/// Position of the facility on a small plan of the municipality (SVG coordinates 0..200).
#[derive(Serialize)]
pub(crate) struct MapView {
    x: f64,
    y: f64,
    lat: String,
    lon: String,
    osm_url: String,
}

pub(crate) fn map_view(t: &Tenant, lat: f64, lon: f64) -> MapView {
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

#[derive(Serialize)]
struct PageLink {
    number: u32,
    url: String,
    current: bool,
}

/// The search with the same filters on page `page`.
pub fn page_url(base: &str, q: &SearchQuery, page: u32) -> String {
    let mut q = q.clone();
    q.page = Some(page.to_string());
    format!("{base}/suche?{}", serde_urlencoded::to_string(&q).unwrap_or_default())
}

/// The page links of a result list: a window of seven around the current page, previous and next.
pub fn pagination(page: &mut PageCtx, base: &str, q: &SearchQuery, current: u32, per_page: u32, total: i64) {
    let pages = u32::try_from((total + i64::from(per_page) - 1) / i64::from(per_page)).unwrap_or(1).max(1);
    let window = current.saturating_sub(3).max(1)..=(current + 3).min(pages);
    let links: Vec<PageLink> =
        window.map(|n| PageLink { number: n, url: page_url(base, q, n), current: n == current }).collect();
    page.insert("page", &current)
        .insert("pages", &pages)
        .insert("page_links", &links)
        .insert("prev_url", &(current > 1).then(|| page_url(base, q, current - 1)))
        .insert("next_url", &(current < pages).then(|| page_url(base, q, current + 1)));
}

/// What the page says about the typed location: which street it took (when spelt differently),
/// or that the place is unknown; with the other names as links ("Meinten Sie …?").
pub fn location_view(
    base: &str,
    municipality: &str,
    typed: &SearchQuery,
    location: &Location,
) -> Option<serde_json::Value> {
    let (text_of, choices) = match location {
        Location::AsTyped | Location::Street { exact: true, .. } => return None,
        Location::Street { name, others, .. } => {
            (text(current(), "search-location-used", &[("street", name.clone())]), others)
        }
        Location::Unknown { suggestions } => {
            let place = typed.near.clone().unwrap_or_default().trim().to_owned();
            let args = [("place", place), ("name", municipality.to_owned())];
            (text(current(), "search-location-unknown", &args), suggestions)
        }
    };
    let choices: Vec<serde_json::Value> = choices
        .iter()
        .map(|name| {
            let mut q = typed.clone();
            q.near = Some(name.clone());
            serde_json::json!({"name": name, "url": page_url(base, &q, 1)})
        })
        .collect();
    Some(
        serde_json::json!({"text": text_of, "unknown": matches!(location, Location::Unknown { .. }), "choices": choices}),
    )
}

/// Where a page was reached from: the search a profile was opened from (`?suche=`, read as a
/// search and written anew, so only search parameters come back into the link) and the facility
/// just chosen (`?gewaehlt=`), confirmed beside it (issue 16).
pub fn came_from(uri: &Uri) -> (Option<String>, Option<Uuid>) {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(uri.query().unwrap_or_default()).unwrap_or_default();
    let value = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let search = value("suche")
        .and_then(|s| serde_urlencoded::from_str::<SearchQuery>(s).ok())
        .and_then(|q| serde_urlencoded::to_string(&q).ok());
    (search, value("gewaehlt").and_then(|id| Uuid::parse_str(id).ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_forms_are_counted() {
        let forms: Vec<String> = ["I", "III", "III"].into_iter().map(String::from).collect();
        assert_eq!(group_forms_label(&forms), "I, 2 × III");
    }
}
