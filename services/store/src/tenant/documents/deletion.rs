//! The family's own data: its export (everything this tenant holds about it) and the deletion of
//! its account. Signed contracts of contracted registrations are kept, detached from the family,
//! for the office's retention period; the objects of everything else are returned for removal.

use sqlx::Connection;
use time::Date;
use tracing::instrument;
use uuid::Uuid;

use crate::{Actor, Error, Result, TenantDb};

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
                            where rc.registration_id = r.id), '[]'),
                        'declared_criteria', coalesce((select jsonb_agg(a.label order by a.position)
                            from {s}.registration_declared_criteria dc
                            join {s}.admission_criteria a on a.facility_id = dc.facility_id and a.position = dc.position
                            where dc.registration_id = r.id), '[]'))
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
    pub async fn delete_family(&self, account: Uuid, today: Date, notice: &crate::InboxMessage) -> Result<Deleted> {
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
        let mut object_keys: Vec<String> = sqlx::query_scalar(
            &self.q("delete from {s}.documents where family_id = $1 and retain_until is null returning object_key"),
        )
        .bind(family)
        .fetch_all(&mut *tx)
        .await?;
        // The family's formal notices (issue 20) go with it; their PDFs are removed with the rest.
        let notices: Vec<String> =
            sqlx::query_scalar(&self.q("delete from {s}.notices where family_id = $1 returning object_key"))
                .bind(family)
                .fetch_all(&mut *tx)
                .await?;
        object_keys.extend(notices);
        // Kept documents are detached first (one cascade path less when the family goes).
        sqlx::query(&self.q(
            "update {s}.documents set family_id = null, registration_id = null, updated_at = now() where family_id = $1",
        ))
        .bind(family)
        .execute(&mut *tx)
        .await?;
        self.forget_family_mail(&mut tx, family, notice).await?;
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

    /// Every copy of the family's data in messages and e-mails (issue 19.6), before its rows go:
    /// its own e-mails are deleted; e-mails to facilities about its registrations are deleted when
    /// sent (or given up) and reworded without names when still waiting (so is an older one found
    /// by the child's name); the facilities' desk messages about them are reworded; and each
    /// facility where a registration was still open gets `notice` on its desk and by e-mail.
    async fn forget_family_mail(
        &self,
        tx: &mut sqlx::PgConnection,
        family: Uuid,
        notice: &crate::InboxMessage,
    ) -> Result<()> {
        let regs =
            "select r.id from {s}.registrations r join {s}.children c on c.id = r.child_id where c.family_id = $1";
        let names = "select c.first_name || ' ' || c.last_name from {s}.children c where c.family_id = $1";
        // (statement, whether it writes the notice)
        let statements = [
            ("delete from {s}.outbox where message_id in (select id from {s}.messages where family_id = $1)".to_owned(), false),
            (format!(
                "delete from {{s}}.outbox o where (sent_at is not null or failed_at is not null)
                   and (registration_id in ({regs}) or (registration_id is null and message_id is null
                        and exists (select 1 from ({names}) n(name) where strpos(o.body, n.name) > 0)))"
            ), false),
            (format!(
                "update {{s}}.outbox o set subject = $2, body = $3, calendar = null, updated_at = now() where sent_at is null and failed_at is null
                   and (registration_id in ({regs}) or (registration_id is null and message_id is null
                        and exists (select 1 from ({names}) n(name) where strpos(o.body, n.name) > 0)))"
            ), true),
            (format!("update {{s}}.facility_messages set subject = $2, body = $3, updated_at = now() where registration_id in ({regs})"), true),
            (
                "with open as (select distinct r.facility_id from {s}.registrations r join {s}.children c on c.id = r.child_id
                               where c.family_id = $1 and r.status in ('registered', 'offered', 'accepted', 'contracted')),
                      m as (insert into {s}.facility_messages (facility_id, subject, body) select facility_id, $2, $3 from open)
                 insert into {s}.outbox (recipient, subject, body)
                 select f.email, $2, $3 from {s}.facilities f join open on open.facility_id = f.id where f.email <> ''"
                .to_owned(),
                true,
            ),
        ];
        for (sql, writes_notice) in statements {
            let sql = self.q(&sql);
            let query = sqlx::query(&sql).bind(family);
            let query = if writes_notice { query.bind(&notice.subject).bind(&notice.body) } else { query };
            query.execute(&mut *tx).await?;
        }
        Ok(())
    }
}
