//! The youth welfare office's proposals (issue 20): for a child on its worklist the office proposes
//! a place at a facility or childminder with a free place for the child's age band and weekly hours
//! at its start; the facility's lead confirms it (an ordinary offer through [`TenantDb::offer_in`],
//! on the child's registration there or on one the office makes) or refuses it with a reason.

use sqlx::{Connection, FromRow, PgConnection};
use time::{Date, OffsetDateTime};
use tracing::instrument;
use uuid::Uuid;

use crate::{Actor, Error, InboxMessage, Result, TenantDb};

/// A proposal as the case page and the desk show it.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct Proposal {
    pub id: i64,
    pub child_id: Uuid,
    pub child: String,
    pub birth_date: Date,
    pub facility_id: Uuid,
    pub facility: String,
    pub start_date: Date,
    pub hours: i16,
    /// `u3` or `ue3` at the start.
    pub age_band: String,
    pub note: String,
    /// `proposed`, `confirmed` or `refused`.
    pub status: String,
    pub proposed_by: String,
    pub proposed_at: OffsetDateTime,
    pub decided_by: Option<String>,
    pub decided_at: Option<OffsetDateTime>,
    pub decision_note: String,
    pub registration_id: Option<Uuid>,
}

/// A facility the office may propose for a child: it takes the child's age and hours and has a
/// free place of its band at the start.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct ProposalCandidate {
    pub facility_id: Uuid,
    pub name: String,
    pub kind: String,
    pub free_places: i64,
}

/// The child's case start (its earliest waiting registration's start and hours), its band then, and
/// every facility with a free place for it. `$1` the child, `$2` one facility or null for all.
const CANDIDATES: &str = "with c as (
        select ch.id, coalesce(ch.birth_date, ch.expected_birth_date) as birth, r.start_date, r.hours
        from {s}.children ch
        join lateral (select start_date, hours from {s}.registrations where child_id = ch.id and status = 'registered'
                      order by start_date, rank limit 1) r on true
        where ch.id = $1
    ), b as (
        select c.*, case when c.birth + interval '3 years' > c.start_date then 'u3' else 'ue3' end as band,
               case when c.birth > c.start_date then -1
                    else (extract(year from age(c.start_date, c.birth)) * 12 + extract(month from age(c.start_date, c.birth)))::integer
               end as months,
               make_date(extract(year from c.start_date - interval '7 months')::integer, 8, 1) as year_start
        from c
    )
    select f.id as facility_id, f.name, f.kind, sum(p.free_places)::bigint as free_places, b.start_date, b.hours, b.band
    from b cross join {s}.facilities f join {s}.places p on p.facility_id = f.id
    where ($2::uuid is null or f.id = $2)
      and p.age_band = b.band and p.hours in (b.hours, 0) and p.start_date <= b.start_date
      and p.start_date >= b.year_start and p.free_places > 0
      and b.months between f.age_min_months and f.age_max_months
      and ((f.kind = 'kita' and b.hours = any (f.hours_offered)) or (f.kind = 'ktp' and b.hours between f.hours_min and f.hours_max))
      and not exists (select 1 from {s}.registrations x where x.child_id = b.id and x.facility_id = f.id
                      and x.status in ('offered', 'accepted', 'contracted'))
    group by f.id, f.name, f.kind, b.start_date, b.hours, b.band
    order by f.kind, f.name";

const PROPOSALS: &str = "select p.id, p.child_id, c.first_name || ' ' || c.last_name as child,
        coalesce(c.birth_date, c.expected_birth_date) as birth_date, p.facility_id, f.name as facility, p.start_date,
        p.hours, p.age_band, p.note, p.status, p.proposed_by, p.proposed_at, p.decided_by, p.decided_at,
        p.decision_note, p.registration_id
    from {s}.case_proposals p join {s}.children c on c.id = p.child_id join {s}.facilities f on f.id = p.facility_id";

#[derive(FromRow)]
struct CandidateRow {
    facility_id: Uuid,
    name: String,
    kind: String,
    free_places: i64,
    start_date: Date,
    hours: i16,
    band: String,
}

impl TenantDb {
    /// The facilities the office may propose for a child (none when it has no waiting registration).
    pub async fn proposal_candidates(&self, child: Uuid) -> Result<Vec<ProposalCandidate>> {
        let rows: Vec<CandidateRow> =
            sqlx::query_as(&self.q(CANDIDATES)).bind(child).bind(None::<Uuid>).fetch_all(self.pool()).await?;
        Ok(rows
            .into_iter()
            .map(|r| ProposalCandidate {
                facility_id: r.facility_id,
                name: r.name,
                kind: r.kind,
                free_places: r.free_places,
            })
            .collect())
    }

    /// Proposes a place at `facility` for a child: refused with [`Error::Rule("proposal_no_place")`]
    /// when it has no free place for the child's band and hours at the start (or does not take the
    /// child's age), with `proposal_open` when one is open there already. Audited.
    #[instrument(skip_all)]
    pub async fn propose(&self, actor: &Actor, child: Uuid, facility: Uuid, note: &str) -> Result<i64> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let found: Option<Uuid> = sqlx::query_scalar(&self.q("select id from {s}.children where id = $1 for update"))
            .bind(child)
            .fetch_optional(&mut *tx)
            .await?;
        found.ok_or(Error::NotFound)?;
        let place: Option<CandidateRow> =
            sqlx::query_as(&self.q(CANDIDATES)).bind(child).bind(facility).fetch_optional(&mut *tx).await?;
        let place = place.ok_or(Error::Rule("proposal_no_place"))?;
        let id: Option<i64> = sqlx::query_scalar(&self.q(
            "insert into {s}.case_proposals (child_id, facility_id, start_date, hours, age_band, note, proposed_by)
             values ($1, $2, $3, $4, $5, $6, $7) on conflict (child_id, facility_id) where status = 'proposed' do nothing
             returning id",
        ))
        .bind(child)
        .bind(facility)
        .bind(place.start_date)
        .bind(place.hours)
        .bind(&place.band)
        .bind(note)
        .bind(&actor.id)
        .fetch_optional(&mut *tx)
        .await?;
        let id = id.ok_or(Error::Rule("proposal_open"))?;
        self.audit_in(&mut tx, actor, "case_propose", &format!("child:{child}"), &format!("facility:{facility}"))
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Every proposal for a child, newest first.
    pub async fn case_proposals(&self, child: Uuid) -> Result<Vec<Proposal>> {
        Ok(sqlx::query_as(
            &self.q(&format!("{PROPOSALS} where p.child_id = $1 order by p.proposed_at desc, p.id desc")),
        )
        .bind(child)
        .fetch_all(self.pool())
        .await?)
    }

    /// One proposal for a facility, open or decided.
    pub async fn facility_proposal(&self, facility: Uuid, id: i64) -> Result<Option<Proposal>> {
        Ok(sqlx::query_as(&self.q(&format!("{PROPOSALS} where p.id = $1 and p.facility_id = $2")))
            .bind(id)
            .bind(facility)
            .fetch_optional(self.pool())
            .await?)
    }

    /// The open proposals for a facility, oldest first.
    pub async fn facility_proposals(&self, facility: Uuid) -> Result<Vec<Proposal>> {
        Ok(sqlx::query_as(&self.q(&format!(
            "{PROPOSALS} where p.facility_id = $1 and p.status = 'proposed'
               and coalesce((select cs.status from {{s}}.cases cs where cs.child_id = p.child_id), 'open') = 'open'
               and not exists (select 1 from {{s}}.registrations r where r.child_id = p.child_id
                               and r.status in ('offered', 'accepted', 'contracted'))
             order by p.proposed_at, p.id"
        )))
        .bind(facility)
        .fetch_all(self.pool())
        .await?)
    }

    /// The lead confirms an open proposal: an ordinary offer to the family, answerable until
    /// `answer_by`, on the child's waiting registration at the facility or on one the office makes
    /// now (origin `office`). Returns that registration. All of it or nothing.
    #[instrument(skip_all)]
    pub async fn confirm_proposal(
        &self,
        actor: &Actor,
        facility: Uuid,
        id: i64,
        answer_by: Date,
        message: impl FnOnce(&str, &str, &str) -> InboxMessage,
    ) -> Result<Uuid> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let p = self.lock_open_proposal(&mut tx, facility, id).await?;
        if !self.still_waits(&mut tx, p.child_id).await? {
            // The case was closed, or the child got a place or stopped waiting, since the proposal.
            sqlx::query(
                &self.q("update {s}.case_proposals set status = 'withdrawn', decided_at = now(), decided_by = $2
                 where id = $1"),
            )
            .bind(id)
            .bind(&actor.id)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            return Err(Error::Rule("proposal_withdrawn"));
        }
        let existing: Option<Uuid> =
            sqlx::query_scalar(&self.q("select id from {s}.registrations where child_id = $1 and facility_id = $2
               and status in ('registered', 'offered', 'accepted', 'contracted')"))
            .bind(p.child_id)
            .bind(facility)
            .fetch_optional(&mut *tx)
            .await?;
        let registration = match existing {
            Some(r) => r,
            None => sqlx::query_scalar(
                &self.q("insert into {s}.registrations (child_id, facility_id, start_date, hours, rank, origin)
                 values ($1, $2, $3, $4, 10, 'office') returning id"),
            )
            .bind(p.child_id)
            .bind(facility)
            .bind(p.start_date)
            .bind(p.hours)
            .fetch_one(&mut *tx)
            .await
            .map_err(crate::tenant::family::rule)?,
        };
        self.offer_in(&mut tx, actor, (facility, registration), answer_by, message, None).await?;
        self.decide_proposal(&mut tx, actor, id, ("confirmed", ""), Some(registration)).await?;
        tx.commit().await?;
        Ok(registration)
    }

    /// The lead refuses an open proposal with a reason the office reads.
    #[instrument(skip_all)]
    pub async fn refuse_proposal(&self, actor: &Actor, facility: Uuid, id: i64, note: &str) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        self.lock_open_proposal(&mut tx, facility, id).await?;
        self.decide_proposal(&mut tx, actor, id, ("refused", note), None).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The child (locked) has an open case, a waiting registration and no offer, acceptance or
    /// contract: a proposal for it may still become an offer.
    async fn still_waits(&self, tx: &mut PgConnection, child: Uuid) -> Result<bool> {
        let waits: Option<bool> = sqlx::query_scalar(&self.q(
            "select coalesce((select status from {s}.cases where child_id = c.id), 'open') = 'open'
                    and exists (select 1 from {s}.registrations r where r.child_id = c.id and r.status = 'registered')
                    and not exists (select 1 from {s}.registrations r where r.child_id = c.id
                                    and r.status in ('offered', 'accepted', 'contracted'))
             from {s}.children c where c.id = $1 for update of c",
        ))
        .bind(child)
        .fetch_optional(&mut *tx)
        .await?;
        Ok(waits.unwrap_or(false))
    }

    async fn lock_open_proposal(&self, tx: &mut PgConnection, facility: Uuid, id: i64) -> Result<Proposal> {
        let p: Option<Proposal> =
            sqlx::query_as(&self.q(&format!("{PROPOSALS} where p.id = $1 and p.facility_id = $2 for update of p")))
                .bind(id)
                .bind(facility)
                .fetch_optional(&mut *tx)
                .await?;
        let p = p.ok_or(Error::NotFound)?;
        if p.status != "proposed" {
            return Err(Error::Rule("proposal_decided"));
        }
        Ok(p)
    }

    async fn decide_proposal(
        &self,
        tx: &mut PgConnection,
        actor: &Actor,
        id: i64,
        (status, note): (&str, &str),
        registration: Option<Uuid>,
    ) -> Result<()> {
        sqlx::query(&self.q("update {s}.case_proposals set status = $2, decision_note = $3, decided_by = $4,
                decided_at = now(), registration_id = $5 where id = $1"))
        .bind(id)
        .bind(status)
        .bind(note)
        .bind(&actor.id)
        .bind(registration)
        .execute(&mut *tx)
        .await?;
        self.audit_in(&mut *tx, actor, &format!("proposal_{status}"), &format!("proposal:{id}"), note).await?;
        Ok(())
    }
}
