//! Publishing a round: its last dry run becomes ordinary offers (status `offered`, the office's
//! answer period, history events, inbox messages and e-mails), all in one transaction, so a crash
//! leaves either no offer or all of them. A round whose inputs changed since its dry run (a
//! registration, a tick or a free place) is stale and must be run again; a published round is
//! frozen, and publishing it again changes nothing.

use sqlx::Connection;
use time::Date;
use tracing::instrument;
use uuid::Uuid;

use super::WishExplanation;
use crate::{Actor, Error, InboxMessage, Result, TenantDb};

impl TenantDb {
    /// Publishes round `id`; returns the number of offers made.
    #[instrument(skip_all)]
    pub async fn publish_round(
        &self,
        actor: &Actor,
        id: Uuid,
        answer_by: Date,
        message: impl Fn(&str, &str, &str) -> InboxMessage,
        explain: impl Fn(&[WishExplanation]) -> InboxMessage,
    ) -> Result<usize> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let round: Option<(String, Date, i64, Option<String>)> = sqlx::query_as(
            &self.q("select status, start_date, seed, inputs_sha256 from {s}.rounds where id = $1 for update"),
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let (status, start, seed, stored) = round.ok_or(Error::NotFound)?;
        match status.as_str() {
            "published" => return Err(Error::Rule("round_published")),
            "draft" => return Err(Error::Rule("round_not_run")),
            _ => {}
        }
        // Nothing that goes into a round may change while it is checked and published: the inputs'
        // tables are held in share row exclusive mode (writers, and other publishes, wait for this
        // transaction; readers do not).
        sqlx::query(
            &self.q(
                "lock table {s}.registrations, {s}.places, {s}.registration_criteria, {s}.registration_inadmissible,
                {s}.children in share row exclusive mode",
            ),
        )
        .execute(&mut *tx)
        .await?;
        if stored.as_deref() != Some(self.live_inputs(&mut tx, start, seed).await?.sha256().as_str()) {
            return Err(Error::Rule("round_stale"));
        }
        let assigned: Vec<(Uuid, Uuid)> = sqlx::query_as(
            &self.q("select facility_id, registration_id from {s}.round_wishes where round_id = $1 and assigned
             order by facility_id, registration_id"),
        )
        .bind(id)
        .fetch_all(&mut *tx)
        .await?;
        for pair in &assigned {
            self.offer_in(&mut tx, actor, *pair, answer_by, &message, Some(id)).await?;
        }
        // Every child of the round learns why: one message per child with each of its wishes.
        let wishes = self.round_explanations_in(&mut tx, id).await?;
        for child in wishes.chunk_by(|a, b| a.child_id == b.child_id) {
            let about = child.iter().find(|w| w.assigned).unwrap_or(&child[0]);
            let m = explain(child);
            sqlx::query(&self.q(
                "with m as (insert into {s}.messages (family_id, registration_id, subject, body) values ($1, $2, $3, $4)
                     returning id)
                 insert into {s}.outbox (message_id, recipient, subject, body)
                 select m.id, f.email, $3, $4 from m, {s}.families f where f.id = $1",
            ))
            .bind(about.family_id)
            .bind(about.registration_id)
            .bind(&m.subject)
            .bind(&m.body)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query(&self.q(
            "update {s}.rounds set status = 'published', published_at = now(), published_by = $2, updated_at = now()
             where id = $1",
        ))
        .bind(id)
        .bind(&actor.id)
        .execute(&mut *tx)
        .await?;
        let detail = format!("{} offers · sha256 {}", assigned.len(), stored.unwrap_or_default());
        self.audit_in(&mut tx, actor, "round_published", &format!("round:{id}"), &detail).await?;
        tx.commit().await?;
        Ok(assigned.len())
    }

    /// The lead marks a waiting registration of `facility` not admissible before a round (reason
    /// from the decline catalogue, a note), or takes the mark back (`reason` = None).
    pub async fn mark_inadmissible(
        &self,
        actor: &Actor,
        facility: Uuid,
        registration: Uuid,
        reason: Option<(&str, &str)>,
    ) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let status: Option<String> = sqlx::query_scalar(
            &self.q("select status from {s}.registrations where id = $1 and facility_id = $2 for update"),
        )
        .bind(registration)
        .bind(facility)
        .fetch_optional(&mut *tx)
        .await?;
        if status.ok_or(Error::NotFound)? != "registered" {
            return Err(Error::Rule("registration_not_waiting"));
        }
        match reason {
            Some((reason, note)) => {
                sqlx::query(&self.q(
                    "insert into {s}.registration_inadmissible (registration_id, reason, note, marked_by)
                     values ($1, $2, $3, $4) on conflict (registration_id) do update set reason = excluded.reason,
                        note = excluded.note, marked_by = excluded.marked_by, marked_at = now()",
                ))
                .bind(registration)
                .bind(reason)
                .bind(note)
                .bind(&actor.id)
                .execute(&mut *tx)
                .await?;
            }
            None => {
                sqlx::query(&self.q("delete from {s}.registration_inadmissible where registration_id = $1"))
                    .bind(registration)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        let (action, detail) = match reason {
            Some((r, _)) => ("marked_inadmissible", r),
            None => ("unmarked_inadmissible", ""),
        };
        self.audit_in(&mut tx, actor, action, &format!("registration:{registration}"), detail).await?;
        tx.commit().await?;
        Ok(())
    }
}

impl TenantDb {
    /// The lead's "not admissible" mark of a registration: (reason, note).
    pub async fn inadmissible_mark(&self, registration: Uuid) -> Result<Option<(String, String)>> {
        Ok(sqlx::query_as(&self.q("select reason, note from {s}.registration_inadmissible where registration_id = $1"))
            .bind(registration)
            .fetch_optional(self.pool())
            .await?)
    }
}
