//! Document metadata (issue 6), contract confirmation, the family's data export, account deletion
//! and the retention of unanswered registrations. Objects themselves are in the document store;
//! the portal writes the object first and this row after (see `step_documents`).

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

/// What a contract says: the registration with child, guardians and facility.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct ContractFacts {
    pub registration_id: Uuid,
    pub status: String,
    pub family_id: Uuid,
    pub facility_id: Uuid,
    pub facility_name: String,
    /// The operator (Träger), the legal party of the contract.
    pub provider: String,
    pub facility_kind: String,
    pub facility_street: String,
    pub facility_postcode: String,
    pub facility_city: String,
    pub child_first_name: String,
    pub child_last_name: String,
    pub birth_date: Option<Date>,
    pub expected_birth_date: Option<Date>,
    pub guardian_first_name: String,
    pub guardian_last_name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub phone: String,
    pub email: String,
    pub guardian2_first_name: Option<String>,
    pub guardian2_last_name: Option<String>,
    pub start_date: Date,
    pub hours: i16,
    /// The current versions (0 = none yet).
    pub contract_version: i32,
    pub signed_version: i32,
}

const FACTS: &str = "select r.id as registration_id, r.status, c.family_id, r.facility_id, f.name as facility_name,
        f.provider_org as provider, f.kind as facility_kind, f.street as facility_street, f.postcode as facility_postcode, f.city as facility_city,
        c.first_name as child_first_name, c.last_name as child_last_name, c.birth_date, c.expected_birth_date,
        fa.first_name as guardian_first_name, fa.last_name as guardian_last_name, fa.street, fa.postcode, fa.city,
        fa.phone, fa.email, nullif(fa.guardian2_first_name, '') as guardian2_first_name,
        nullif(fa.guardian2_last_name, '') as guardian2_last_name, r.start_date, r.hours,
        coalesce((select max(version) from {s}.documents d where d.registration_id = r.id and d.kind = 'contract'), 0) as contract_version,
        coalesce((select max(version) from {s}.documents d where d.registration_id = r.id and d.kind = 'signed'), 0) as signed_version
    from {s}.registrations r join {s}.children c on c.id = r.child_id join {s}.families fa on fa.id = c.family_id
    join {s}.facilities f on f.id = r.facility_id";

const DOC_COLUMNS: &str = "id, registration_id, facility_id, kind, version, object_key, filename, size, sha256,
    content_type, uploaded_role, title, created_at, family_id";

/// Which of a family's documents (`d`) survive the deletion of its account, with the office's
/// settings as `st`: the contract and its signed copy of a contracted registration, unless the
/// office keeps nothing (0 years). One definition for the deletion and for its preview.
const KEPT_ON_DELETION: &str = "d.kind in ('contract', 'signed') and st.contract_retention_years > 0
    and exists (select 1 from {s}.registrations r where r.id = d.registration_id and r.status = 'contracted')";

/// What deleting a family's account would do: documents removed, documents kept, years kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeletionPreview {
    pub removed: i64,
    pub kept: i64,
    pub years: i16,
}

/// What deleting a family's account did: objects to remove now, documents kept.
#[derive(Debug, Default)]
pub struct Deleted {
    pub object_keys: Vec<String>,
    pub kept: usize,
}

impl TenantDb {
    /// The registration as its parent (signed-in `account`) may see it.
    pub async fn contract_facts_for_parent(&self, account: Uuid, registration: Uuid) -> Result<Option<ContractFacts>> {
        Ok(sqlx::query_as(&self.q(&format!("{FACTS} where r.id = $1 and fa.account_id = $2")))
            .bind(registration)
            .bind(account)
            .fetch_optional(self.pool())
            .await?)
    }

    /// The registration as facility `facility` may see it.
    pub async fn contract_facts_for_facility(
        &self,
        facility: Uuid,
        registration: Uuid,
    ) -> Result<Option<ContractFacts>> {
        Ok(sqlx::query_as(&self.q(&format!("{FACTS} where r.id = $1 and r.facility_id = $2")))
            .bind(registration)
            .bind(facility)
            .fetch_optional(self.pool())
            .await?)
    }

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
        // The registration row is locked so two uploads of one kind get consecutive versions.
        let found: Option<(Uuid, Uuid)> =
            sqlx::query_as(&self.q(
                "select c.family_id, r.facility_id from {s}.registrations r join {s}.children c on c.id = r.child_id
             where r.id = $1 for update of r",
            ))
            .bind(doc.registration)
            .fetch_optional(&mut *tx)
            .await?;
        let (family, facility) = found.ok_or(Error::NotFound)?;
        let row: DocumentRow = sqlx::query_as(&self.q(&format!(
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
        .await?;
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

    /// A message to the facility's inbox on the desk and an e-mail to its address.
    pub(crate) async fn tell_facility(
        &self,
        tx: &mut PgConnection,
        facility: Uuid,
        registration: Uuid,
        msg: &InboxMessage,
    ) -> Result<()> {
        sqlx::query(&self.q(
            "with m as (insert into {s}.facility_messages (facility_id, registration_id, subject, body) values ($1, $2, $3, $4))
             insert into {s}.outbox (recipient, subject, body) select email, $3, $4 from {s}.facilities where id = $1 and email <> ''",
        ))
        .bind(facility)
        .bind(registration)
        .bind(&msg.subject)
        .bind(&msg.body)
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
        let keys: Vec<String> =
            sqlx::query_scalar(&self.q("select object_key from {s}.documents")).fetch_all(self.pool()).await?;
        Ok(keys.into_iter().collect())
    }

    /// The facility confirms the contract of an accepted registration of `facility` whose signed
    /// copy is uploaded: the registration becomes `contracted`; history, the parent's message, the
    /// facility's message and the audit entry are written with it.
    #[instrument(skip_all)]
    pub async fn confirm_contract(
        &self,
        actor: &Actor,
        facility: Uuid,
        registration: Uuid,
        to_parent: &InboxMessage,
        to_facility: &InboxMessage,
    ) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let found: Option<(String, Uuid, i64)> = sqlx::query_as(&self.q("select r.status, c.family_id,
                (select count(*) from {s}.documents d where d.registration_id = r.id and d.kind = 'signed')
             from {s}.registrations r join {s}.children c on c.id = r.child_id
             where r.id = $1 and r.facility_id = $2 for update of r"))
        .bind(registration)
        .bind(facility)
        .fetch_optional(&mut *tx)
        .await?;
        let (status, family, signed) = found.ok_or(Error::NotFound)?;
        if status == "contracted" {
            return Err(Error::Rule("contract_confirmed"));
        }
        if status != "accepted" {
            return Err(Error::Rule("contract_not_accepted"));
        }
        if signed == 0 {
            return Err(Error::Rule("contract_not_signed"));
        }
        sqlx::query(&self.q(
            "update {s}.registrations set status = 'contracted', contracted_at = now(), updated_at = now() where id = $1",
        ))
        .bind(registration)
        .execute(&mut *tx)
        .await?;
        self.record(&mut tx, family, registration, ("contracted", "", actor.history_label()), to_parent).await?;
        self.tell_facility(&mut tx, facility, registration, to_facility).await?;
        self.audit_in(&mut tx, actor, "contract_confirmed", &format!("registration:{registration}"), "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Everything this tenant holds about a family, as JSON: the family, its children, their
    /// registrations with history and ticked criteria, the inbox, and the documents' metadata.
    pub async fn family_export(&self, family: Uuid) -> Result<serde_json::Value> {
        let v: serde_json::Value = sqlx::query_scalar(&self.q(
            "select jsonb_build_object(
                'family', (select to_jsonb(f) - 'account_id' from {s}.families f where f.id = $1),
                'children', coalesce((select jsonb_agg(to_jsonb(c) order by c.created_at) from {s}.children c where c.family_id = $1), '[]'),
                'registrations', coalesce((select jsonb_agg(to_jsonb(r) || jsonb_build_object(
                        'facility', (select name from {s}.facilities where id = r.facility_id),
                        'history', coalesce((select jsonb_agg(to_jsonb(e) order by e.id) from {s}.registration_events e where e.registration_id = r.id), '[]'),
                        'criteria', coalesce((select jsonb_agg(a.label order by a.position) from {s}.registration_criteria rc
                            join {s}.admission_criteria a on a.facility_id = rc.facility_id and a.position = rc.position
                            where rc.registration_id = r.id), '[]'))
                    order by r.created_at)
                    from {s}.registrations r join {s}.children c on c.id = r.child_id where c.family_id = $1), '[]'),
                'messages', coalesce((select jsonb_agg(to_jsonb(m) order by m.id) from {s}.messages m where m.family_id = $1), '[]'),
                'documents', coalesce((select jsonb_agg(to_jsonb(d) - 'object_key' - 'uploaded_by' order by d.created_at)
                    from {s}.documents d where d.family_id = $1), '[]'))",
        ))
        .bind(family)
        .fetch_one(self.pool())
        .await?;
        Ok(v)
    }

    /// Records an export or another family-level event in the audit log.
    pub async fn audit_family(&self, actor: &Actor, action: &str, family: Uuid, detail: &str) -> Result<()> {
        let mut conn = self.connection().await?;
        self.audit_in(&mut conn, actor, action, &format!("family:{family}"), detail).await
    }

    /// What [`Self::delete_family`] would remove and keep for `family`.
    pub async fn deletion_preview(&self, family: Uuid) -> Result<DeletionPreview> {
        let (removed, kept, years): (i64, i64, i16) = sqlx::query_as(&self.q(&format!(
            "select count(d.id) filter (where not ({KEPT_ON_DELETION})), count(d.id) filter (where {KEPT_ON_DELETION}),
                    st.contract_retention_years
             from {{s}}.settings st left join {{s}}.documents d on d.family_id = $1
             group by st.contract_retention_years"
        )))
        .bind(family)
        .fetch_one(self.pool())
        .await?;
        Ok(DeletionPreview { removed, kept, years })
    }

    /// Deletes the family of `account` in this municipality with its children, registrations (places
    /// they held go back), messages and documents. Signed contracts of contracted registrations are
    /// kept (facility and office still need them) until `contract_retention_years` from today,
    /// detached from the family. Returns the object keys to remove from the store: their rows are
    /// gone, so a failure to remove them leaves only orphans the sweeper collects.
    #[instrument(skip_all)]
    pub async fn delete_family(&self, account: Uuid, today: Date) -> Result<Deleted> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let family: Uuid = sqlx::query_scalar(&self.q("select id from {s}.families where account_id = $1 for update"))
            .bind(account)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(Error::NotFound)?;
        let kept = sqlx::query(&self.q(&format!(
            "update {{s}}.documents d set retain_until = ($2::date + make_interval(years => st.contract_retention_years))::date,
                updated_at = now()
             from {{s}}.settings st where d.family_id = $1 and {KEPT_ON_DELETION}"
        )))
        .bind(family)
        .bind(today)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let object_keys: Vec<String> = sqlx::query_scalar(
            &self.q("delete from {s}.documents where family_id = $1 and retain_until is null returning object_key"),
        )
        .bind(family)
        .fetch_all(&mut *tx)
        .await?;
        // Kept documents are detached first (one cascade path less when the family goes).
        sqlx::query(&self.q(
            "update {s}.documents set family_id = null, registration_id = null, updated_at = now() where family_id = $1",
        ))
        .bind(family)
        .execute(&mut *tx)
        .await?;
        // Places held by open offers or acceptances go back before the registrations go.
        sqlx::query(&self.q(
            "update {s}.places p set free_places = p.free_places + n.held, updated_at = now()
             from (select r.facility_id, r.place_start, r.place_band, r.place_hours, count(*) as held
                   from {s}.registrations r join {s}.children c on c.id = r.child_id
                   where c.family_id = $1 and r.status in ('offered', 'accepted') and r.place_start is not null
                   group by 1, 2, 3, 4) n
             where p.facility_id = n.facility_id and p.start_date = n.place_start and p.age_band = n.place_band and p.hours = n.place_hours",
        ))
        .bind(family)
        .execute(&mut *tx)
        .await?;
        sqlx::query(&self.q("delete from {s}.families where id = $1")).bind(family).execute(&mut *tx).await?;
        self.audit_in(
            &mut tx,
            &Actor::account(account, "parent"),
            "account_deleted",
            &format!("family:{family}"),
            &format!("{} Dokumente gelöscht, {kept} aufbewahrt", object_keys.len()),
        )
        .await?;
        tx.commit().await?;
        Ok(Deleted { object_keys, kept: kept as usize })
    }

    /// Deletes registrations that were never answered (still waiting) and are older than the
    /// office's retention period, with their attachments' rows; the parent is told. Kept documents
    /// past their date go as well. Returns the object keys to remove and how many registrations went.
    #[instrument(skip_all, fields(tenant.schema = %self.schema()))]
    pub async fn apply_retention(
        &self,
        now: OffsetDateTime,
        today: Date,
        message: impl Fn(&str, &str) -> InboxMessage,
    ) -> Result<(Vec<String>, usize)> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        #[derive(FromRow)]
        struct Due {
            id: Uuid,
            family_id: Uuid,
            child: String,
            facility: String,
        }
        let due: Vec<Due> = sqlx::query_as(&self.q(
            "select r.id, c.family_id, c.first_name as child, f.name as facility
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
            let msg = message(&d.child, &d.facility);
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
