//! The public search's work: where a typed location is. A street is matched as people spell it
//! (`step_domain::streets`); an unknown place never empties the page: the search then runs
//! without the location, and the page says so (issue 16). The office's procedure calendar as every
//! room reads it: the next date, and whether a start is closed for registrations (issue 20).

use step_domain::calendar;
use step_domain::search::{self, SearchQuery};
use step_domain::streets::{self, StreetMatch};
use step_domain::tenant::Tenant;
use step_domain::{LatLon, ParamError};
use step_store::TenantDb;
use time::Date;

use crate::web::error::{AppError, Result};
use crate::web::format::date_text;
use crate::web::state::AppState;

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

/// The next date of the office's procedure calendar (issue 20), as the home page and the account
/// show it: what it is (`deadline`, `matching`, `answer`, `second`), the day and the intake's start.
#[derive(serde::Serialize)]
pub struct NextDate {
    pub what: String,
    pub date: String,
    pub start: String,
}

/// The next date of the procedure calendar of the municipality's office, if one lies ahead.
pub async fn next_procedure_date(state: &AppState, tenant: &Tenant) -> Result<Option<NextDate>> {
    let all = state.store().platform().calendar(&tenant.office.id).await?;
    Ok(calendar::next_date(&all, state.today()).map(|(what, day, start)| NextDate {
        what: what.to_owned(),
        date: date_text(day),
        start: date_text(start),
    }))
}

/// A registration for `start` refused at its field because the registration deadline of the
/// office's intake that covers it has passed (issue 20); `None` while it is open.
pub async fn closed_start(state: &AppState, tenant: &Tenant, start: Date) -> Result<Option<ParamError>> {
    let all = state.store().platform().calendar(&tenant.office.id).await?;
    Ok(calendar::closed_for(&all, start, state.today()).map(|(e, until)| {
        ParamError::new("start", "err-start-closed")
            .arg("from", date_text(e.start))
            .arg("until", date_text(until))
            .arg("deadline", date_text(e.registration_deadline))
    }))
}
