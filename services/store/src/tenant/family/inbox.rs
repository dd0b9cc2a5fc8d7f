//! The parent's inbox: the history event, message and e-mail a status change writes inside its
//! transaction (`record`), and the family's messages with their unread count.

use sqlx::FromRow;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::{Result, TenantDb};

#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct Message {
    pub id: i64,
    pub registration_id: Option<Uuid>,
    pub subject: String,
    pub body: String,
    pub read: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// A message for the parent's inbox, written in the same transaction as the change it reports.
pub struct InboxMessage {
    pub subject: String,
    pub body: String,
}

impl TenantDb {
    /// History event and inbox message for a status change, inside the caller's transaction.
    pub(crate) async fn record(
        &self,
        tx: &mut sqlx::PgConnection,
        family: Uuid,
        registration: Uuid,
        (status, note, actor): (&str, &str, &str),
        message: &InboxMessage,
    ) -> Result<()> {
        // History event, inbox message and the e-mail to the family's address: one statement.
        sqlx::query(&self.q(
            "with e as (insert into {s}.registration_events (registration_id, status, note, actor) values ($2, $5, $6, $7)),
                  m as (insert into {s}.messages (family_id, registration_id, subject, body) values ($1, $2, $3, $4) returning id)
             insert into {s}.outbox (message_id, recipient, subject, body)
             select m.id, f.email, $3, $4 from m, {s}.families f where f.id = $1",
        ))
        .bind(family)
        .bind(registration)
        .bind(&message.subject)
        .bind(&message.body)
        .bind(status)
        .bind(note)
        .bind(actor)
        .execute(&mut *tx)
        .await?;
        Ok(())
    }

    /// A message in the family's inbox and its e-mail to the family's address, in the caller's
    /// transaction (without a history event: reminders, notices, conversations).
    pub(crate) async fn tell_family(
        &self,
        tx: &mut sqlx::PgConnection,
        family: Uuid,
        registration: Option<Uuid>,
        message: &InboxMessage,
    ) -> Result<()> {
        self.tell_family_with(tx, family, registration, message, None).await
    }

    /// As [`Self::tell_family`], the e-mail carrying a calendar file (`text/calendar`).
    pub(crate) async fn tell_family_with(
        &self,
        tx: &mut sqlx::PgConnection,
        family: Uuid,
        registration: Option<Uuid>,
        message: &InboxMessage,
        calendar: Option<&str>,
    ) -> Result<()> {
        sqlx::query(&self.q(
            "with m as (insert into {s}.messages (family_id, registration_id, subject, body) values ($1, $2, $3, $4) returning id)
             insert into {s}.outbox (message_id, recipient, subject, body, calendar)
             select m.id, f.email, $3, $4, $5 from m, {s}.families f where f.id = $1",
        ))
        .bind(family)
        .bind(registration)
        .bind(&message.subject)
        .bind(&message.body)
        .bind(calendar)
        .execute(&mut *tx)
        .await?;
        Ok(())
    }

    pub async fn messages(&self, family: Uuid) -> Result<Vec<Message>> {
        Ok(sqlx::query_as(&self.q("select id, registration_id, subject, body, read_at is not null as read, created_at
             from {s}.messages where family_id = $1 order by id desc limit 200"))
        .bind(family)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn unread_count(&self, family: Uuid) -> Result<i64> {
        Ok(sqlx::query_scalar(&self.q("select count(*) from {s}.messages where family_id = $1 and read_at is null"))
            .bind(family)
            .fetch_one(self.pool())
            .await?)
    }

    /// Marks all of the family's messages read (opening the inbox reads them).
    pub async fn mark_read(&self, family: Uuid) -> Result<u64> {
        Ok(sqlx::query(
            &self.q(
                "update {s}.messages set read_at = now(), updated_at = now() where family_id = $1 and read_at is null",
            ),
        )
        .bind(family)
        .execute(self.pool())
        .await?
        .rows_affected())
    }
}
