//! The contract of a registration: what it says ([`ContractFacts`]: registration, child, guardians,
//! facility and the current versions) as the parent or the facility may see it, and the facility's
//! confirmation once the signed copy is uploaded, which makes the registration `contracted`; the
//! contract's variable parts and the family's online acceptance (issue 16.10).

use sqlx::{Connection, FromRow};
use step_domain::contract::Terms as ContractTerms;
use time::{Date, OffsetDateTime, Time};
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
    /// The family's language (issue 18): messages and the contract's cover letter are worded in it.
    #[serde(skip)]
    pub language: String,
    pub guardian2_first_name: Option<String>,
    pub guardian2_last_name: Option<String>,
    pub start_date: Date,
    pub hours: i16,
    /// The current versions (0 = none yet).
    pub contract_version: i32,
    pub signed_version: i32,
    /// The variable parts the facility filled in (none before the first contract of issue 16.10).
    pub care_from: Option<Time>,
    pub care_until: Option<Time>,
    pub group_name: Option<String>,
    pub settling_in: Option<Date>,
    /// How the contract was concluded: `signed` (confirmed copy) or `online` (accepted by the family).
    pub contracted_how: Option<String>,
    pub contracted_at: Option<OffsetDateTime>,
    pub contracted_version: Option<i32>,
    /// Whether the municipality lets families accept the contract online.
    pub online_contract: bool,
}

const FACTS: &str = "select r.id as registration_id, r.status, c.family_id, r.facility_id, f.name as facility_name,
        f.provider_org as provider, f.kind as facility_kind, f.street as facility_street, f.postcode as facility_postcode, f.city as facility_city,
        c.first_name as child_first_name, c.last_name as child_last_name, c.birth_date, c.expected_birth_date,
        fa.first_name as guardian_first_name, fa.last_name as guardian_last_name, fa.street, fa.postcode, fa.city,
        fa.phone, fa.email, fa.language, nullif(fa.guardian2_first_name, '') as guardian2_first_name,
        nullif(fa.guardian2_last_name, '') as guardian2_last_name, r.start_date, r.hours,
        coalesce((select max(version) from {s}.documents d where d.registration_id = r.id and d.kind = 'contract'), 0) as contract_version,
        coalesce((select max(version) from {s}.documents d where d.registration_id = r.id and d.kind = 'signed'), 0) as signed_version,
        t.care_from, t.care_until, t.group_name, t.settling_in, r.contracted_how, r.contracted_at, r.contracted_version,
        (select online_contract from {s}.settings) as online_contract
    from {s}.registrations r join {s}.children c on c.id = r.child_id join {s}.families fa on fa.id = c.family_id
    join {s}.facilities f on f.id = r.facility_id left join {s}.contract_terms t on t.registration_id = r.id";

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
            "update {s}.registrations set status = 'contracted', contracted_at = now(), updated_at = now(),
                    contracted_by = $2, contracted_how = 'signed',
                    contracted_version = (select max(version) from {s}.documents where registration_id = $1 and kind = 'contract')
             where id = $1",
        ))
        .bind(registration)
        .bind(&actor.id)
        .execute(&mut *tx)
        .await?;
        self.record(&mut tx, family, registration, ("contracted", "", actor.history_label()), to_parent).await?;
        self.tell_facility(&mut tx, facility, registration, to_facility).await?;
        self.audit_in(&mut tx, actor, "contract_confirmed", &format!("registration:{registration}"), "").await?;
        tx.commit().await?;
        Ok(())
    }
}

impl TenantDb {
    /// Keeps the contract's variable parts of a registration of `facility` (before a contract is made).
    pub async fn save_contract_terms(&self, facility: Uuid, registration: Uuid, t: &ContractTerms) -> Result<()> {
        let done = sqlx::query(&self.q(
            "insert into {s}.contract_terms (registration_id, care_from, care_until, group_name, settling_in)
             select id, $3, $4, $5, $6 from {s}.registrations where id = $1 and facility_id = $2
             on conflict (registration_id) do update set care_from = excluded.care_from, care_until = excluded.care_until,
                group_name = excluded.group_name, settling_in = excluded.settling_in, updated_at = now()",
        ))
        .bind(registration)
        .bind(facility)
        .bind(t.care_from)
        .bind(t.care_until)
        .bind(&t.group)
        .bind(t.settling_in)
        .execute(self.pool())
        .await?;
        if done.rows_affected() == 0 { Err(Error::NotFound) } else { Ok(()) }
    }

    /// The family (signed-in `account`, who signed in again just now) accepts contract `version`
    /// online, where the municipality allows it: the registration becomes `contracted`, recorded
    /// with who, when, how and which version; history, both messages and the audit entry with it.
    #[instrument(skip_all)]
    pub async fn accept_contract_online(
        &self,
        account: Uuid,
        registration: Uuid,
        version: i32,
        to_parent: &InboxMessage,
        to_facility: &InboxMessage,
    ) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let found: Option<(String, Uuid, Uuid, i32, bool)> = sqlx::query_as(&self.q("select r.status, c.family_id, r.facility_id,
                coalesce((select max(version) from {s}.documents d where d.registration_id = r.id and d.kind = 'contract'), 0),
                (select online_contract from {s}.settings)
             from {s}.registrations r join {s}.children c on c.id = r.child_id join {s}.families fa on fa.id = c.family_id
             where r.id = $1 and fa.account_id = $2 for update of r"))
        .bind(registration)
        .bind(account)
        .fetch_optional(&mut *tx)
        .await?;
        let (status, family, facility, current, allowed) = found.ok_or(Error::NotFound)?;
        match status.as_str() {
            "contracted" => return Err(Error::Rule("contract_confirmed")),
            "accepted" => {}
            _ => return Err(Error::Rule("contract_not_accepted")),
        }
        if !allowed {
            return Err(Error::Rule("online_contract_off"));
        }
        if current == 0 {
            return Err(Error::Rule("contract_missing"));
        }
        if current != version {
            return Err(Error::Rule("contract_changed"));
        }
        sqlx::query(
            &self.q("update {s}.registrations set status = 'contracted', contracted_at = now(), updated_at = now(),
                    contracted_by = $2, contracted_how = 'online', contracted_version = $3 where id = $1"),
        )
        .bind(registration)
        .bind(account.to_string())
        .bind(version)
        .execute(&mut *tx)
        .await?;
        let actor = Actor::account(account, "parent");
        self.record(&mut tx, family, registration, ("contracted", "", actor.history_label()), to_parent).await?;
        self.tell_facility(&mut tx, facility, registration, to_facility).await?;
        let detail = format!("Fassung {version}");
        self.audit_in(&mut tx, &actor, "contract_accepted_online", &format!("registration:{registration}"), &detail)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether families may accept contracts online in this municipality.
    pub async fn online_contract(&self) -> Result<bool> {
        Ok(sqlx::query_scalar(&self.q("select online_contract from {s}.settings")).fetch_one(self.pool()).await?)
    }

    /// The office allows or stops online acceptance of contracts (audited).
    pub async fn set_online_contract(&self, actor: &Actor, on: bool) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        sqlx::query(&self.q("update {s}.settings set online_contract = $1, updated_at = now()"))
            .bind(on)
            .execute(&mut *tx)
            .await?;
        self.audit_in(&mut tx, actor, "online_contract", "settings", if on { "on" } else { "off" }).await?;
        tx.commit().await?;
        Ok(())
    }
}
