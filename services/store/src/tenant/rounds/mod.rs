//! Allocation rounds (issue 17): a matching day for one start date of the municipality. Creating a
//! round, reading the live inputs (programmes = facility × age band with free places; wishes = the
//! children's waiting registrations for that start date in the parent's rank order, with points,
//! registration time, a lottery number per child drawn from the round's seed, and whether the lead
//! marked it not admissible), running the algorithm of `step_domain::matching`, and freezing
//! inputs and result with a SHA-256 of the inputs' canonical form. Publishing is in `publish`.

mod explain;
mod inputs;
mod publish;

pub use explain::WishExplanation;
pub use inputs::{RoundInputs, RoundProgramme, RoundWish};

use std::collections::BTreeMap;

use serde::Serialize;
use sqlx::{Connection, FromRow};
use step_domain::matching::{Matching, Mechanism, Priority, Wish, deferred_acceptance};
use time::{Date, OffsetDateTime};
use tracing::instrument;
use uuid::Uuid;

use crate::{Actor, Error, Result, TenantDb};

/// A round as the office lists it.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Round {
    pub id: Uuid,
    pub start_date: Date,
    pub mechanism: String,
    pub seed: i64,
    pub status: String,
    pub created_by: String,
    pub created_at: OffsetDateTime,
    pub run_at: Option<OffsetDateTime>,
    pub runs: i32,
    pub inputs_sha256: Option<String>,
    pub published_at: Option<OffsetDateTime>,
    /// The run before the last: child id → {facility, rank} of its place.
    pub previous: Option<sqlx::types::Json<BTreeMap<Uuid, PreviousPlace>>>,
}

/// Where a child was placed in the run before the last.
#[derive(Debug, Clone, serde::Deserialize, Serialize)]
pub struct PreviousPlace {
    pub facility: String,
    pub rank: i16,
}

const ROUND: &str =
    "select id, start_date, mechanism, seed, status, created_by, created_at, run_at, runs, inputs_sha256,
    published_at, previous from {s}.rounds";

/// The result of a run: the frozen inputs and the matching over them.
pub struct RunResult {
    pub inputs: RoundInputs,
    pub matching: Matching<Uuid, (Uuid, String)>,
    pub sha256: String,
}

impl RunResult {
    /// Runs `mechanism` over `inputs` (only admissible wishes take part).
    pub fn compute(mechanism: Mechanism, inputs: RoundInputs) -> Self {
        let capacity: BTreeMap<(Uuid, String), usize> = inputs
            .programmes
            .iter()
            .map(|p| ((p.facility_id, p.age_band.clone()), usize::try_from(p.capacity).unwrap_or(0)))
            .collect();
        let wishes: Vec<Wish<Uuid, (Uuid, String)>> = inputs
            .wishes
            .iter()
            .filter(|w| w.admissible)
            .map(|w| Wish {
                child: w.child_id,
                programme: (w.facility_id, w.age_band.clone()),
                rank: u16::try_from(w.rank).unwrap_or(u16::MAX),
                priority: Priority {
                    points: w.points,
                    registered_at: micros(w.registered_at),
                    lottery: w.lottery as u64,
                },
            })
            .collect();
        let matching = deferred_acceptance(mechanism, &capacity, &wishes);
        let sha256 = inputs.sha256();
        Self { inputs, matching, sha256 }
    }

    /// Whether this wish got the child's place.
    pub fn assigned(&self, w: &RoundWish) -> bool {
        self.matching.assigned.get(&w.child_id) == Some(&(w.facility_id, w.age_band.clone()))
    }
}

pub(crate) fn micros(t: OffsetDateTime) -> i64 {
    i64::try_from(t.unix_timestamp_nanos() / 1000).unwrap_or(i64::MAX)
}

impl TenantDb {
    /// Creates a draft round for `start` with a fresh seed. A second open round for the same start
    /// is `round_open_exists`; a start without any free place is `round_no_places`.
    pub async fn create_round(&self, actor: &Actor, start: Date, mechanism: Mechanism, seed: i64) -> Result<Round> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let places: i64 = sqlx::query_scalar(&self.q(
            "select coalesce(sum(free_places), 0)::bigint from {s}.places where start_date <= $1 and start_date >= $2",
        ))
        .bind(start)
        .bind(step_domain::search::kita_year_start(start))
        .fetch_one(&mut *tx)
        .await?;
        if places == 0 {
            return Err(Error::Rule("round_no_places"));
        }
        let round: Round = sqlx::query_as(&self.q(&format!(
            "with new as (insert into {{s}}.rounds (start_date, mechanism, seed, created_by) values ($1, $2, $3, $4)
             returning *) {} ",
            ROUND.replace("{s}.rounds", "new")
        )))
        .bind(start)
        .bind(mechanism.as_str())
        .bind(seed)
        .bind(&actor.id)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| match &e {
            sqlx::Error::Database(db) if db.code().as_deref() == Some("23505") => Error::Rule("round_open_exists"),
            _ => Error::Db(e),
        })?;
        let detail = format!("{start} {}", mechanism.as_str());
        self.audit_in(&mut tx, actor, "round_created", &format!("round:{}", round.id), &detail).await?;
        tx.commit().await?;
        Ok(round)
    }

    /// The municipality's rounds, newest start first.
    pub async fn rounds(&self) -> Result<Vec<Round>> {
        Ok(sqlx::query_as(&self.q(&format!("{ROUND} order by start_date desc, created_at desc")))
            .fetch_all(self.pool())
            .await?)
    }

    pub async fn round(&self, id: Uuid) -> Result<Option<Round>> {
        Ok(sqlx::query_as(&self.q(&format!("{ROUND} where id = $1"))).bind(id).fetch_optional(self.pool()).await?)
    }

    /// A dry run: reads the live inputs, runs the round's mechanism, and freezes inputs and result
    /// in place of the previous run (audited with the inputs' SHA-256). A published round is frozen.
    #[instrument(skip_all)]
    pub async fn run_round(&self, actor: &Actor, id: Uuid) -> Result<RunResult> {
        let round = self.round(id).await?.ok_or(Error::NotFound)?;
        if round.status == "published" {
            return Err(Error::Rule("round_published"));
        }
        let mechanism = Mechanism::parse(&round.mechanism).unwrap_or(Mechanism::ChildProposing);
        let mut conn = self.connection().await?;
        let inputs = self.live_inputs(&mut conn, round.start_date, round.seed).await?;
        drop(conn);
        let result = RunResult::compute(mechanism, inputs);
        self.freeze(actor, id, &result).await?;
        Ok(result)
    }

    /// The frozen inputs and result of the round's last run (none before the first).
    pub async fn round_result(&self, id: Uuid) -> Result<Option<RunResult>> {
        let round = self.round(id).await?.ok_or(Error::NotFound)?;
        self.round_result_of(&round).await
    }

    /// As [`Self::round_result`], for a round already read.
    pub async fn round_result_of(&self, round: &Round) -> Result<Option<RunResult>> {
        if round.runs == 0 {
            return Ok(None);
        }
        let mechanism = Mechanism::parse(&round.mechanism).unwrap_or(Mechanism::ChildProposing);
        let inputs = self.frozen_inputs(round.id).await?;
        Ok(Some(RunResult::compute(mechanism, inputs)))
    }

    /// Recomputes a round from its frozen inputs: whether the inputs' hash is the one stored and the
    /// result the one stored (`step rounds verify`).
    pub async fn verify_round(&self, id: Uuid) -> Result<(bool, bool)> {
        let round = self.round(id).await?.ok_or(Error::NotFound)?;
        let Some(result) = self.round_result_of(&round).await? else { return Ok((false, false)) };
        let stored: Vec<(Uuid, bool)> =
            sqlx::query_as(&self.q("select registration_id, assigned from {s}.round_wishes where round_id = $1"))
                .bind(id)
                .fetch_all(self.pool())
                .await?;
        let same = stored.len() == result.inputs.wishes.len()
            && result.inputs.wishes.iter().all(|w| stored.contains(&(w.registration_id, result.assigned(w))));
        Ok((round.inputs_sha256.as_deref() == Some(result.sha256.as_str()), same))
    }

    async fn freeze(&self, actor: &Actor, id: Uuid, r: &RunResult) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let status: Option<String> =
            sqlx::query_scalar(&self.q("select status from {s}.rounds where id = $1 for update"))
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        match status.as_deref() {
            None => return Err(Error::NotFound),
            Some("published") => return Err(Error::Rule("round_published")),
            _ => {}
        }
        self.write_frozen(&mut tx, id, r).await?;
        sqlx::query(&self.q(
            "update {s}.rounds set status = 'dry_run', run_at = now(), run_by = $2, runs = runs + 1, inputs_sha256 = $3,
                updated_at = now() where id = $1",
        ))
        .bind(id)
        .bind(&actor.id)
        .bind(&r.sha256)
        .execute(&mut *tx)
        .await?;
        let detail = format!("sha256 {} · {} placed", r.sha256, r.matching.assigned.len());
        self.audit_in(&mut tx, actor, "round_run", &format!("round:{id}"), &detail).await?;
        tx.commit().await?;
        Ok(())
    }
}
