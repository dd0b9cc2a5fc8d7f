//! Proposals on a case (issue 20): the office proposes a place at a facility or childminder with a
//! free place for the child's age band at its start; the facility's lead confirms it on the desk
//! (an ordinary offer to the family) or refuses it with a reason. The view of a proposal is shared
//! by the case page, the desk and both JSON APIs.

use serde::{Deserialize, Serialize};
use step_domain::ParamError;
use step_store::{Actor, ProposalCandidate};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::desk::ops::MAX_PROPOSAL_NOTE;
use crate::desk::view::{ProposalOut, proposal_out};
use crate::web::error::{AppError, Result};
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// A proposal as typed by the office.
#[derive(Deserialize, Serialize, Default, Clone, ToSchema)]
pub struct ProposalForm {
    /// The facility or childminder (id) with a free place for the child's age band at its start.
    #[serde(default)]
    #[schema(format = "uuid")]
    pub facility: String,
    /// For the lead (at most 1,000 characters); never shown to the family.
    #[serde(default)]
    #[schema(max_length = 1000)]
    pub note: String,
}

impl ProposalForm {
    pub fn checked(&self) -> std::result::Result<(Uuid, &str), ParamError> {
        let facility =
            Uuid::parse_str(self.facility.trim()).map_err(|_| ParamError::new("facility", "case-err-facility"))?;
        let note = self.note.trim();
        if note.chars().count() > MAX_PROPOSAL_NOTE {
            return Err(ParamError::new("proposal_note", "case-err-text-long").arg("max", MAX_PROPOSAL_NOTE));
        }
        Ok((facility, note))
    }
}

/// A facility the office may propose.
#[derive(Serialize, Clone, ToSchema)]
pub struct CandidateOut {
    facility_id: Uuid,
    name: String,
    /// `kita` or `ktp`
    kind: String,
    /// Free places of the child's band at its start.
    free_places: i64,
}

fn candidate_out(c: ProposalCandidate) -> CandidateOut {
    CandidateOut { facility_id: c.facility_id, name: c.name, kind: c.kind, free_places: c.free_places }
}

/// A case's proposals (newest first) and the facilities the office may propose now (none for a
/// closed case).
pub async fn case_proposals(ctx: &TenantCtx, child: Uuid, open: bool) -> Result<(Vec<ProposalOut>, Vec<CandidateOut>)> {
    let proposals = ctx.db.case_proposals(child).await?.iter().map(proposal_out).collect();
    let candidates = if open {
        ctx.db.proposal_candidates(child).await?.into_iter().map(candidate_out).collect()
    } else {
        Vec::new()
    };
    Ok((proposals, candidates))
}

/// Proposes a place for the child of an open case. A facility without a free place for the child's
/// band (or one with an open proposal) is refused at `facility`; a closed case is 409.
pub async fn propose(
    state: &AppState,
    ctx: &TenantCtx,
    actor: &Actor,
    child: Uuid,
    form: &ProposalForm,
) -> Result<i64> {
    let (facility, note) = form.checked().map_err(AppError::BadParam)?;
    let case = ctx.db.case_of(child, state.today()).await?.ok_or(AppError::NotFound)?;
    if case.status == "closed" {
        return Err(AppError::Rule("case_closed"));
    }
    if case.has_place {
        return Err(AppError::BadParam(ParamError::new("facility", "case-err-placed")));
    }
    match ctx.db.propose(actor, child, facility, note).await {
        Ok(id) => Ok(id),
        Err(step_store::Error::Rule("proposal_no_place")) => {
            Err(AppError::BadParam(ParamError::new("facility", "case-err-no-place")))
        }
        Err(step_store::Error::Rule("proposal_open")) => {
            Err(AppError::BadParam(ParamError::new("facility", "case-err-proposal-open")))
        }
        Err(e) => Err(e.into()),
    }
}
