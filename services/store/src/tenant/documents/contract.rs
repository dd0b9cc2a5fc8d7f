//! The contract of a registration: what it says ([`ContractFacts`]: registration, child, guardians,
//! facility and the current versions) as the parent or the facility may see it, and the facility's
//! confirmation once the signed copy is uploaded, which makes the registration `contracted`.

use sqlx::{Connection, FromRow};
use time::Date;
use tracing::instrument;
use uuid::Uuid;

use crate::{Actor, Error, InboxMessage, Result, TenantDb};

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
}
