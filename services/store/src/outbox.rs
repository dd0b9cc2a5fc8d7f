//! Delivering the outbox: one row at a time, locked with `for update skip locked` (several workers
//! or replicas never take the same row), marked sent in the transaction that holds the lock. An
//! SMTP failure reschedules the row with exponential backoff; nothing is lost, and a row is never
//! sent again once its transaction committed.

use std::future::Future;

use sqlx::Connection;
use tracing::instrument;

use crate::{Result, TenantDb};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i32,
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
            let mut conn = self.connection().await?;
            let mut tx = conn.begin().await?;
            let due: Option<OutboxMail> =
                sqlx::query_as(&self.q("select id, recipient, subject, body, attempts from {s}.outbox
                 where sent_at is null and next_attempt_at <= now()
                 order by id limit 1 for update skip locked"))
                .fetch_optional(&mut *tx)
                .await?;
            let Some(mail) = due else { break };
            let (id, attempts) = (mail.id, mail.attempts);
            match send(mail).await {
                Ok(()) => {
                    sqlx::query(&self.q("update {s}.outbox set sent_at = now(), attempts = attempts + 1, last_error = null, updated_at = now() where id = $1"))
                        .bind(id)
                        .execute(&mut *tx)
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
                    .execute(&mut *tx)
                    .await?;
                    report.failed += 1;
                    tx.commit().await?;
                    // The server is likely down: leave the rest for the next round.
                    break;
                }
            }
            tx.commit().await?;
        }
        Ok(report)
    }

    /// E-mails not yet sent (due or waiting for a retry).
    pub async fn outbox_pending(&self) -> Result<i64> {
        Ok(sqlx::query_scalar(&self.q("select count(*) from {s}.outbox where sent_at is null"))
            .fetch_one(self.pool())
            .await?)
    }
}
