//! Capability lookups: the permission check returns a capability (from `step_access`), not a bool,
//! and the store takes only what the capability holds, so its SQL is limited by construction.
//! 404 for objects that do not exist (or whose existence must not be revealed), 403 when no role
//! covers them.

use step_access::{FacilityCap, OfficeCap};
use step_store::Actor;
use uuid::Uuid;

use crate::web::error::{AppError, Result};
use crate::web::extract::{Staff, signed_in};
use crate::web::session::Session;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// The capability for facility `fid` of this municipality: 404 for an unknown facility, 403 when
/// no role of the account covers it.
pub async fn facility_cap(state: &AppState, ctx: &TenantCtx, account: Uuid, fid: &str) -> Result<FacilityCap> {
    let id = Uuid::parse_str(fid).map_err(|_| AppError::NotFound)?;
    let kind = ctx.db.facility_kind(id).await?.ok_or(AppError::NotFound)?;
    state.access().facility(account, ctx.tenant.slug.as_str(), id, &kind).await.ok_or(AppError::Forbidden)
}

/// The capability for facility `fid` if it allows the action `may` checks (else 403).
pub(crate) async fn require(
    state: &AppState,
    staff: &Staff,
    fid: &str,
    may: fn(&FacilityCap) -> bool,
) -> Result<FacilityCap> {
    let cap = facility_cap(state, &staff.ctx, staff.account, fid).await?;
    if may(&cap) { Ok(cap) } else { Err(AppError::Forbidden) }
}

/// The desk capability for the facility of registration `id`; 404 when it does not exist here or
/// the caller has no role for its facility (existence is not revealed).
pub(crate) async fn registration_cap(
    state: &AppState,
    ctx: &TenantCtx,
    session: &Session,
    id: &str,
) -> Result<(FacilityCap, Uuid)> {
    let account = signed_in(session)?;
    let id = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    let (facility, kind) = ctx.db.registration_facility(id).await?.ok_or(AppError::NotFound)?;
    let cap =
        state.access().facility(account, ctx.tenant.slug.as_str(), facility, &kind).await.ok_or(AppError::NotFound)?;
    Ok((cap, id))
}

/// Who acts, for the audit log and the history.
pub fn actor(cap: &FacilityCap) -> Actor {
    Actor::account(cap.account(), cap.role())
}

pub(crate) async fn office_cap(state: &AppState, staff: &Staff) -> Result<OfficeCap> {
    state.access().office(staff.account, staff.ctx.tenant.slug.as_str()).await.ok_or(AppError::Forbidden)
}

/// The office capability for the JSON API: 401 without a session, 403 without an office role here.
pub(crate) async fn api_office_cap(state: &AppState, ctx: &TenantCtx, session: &Session) -> Result<OfficeCap> {
    let account = signed_in(session)?;
    state.access().office(account, ctx.tenant.slug.as_str()).await.ok_or(AppError::Forbidden)
}

/// The district admin's capability for a municipality, or 403 (404 for an unknown one).
pub(crate) async fn district_admin(state: &AppState, account: Uuid, slug: &str) -> Result<OfficeCap> {
    if state.registry().by_slug(slug).is_none() {
        return Err(AppError::NotFound);
    }
    match state.access().office(account, slug).await {
        Some(cap) if cap.role() == "district_admin" => Ok(cap),
        _ => Err(AppError::Forbidden),
    }
}

/// District admin for every municipality: needed to list them all and to add one.
pub(crate) async fn district_wide(state: &AppState, account: Uuid) -> Result<OfficeCap> {
    let mut cap = None;
    for t in state.registry().all() {
        cap = Some(district_admin(state, account, t.slug.as_str()).await?);
    }
    cap.ok_or(AppError::Forbidden)
}

/// Who acts with an office capability.
pub fn office_actor(cap: &OfficeCap) -> Actor {
    Actor::account(cap.account(), cap.role())
}
