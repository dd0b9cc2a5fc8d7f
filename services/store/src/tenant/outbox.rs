//! Delivering the outbox: one row at a time, claimed with `for update skip locked` (several workers
//! or replicas never take the same row) and leased for [`LEASE_SECONDS`] in a short statement of its
//! own, so no database connection is held while the SMTP dialogue runs. Sent rows are marked sent;
//! a temporary failure reschedules the row with exponential backoff, up to [`MAX_ATTEMPTS`]; a
//! permanent one (SMTP 5xx, an address that cannot be parsed) marks it failed with the reason at
//! once (issue 19.5), for the office's list of undeliverable e-mails. A process that stops between
//! the dialogue and the mark sends that one e-mail again when the lease has run out.

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
    /// An iCalendar file to attach (the admission talk, issue 21).
    pub calendar: Option<String>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Delivery {
    pub sent: usize,
    /// Attempts that failed (temporary or permanent).
    pub failed: usize,
    /// E-mails given up for good in this round (permanent refusal or too many attempts).
    pub undeliverable: usize,
}

/// Why an e-mail did not go out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// Trying again may work (SMTP 4xx, the server unreachable): backoff, up to [`MAX_ATTEMPTS`].
    Temporary(String),
    /// Trying again will not work (SMTP 5xx, an address that cannot be parsed): failed at once.
    Permanent(String),
}

/// Temporary failures after which an e-mail is given up (with backoff: about a day of trying).
pub const MAX_ATTEMPTS: i32 = 30;

/// An e-mail given up, as the office lists it: the family to reach another way.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct UndeliverableMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub failure: String,
    pub attempts: i32,
    pub created_at: time::OffsetDateTime,
    pub failed_at: time::OffsetDateTime,
    /// The family it was for (none for a staff invitation), with what it takes to call or write.
    pub family_name: Option<String>,
    pub phone: Option<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
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
        Fut: Future<Output = std::result::Result<(), SendError>>,
    {
        let mut report = Delivery::default();
        for _ in 0..limit {
            let due: Option<OutboxMail> = sqlx::query_as(&self.q(
                "update {s}.outbox set next_attempt_at = now() + make_interval(secs => $1), updated_at = now()
                 where id = (select id from {s}.outbox where sent_at is null and failed_at is null and next_attempt_at <= now()
                             order by id limit 1 for update skip locked)
                 returning id, recipient, subject, body, attempts, calendar,
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
                Err(SendError::Temporary(error)) if attempts + 1 < MAX_ATTEMPTS => {
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
                    // The server is likely down or busy: leave the rest for the next round.
                    break;
                }
                Err(SendError::Temporary(error) | SendError::Permanent(error)) => {
                    sqlx::query(
                        &self.q("update {s}.outbox set attempts = attempts + 1, last_error = $2, failure = $2,
                            failed_at = now(), updated_at = now() where id = $1"),
                    )
                    .bind(id)
                    .bind(&error)
                    .execute(self.pool())
                    .await?;
                    tracing::warn!(outbox.id = id, error = %error, "e-mail undeliverable; the office lists it");
                    report.failed += 1;
                    report.undeliverable += 1;
                }
            }
        }
        Ok(report)
    }

    /// E-mails given up, newest first, with the family to contact another way (at most `limit`).
    pub async fn undeliverable_mail(&self, limit: i64) -> Result<Vec<UndeliverableMail>> {
        Ok(sqlx::query_as(&self.q(
            "select o.id, o.recipient, o.subject, o.failure, o.attempts, o.created_at, o.failed_at,
                    f.first_name || ' ' || f.last_name as family_name, f.phone, f.street, f.postcode, f.city
             from {s}.outbox o
             left join {s}.messages m on m.id = o.message_id
             left join {s}.families f on f.id = m.family_id
             where o.failed_at is not null
             order by o.failed_at desc, o.id desc limit $1",
        ))
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// How many e-mails were given up (for the office's overview).
    pub async fn undeliverable_count(&self) -> Result<i64> {
        Ok(sqlx::query_scalar(&self.q("select count(*) from {s}.outbox where failed_at is not null"))
            .fetch_one(self.pool())
            .await?)
    }

    /// E-mails not yet sent (due or waiting for a retry; not those given up).
    pub async fn outbox_pending(&self) -> Result<i64> {
        Ok(sqlx::query_scalar(&self.q("select count(*) from {s}.outbox where sent_at is null and failed_at is null"))
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
