//! A round's inputs: read live for a run, frozen with its result, and hashed in a canonical form.

use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::{FromRow, PgConnection};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::{RunResult, micros};
use crate::{Result, TenantDb};

/// A programme: a facility's places for one age band at the round's start date.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct RoundProgramme {
    pub facility_id: Uuid,
    pub facility_name: String,
    pub age_band: String,
    pub capacity: i32,
}

/// One wish: a waiting registration with everything its priority is made of.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct RoundWish {
    pub registration_id: Uuid,
    pub child_id: Uuid,
    pub child_name: String,
    pub facility_id: Uuid,
    pub facility_name: String,
    /// The child's band by its age on the start date (`u3`, `ue3`).
    pub age_band: String,
    /// The parent's rank (1 = first wish).
    pub rank: i16,
    pub points: i32,
    pub registered_at: OffsetDateTime,
    pub lottery: i64,
    /// Not marked "not admissible" by the lead.
    pub admissible: bool,
    /// One year or older on the start date: the child has a legal entitlement to a place
    /// (§ 24 SGB VIII). Not part of the priority or the hash.
    pub entitled: bool,
    /// The labels of the criteria that gave the points, and the lead's reason when not admissible:
    /// frozen with the run for the family's explanation (not part of the hash).
    pub criteria: Vec<String>,
    pub inadmissible_reason: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoundInputs {
    pub programmes: Vec<RoundProgramme>,
    pub wishes: Vec<RoundWish>,
}

impl RoundInputs {
    /// SHA-256 (hex) of the canonical form: one line per programme
    /// (`P facility band capacity`) and per wish (`W registration child facility band rank points
    /// registered_at_µs lottery admissible`), sorted, joined by newlines.
    pub fn sha256(&self) -> String {
        let mut lines: Vec<String> = self
            .programmes
            .iter()
            .map(|p| format!("P {} {} {}", p.facility_id, p.age_band, p.capacity))
            .chain(self.wishes.iter().map(|w| {
                format!(
                    "W {} {} {} {} {} {} {} {} {}",
                    w.registration_id,
                    w.child_id,
                    w.facility_id,
                    w.age_band,
                    w.rank,
                    w.points,
                    micros(w.registered_at),
                    w.lottery,
                    w.admissible
                )
            }))
            .collect();
        lines.sort();
        let digest = Sha256::digest(lines.join("\n").as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

fn from_micros(us: i64) -> Option<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(us) * 1000).ok()
}

/// The lottery number of a child in a round: the first 63 bits of SHA-256(seed, child id), drawn
/// once per child (the same for all of its wishes) and reproducible from the stored seed.
pub fn lottery(seed: i64, child: Uuid) -> i64 {
    let digest = Sha256::new().chain_update(seed.to_be_bytes()).chain_update(child.as_bytes()).finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    (u64::from_be_bytes(first) >> 1) as i64
}

/// The child's months on the start date ($1), as the desk's offers count them.
const MONTHS: &str = "case when coalesce(c.birth_date, c.expected_birth_date) > $1 then -1
    else (extract(year from age($1, coalesce(c.birth_date, c.expected_birth_date))) * 12
        + extract(month from age($1, coalesce(c.birth_date, c.expected_birth_date))))::integer end";

impl TenantDb {
    /// The live inputs for `start`, read on `conn` (the publishing transaction, for its stale
    /// check): programmes with free places announced since the start of its Kita year; the waiting
    /// registrations for exactly that start, except of children who hold an open offer (they answer
    /// it first) or have a contract (their place is settled).
    pub(crate) async fn live_inputs(&self, conn: &mut PgConnection, start: Date, seed: i64) -> Result<RoundInputs> {
        let programmes: Vec<RoundProgramme> = sqlx::query_as(&self.q(
            "select p.facility_id, f.name as facility_name, p.age_band, sum(p.free_places)::integer as capacity
             from {s}.places p join {s}.facilities f on f.id = p.facility_id
             where p.start_date <= $1 and p.start_date >= $2
             group by p.facility_id, f.name, p.age_band having sum(p.free_places) > 0
             order by f.name, p.age_band",
        ))
        .bind(start)
        .bind(step_domain::search::kita_year_start(start))
        .fetch_all(&mut *conn)
        .await?;
        let mut wishes: Vec<RoundWish> = sqlx::query_as(&self.q(&format!(
            "select r.id as registration_id, r.child_id, c.first_name || ' ' || c.last_name as child_name,
                r.facility_id, f.name as facility_name,
                case when {MONTHS} < 36 then 'u3' else 'ue3' end as age_band, r.rank,
                coalesce((select sum(a.points) from {{s}}.registration_criteria rc
                    join {{s}}.admission_criteria a on a.facility_id = rc.facility_id and a.position = rc.position
                    where rc.registration_id = r.id), 0)::integer as points,
                r.created_at as registered_at, 0::bigint as lottery,
                not exists (select 1 from {{s}}.registration_inadmissible i where i.registration_id = r.id) as admissible,
                coalesce(age($1, coalesce(c.birth_date, c.expected_birth_date)) >= interval '1 year', false) as entitled,
                coalesce((select array_agg(a.label order by a.position) from {{s}}.registration_criteria rc
                    join {{s}}.admission_criteria a on a.facility_id = rc.facility_id and a.position = rc.position
                    where rc.registration_id = r.id), '{{}}') as criteria,
                (select i.reason from {{s}}.registration_inadmissible i where i.registration_id = r.id) as inadmissible_reason
             from {{s}}.registrations r join {{s}}.children c on c.id = r.child_id
             join {{s}}.facilities f on f.id = r.facility_id
             where r.status = 'registered' and r.start_date = $1
               and not exists (select 1 from {{s}}.registrations o where o.child_id = r.child_id
                   and o.status in ('offered', 'contracted'))
             order by r.child_id, r.rank"
        )))
        .bind(start)
        .fetch_all(&mut *conn)
        .await?;
        for w in &mut wishes {
            w.lottery = lottery(seed, w.child_id);
        }
        Ok(RoundInputs { programmes, wishes })
    }

    /// The inputs frozen with the round's last run.
    pub(crate) async fn frozen_inputs(&self, id: Uuid) -> Result<RoundInputs> {
        let programmes =
            sqlx::query_as(&self.q("select p.facility_id, f.name as facility_name, p.age_band, p.capacity
             from {s}.round_programmes p join {s}.facilities f on f.id = p.facility_id
             where p.round_id = $1 order by f.name, p.age_band"))
            .bind(id)
            .fetch_all(self.pool())
            .await?;
        let wishes = sqlx::query_as(&self.q(
            "select w.registration_id, w.child_id, coalesce(c.first_name || ' ' || c.last_name, '–') as child_name,
                w.facility_id, f.name as facility_name, w.age_band, w.rank, w.points, w.registered_at, w.lottery,
                w.admissible,
                coalesce(age(ro.start_date, coalesce(c.birth_date, c.expected_birth_date)) >= interval '1 year', false)
                    as entitled,
                array(select jsonb_array_elements_text(w.criteria)) as criteria, w.inadmissible_reason
             from {s}.round_wishes w join {s}.rounds ro on ro.id = w.round_id
             left join {s}.children c on c.id = w.child_id join {s}.facilities f on f.id = w.facility_id
             where w.round_id = $1 order by w.child_id, w.rank",
        ))
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        Ok(RoundInputs { programmes, wishes })
    }

    /// Replaces the round's frozen inputs and result with `r` (inside the caller's transaction).
    pub(crate) async fn write_frozen(&self, tx: &mut PgConnection, id: Uuid, r: &RunResult) -> Result<()> {
        // Keep the last run's assignments for the comparison with this one.
        sqlx::query(&self.q("update {s}.rounds set previous = (select coalesce(jsonb_object_agg(w.child_id::text,
                    jsonb_build_object('facility', f.name, 'rank', w.rank)), '{}') from {s}.round_wishes w
                    join {s}.facilities f on f.id = w.facility_id where w.round_id = $1 and w.assigned)
             where id = $1 and runs > 0"))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        for table in ["round_programmes", "round_wishes"] {
            sqlx::query(&self.q(&format!("delete from {{s}}.{table} where round_id = $1")))
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        let taken = r.matching.taken();
        let p = &r.inputs.programmes;
        let key = |p: &RoundProgramme| (p.facility_id, p.age_band.clone());
        let cut = |p: &RoundProgramme| r.matching.cutoff.get(&key(p));
        sqlx::query(&self.q(
            "insert into {s}.round_programmes (round_id, facility_id, age_band, capacity, taken, cutoff_points,
                cutoff_registered_at, cutoff_lottery)
             select $1, * from unnest($2::uuid[], $3::text[], $4::int[], $5::int[], $6::int[], $7::timestamptz[],
                $8::bigint[])",
        ))
        .bind(id)
        .bind(p.iter().map(|p| p.facility_id).collect::<Vec<_>>())
        .bind(p.iter().map(|p| p.age_band.clone()).collect::<Vec<_>>())
        .bind(p.iter().map(|p| p.capacity).collect::<Vec<_>>())
        .bind(p.iter().map(|p| taken.get(&key(p)).copied().unwrap_or(0) as i32).collect::<Vec<_>>())
        .bind(p.iter().map(|p| cut(p).map(|c| c.points)).collect::<Vec<_>>())
        .bind(p.iter().map(|p| cut(p).and_then(|c| from_micros(c.registered_at))).collect::<Vec<_>>())
        .bind(p.iter().map(|p| cut(p).map(|c| c.lottery as i64)).collect::<Vec<_>>())
        .execute(&mut *tx)
        .await?;
        let w = &r.inputs.wishes;
        sqlx::query(&self.q(
            "insert into {s}.round_wishes (round_id, registration_id, child_id, facility_id, age_band, rank, points,
                registered_at, lottery, admissible, assigned, criteria, inadmissible_reason)
             select $1, * from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::smallint[], $7::int[],
                $8::timestamptz[], $9::bigint[], $10::bool[], $11::bool[], $12::jsonb[], $13::text[])",
        ))
        .bind(id)
        .bind(w.iter().map(|w| w.registration_id).collect::<Vec<_>>())
        .bind(w.iter().map(|w| w.child_id).collect::<Vec<_>>())
        .bind(w.iter().map(|w| w.facility_id).collect::<Vec<_>>())
        .bind(w.iter().map(|w| w.age_band.clone()).collect::<Vec<_>>())
        .bind(w.iter().map(|w| w.rank).collect::<Vec<_>>())
        .bind(w.iter().map(|w| w.points).collect::<Vec<_>>())
        .bind(w.iter().map(|w| w.registered_at).collect::<Vec<_>>())
        .bind(w.iter().map(|w| w.lottery).collect::<Vec<_>>())
        .bind(w.iter().map(|w| w.admissible).collect::<Vec<_>>())
        .bind(w.iter().map(|w| r.assigned(w)).collect::<Vec<_>>())
        .bind(w.iter().map(|w| serde_json::json!(w.criteria)).collect::<Vec<_>>())
        .bind(w.iter().map(|w| w.inadmissible_reason.clone()).collect::<Vec<_>>())
        .execute(&mut *tx)
        .await?;
        Ok(())
    }
}
