//! A facility's waiting list: its active registrations ranked by the points of their ticked
//! criteria, then by the time of registration; the closed ones; one registration with the family's
//! contact and history; and the desk's facilities with their counts.

use sqlx::FromRow;
use time::{Date, OffsetDateTime};
use tracing::instrument;
use uuid::Uuid;

use crate::{RegistrationEvent, Result, TenantDb};

/// One row of a facility's waiting list.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct WaitingRow {
    pub id: Uuid,
    pub child_first_name: String,
    pub child_last_name: String,
    pub birth_date: Option<Date>,
    pub expected_birth_date: Option<Date>,
    pub start_date: Date,
    pub hours: i16,
    /// The parent's priority for this facility (1 = first choice).
    pub rank: i16,
    pub status: String,
    pub origin: String,
    pub note: String,
    pub answer_by: Option<Date>,
    pub reason: Option<String>,
    /// Sum of the points of the criteria that apply.
    pub points: i64,
    /// The labels of the criteria that gave the points (confirmed by the facility).
    pub criteria: Vec<String>,
    /// The labels of the criteria the family declared (issue 16), and whether the facility has
    /// reviewed them: until then they are shown beside the confirmed ones, and count for nothing.
    pub declared: Vec<String>,
    pub criteria_reviewed: bool,
    /// The office's offer lock holds this registration while the child has an open offer elsewhere.
    pub paused: bool,
    pub created_at: OffsetDateTime,
    /// The lead marked it not admissible for allocation rounds (issue 17).
    pub inadmissible: bool,
    /// In the last dry run of an open round: assigned here (true) or considered without a place
    /// here (false); none when no open round has run with it.
    pub round_assigned: Option<bool>,
    /// When the admission talk is booked (issue 21).
    pub talk_at: Option<OffsetDateTime>,
}

/// A registration as the facility sees it: the child, the family's contact, the criteria.
#[derive(Debug, Clone, FromRow)]
pub struct StaffRegistration {
    #[sqlx(flatten)]
    pub row: WaitingRow,
    pub family_first_name: String,
    pub family_last_name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub phone: String,
    pub email: String,
    /// Positions of the facility's criteria that are ticked (confirmed by the facility).
    pub ticked: Vec<i16>,
    /// Positions of the criteria the family declared.
    pub declared_positions: Vec<i16>,
    #[sqlx(skip)]
    pub history: Vec<RegistrationEvent>,
}

const WAITING_COLUMNS: &str = "r.id, c.first_name as child_first_name, c.last_name as child_last_name, c.birth_date,
    c.expected_birth_date, r.start_date, r.hours, r.rank, r.status, r.origin, r.note, r.answer_by, r.reason, r.created_at,
    coalesce(pts.points, 0)::bigint as points, coalesce(pts.labels, '{}') as criteria,
    coalesce((select array_agg(a.label order by a.position) from {s}.registration_declared_criteria dc
        join {s}.admission_criteria a on a.facility_id = dc.facility_id and a.position = dc.position
        where dc.registration_id = r.id), '{}') as declared,
    (r.criteria_reviewed_at is not null) as criteria_reviewed,
    ((select offer_lock from {s}.settings) and r.status = 'registered' and exists (select 1 from {s}.registrations o
        where o.child_id = r.child_id and o.status = 'offered' and o.id <> r.id)) as paused,
    exists (select 1 from {s}.registration_inadmissible i where i.registration_id = r.id) as inadmissible,
    (select rw.assigned from {s}.round_wishes rw join {s}.rounds ro on ro.id = rw.round_id
        where rw.registration_id = r.id and ro.status = 'dry_run' limit 1) as round_assigned,
    (select ts.starts_at from {s}.talk_slots ts where ts.booked_by = r.id) as talk_at";

/// Registrations with their child, the settings and the points of their ticked criteria, all of
/// facility `$1` (the criteria are aggregated in one pass: a list of 2,000 rows is a hot page).
const WAITING_FROM: &str = "{s}.registrations r join {s}.children c on c.id = r.child_id
    left join (select rc.registration_id, sum(a.points) as points, array_agg(a.label order by a.position) as labels
        from {s}.registration_criteria rc
        join {s}.admission_criteria a on a.facility_id = rc.facility_id and a.position = rc.position
        where rc.facility_id = $1 group by rc.registration_id) pts on pts.registration_id = r.id";

impl TenantDb {
    /// The active registrations of a facility, ranked by the points of their criteria, then by the
    /// time of registration (earlier first).
    #[instrument(skip_all)]
    pub async fn waiting_list(&self, facility: Uuid) -> Result<Vec<WaitingRow>> {
        Ok(sqlx::query_as(&self.q(&format!(
            "select {WAITING_COLUMNS} from {WAITING_FROM}
             where r.facility_id = $1 and r.status in ('registered', 'offered', 'accepted')
             order by points desc, r.created_at, r.id"
        )))
        .bind(facility)
        .fetch_all(self.pool())
        .await?)
    }

    /// The facility's registrations that are no longer active, newest first.
    pub async fn closed_registrations(&self, facility: Uuid, limit: i64) -> Result<Vec<WaitingRow>> {
        Ok(sqlx::query_as(&self.q(&format!(
            "select {WAITING_COLUMNS} from {WAITING_FROM}
             where r.facility_id = $1 and r.status not in ('registered', 'offered', 'accepted')
             order by r.updated_at desc, r.id limit $2"
        )))
        .bind(facility)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// One registration of this facility with the family's contact; `None` for any other id.
    pub async fn staff_registration(&self, facility: Uuid, id: Uuid) -> Result<Option<StaffRegistration>> {
        let found: Option<StaffRegistration> = sqlx::query_as(&self.q(&format!(
            "select {WAITING_COLUMNS}, fam.first_name as family_first_name, fam.last_name as family_last_name,
                    fam.street, fam.postcode, fam.city, fam.phone, fam.email,
                    coalesce((select array_agg(position order by position) from {{s}}.registration_criteria
                              where registration_id = r.id), '{{}}') as ticked,
                    coalesce((select array_agg(position order by position) from {{s}}.registration_declared_criteria
                              where registration_id = r.id), '{{}}') as declared_positions
             from {WAITING_FROM} join {{s}}.families fam on fam.id = c.family_id
             where r.facility_id = $1 and r.id = $2"
        )))
        .bind(facility)
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        let Some(mut found) = found else { return Ok(None) };
        found.history = sqlx::query_as(
            &self.q("select status, note, actor, created_at from {s}.registration_events where registration_id = $1 order by id"),
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        Ok(Some(found))
    }

    /// The facility a registration belongs to (for the permission check before anything else).
    pub async fn registration_facility(&self, id: Uuid) -> Result<Option<(Uuid, String)>> {
        Ok(sqlx::query_as(
            &self.q("select f.id, f.kind from {s}.registrations r join {s}.facilities f on f.id = r.facility_id where r.id = $1"),
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Kind of a facility of this tenant (`kita` or `ktp`), `None` for an unknown id.
    pub async fn facility_kind(&self, id: Uuid) -> Result<Option<String>> {
        Ok(sqlx::query_scalar(&self.q("select kind from {s}.facilities where id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// Facilities with their number of active registrations, optionally only some ids or one kind.
    pub async fn desk_facilities(
        &self,
        ids: Option<&[Uuid]>,
        kind: Option<&str>,
    ) -> Result<Vec<(Uuid, String, String, i64, i64)>> {
        Ok(sqlx::query_as(&self.q("select f.id, f.name, f.kind,
                    (select count(*) from {s}.registrations r where r.facility_id = f.id and r.status = 'registered'),
                    (select count(*) from {s}.registrations r where r.facility_id = f.id and r.status = 'offered')
             from {s}.facilities f where ($1::uuid[] is null or f.id = any($1)) and ($2::text is null or f.kind = $2)
             order by f.kind, f.name"))
        .bind(ids)
        .bind(kind)
        .fetch_all(self.pool())
        .await?)
    }
}
