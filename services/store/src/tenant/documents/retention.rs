//! Retention: registrations never answered go after the office's period (the parent is told), and
//! documents kept after an account's deletion go when their date has passed. The office sets both
//! periods.

use sqlx::{Connection, FromRow};
use time::{Date, OffsetDateTime};
use tracing::instrument;
use uuid::Uuid;

use crate::{Actor, InboxMessage, Result, TenantDb};

impl TenantDb {
    /// Deletes registrations that were never answered (still waiting) and are older than the
    /// office's retention period, with their attachments' rows; the parent is told. Kept documents
    /// past their date go as well. Returns the object keys to remove and how many registrations went.
    #[instrument(skip_all, fields(tenant.schema = %self.schema()))]
    pub async fn apply_retention(
        &self,
        now: OffsetDateTime,
        today: Date,
        message: impl Fn(&str, &str, &str) -> InboxMessage,
    ) -> Result<(Vec<String>, usize)> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        #[derive(FromRow)]
        struct Due {
            id: Uuid,
            family_id: Uuid,
            child: String,
            facility: String,
            language: String,
        }
        let due: Vec<Due> = sqlx::query_as(&self.q(
            "select r.id, c.family_id, c.first_name as child, f.name as facility,
                (select fam.language from {s}.families fam where fam.id = c.family_id) as language
             from {s}.registrations r join {s}.children c on c.id = r.child_id join {s}.facilities f on f.id = r.facility_id,
                  {s}.settings st
             where r.status = 'registered' and r.created_at < $1 - make_interval(days => st.retention_days)
             order by r.id for update of r skip locked",
        ))
        .bind(now)
        .fetch_all(&mut *tx)
        .await?;
        let ids: Vec<Uuid> = due.iter().map(|d| d.id).collect();
        let mut keys: Vec<String> = sqlx::query_scalar(&self.q(
            "delete from {s}.documents where (registration_id = any($1) and retain_until is null) or retain_until < $2
             returning object_key",
        ))
        .bind(&ids)
        .bind(today)
        .fetch_all(&mut *tx)
        .await?;
        for d in &due {
            let msg = message(&d.child, &d.facility, &d.language);
            sqlx::query(&self.q(
                "with m as (insert into {s}.messages (family_id, subject, body) values ($1, $2, $3) returning id)
                 insert into {s}.outbox (message_id, recipient, subject, body)
                 select m.id, f.email, $2, $3 from m, {s}.families f where f.id = $1",
            ))
            .bind(d.family_id)
            .bind(&msg.subject)
            .bind(&msg.body)
            .execute(&mut *tx)
            .await?;
            self.audit_in(&mut tx, &Actor::system(), "retention_deleted", &format!("registration:{}", d.id), "")
                .await?;
        }
        sqlx::query(&self.q("delete from {s}.registrations where id = any($1)")).bind(&ids).execute(&mut *tx).await?;
        tx.commit().await?;
        keys.sort();
        Ok((keys, due.len()))
    }

    /// The office's retention settings: (days for unanswered registrations, years for contracts).
    pub async fn retention_settings(&self) -> Result<(i16, i16)> {
        Ok(sqlx::query_as(&self.q("select retention_days, contract_retention_years from {s}.settings"))
            .fetch_one(self.pool())
            .await?)
    }

    pub async fn set_retention(&self, actor: &Actor, days: i16, years: i16) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        sqlx::query(
            &self.q("update {s}.settings set retention_days = $1, contract_retention_years = $2, updated_at = now()"),
        )
        .bind(days)
        .bind(years)
        .execute(&mut *tx)
        .await?;
        self.audit_in(&mut tx, actor, "retention_set", "settings", &format!("{days} Tage, {years} Jahre")).await?;
        tx.commit().await?;
        Ok(())
    }
}
