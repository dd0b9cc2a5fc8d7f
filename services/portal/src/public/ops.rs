//! The public search's work: where a typed location is. A street is matched as people spell it
//! (`step_domain::streets`); an unknown place never empties the page: the search then runs
//! without the location, and the page says so (issue 16).

use step_domain::search::{self, SearchQuery};
use step_domain::streets::{self, StreetMatch};
use step_domain::{LatLon, ParamError};
use step_store::TenantDb;

use crate::web::error::{AppError, Result};

/// Where the location typed on the search page is.
#[derive(Debug, PartialEq)]
pub enum Location {
    /// Nothing typed, or coordinates.
    AsTyped,
    /// A street of the municipality as its list spells it; `others` are further close names.
    Street { name: String, exact: bool, others: Vec<String> },
    /// No street of the municipality: the search runs without a location (nor radius, nor
    /// sorting by distance); `suggestions` are names containing what was typed.
    Unknown { suggestions: Vec<String> },
}

/// Resolves the typed location of `q` to coordinates in `q.near` (or removes it, see [`Location`]).
pub async fn resolve_location(db: &TenantDb, q: &mut SearchQuery) -> Result<Location> {
    let Some(near) = q.near.as_deref().map(str::trim).filter(|n| !n.is_empty()).map(str::to_owned) else {
        return Ok(Location::AsTyped);
    };
    if LatLon::parse(&near).is_some() {
        return Ok(Location::AsTyped);
    }
    if near.chars().count() > search::MAX_TEXT_LEN {
        return Err(AppError::BadParam(ParamError::new("near", "err-text-too-long").arg("max", search::MAX_TEXT_LEN)));
    }
    let streets = db.streets().await?;
    let names: Vec<&str> = streets.iter().map(|s| s.0.as_str()).collect();
    let named = |ix: &[usize]| ix.iter().map(|i| names[*i].to_owned()).collect::<Vec<_>>();
    let (chosen, exact, others) = match streets::find(&near, &names) {
        StreetMatch::Exact(i) => (i, true, Vec::new()),
        StreetMatch::Close(ix) => (ix[0], false, named(&ix[1..])),
        StreetMatch::Unknown(ix) => {
            q.near = None;
            q.radius_km = None;
            if q.sort.as_deref() == Some("distance") {
                q.sort = None;
            }
            return Ok(Location::Unknown { suggestions: named(&ix) });
        }
    };
    let (name, lat, lon) = &streets[chosen];
    q.near = Some(format!("{lat:.6},{lon:.6}"));
    Ok(Location::Street { name: name.clone(), exact, others })
}

/// Street names for the search field's suggestions while a parent types (at most `limit`).
pub async fn street_suggestions(db: &TenantDb, typed: &str, limit: usize) -> Result<Vec<String>> {
    let streets = db.streets().await?;
    let names: Vec<&str> = streets.iter().map(|s| s.0.as_str()).collect();
    Ok(streets::suggest(typed, &names, limit).into_iter().map(|i| names[i].to_owned()).collect())
}
