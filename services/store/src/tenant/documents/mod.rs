//! Document metadata (issue 6): the rows of stored documents with their versions, the facility's
//! inbox an upload tells, and the parent's removal of an attachment. Objects themselves are in the
//! document store; the portal writes the object first and this row after (see `step_documents`).
//!
//! Also here: `contract` (what a contract says, its confirmation), `deletion` (the family's data
//! export and account deletion) and `retention` (unanswered registrations, kept contracts).

mod contract;
mod deletion;
mod retention;

pub use contract::ContractFacts;
pub use deletion::{Deleted, DeletionPreview};

use std::collections::HashSet;

use sqlx::{Connection, FromRow, PgConnection};
use time::{Date, OffsetDateTime};
use tracing::instrument;
use uuid::Uuid;

use crate::{Actor, Error, InboxMessage, Result, TenantDb};

/// The stored metadata of one document.
#[derive(Debug, Clone, FromRow, serde::Serialize, serde::Deserialize)]
pub struct DocumentRow {
    pub id: Uuid,
    pub registration_id: Option<Uuid>,
    pub facility_id: Uuid,
    pub kind: String,
    pub version: i32,
    #[serde(skip_serializing, default)]
    pub object_key: String,
    pub filename: String,
    pub size: i64,
    pub sha256: String,
    pub content_type: String,
    pub uploaded_role: String,
    pub title: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// The family the document belongs to (none once kept after the account's deletion).
    #[serde(skip_serializing, default)]
    pub family_id: Option<Uuid>,
}

/// A document whose object is stored and whose row is to be written.
pub struct NewDocument<'a> {
    pub id: Uuid,
    pub registration: Uuid,
    pub kind: &'a str,
    pub object_key: &'a str,
    pub filename: &'a str,
    pub size: i64,
    pub sha256: &'a str,
    pub content_type: &'a str,
    pub title: &'a str,
}

/// Whether a document of `kind` may be added to a registration in `status`: a contract to an
/// accepted place, its signed copy once there is a contract and until it is confirmed, anything
/// else while the registration is open. The portal asks the same before storing the file; this is
/// the answer that counts, under the registration's lock.
pub fn document_allowed(kind: &str, status: &str, has_contract: bool) -> Result<()> {
    match (kind, status) {
        ("contract" | "signed", "contracted") => Err(Error::Rule("contract_confirmed")),
        ("contract", "accepted") => Ok(()),
        ("contract", _) => Err(Error::Rule("contract_not_accepted")),
        ("signed", "accepted") if has_contract => Ok(()),
        ("signed", _) => Err(Error::Rule("contract_missing")),
        (_, "registered" | "offered" | "accepted") => Ok(()),
        _ => Err(Error::Rule("registration_not_active")),
    }
}

const DOC_COLUMNS: &str = "id, registration_id, facility_id, kind, version, object_key, filename, size, sha256,
    content_type, uploaded_role, title, created_at, family_id";

impl TenantDb {
    /// Writes the row of a stored document as the next version of its kind for the registration,
    /// with the audit entry, and for a contract or a signed copy the history event, the parent's
    /// message (`to_parent`) and the facility's (`to_facility`), in one transaction.
    #[instrument(skip_all)]
    pub async fn insert_document(
        &self,
        actor: &Actor,
        doc: &NewDocument<'_>,
        to_parent: Option<InboxMessage>,
        to_facility: Option<InboxMessage>,
    ) -> Result<DocumentRow> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        // The registration row is locked so two uploads of one kind get consecutive versions, and
        // its status is checked here, in the transaction that writes (issue 19.7): a withdrawal or
        // a confirmation that came in while the file was being stored is seen.
        let found: Option<(Uuid, Uuid, String, bool)> =
            sqlx::query_as(&self.q("select c.family_id, r.facility_id, r.status,
                    exists (select 1 from {s}.documents d where d.registration_id = r.id and d.kind = 'contract')
             from {s}.registrations r join {s}.children c on c.id = r.child_id
             where r.id = $1 for update of r"))
            .bind(doc.registration)
            .fetch_optional(&mut *tx)
            .await?;
        let (family, facility, status, has_contract) = found.ok_or(Error::NotFound)?;
        document_allowed(doc.kind, &status, has_contract)?;
        let row = self.insert_document_row(&mut tx, doc, (family, facility), actor).await?;
        let event = match doc.kind {
            "contract" => Some("contract_created"),
            "signed" => Some("contract_signed"),
            _ => None,
        };
        if let (Some(event), Some(msg)) = (event, to_parent.as_ref()) {
            self.record(
                &mut tx,
                family,
                doc.registration,
                (event, &row.version.to_string(), actor.history_label()),
                msg,
            )
            .await?;
        }
        if let Some(msg) = to_facility {
            self.tell_facility(&mut tx, facility, doc.registration, &msg).await?;
        }
        self.audit_in(
            &mut tx,
            actor,
            "document_stored",
            &format!("document:{}", row.id),
            &format!("{} v{} {} bytes registration:{}", row.kind, row.version, row.size, doc.registration),
        )
        .await?;
        tx.commit().await?;
        Ok(row)
    }

    /// The document's row as the next version of its kind for the registration (the object is
    /// stored already), inside the caller's transaction: uploads, contracts and a message's file.
    pub(crate) async fn insert_document_row(
        &self,
        tx: &mut PgConnection,
        doc: &NewDocument<'_>,
        (family, facility): (Uuid, Uuid),
        actor: &Actor,
    ) -> Result<DocumentRow> {
        Ok(sqlx::query_as(&self.q(&format!(
            "insert into {{s}}.documents (id, registration_id, family_id, facility_id, kind, version, object_key, filename,
                size, sha256, content_type, uploaded_by, uploaded_role, title)
             values ($1, $2, $3, $4, $5,
                (select coalesce(max(version), 0) + 1 from {{s}}.documents where registration_id = $2 and kind = $5),
                $6, $7, $8, $9, $10, $11, $12, $13)
             returning {DOC_COLUMNS}"
        )))
        .bind(doc.id)
        .bind(doc.registration)
        .bind(family)
        .bind(facility)
        .bind(doc.kind)
        .bind(doc.object_key)
        .bind(doc.filename)
        .bind(doc.size)
        .bind(doc.sha256)
        .bind(doc.content_type)
        .bind(&actor.id)
        .bind(&actor.role)
        .bind(doc.title)
        .fetch_one(&mut *tx)
        .await?)
    }

    /// A message to the facility's inbox on the desk and an e-mail to its address.
    pub(crate) async fn tell_facility(
        &self,
        tx: &mut PgConnection,
        facility: Uuid,
        registration: Uuid,
        msg: &InboxMessage,
    ) -> Result<()> {
        self.tell_facility_with(tx, facility, registration, msg, None).await
    }

    /// As [`Self::tell_facility`], the e-mail carrying a calendar file (`text/calendar`).
    pub(crate) async fn tell_facility_with(
        &self,
        tx: &mut PgConnection,
        facility: Uuid,
        registration: Uuid,
        msg: &InboxMessage,
        calendar: Option<&str>,
    ) -> Result<()> {
        sqlx::query(&self.q(
            "with m as (insert into {s}.facility_messages (facility_id, registration_id, subject, body) values ($1, $2, $3, $4))
             insert into {s}.outbox (recipient, subject, body, registration_id, calendar)
             select email, $3, $4, $2, $5 from {s}.facilities where id = $1 and email <> ''",
        ))
        .bind(facility)
        .bind(registration)
        .bind(&msg.subject)
        .bind(&msg.body)
        .bind(calendar)
        .execute(&mut *tx)
        .await?;
        Ok(())
    }

    /// The facility's newest inbox messages.
    pub async fn facility_messages(&self, facility: Uuid, limit: i64) -> Result<Vec<crate::Message>> {
        Ok(sqlx::query_as(&self.q("select id, registration_id, subject, body, read_at is not null as read, created_at
             from {s}.facility_messages where facility_id = $1 order by id desc limit $2"))
        .bind(facility)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// The documents of a registration, newest first.
    pub async fn registration_documents(&self, registration: Uuid) -> Result<Vec<DocumentRow>> {
        Ok(sqlx::query_as(&self.q(&format!(
            "select {DOC_COLUMNS} from {{s}}.documents where registration_id = $1 order by kind, version desc"
        )))
        .bind(registration)
        .fetch_all(self.pool())
        .await?)
    }

    /// Every document of a family (its registrations'), newest first.
    pub async fn family_documents(&self, family: Uuid) -> Result<Vec<DocumentRow>> {
        Ok(sqlx::query_as(&self.q(&format!(
            "select {DOC_COLUMNS} from {{s}}.documents where family_id = $1 order by created_at desc, id"
        )))
        .bind(family)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn document(&self, id: Uuid) -> Result<Option<DocumentRow>> {
        Ok(sqlx::query_as(&self.q(&format!("select {DOC_COLUMNS} from {{s}}.documents where id = $1")))
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// The current version of a kind for a registration.
    pub async fn current_document(&self, registration: Uuid, kind: &str) -> Result<Option<DocumentRow>> {
        Ok(sqlx::query_as(&self.q(&format!(
            "select {DOC_COLUMNS} from {{s}}.documents where registration_id = $1 and kind = $2 order by version desc limit 1"
        )))
        .bind(registration)
        .bind(kind)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Contracts kept after their family deleted its account, of one facility.
    pub async fn kept_documents(&self, facility: Uuid) -> Result<Vec<(DocumentRow, Date)>> {
        #[derive(FromRow)]
        struct Kept {
            #[sqlx(flatten)]
            doc: DocumentRow,
            retain_until: Date,
        }
        let rows: Vec<Kept> = sqlx::query_as(&self.q(&format!(
            "select {DOC_COLUMNS}, retain_until from {{s}}.documents
             where facility_id = $1 and family_id is null and retain_until is not null order by created_at desc"
        )))
        .bind(facility)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(|k| (k.doc, k.retain_until)).collect())
    }

    /// The parent removes an attachment (not a contract or a signed copy) of a registration of the
    /// family that is still open. Returns the object key to remove from the store (the row is gone
    /// first; a failed removal leaves an orphan for the sweeper). Foreign or unknown: NotFound.
    #[instrument(skip_all)]
    pub async fn delete_attachment(&self, account: Uuid, document: Uuid) -> Result<String> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let found: Option<(String, String, Uuid, Uuid)> =
            sqlx::query_as(&self.q("select d.kind, r.status, d.registration_id, d.family_id from {s}.documents d
             join {s}.registrations r on r.id = d.registration_id
             where d.id = $1 and d.family_id = (select id from {s}.families where account_id = $2)
             for update of d, r"))
            .bind(document)
            .bind(account)
            .fetch_optional(&mut *tx)
            .await?;
        let (kind, status, registration, family) = found.ok_or(Error::NotFound)?;
        if matches!(kind.as_str(), "contract" | "signed") {
            return Err(Error::Rule("document_contract"));
        }
        // A message's file belongs to the conversation: removing it would change what was written.
        if kind == "attachment" {
            return Err(Error::NotFound);
        }
        if !matches!(status.as_str(), "registered" | "offered" | "accepted") {
            return Err(Error::Rule("registration_not_active"));
        }
        let key: String = sqlx::query_scalar(&self.q("delete from {s}.documents where id = $1 returning object_key"))
            .bind(document)
            .fetch_one(&mut *tx)
            .await?;
        self.audit_in(
            &mut tx,
            &Actor::account(account, "parent"),
            "document_deleted",
            &format!("document:{document}"),
            &format!("{kind}, Vormerkung {registration}, Familie {family}"),
        )
        .await?;
        tx.commit().await?;
        Ok(key)
    }

    /// Every object key this tenant's rows point at (for the sweeper).
    pub async fn document_keys(&self) -> Result<HashSet<String>> {
        let keys: Vec<String> = sqlx::query_scalar(
            &self.q("select object_key from {s}.documents union all select object_key from {s}.notices"),
        )
        .fetch_all(self.pool())
        .await?;
        Ok(keys.into_iter().collect())
    }
}
