//! The offices' procedure calendars (issue 20): one row per intake, and the record of every change
//! written in the same transaction.

use sqlx::FromRow;
use step_domain::calendar::CalendarEntry;
use time::{Date, OffsetDateTime};

use crate::{PlatformDb, Result};

#[derive(FromRow)]
struct Row {
    start_date: Date,
    registration_deadline: Date,
    matching_day: Date,
    answer_until: Date,
    second_round: Option<Date>,
}

/// A change of a calendar: who set or deleted which intake, when.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct CalendarChange {
    pub start_date: Date,
    /// `set` or `deleted`
    pub action: String,
    pub dates: String,
    pub changed_by: String,
    pub created_at: OffsetDateTime,
}

impl PlatformDb {
    /// The office's intakes, by start.
    pub async fn calendar(&self, office: &str) -> Result<Vec<CalendarEntry>> {
        let rows: Vec<Row> = sqlx::query_as(
            "select start_date, registration_deadline, matching_day, answer_until, second_round
             from procedure_calendar where office = $1 order by start_date",
        )
        .bind(office)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| CalendarEntry {
                start: r.start_date,
                registration_deadline: r.registration_deadline,
                matching_day: r.matching_day,
                answer_until: r.answer_until,
                second_round: r.second_round,
            })
            .collect())
    }

    /// Sets (adds or changes) an intake of the office, recording the change; `dates` is the
    /// intake as the page shows it.
    pub async fn set_calendar_entry(&self, office: &str, e: &CalendarEntry, dates: &str, by: &str) -> Result<()> {
        #[allow(clippy::disallowed_methods)] // the platform pool is fixed to search_path=platform
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "insert into procedure_calendar (office, start_date, registration_deadline, matching_day, answer_until,
                 second_round, changed_by) values ($1, $2, $3, $4, $5, $6, $7)
             on conflict (office, start_date) do update set registration_deadline = $3, matching_day = $4,
                 answer_until = $5, second_round = $6, changed_by = $7, updated_at = now()",
        )
        .bind(office)
        .bind(e.start)
        .bind(e.registration_deadline)
        .bind(e.matching_day)
        .bind(e.answer_until)
        .bind(e.second_round)
        .bind(by)
        .execute(&mut *tx)
        .await?;
        self.record_calendar_change(&mut tx, office, e.start, ("set", dates), by).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deletes an intake of the office (false when there was none), recording the change.
    pub async fn delete_calendar_entry(&self, office: &str, start: Date, by: &str) -> Result<bool> {
        #[allow(clippy::disallowed_methods)] // the platform pool is fixed to search_path=platform
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query("delete from procedure_calendar where office = $1 and start_date = $2")
            .bind(office)
            .bind(start)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Ok(false);
        }
        self.record_calendar_change(&mut tx, office, start, ("deleted", ""), by).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn record_calendar_change(
        &self,
        tx: &mut sqlx::PgConnection,
        office: &str,
        start: Date,
        (action, dates): (&str, &str),
        by: &str,
    ) -> Result<()> {
        sqlx::query(
            "insert into procedure_calendar_changes (office, start_date, action, dates, changed_by)
             values ($1, $2, $3, $4, $5)",
        )
        .bind(office)
        .bind(start)
        .bind(action)
        .bind(dates)
        .bind(by)
        .execute(&mut *tx)
        .await?;
        Ok(())
    }

    /// The office's newest calendar changes.
    pub async fn calendar_changes(&self, office: &str, limit: i64) -> Result<Vec<CalendarChange>> {
        Ok(sqlx::query_as(
            "select start_date, action, dates, changed_by, created_at from procedure_calendar_changes
             where office = $1 order by created_at desc, id desc limit $2",
        )
        .bind(office)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }
}
