//! Delivering the outbox: one row at a time, claimed with `for update skip locked` (several workers
//! or replicas never take the same row) and leased for [`LEASE_SECONDS`] in a short statement of its
//! own, so no database connection is held while the SMTP dialogue runs. Sent rows are marked sent;
//! an SMTP failure reschedules the row with exponential backoff; nothing is lost. A process that
//! stops between the dialogue and the mark sends that one e-mail again when the lease has run out
//! (as before, when the transaction holding the row lock was cut off).

use std::future::Future;

use tracing::instrument;

use crate::{Result, TenantDb};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i32,
    /// The language of the family it goes to (issue 18: the footer and subject prefix are worded
    /// in it); German for a facility or a member of staff.
    pub language: String,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Delivery {
    pub sent: usize,
    pub failed: usize,
}

/// Seconds until the next try after `attempts` failures: 10 s, 20 s, 40 s … at most one hour.
pub fn backoff_seconds(attempts: i32) -> f64 {
    (10.0 * 2f64.powi(attempts.clamp(0, 20))).min(3600.0)
}

/// How long a claimed e-mail is kept from other senders: far longer than an SMTP dialogue may take
/// (15 s), so only a sender that stopped leaves it to be taken again.
pub const LEASE_SECONDS: f64 = 300.0;

impl TenantDb {
    /// Sends up to `limit` due e-mails with `send`; returns how many went out and how many failed.
    #[instrument(skip_all, fields(tenant.schema = %self.schema()))]
    pub async fn deliver_outbox<F, Fut>(&self, limit: usize, send: F) -> Result<Delivery>
    where
        F: Fn(OutboxMail) -> Fut,
        Fut: Future<Output = std::result::Result<(), String>>,
    {
        let mut report = Delivery::default();
        for _ in 0..limit {
            let due: Option<OutboxMail> = sqlx::query_as(&self.q(
                "update {s}.outbox set next_attempt_at = now() + make_interval(secs => $1), updated_at = now()
                 where id = (select id from {s}.outbox where sent_at is null and next_attempt_at <= now()
                             order by id limit 1 for update skip locked)
                 returning id, recipient, subject, body, attempts,
                     coalesce((select f.language from {s}.messages m join {s}.families f on f.id = m.family_id
                               where m.id = message_id), 'de') as language",
            ))
            .bind(LEASE_SECONDS)
            .fetch_optional(self.pool())
            .await?;
            let Some(mail) = due else { break };
            let (id, attempts) = (mail.id, mail.attempts);
            match send(mail).await {
                Ok(()) => {
                    sqlx::query(&self.q("update {s}.outbox set sent_at = now(), attempts = attempts + 1, last_error = null, updated_at = now() where id = $1"))
                        .bind(id)
                        .execute(self.pool())
                        .await?;
                    report.sent += 1;
                }
                Err(error) => {
                    sqlx::query(
                        &self.q("update {s}.outbox set attempts = attempts + 1, last_error = $2, updated_at = now(),
                            next_attempt_at = now() + make_interval(secs => $3) where id = $1"),
                    )
                    .bind(id)
                    .bind(&error)
                    .bind(backoff_seconds(attempts))
                    .execute(self.pool())
                    .await?;
                    report.failed += 1;
                    // The server is likely down: leave the rest for the next round.
                    break;
                }
            }
        }
        Ok(report)
    }

    /// E-mails not yet sent (due or waiting for a retry).
    pub async fn outbox_pending(&self) -> Result<i64> {
        Ok(sqlx::query_scalar(&self.q("select count(*) from {s}.outbox where sent_at is null"))
            .fetch_one(self.pool())
            .await?)
    }

    /// Queues one e-mail that belongs to no inbox message (an invitation to a staff role).
    pub async fn queue_mail(&self, recipient: &str, subject: &str, body: &str) -> Result<i64> {
        Ok(sqlx::query_scalar(
            &self.q("insert into {s}.outbox (recipient, subject, body) values ($1, $2, $3) returning id"),
        )
        .bind(recipient)
        .bind(subject)
        .bind(body)
        .fetch_one(self.pool())
        .await?)
    }
}
