//! What a facility keeps up itself: its catalogue of admission criteria and the ticks on a
//! registration, its free places per start date, age band and weekly hours, and its profile. Each
//! save is one transaction with its audit entry.

use sqlx::{Connection, FromRow};
use time::Date;
use tracing::instrument;
use uuid::Uuid;

use crate::{Actor, Error, Result, TenantDb};

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

pub use step_domain::desk::ProfileInput;

impl TenantDb {
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
        // Saving is the review of what the family declared (issue 16): from now on the family sees
        // which of its criteria were confirmed.
        sqlx::query(
            &self.q("update {s}.registrations set criteria_reviewed_at = now(), updated_at = now() where id = $1"),
        )
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
}
