//! The facility desk (issue 5): the ranked waiting list, offers (Platzzusage) that hold a place,
//! declines (Absage) with a reason, the parent's answer, expiry, and the audit log. Every change
//! writes its history event, the parent's inbox message, the e-mail and the audit entry in the same
//! transaction as the change itself.
//!
//! Capacity is a count of free places per (facility, start date, age band, hours); an offer takes
//! one with `update … where free_places > 0` (the row lock makes concurrent offers wait, and the
//! re-checked condition lets only as many through as there are places), and expiry, refusal or
//! withdrawal of an offered or accepted registration gives it back.

use sqlx::{Connection, FromRow, PgConnection};
use step_domain::search::kita_year_start;
use time::{Date, OffsetDateTime};
use tracing::instrument;
use uuid::Uuid;

use crate::family::RegistrationEvent;
use crate::{Error, InboxMessage, Result, TenantDb};

/// Who acts, for the history, the audit log and the e-mails: an account in a role, or the system.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: String,
    pub role: String,
}

impl Actor {
    pub fn system() -> Self {
        Self { id: "system".into(), role: "system".into() }
    }

    pub fn account(id: Uuid, role: &str) -> Self {
        Self { id: id.to_string(), role: role.into() }
    }

    /// How the parent's history names the actor.
    pub(crate) fn history_label(&self) -> &'static str {
        match self.role.as_str() {
            "parent" => "parent",
            "facility_lead" | "ktp_advisor" => "facility",
            "office_staff" | "district_admin" => "office",
            _ => "system",
        }
    }
}

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
    /// The labels of the criteria that gave the points.
    pub criteria: Vec<String>,
    /// The office's offer lock holds this registration while the child has an open offer elsewhere.
    pub paused: bool,
    pub created_at: OffsetDateTime,
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
    /// Positions of the facility's criteria that are ticked.
    pub ticked: Vec<i16>,
    #[sqlx(skip)]
    pub history: Vec<RegistrationEvent>,
}

#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct CatalogueCriterion {
    pub position: i16,
    pub label: String,
    pub points: i16,
}

#[derive(Debug, Clone, PartialEq, Eq, FromRow, serde::Serialize)]
pub struct Capacity {
    pub start_date: Date,
    pub age_band: String,
    /// 0 = any weekly hours.
    pub hours: i16,
    pub free_places: i16,
}

#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub actor: String,
    pub role: String,
    pub action: String,
    pub object: String,
    pub detail: String,
    pub created_at: OffsetDateTime,
}

/// The office's procedure settings stored in the tenant schema.
#[derive(Debug, Clone, Copy, FromRow)]
pub struct DeskSettings {
    pub offer_answer_days: i16,
    pub offer_lock: bool,
}

pub use step_domain::desk::ProfileInput;

const WAITING_COLUMNS: &str = "r.id, c.first_name as child_first_name, c.last_name as child_last_name, c.birth_date,
    c.expected_birth_date, r.start_date, r.hours, r.rank, r.status, r.origin, r.note, r.answer_by, r.reason, r.created_at,
    coalesce(pts.points, 0)::bigint as points, coalesce(pts.labels, '{}') as criteria,
    ((select offer_lock from {s}.settings) and r.status = 'registered' and exists (select 1 from {s}.registrations o
        where o.child_id = r.child_id and o.status = 'offered' and o.id <> r.id)) as paused";

/// Registrations with their child, the settings and the points of their ticked criteria, all of
/// facility `$1` (the criteria are aggregated in one pass: a list of 2,000 rows is a hot page).
const WAITING_FROM: &str = "{s}.registrations r join {s}.children c on c.id = r.child_id
    left join (select rc.registration_id, sum(a.points) as points, array_agg(a.label order by a.position) as labels
        from {s}.registration_criteria rc
        join {s}.admission_criteria a on a.facility_id = rc.facility_id and a.position = rc.position
        where rc.facility_id = $1 group by rc.registration_id) pts on pts.registration_id = r.id";

/// The registration row locked for a change, with the names the messages need.
#[derive(FromRow)]
struct Locked {
    status: String,
    child_id: Uuid,
    family_id: Uuid,
    facility_id: Uuid,
    child: String,
    facility: String,
    start_date: Date,
    hours: i16,
    months: i32,
    answer_by: Option<Date>,
    place_start: Option<Date>,
    place_band: Option<String>,
    place_hours: Option<i16>,
}

const LOCK: &str = "select r.status, r.child_id, c.family_id, r.facility_id, c.first_name as child, f.name as facility,
        r.start_date, r.hours, r.answer_by, r.place_start, r.place_band, r.place_hours,
        case when coalesce(c.birth_date, c.expected_birth_date) > r.start_date then -1
             else (extract(year from age(r.start_date, coalesce(c.birth_date, c.expected_birth_date))) * 12
                 + extract(month from age(r.start_date, coalesce(c.birth_date, c.expected_birth_date))))::integer end as months
    from {s}.registrations r join {s}.children c on c.id = r.child_id join {s}.facilities f on f.id = r.facility_id";

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
                              where registration_id = r.id), '{{}}') as ticked
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

    pub async fn desk_settings(&self) -> Result<DeskSettings> {
        Ok(sqlx::query_as(&self.q("select offer_answer_days, offer_lock from {s}.settings"))
            .fetch_one(self.pool())
            .await?)
    }

    /// The office switches the offer lock on or off (audited).
    pub async fn set_offer_lock(&self, actor: &Actor, on: bool) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        sqlx::query(&self.q("update {s}.settings set offer_lock = $1, updated_at = now()"))
            .bind(on)
            .execute(&mut *tx)
            .await?;
        self.audit_in(&mut tx, actor, "offer_lock", "settings", if on { "on" } else { "off" }).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Copies the office's answer period into the tenant schema.
    pub async fn sync_offer_days(&self, days: u16) -> Result<()> {
        sqlx::query(
            &self.q("update {s}.settings set offer_answer_days = $1, updated_at = now() where offer_answer_days <> $1"),
        )
        .bind(i16::try_from(days.clamp(1, 90)).unwrap_or(14))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn criteria_catalogue(&self, facility: Uuid) -> Result<Vec<CatalogueCriterion>> {
        Ok(sqlx::query_as(
            &self.q(
                "select position, label, points from {s}.admission_criteria where facility_id = $1 order by position",
            ),
        )
        .bind(facility)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn capacity(&self, facility: Uuid) -> Result<Vec<Capacity>> {
        Ok(sqlx::query_as(
            &self.q("select start_date, age_band, hours, free_places from {s}.places where facility_id = $1
             order by start_date, age_band, hours"),
        )
        .bind(facility)
        .fetch_all(self.pool())
        .await?)
    }

    /// Saves the criteria catalogue. Each entry keeps its position (the ticks on registrations refer
    /// to it): `Some(position)` updates that criterion, `None` adds one after the last; positions in
    /// `remove` are deleted, and with them their ticks.
    #[instrument(skip_all)]
    pub async fn save_criteria(
        &self,
        actor: &Actor,
        facility: Uuid,
        items: &[(Option<i16>, String, i16)],
        remove: &[i16],
    ) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        sqlx::query(&self.q("delete from {s}.admission_criteria where facility_id = $1 and position = any($2)"))
            .bind(facility)
            .bind(remove)
            .execute(&mut *tx)
            .await?;
        for (position, label, points) in items {
            let done = sqlx::query(&self.q(
                "insert into {s}.admission_criteria (facility_id, position, label, points)
                 values ($1, coalesce($2, (select coalesce(max(position) + 1, 0) from {s}.admission_criteria where facility_id = $1)), $3, $4)
                 on conflict (facility_id, position) do update set label = excluded.label, points = excluded.points,
                    updated_at = now()",
            ))
            .bind(facility)
            .bind(position)
            .bind(label)
            .bind(points)
            .execute(&mut *tx)
            .await?;
            debug_assert_eq!(done.rows_affected(), 1);
        }
        self.audit_in(&mut tx, actor, "criteria_saved", &format!("facility:{facility}"), &items.len().to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Changes free places. A line with `Some(shown)` changes an existing row by the difference
    /// between the new value and the one the form showed, so offers, refusals and expiries since the
    /// page was loaded are kept; one that would go below zero is [`Error::Rule("capacity_changed")`]
    /// and nothing is saved. A line with `None` adds a new row; one that exists already is
    /// [`Error::Rule("capacity_exists")`].
    #[instrument(skip_all)]
    pub async fn save_capacity(&self, actor: &Actor, facility: Uuid, rows: &[(Capacity, Option<i16>)]) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        for (c, shown) in rows {
            let done = match shown {
                Some(shown) if *shown == c.free_places => continue,
                Some(shown) => {
                    sqlx::query(&self.q(
                        "update {s}.places set free_places = free_places + ($5 - $6), updated_at = now()
                         where facility_id = $1 and start_date = $2 and age_band = $3 and hours = $4
                           and free_places + ($5 - $6) >= 0",
                    ))
                    .bind(facility)
                    .bind(c.start_date)
                    .bind(&c.age_band)
                    .bind(c.hours)
                    .bind(c.free_places)
                    .bind(shown)
                    .execute(&mut *tx)
                    .await?
                }
                None => {
                    sqlx::query(&self.q(
                        "insert into {s}.places (facility_id, start_date, age_band, hours, free_places) values ($1, $2, $3, $4, $5)
                         on conflict (facility_id, start_date, age_band, hours) do nothing",
                    ))
                    .bind(facility)
                    .bind(c.start_date)
                    .bind(&c.age_band)
                    .bind(c.hours)
                    .bind(c.free_places)
                    .execute(&mut *tx)
                    .await?
                }
            };
            if done.rows_affected() != 1 {
                // A new line for a row that exists is refused too: its number is changed in its row.
                return Err(Error::Rule(if shown.is_some() { "capacity_changed" } else { "capacity_exists" }));
            }
        }
        self.audit_in(&mut tx, actor, "capacity_saved", &format!("facility:{facility}"), &rows.len().to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    #[instrument(skip_all)]
    pub async fn save_profile(&self, actor: &Actor, facility: Uuid, p: &ProfileInput) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        sqlx::query(&self.q(
            "update {s}.facilities set opening_hours = $2, description = $3, concepts = $4, contact_name = $5,
                phone = $6, email = $7, updated_at = now(),
                search_text = lower(name || ' ' || provider_org || ' ' || street || ' ' || city || ' '
                    || array_to_string($4::text[], ' ') || ' ' || $3)
             where id = $1",
        ))
        .bind(facility)
        .bind(&p.opening_hours)
        .bind(&p.description)
        .bind(&p.concepts)
        .bind(&p.contact_name)
        .bind(&p.phone)
        .bind(&p.email)
        .execute(&mut *tx)
        .await?;
        self.audit_in(&mut tx, actor, "profile_saved", &format!("facility:{facility}"), "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Ticks exactly the given criteria (positions of the facility's catalogue) on a registration.
    #[instrument(skip_all)]
    pub async fn set_registration_criteria(
        &self,
        actor: &Actor,
        facility: Uuid,
        registration: Uuid,
        positions: &[i16],
    ) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let found: Option<Uuid> = sqlx::query_scalar(
            &self.q("select id from {s}.registrations where id = $1 and facility_id = $2 for update"),
        )
        .bind(registration)
        .bind(facility)
        .fetch_optional(&mut *tx)
        .await?;
        found.ok_or(Error::NotFound)?;
        sqlx::query(&self.q("delete from {s}.registration_criteria where registration_id = $1"))
            .bind(registration)
            .execute(&mut *tx)
            .await?;
        let done = sqlx::query(&self.q(
            "insert into {s}.registration_criteria (registration_id, facility_id, position)
             select $1, $2, a.position from {s}.admission_criteria a where a.facility_id = $2 and a.position = any($3)",
        ))
        .bind(registration)
        .bind(facility)
        .bind(positions)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() as usize != positions.len() {
            return Err(Error::Rule("criterion_unknown"));
        }
        let detail = positions.iter().map(i16::to_string).collect::<Vec<_>>().join(",");
        self.audit_in(&mut tx, actor, "criteria_ticked", &format!("registration:{registration}"), &detail).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn lock_registration(&self, tx: &mut PgConnection, filter: &str, id: Uuid, key: Uuid) -> Result<Locked> {
        let found: Option<Locked> =
            sqlx::query_as(&self.q(&format!("{LOCK} where r.id = $1 and {filter} for update of r")))
                .bind(id)
                .bind(key)
                .fetch_optional(&mut *tx)
                .await?;
        found.ok_or(Error::NotFound)
    }

    /// Locks the child of a registration. Changes that touch several registrations of one child
    /// (an offer under the offer lock, an acceptance) take the child first and its registrations
    /// after, so two of them never wait on each other.
    async fn lock_child_of(&self, tx: &mut PgConnection, registration: Uuid) -> Result<()> {
        sqlx::query(&self.q(
            "select c.id from {s}.children c join {s}.registrations r on r.child_id = c.id where r.id = $1 for update of c",
        ))
        .bind(registration)
        .fetch_optional(&mut *tx)
        .await?;
        Ok(())
    }

    /// Gives the place an offered or accepted registration holds back to the facility.
    async fn release_place(&self, tx: &mut PgConnection, r: &Locked) -> Result<()> {
        if let (Some(start), Some(band), Some(hours)) = (r.place_start, &r.place_band, r.place_hours) {
            sqlx::query(&self.q("update {s}.places set free_places = free_places + 1, updated_at = now()
                 where facility_id = $1 and start_date = $2 and age_band = $3 and hours = $4"))
            .bind(r.facility_id)
            .bind(start)
            .bind(band)
            .bind(hours)
            .execute(&mut *tx)
            .await?;
        }
        Ok(())
    }

    async fn set_status(&self, tx: &mut PgConnection, id: Uuid, status: &str, keep_place: bool) -> Result<()> {
        let clear = if keep_place { "" } else { ", place_start = null, place_band = null, place_hours = null" };
        sqlx::query(
            &self.q(&format!("update {{s}}.registrations set status = $2, updated_at = now(){clear} where id = $1")),
        )
        .bind(id)
        .bind(status)
        .execute(&mut *tx)
        .await?;
        Ok(())
    }

    /// Appends to the audit log inside the caller's transaction.
    pub(crate) async fn audit_in(
        &self,
        tx: &mut PgConnection,
        actor: &Actor,
        action: &str,
        object: &str,
        detail: &str,
    ) -> Result<()> {
        sqlx::query(
            &self.q("insert into {s}.audit_log (actor, role, action, object, detail) values ($1, $2, $3, $4, $5)"),
        )
        .bind(&actor.id)
        .bind(&actor.role)
        .bind(action)
        .bind(object)
        .bind(detail)
        .execute(&mut *tx)
        .await?;
        Ok(())
    }

    /// Records a change made outside the tenant's tables (e.g. its maintenance mode).
    pub async fn audit(&self, actor: &Actor, action: &str, object: &str, detail: &str) -> Result<()> {
        let mut conn = self.connection().await?;
        self.audit_in(&mut conn, actor, action, object, detail).await
    }

    /// Records a staff read of a child's record.
    pub async fn audit_read(&self, actor: &Actor, action: &str, object: &str) -> Result<()> {
        let mut conn = self.connection().await?;
        self.audit_in(&mut conn, actor, action, object, "").await
    }

    /// The newest audit entries, optionally only those of one object or action.
    pub async fn audit_entries(&self, object: Option<&str>, limit: i64) -> Result<Vec<AuditEntry>> {
        Ok(sqlx::query_as(&self.q("select id, actor, role, action, object, detail, created_at from {s}.audit_log
             where ($1::text is null or object = $1) order by id desc limit $2"))
        .bind(object)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// Makes an offer for a waiting registration of `facility`, answerable until `answer_by`. Takes
    /// a free place of the child's age band at the start date (announced since the start of that
    /// Kita year, the exact weekly hours before "any hours"); with none left it is
    /// [`Error::Rule("offer_no_place")`] and nothing changes.
    #[instrument(skip_all)]
    pub async fn offer(
        &self,
        actor: &Actor,
        facility: Uuid,
        registration: Uuid,
        answer_by: Date,
        message: impl FnOnce(&str, &str) -> InboxMessage,
    ) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        self.lock_child_of(&mut tx, registration).await?;
        let r = self.lock_registration(&mut tx, "r.facility_id = $2", registration, facility).await?;
        if r.status != "registered" {
            return Err(Error::Rule("registration_not_waiting"));
        }
        let locked: bool = sqlx::query_scalar(&self.q(
            "select st.offer_lock and exists (select 1 from {s}.registrations o where o.child_id = $1 and o.status = 'offered')
             from {s}.settings st",
        ))
        .bind(r.child_id)
        .fetch_one(&mut *tx)
        .await?;
        if locked {
            return Err(Error::Rule("offer_lock"));
        }
        let band = if r.months < 36 { "u3" } else { "ue3" };
        let candidates: Vec<(Date, i16)> = sqlx::query_as(&self.q(
            "select start_date, hours from {s}.places where facility_id = $1 and age_band = $2 and hours in ($3, 0)
                and start_date <= $4 and start_date >= $5 and free_places > 0
             order by start_date desc, hours desc",
        ))
        .bind(facility)
        .bind(band)
        .bind(r.hours)
        .bind(r.start_date)
        .bind(kita_year_start(r.start_date))
        .fetch_all(&mut *tx)
        .await?;
        let mut taken = None;
        for (start, hours) in candidates {
            let done = sqlx::query(&self.q("update {s}.places set free_places = free_places - 1, updated_at = now()
                 where facility_id = $1 and start_date = $2 and age_band = $3 and hours = $4 and free_places > 0"))
            .bind(facility)
            .bind(start)
            .bind(band)
            .bind(hours)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 1 {
                taken = Some((start, hours));
                break;
            }
        }
        let Some((start, hours)) = taken else { return Err(Error::Rule("offer_no_place")) };
        sqlx::query(
            &self.q(
                "update {s}.registrations set status = 'offered', answer_by = $2, place_start = $3, place_band = $4,
                place_hours = $5, updated_at = now() where id = $1",
            ),
        )
        .bind(registration)
        .bind(answer_by)
        .bind(start)
        .bind(band)
        .bind(hours)
        .execute(&mut *tx)
        .await?;
        let msg = message(&r.child, &r.facility);
        self.record(
            &mut tx,
            r.family_id,
            registration,
            ("offered", &answer_by.to_string(), actor.history_label()),
            &msg,
        )
        .await?;
        self.audit_in(&mut tx, actor, "offer", &format!("registration:{registration}"), &answer_by.to_string()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Declines (Absage) a waiting registration with a reason from the catalogue and a note.
    #[instrument(skip_all)]
    pub async fn decline(
        &self,
        actor: &Actor,
        facility: Uuid,
        registration: Uuid,
        (reason, note): (&str, &str),
        message: impl FnOnce(&str, &str) -> InboxMessage,
    ) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let r = self.lock_registration(&mut tx, "r.facility_id = $2", registration, facility).await?;
        if r.status != "registered" {
            return Err(Error::Rule("registration_not_waiting"));
        }
        sqlx::query(&self.q(
            "update {s}.registrations set status = 'rejected', reason = $2, reason_note = $3, updated_at = now() where id = $1",
        ))
        .bind(registration)
        .bind(reason)
        .bind(note)
        .execute(&mut *tx)
        .await?;
        let msg = message(&r.child, &r.facility);
        self.record(&mut tx, r.family_id, registration, ("rejected", reason, actor.history_label()), &msg).await?;
        self.audit_in(&mut tx, actor, "decline", &format!("registration:{registration}"), reason).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The parent accepts an open offer. The child's other active registrations are withdrawn in
    /// the same transaction (places they held go back), the parent gets a message for each and each
    /// facility an e-mail. `facility_mail(child, facility)` words that e-mail.
    #[instrument(skip_all)]
    pub async fn accept(
        &self,
        account: Uuid,
        registration: Uuid,
        today: Date,
        accepted: impl FnOnce(&str, &str) -> InboxMessage,
        withdrawn: impl Fn(&str, &str) -> InboxMessage,
        facility_mail: impl Fn(&str, &str) -> InboxMessage,
    ) -> Result<()> {
        let actor = Actor::account(account, "parent");
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        self.lock_child_of(&mut tx, registration).await?;
        let owned = "c.family_id = (select id from {s}.families where account_id = $2)";
        let r = self.lock_registration(&mut tx, owned, registration, account).await?;
        if r.status != "offered" {
            return Err(Error::Rule("offer_not_open"));
        }
        if r.answer_by.is_some_and(|d| d < today) {
            return Err(Error::Rule("offer_expired"));
        }
        self.set_status(&mut tx, registration, "accepted", true).await?;
        self.record(&mut tx, r.family_id, registration, ("accepted", "", "parent"), &accepted(&r.child, &r.facility))
            .await?;
        self.audit_in(&mut tx, &actor, "accept", &format!("registration:{registration}"), "").await?;
        // Locked here, in the order of the places they hold (two acceptances releasing places of
        // the same facilities then take those rows in the same order), and re-checked after the lock:
        // a registration answered meanwhile is left alone. An earlier acceptance goes too: a child
        // holds one place.
        let others: Vec<Uuid> = sqlx::query_scalar(&self.q(
            "select id from {s}.registrations where child_id = $1 and id <> $2 and status in ('registered', 'offered', 'accepted')
             order by facility_id, place_start nulls last, place_band nulls last, place_hours nulls last, id
             for update",
        ))
        .bind(r.child_id)
        .bind(registration)
        .fetch_all(&mut *tx)
        .await?;
        for other in others {
            let o = self.lock_registration(&mut tx, "r.child_id = $2", other, r.child_id).await?;
            self.release_place(&mut tx, &o).await?;
            self.set_status(&mut tx, other, "withdrawn", false).await?;
            let note = "accepted_elsewhere";
            self.record(&mut tx, o.family_id, other, ("withdrawn", note, "system"), &withdrawn(&o.child, &o.facility))
                .await?;
            let mail = facility_mail(&o.child, &o.facility);
            sqlx::query(&self.q("insert into {s}.outbox (recipient, subject, body)
                 select email, $2, $3 from {s}.facilities where id = $1 and email <> ''"))
            .bind(o.facility_id)
            .bind(&mail.subject)
            .bind(&mail.body)
            .execute(&mut *tx)
            .await?;
            self.audit_in(&mut tx, &Actor::system(), "withdraw", &format!("registration:{other}"), note).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The parent declines an open offer; the place goes back to the facility.
    #[instrument(skip_all)]
    pub async fn refuse(
        &self,
        account: Uuid,
        registration: Uuid,
        message: impl FnOnce(&str, &str) -> InboxMessage,
    ) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let owned = "c.family_id = (select id from {s}.families where account_id = $2)";
        let r = self.lock_registration(&mut tx, owned, registration, account).await?;
        if r.status != "offered" {
            return Err(Error::Rule("offer_not_open"));
        }
        self.release_place(&mut tx, &r).await?;
        self.set_status(&mut tx, registration, "declined", false).await?;
        self.record(&mut tx, r.family_id, registration, ("declined", "", "parent"), &message(&r.child, &r.facility))
            .await?;
        self.audit_in(
            &mut tx,
            &Actor::account(account, "parent"),
            "refuse",
            &format!("registration:{registration}"),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Withdraws a registration of the family's child (by the parent); a place it held goes back.
    pub(crate) async fn withdraw_locked(&self, family: Uuid, registration: Uuid, message: &InboxMessage) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let r = self.lock_registration(&mut tx, "c.family_id = $2", registration, family).await?;
        if !matches!(r.status.as_str(), "registered" | "offered" | "accepted") {
            return Err(Error::Rule("registration_not_active"));
        }
        self.release_place(&mut tx, &r).await?;
        self.set_status(&mut tx, registration, "withdrawn", false).await?;
        self.record(&mut tx, family, registration, ("withdrawn", "", "parent"), message).await?;
        self.audit_in(
            &mut tx,
            &Actor { id: format!("family:{family}"), role: "parent".into() },
            "withdraw",
            &format!("registration:{registration}"),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Offers whose answer deadline passed before `today` expire and their places go back. Returns
    /// how many expired. Safe to run on several workers at once (rows are taken with skip locked).
    #[instrument(skip_all, fields(tenant.schema = %self.schema()))]
    pub async fn expire_offers(&self, today: Date, message: impl Fn(&str, &str) -> InboxMessage) -> Result<usize> {
        let mut count = 0;
        loop {
            let mut conn = self.connection().await?;
            let mut tx = conn.begin().await?;
            let due: Option<Uuid> = sqlx::query_scalar(
                &self.q("select id from {s}.registrations where status = 'offered' and answer_by < $1
                 order by answer_by, id limit 1 for update skip locked"),
            )
            .bind(today)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(id) = due else { break };
            let r = self.lock_registration(&mut tx, "r.id = $2", id, id).await?;
            self.release_place(&mut tx, &r).await?;
            self.set_status(&mut tx, id, "expired", false).await?;
            self.record(&mut tx, r.family_id, id, ("expired", "", "system"), &message(&r.child, &r.facility)).await?;
            self.audit_in(&mut tx, &Actor::system(), "expire", &format!("registration:{id}"), "").await?;
            tx.commit().await?;
            count += 1;
        }
        Ok(count)
    }
}
