//! The desk's actions shared by its pages and its JSON API: offer and decline with the office's
//! rules; the facility's name for the page heads.

use serde::{Deserialize, Serialize};
use step_access::FacilityCap;
use step_domain::ParamError;
use step_domain::desk::{DeclineForm, OfferForm};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::web::caps::actor;
use crate::web::error::{AppError, Result};
use crate::web::letters;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// The longest note on a proposal of the office or on its refusal, in characters.
pub const MAX_PROPOSAL_NOTE: usize = 1000;

pub async fn facility_name(ctx: &TenantCtx, id: Uuid) -> Result<String> {
    Ok(ctx.db.facility_names(&[id]).await?.into_iter().next().map(|f| f.1).unwrap_or_default())
}

/// Makes an offer (Platzzusage): the answer deadline must lie after today and within the office's
/// answer period; the offer holds one free place until the parent answers or the deadline passes.
pub async fn offer(state: &AppState, ctx: &TenantCtx, cap: &FacilityCap, id: Uuid, form: &OfferForm) -> Result<()> {
    let days = u16::try_from(ctx.db.desk_settings().await?.offer_answer_days).unwrap_or(14);
    let answer_by = form.validate(state.today(), days).map_err(AppError::BadParam)?;
    ctx.db.offer(&actor(cap), cap.facility(), id, answer_by, |c, f, l| letters::offered(c, f, l, answer_by)).await?;
    Ok(())
}

/// Declines (Absage) a waiting registration with a reason the parent sees.
pub async fn decline(ctx: &TenantCtx, cap: &FacilityCap, id: Uuid, form: &DeclineForm) -> Result<()> {
    let (reason, note) = form.validate().map_err(AppError::BadParam)?;
    ctx.db
        .decline(&actor(cap), cap.facility(), id, (reason, &note), |c, f, l| {
            letters::rejected(c, f, l, (reason, &note))
        })
        .await?;
    Ok(())
}

/// Marks a waiting registration "not admissible" for the allocation round (issue 17), with a
/// reason from the decline catalogue and a note; `undo` takes the mark back.
pub async fn mark_inadmissible(
    ctx: &TenantCtx,
    cap: &FacilityCap,
    id: Uuid,
    form: &DeclineForm,
    undo: bool,
) -> Result<()> {
    if undo {
        ctx.db.mark_inadmissible(&actor(cap), cap.facility(), id, None).await?;
        return Ok(());
    }
    let (reason, note) = form.validate().map_err(AppError::BadParam)?;
    ctx.db.mark_inadmissible(&actor(cap), cap.facility(), id, Some((reason, &note))).await?;
    Ok(())
}

/// The office's open proposals for this facility are confirmed with the answer deadline of an
/// ordinary offer: the family gets that offer (on its registration here, or on one the office
/// makes). Returns the registration.
pub async fn confirm_proposal(
    state: &AppState,
    ctx: &TenantCtx,
    cap: &FacilityCap,
    id: i64,
    form: &OfferForm,
) -> Result<Uuid> {
    open_proposal(ctx, cap, id).await?;
    let days = u16::try_from(ctx.db.desk_settings().await?.offer_answer_days).unwrap_or(14);
    let answer_by = form.validate(state.today(), days).map_err(AppError::BadParam)?;
    let registration = ctx
        .db
        .confirm_proposal(&actor(cap), cap.facility(), id, answer_by, |c, f, l| letters::offered(c, f, l, answer_by))
        .await?;
    Ok(registration)
}

/// A proposal of this facility that is still open: an unknown one is 404 and a decided one 409,
/// before the input is looked at (the store checks again under its lock).
async fn open_proposal(ctx: &TenantCtx, cap: &FacilityCap, id: i64) -> Result<()> {
    let found = ctx.db.facility_proposal(cap.facility(), id).await?.ok_or(AppError::NotFound)?;
    if found.status != "proposed" {
        return Err(AppError::Rule("proposal_decided"));
    }
    Ok(())
}

/// Refusing a proposal as typed: a reason for the office, 1 to 1,000 characters.
#[derive(Deserialize, Serialize, Default, Clone, ToSchema)]
pub struct RefuseForm {
    /// Why the facility cannot take the child (the office reads it; the family does not).
    #[serde(default)]
    #[schema(min_length = 1, max_length = 1000)]
    pub note: String,
}

/// The lead refuses an open proposal of the office with a reason.
pub async fn refuse_proposal(ctx: &TenantCtx, cap: &FacilityCap, id: i64, form: &RefuseForm) -> Result<()> {
    open_proposal(ctx, cap, id).await?;
    let note = form.note.trim();
    if note.is_empty() {
        return Err(AppError::BadParam(ParamError::new("refuse_note", "desk-err-refuse-note")));
    }
    if note.chars().count() > MAX_PROPOSAL_NOTE {
        return Err(AppError::BadParam(
            ParamError::new("refuse_note", "case-err-text-long").arg("max", MAX_PROPOSAL_NOTE),
        ));
    }
    Ok(ctx.db.refuse_proposal(&actor(cap), cap.facility(), id, note).await?)
}
