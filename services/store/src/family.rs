//! Families, children, registrations and the inbox of one tenant. Every read and write is scoped by
//! the family id that belongs to the signed-in account, so one family never reaches another's rows.

use sqlx::{Connection, FromRow};
use step_domain::family::{ChildInput, FamilyInput, RegistrationInput};
use time::{Date, OffsetDateTime};
use tracing::instrument;
use uuid::Uuid;

use crate::{Error, Result, TenantDb};

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

#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct Child {
    pub id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Option<Date>,
    pub expected_birth_date: Option<Date>,
}

#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct RegistrationEvent {
    pub status: String,
    pub note: String,
    pub actor: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct Registration {
    pub id: Uuid,
    pub child_id: Uuid,
    pub facility_id: Uuid,
    pub facility_name: String,
    pub facility_kind: String,
    pub start_date: Date,
    pub hours: i16,
    pub rank: i16,
    pub note: String,
    pub status: String,
    /// Children on this facility's waiting list for the same start date (this one included).
    pub waiting_same_start: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[sqlx(skip)]
    pub history: Vec<RegistrationEvent>,
}

#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct Message {
    pub id: i64,
    pub registration_id: Option<Uuid>,
    pub subject: String,
    pub body: String,
    pub read: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// A message for the parent's inbox, written in the same transaction as the change it reports.
pub struct InboxMessage {
    pub subject: String,
    pub body: String,
}

/// The database rules of a registration, named by their constraints (see the tenant migration).
const RULES: &[&str] = &[
    "registration_limit",
    "registration_unique_active",
    "registration_start_past",
    "registration_hours",
    "registration_age",
    "registration_child",
    "registration_facility",
    "registrations_facility_id_fkey",
];

/// Turns a violated named rule into [`Error::Rule`], anything else stays a database error.
fn rule(e: sqlx::Error) -> Error {
    if let sqlx::Error::Database(db) = &e
        && let Some(name) = db.constraint()
        && let Some(known) = RULES.iter().find(|r| **r == name)
    {
        return Error::Rule(known);
    }
    Error::Db(e)
}

const ACTIVE: &str = "('registered', 'offered', 'accepted')";

impl TenantDb {
    pub(crate) fn q(&self, sql: &str) -> String {
        sql.replace("{s}", self.schema().as_str())
    }

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
        Ok(sqlx::query_as(&self.q(
            "insert into {s}.families (account_id, first_name, last_name, street, postcode, city, phone, email, language,
                guardian2_first_name, guardian2_last_name, guardian2_phone, guardian2_email)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
             on conflict (account_id) do update set first_name = excluded.first_name, last_name = excluded.last_name,
                street = excluded.street, postcode = excluded.postcode, city = excluded.city, phone = excluded.phone,
                email = excluded.email, language = excluded.language,
                guardian2_first_name = excluded.guardian2_first_name, guardian2_last_name = excluded.guardian2_last_name,
                guardian2_phone = excluded.guardian2_phone, guardian2_email = excluded.guardian2_email, updated_at = now()
             returning *",
        ))
        .bind(account)
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
        .fetch_one(self.pool())
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

    /// Registers a child of `family` at a facility: the registration, its first history event and the
    /// inbox message in one transaction. A child of another family is [`Error::NotFound`]; a broken
    /// rule is [`Error::Rule`] and nothing is written.
    #[instrument(skip_all)]
    pub async fn register(&self, family: Uuid, r: &RegistrationInput, message: &InboxMessage) -> Result<Uuid> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let owned: Option<Uuid> =
            sqlx::query_scalar(&self.q("select id from {s}.children where id = $1 and family_id = $2"))
                .bind(r.child_id)
                .bind(family)
                .fetch_optional(&mut *tx)
                .await?;
        if owned.is_none() {
            return Err(Error::NotFound);
        }
        let id: Uuid = sqlx::query_scalar(
            &self.q("insert into {s}.registrations (child_id, facility_id, start_date, hours, rank, note)
             values ($1, $2, $3, $4, $5, $6) returning id"),
        )
        .bind(r.child_id)
        .bind(r.facility_id)
        .bind(r.start)
        .bind(r.hours)
        .bind(r.rank)
        .bind(&r.note)
        .fetch_one(&mut *tx)
        .await
        .map_err(rule)?;
        self.record(&mut tx, family, id, ("registered", "", "parent"), message).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// History event and inbox message for a status change, inside the caller's transaction.
    async fn record(
        &self,
        tx: &mut sqlx::PgConnection,
        family: Uuid,
        registration: Uuid,
        (status, note, actor): (&str, &str, &str),
        message: &InboxMessage,
    ) -> Result<()> {
        sqlx::query(
            &self.q(
                "insert into {s}.registration_events (registration_id, status, note, actor) values ($1, $2, $3, $4)",
            ),
        )
        .bind(registration)
        .bind(status)
        .bind(note)
        .bind(actor)
        .execute(&mut *tx)
        .await?;
        // Inbox message and the e-mail to the family's address, in the caller's transaction.
        sqlx::query(&self.q(
            "with m as (insert into {s}.messages (family_id, registration_id, subject, body) values ($1, $2, $3, $4) returning id)
             insert into {s}.outbox (message_id, recipient, subject, body)
             select m.id, f.email, $3, $4 from m, {s}.families f where f.id = $1",
        ))
        .bind(family)
        .bind(registration)
        .bind(&message.subject)
        .bind(&message.body)
        .execute(&mut *tx)
        .await?;
        Ok(())
    }

    /// The parent withdraws a registration of their own child. Unknown or foreign ids are
    /// [`Error::NotFound`]; a registration that is no longer active is [`Error::Rule("registration_not_active")`].
    #[instrument(skip_all)]
    pub async fn withdraw(&self, family: Uuid, registration: Uuid, message: &InboxMessage) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let status: Option<String> = sqlx::query_scalar(
            &self.q("select r.status from {s}.registrations r join {s}.children c on c.id = r.child_id
             where r.id = $1 and c.family_id = $2 for update of r"),
        )
        .bind(registration)
        .bind(family)
        .fetch_optional(&mut *tx)
        .await?;
        match status.as_deref() {
            None => return Err(Error::NotFound),
            Some("registered" | "offered" | "accepted") => {}
            Some(_) => return Err(Error::Rule("registration_not_active")),
        }
        sqlx::query(&self.q("update {s}.registrations set status = 'withdrawn', updated_at = now() where id = $1"))
            .bind(registration)
            .execute(&mut *tx)
            .await?;
        self.record(&mut tx, family, registration, ("withdrawn", "", "parent"), message).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every registration of the family's children, newest child first, with history.
    #[instrument(skip_all)]
    pub async fn registrations(&self, family: Uuid) -> Result<Vec<Registration>> {
        let mut regs: Vec<Registration> = sqlx::query_as(&self.q(&format!(
            "select r.id, r.child_id, r.facility_id, f.name as facility_name, f.kind as facility_kind, r.start_date,
                    r.hours, r.rank, r.note, r.status, r.created_at,
                    (select count(distinct w.child_id) from {{s}}.registrations w
                      where w.facility_id = r.facility_id and w.start_date = r.start_date and w.status in {ACTIVE}) as waiting_same_start
             from {{s}}.registrations r
             join {{s}}.children c on c.id = r.child_id
             join {{s}}.facilities f on f.id = r.facility_id
             where c.family_id = $1
             order by r.child_id, r.rank, r.created_at"
        )))
        .bind(family)
        .fetch_all(self.pool())
        .await?;
        let events: Vec<(Uuid, String, String, String, OffsetDateTime)> = sqlx::query_as(&self.q(
            "select e.registration_id, e.status, e.note, e.actor, e.created_at from {s}.registration_events e
             join {s}.registrations r on r.id = e.registration_id join {s}.children c on c.id = r.child_id
             where c.family_id = $1 order by e.id",
        ))
        .bind(family)
        .fetch_all(self.pool())
        .await?;
        for (rid, status, note, actor, created_at) in events {
            if let Some(r) = regs.iter_mut().find(|r| r.id == rid) {
                r.history.push(RegistrationEvent { status, note, actor, created_at });
            }
        }
        Ok(regs)
    }

    pub async fn messages(&self, family: Uuid) -> Result<Vec<Message>> {
        Ok(sqlx::query_as(&self.q("select id, registration_id, subject, body, read_at is not null as read, created_at
             from {s}.messages where family_id = $1 order by id desc limit 200"))
        .bind(family)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn unread_count(&self, family: Uuid) -> Result<i64> {
        Ok(sqlx::query_scalar(&self.q("select count(*) from {s}.messages where family_id = $1 and read_at is null"))
            .bind(family)
            .fetch_one(self.pool())
            .await?)
    }

    /// Marks all of the family's messages read (opening the inbox reads them).
    pub async fn mark_read(&self, family: Uuid) -> Result<u64> {
        Ok(sqlx::query(
            &self.q(
                "update {s}.messages set read_at = now(), updated_at = now() where family_id = $1 and read_at is null",
            ),
        )
        .bind(family)
        .execute(self.pool())
        .await?
        .rows_affected())
    }

    /// Copies the registry's procedure settings into the tenant schema, where the rules read them.
    pub async fn sync_settings(&self, max_choices: u8) -> Result<()> {
        sqlx::query(&self.q("update {s}.settings set max_choices = $1, updated_at = now() where max_choices <> $1"))
            .bind(i16::from(max_choices))
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Names of the given facilities of this tenant, in the order asked (unknown ids are skipped).
    pub async fn facility_names(&self, ids: &[Uuid]) -> Result<Vec<(Uuid, String, String, Vec<i16>)>> {
        let rows: Vec<(Uuid, String, String, Vec<i16>)> =
            sqlx::query_as(&self.q("select id, name, kind, hours_offered from {s}.facilities where id = any($1)"))
                .bind(ids)
                .fetch_all(self.pool())
                .await?;
        Ok(ids.iter().filter_map(|id| rows.iter().find(|r| r.0 == *id).cloned()).collect())
    }
}
