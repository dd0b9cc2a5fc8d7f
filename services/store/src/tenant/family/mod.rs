//! Families, children, registrations and the inbox of one tenant. Every read and write is scoped by
//! the family id that belongs to the signed-in account, so one family never reaches another's rows.
//!
//! Here the family's profile and its children; `registrations` registers and withdraws,
//! `overview` reads the account page in one statement, `inbox` writes and reads the messages.

mod alerts;
mod copy;
mod inbox;
mod overview;
mod registrations;

pub use alerts::{Alerts, OpenOffer};
pub use inbox::{InboxMessage, Message};
pub use overview::Overview;
pub(crate) use registrations::rule;
pub use registrations::{Owner, Registration, RegistrationEvent};

use sqlx::FromRow;
use step_domain::family::{ChildInput, FamilyInput};
use time::Date;
use tracing::instrument;
use uuid::Uuid;

use crate::{Result, TenantDb};

#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct Family {
    pub id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub phone: String,
    pub email: String,
    pub language: String,
    pub guardian2_first_name: Option<String>,
    pub guardian2_last_name: Option<String>,
    pub guardian2_phone: Option<String>,
    pub guardian2_email: Option<String>,
}

time::serde::format_description!(iso_date, Date, "[year]-[month]-[day]");

#[derive(Debug, Clone, FromRow, serde::Serialize, serde::Deserialize)]
pub struct Child {
    pub id: Uuid,
    pub first_name: String,
    pub last_name: String,
    #[serde(with = "iso_date::option")]
    pub birth_date: Option<Date>,
    #[serde(with = "iso_date::option")]
    pub expected_birth_date: Option<Date>,
}

/// The labels of the criteria ticked on registration `r` (a correlated subquery).
const CRITERIA_OF_R: &str = "coalesce((select array_agg(a.label order by a.position) from {s}.registration_criteria rc
    join {s}.admission_criteria a on a.facility_id = rc.facility_id and a.position = rc.position
    where rc.registration_id = r.id), '{}')";

/// The labels of the criteria the family declared on registration `r` (a correlated subquery).
const DECLARED_OF_R: &str =
    "coalesce((select array_agg(a.label order by a.position) from {s}.registration_declared_criteria dc
    join {s}.admission_criteria a on a.facility_id = dc.facility_id and a.position = dc.position
    where dc.registration_id = r.id), '{}')";

/// Unread messages of family `f` that are not about an open offer (those count as the offer, in
/// the menu's badge and the banner's count).
/// The condition on an unread message `m`; the alerts and the account page count with it.
const UNREAD_BESIDE_OFFERS: &str =
    "not exists (select 1 from {s}.registrations ro where ro.id = m.registration_id and ro.status = 'offered')";

const ACTIVE: &str = "('registered', 'offered', 'accepted')";

/// A family's row from its form: `$1` the account, then the form's fields.
const FAMILY_INSERT: &str =
    "insert into {s}.families (account_id, first_name, last_name, street, postcode, city, phone,
        email, language, guardian2_first_name, guardian2_last_name, guardian2_phone, guardian2_email)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";

/// Binds the account and the form's fields to a statement made with [`FAMILY_INSERT`].
pub(crate) fn bind_family<'q, O>(
    q: sqlx::query::QueryAs<'q, sqlx::Postgres, O, sqlx::postgres::PgArguments>,
    account: Uuid,
    f: &'q FamilyInput,
) -> sqlx::query::QueryAs<'q, sqlx::Postgres, O, sqlx::postgres::PgArguments> {
    q.bind(account)
        .bind(&f.first_name)
        .bind(&f.last_name)
        .bind(&f.street)
        .bind(&f.postcode)
        .bind(&f.city)
        .bind(&f.phone)
        .bind(&f.email)
        .bind(&f.language)
        .bind(&f.guardian2_first_name)
        .bind(&f.guardian2_last_name)
        .bind(&f.guardian2_phone)
        .bind(&f.guardian2_email)
}

impl TenantDb {
    /// The family of a signed-in account in this municipality, if its profile exists yet.
    #[instrument(skip_all)]
    pub async fn family_of(&self, account: Uuid) -> Result<Option<Family>> {
        Ok(sqlx::query_as(&self.q("select * from {s}.families where account_id = $1"))
            .bind(account)
            .fetch_optional(self.pool())
            .await?)
    }

    /// Creates or updates the family profile of `account`.
    #[instrument(skip_all)]
    pub async fn save_family(&self, account: Uuid, f: &FamilyInput) -> Result<Family> {
        let sql = format!(
            "{FAMILY_INSERT} on conflict (account_id) do update set first_name = excluded.first_name,
                last_name = excluded.last_name, street = excluded.street, postcode = excluded.postcode,
                city = excluded.city, phone = excluded.phone, email = excluded.email, language = excluded.language,
                guardian2_first_name = excluded.guardian2_first_name, guardian2_last_name = excluded.guardian2_last_name,
                guardian2_phone = excluded.guardian2_phone, guardian2_email = excluded.guardian2_email, updated_at = now()
             returning *"
        );
        Ok(bind_family(sqlx::query_as(&self.q(&sql)), account, f).fetch_one(self.pool()).await?)
    }

    /// The language the family chose (issue 18), kept in its profile; `false` when it has none here.
    /// The caller checks `language` against the family languages (the table's check refuses others).
    #[instrument(skip_all)]
    pub async fn set_family_language(&self, account: Uuid, language: &str) -> Result<bool> {
        let done =
            sqlx::query(&self.q(
                "update {s}.families set language = $2, updated_at = now() where account_id = $1 and language <> $2",
            ))
            .bind(account)
            .bind(language)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// The language of the family's profile, if it has one here.
    pub async fn family_language(&self, account: Uuid) -> Result<Option<String>> {
        Ok(sqlx::query_scalar(&self.q("select language from {s}.families where account_id = $1"))
            .bind(account)
            .fetch_optional(self.pool())
            .await?)
    }

    pub async fn children(&self, family: Uuid) -> Result<Vec<Child>> {
        Ok(sqlx::query_as(&self.q(
            "select id, first_name, last_name, birth_date, expected_birth_date from {s}.children where family_id = $1 order by created_at, id",
        ))
        .bind(family)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn child(&self, family: Uuid, child: Uuid) -> Result<Option<Child>> {
        Ok(sqlx::query_as(&self.q(
            "select id, first_name, last_name, birth_date, expected_birth_date from {s}.children where family_id = $1 and id = $2",
        ))
        .bind(family)
        .bind(child)
        .fetch_optional(self.pool())
        .await?)
    }

    #[instrument(skip_all)]
    pub async fn add_child(&self, family: Uuid, c: &ChildInput) -> Result<Child> {
        Ok(sqlx::query_as(
            &self.q("insert into {s}.children (family_id, first_name, last_name, birth_date, expected_birth_date)
             values ($1, $2, $3, $4, $5) returning id, first_name, last_name, birth_date, expected_birth_date"),
        )
        .bind(family)
        .bind(&c.first_name)
        .bind(&c.last_name)
        .bind(c.birth_date)
        .bind(c.expected_birth_date)
        .fetch_one(self.pool())
        .await?)
    }
}

/// The stored profile as the form that edits it.
impl From<Family> for step_domain::family::FamilyForm {
    fn from(f: Family) -> Self {
        Self {
            first_name: f.first_name,
            last_name: f.last_name,
            street: f.street,
            postcode: f.postcode,
            city: f.city,
            phone: f.phone,
            email: f.email,
            language: f.language,
            guardian2_first_name: f.guardian2_first_name,
            guardian2_last_name: f.guardian2_last_name,
            guardian2_phone: f.guardian2_phone,
            guardian2_email: f.guardian2_email,
        }
    }
}
