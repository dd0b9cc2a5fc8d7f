//! Formal notices (Bescheide) of the youth welfare office (issue 20): the facts a notice is made
//! from, writing an issued notice (its PDF is in the document store) with the family's message
//! and e-mail, the notices to be posted in the order they were issued, and recording the posting.

use sqlx::{Connection, FromRow};
use time::{Date, OffsetDateTime};
use tracing::instrument;
use uuid::Uuid;

use crate::{Actor, Error, InboxMessage, Result, TenantDb};

/// The child and family a notice is addressed about and to.
#[derive(Debug, Clone, FromRow)]
pub struct NoticeFacts {
    pub child_id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Date,
    pub family_id: Uuid,
    pub family_first_name: String,
    pub family_last_name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    /// The family's language (its message is worded in it; the notice itself is German).
    pub language: String,
    /// No account, no e-mail address, or an e-mail that could not be delivered: by post.
    pub needs_post: bool,
}

/// A registration a notice is about (an offer or a rejection).
#[derive(Debug, Clone, FromRow)]
pub struct NoticeRegistration {
    pub id: Uuid,
    pub facility: String,
    pub status: String,
    pub start_date: Date,
    pub answer_by: Option<Date>,
    pub reason: Option<String>,
    pub reason_note: Option<String>,
}

/// A registration that a notice may be issued on: an open offer or a rejection (newest first).
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct NoticeCandidate {
    pub registration_id: Uuid,
    pub child_id: Uuid,
    pub child: String,
    pub facility: String,
    pub status: String,
    pub updated_at: OffsetDateTime,
}

/// An issued notice to write.
pub struct NewNotice<'a> {
    pub id: Uuid,
    pub child_id: Uuid,
    pub family_id: Uuid,
    pub registration_id: Option<Uuid>,
    pub kind: &'a str,
    pub template_version: i32,
    pub title: &'a str,
    pub body: &'a str,
    pub object_key: &'a str,
    pub size: i64,
    pub sha256: &'a str,
    pub post: bool,
}

/// An issued notice.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct NoticeRow {
    pub id: Uuid,
    pub child_id: Uuid,
    pub family_id: Uuid,
    pub registration_id: Option<Uuid>,
    pub kind: String,
    pub template_version: i32,
    pub title: String,
    pub object_key: String,
    pub size: i64,
    pub delivery: String,
    pub issued_by: String,
    pub issued_at: OffsetDateTime,
    pub posted_at: Option<OffsetDateTime>,
}

const COLUMNS: &str = "id, child_id, family_id, registration_id, kind, template_version, title, object_key, size,
    delivery, issued_by, issued_at, posted_at";

impl TenantDb {
    /// The child and family of a notice (`None` for an unknown child).
    pub async fn notice_facts(&self, child: Uuid) -> Result<Option<NoticeFacts>> {
        Ok(sqlx::query_as(&self.q(
            "select c.id as child_id, c.first_name, c.last_name, coalesce(c.birth_date, c.expected_birth_date) as birth_date,
                    f.id as family_id, f.first_name as family_first_name, f.last_name as family_last_name,
                    f.street, f.postcode, f.city, f.language,
                    (f.account_id is null or coalesce(f.email, '') = '' or exists (select 1 from {s}.outbox o
                        join {s}.messages m on m.id = o.message_id where m.family_id = f.id and o.failed_at is not null)) as needs_post
             from {s}.children c join {s}.families f on f.id = c.family_id where c.id = $1",
        ))
        .bind(child)
        .fetch_optional(self.pool())
        .await?)
    }

    /// One registration of the child, with what an offer or a rejection notice says of it.
    pub async fn notice_registration(&self, child: Uuid, registration: Uuid) -> Result<Option<NoticeRegistration>> {
        Ok(sqlx::query_as(&self.q(
            "select r.id, f.name as facility, r.status, r.start_date, r.answer_by, r.reason, r.reason_note
             from {s}.registrations r join {s}.facilities f on f.id = r.facility_id where r.id = $2 and r.child_id = $1",
        ))
        .bind(child)
        .bind(registration)
        .fetch_optional(self.pool())
        .await?)
    }

    /// The child of a registration.
    pub async fn registration_child(&self, registration: Uuid) -> Result<Option<Uuid>> {
        Ok(sqlx::query_scalar(&self.q("select child_id from {s}.registrations where id = $1"))
            .bind(registration)
            .fetch_optional(self.pool())
            .await?)
    }

    /// The newest open offers and rejections, to issue a notice on.
    pub async fn notice_candidates(&self, limit: i64) -> Result<Vec<NoticeCandidate>> {
        Ok(sqlx::query_as(&self.q(
            "select r.id as registration_id, r.child_id, c.first_name || ' ' || c.last_name as child, f.name as facility,
                    r.status, r.updated_at
             from {s}.registrations r join {s}.children c on c.id = r.child_id join {s}.facilities f on f.id = r.facility_id
             where r.status in ('offered', 'rejected') order by r.updated_at desc, r.id limit $1",
        ))
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// Writes an issued notice (its object is stored already) with its audit entry and, for a
    /// notice by e-mail, the family's message and e-mail, in one transaction.
    #[instrument(skip_all)]
    pub async fn insert_notice(&self, actor: &Actor, n: &NewNotice<'_>, message: &InboxMessage) -> Result<NoticeRow> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let row: NoticeRow = sqlx::query_as(&self.q(&format!(
            "insert into {{s}}.notices (id, child_id, family_id, registration_id, kind, template_version, title, body,
                object_key, size, sha256, delivery, issued_by, issued_role)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning {COLUMNS}"
        )))
        .bind(n.id)
        .bind(n.child_id)
        .bind(n.family_id)
        .bind(n.registration_id)
        .bind(n.kind)
        .bind(n.template_version)
        .bind(n.title)
        .bind(n.body)
        .bind(n.object_key)
        .bind(n.size)
        .bind(n.sha256)
        .bind(if n.post { "post" } else { "email" })
        .bind(&actor.id)
        .bind(&actor.role)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| match &e {
            sqlx::Error::Database(db) if db.is_foreign_key_violation() => Error::NotFound,
            _ => Error::Db(e),
        })?;
        if !n.post {
            self.tell_family(&mut tx, n.family_id, n.registration_id, message).await?;
        }
        self.audit_in(&mut tx, actor, &format!("notice_{}", n.kind), &format!("notice:{}", n.id), &row.delivery)
            .await?;
        tx.commit().await?;
        Ok(row)
    }

    pub async fn notice(&self, id: Uuid) -> Result<Option<NoticeRow>> {
        Ok(sqlx::query_as(&self.q(&format!("select {COLUMNS} from {{s}}.notices where id = $1")))
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// A child's notices, newest first.
    pub async fn child_notices(&self, child: Uuid) -> Result<Vec<NoticeRow>> {
        Ok(sqlx::query_as(
            &self.q(&format!("select {COLUMNS} from {{s}}.notices where child_id = $1 order by issued_at desc, id")),
        )
        .bind(child)
        .fetch_all(self.pool())
        .await?)
    }

    /// A family's notices, newest first.
    pub async fn family_notices(&self, family: Uuid) -> Result<Vec<NoticeRow>> {
        Ok(sqlx::query_as(
            &self.q(&format!("select {COLUMNS} from {{s}}.notices where family_id = $1 order by issued_at desc, id")),
        )
        .bind(family)
        .fetch_all(self.pool())
        .await?)
    }

    /// The newest notices of the municipality (`to_post`: only those still to be posted).
    pub async fn recent_notices(&self, to_post: bool, limit: i64) -> Result<Vec<NoticeRow>> {
        Ok(sqlx::query_as(&self.q(&format!(
            "select {COLUMNS} from {{s}}.notices where not $1 or (delivery = 'post' and posted_at is null)
             order by issued_at desc, id limit $2"
        )))
        .bind(to_post)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// How many notices are to be posted, and when the newest of them was issued.
    pub async fn to_post(&self) -> Result<(i64, Option<OffsetDateTime>)> {
        Ok(sqlx::query_as(
            &self.q("select count(*), max(issued_at) from {s}.notices where delivery = 'post' and posted_at is null"),
        )
        .fetch_one(self.pool())
        .await?)
    }

    /// The texts of the notices to be posted that were issued until `until`, in the order they
    /// were issued, `limit` after the key `after` (keyset paging: the batch reads a page at a time).
    pub async fn posting_page(
        &self,
        until: OffsetDateTime,
        after: Option<(OffsetDateTime, Uuid)>,
        limit: i64,
    ) -> Result<Vec<(OffsetDateTime, Uuid, String)>> {
        let (at, id) = after.unzip();
        Ok(sqlx::query_as(&self.q("select issued_at, id, body from {s}.notices
             where delivery = 'post' and posted_at is null and issued_at <= $1
               and ($2::timestamptz is null or (issued_at, id) > ($2, $3))
             order by issued_at, id limit $4"))
        .bind(until)
        .bind(at)
        .bind(id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// Records that the notices to be posted that were issued until `until` went out by post.
    #[instrument(skip_all)]
    pub async fn mark_posted(&self, actor: &Actor, until: OffsetDateTime) -> Result<u64> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let done = sqlx::query(&self.q("update {s}.notices set posted_at = now(), posted_by = $2
             where delivery = 'post' and posted_at is null and issued_at <= $1"))
        .bind(until)
        .bind(&actor.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        self.audit_in(&mut tx, actor, "notices_posted", "notices", &done.to_string()).await?;
        tx.commit().await?;
        Ok(done)
    }
}
