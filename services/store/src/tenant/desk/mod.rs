//! The facility desk (issue 5): the ranked waiting list, offers (Platzzusage) that hold a place,
//! declines (Absage) with a reason, the parent's answer, expiry, and the audit log. Every change
//! writes its history event, the parent's inbox message, the e-mail and the audit entry in the same
//! transaction as the change itself.
//!
//! Capacity is a count of free places per (facility, start date, age band, hours); an offer takes
//! one with `update … where free_places > 0` (the row lock makes concurrent offers wait, and the
//! re-checked condition lets only as many through as there are places), and expiry, refusal or
//! withdrawal of an offered or accepted registration gives it back.
//!
//! By what a reader looks for: `waiting` (the ranked waiting list and one registration),
//! `offers` (offer and decline by the facility), `answers` (the parent's answer and withdrawal,
//! expiry), `catalogue` (criteria, free places, profile), `settings` (the office's procedure
//! settings) and `audit` (who acts, the audit log). Here: the locking every status change shares.

mod answers;
mod audit;
mod catalogue;
mod offers;
mod settings;
mod waiting;

pub use audit::{Actor, AuditEntry, AuditFilter};
pub use catalogue::{Capacity, CatalogueCriterion, ProfileInput};
pub use settings::DeskSettings;
pub use waiting::{StaffRegistration, WaitingRow};

use sqlx::{FromRow, PgConnection};
use time::Date;
use uuid::Uuid;

use crate::{Error, Result, TenantDb};

/// The registration row locked for a change, with the names the messages need.
#[derive(FromRow)]
struct Locked {
    status: String,
    child_id: Uuid,
    family_id: Uuid,
    facility_id: Uuid,
    child: String,
    facility: String,
    /// The family's language (issue 18): messages to the parent are worded in it.
    language: String,
    start_date: Date,
    hours: i16,
    months: i32,
    answer_by: Option<Date>,
    place_start: Option<Date>,
    place_band: Option<String>,
    place_hours: Option<i16>,
    /// The parent's rank when the offer came from an allocation round (issue 17).
    round_rank: Option<i16>,
}

const LOCK: &str = "select r.status, r.child_id, c.family_id, r.facility_id, c.first_name as child, f.name as facility,
        (select fam.language from {s}.families fam where fam.id = c.family_id) as language, r.start_date, r.hours, r.answer_by, r.place_start, r.place_band, r.place_hours,
        case when r.round_id is not null then r.rank end as round_rank,
        case when coalesce(c.birth_date, c.expected_birth_date) > r.start_date then -1
             else (extract(year from age(r.start_date, coalesce(c.birth_date, c.expected_birth_date))) * 12
                 + extract(month from age(r.start_date, coalesce(c.birth_date, c.expected_birth_date))))::integer end as months
    from {s}.registrations r join {s}.children c on c.id = r.child_id join {s}.facilities f on f.id = r.facility_id";

impl TenantDb {
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
}
