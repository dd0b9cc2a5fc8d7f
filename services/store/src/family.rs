//! Families, children, registrations and the inbox of one tenant. Every read and write is scoped by
//! the family id that belongs to the signed-in account, so one family never reaches another's rows.

use std::sync::LazyLock;

use sqlx::FromRow;
use step_domain::family::{ChildInput, FamilyInput, RegistrationInput};
use time::{Date, OffsetDateTime};
use tracing::instrument;
use uuid::Uuid;

use crate::session::{SessionRow, live_session};
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

/// What the account page shows at the top, read in one statement.
#[derive(Debug, Clone)]
pub struct Overview {
    pub family: Family,
    pub children: Vec<Child>,
    pub registrations: Vec<Registration>,
    pub unread: i64,
}

/// Whose child a registration must be: the family's, the signed-in account's family's, or the
/// family of the account signed in with a live session (read in the same statement; only for a
/// schema [beside the platform](TenantDb::beside_platform)).
#[derive(Debug, Clone, Copy)]
pub enum Owner<'a> {
    Family(Uuid),
    Account(Uuid),
    Session(&'a str),
}

#[derive(Debug, Clone, FromRow, serde::Serialize, serde::Deserialize)]
pub struct RegistrationEvent {
    pub status: String,
    pub note: String,
    pub actor: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, FromRow, serde::Serialize, serde::Deserialize)]
pub struct Registration {
    pub id: Uuid,
    pub child_id: Uuid,
    pub facility_id: Uuid,
    pub facility_name: String,
    pub facility_kind: String,
    #[serde(with = "iso_date")]
    pub start_date: Date,
    pub hours: i16,
    pub rank: i16,
    pub note: String,
    pub status: String,
    /// Children on this facility's waiting list for the same start date (this one included).
    pub waiting_same_start: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// Open offer: the day by which the parent must answer.
    #[serde(default, with = "iso_date::option")]
    pub answer_by: Option<Date>,
    /// Decline by the facility: the reason key (`reason-<key>` in the catalogue) and its note.
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub reason_note: String,
    /// The facility's admission criteria that apply to this registration.
    #[serde(default)]
    pub criteria: Vec<String>,
    #[sqlx(skip)]
    #[serde(default)]
    pub history: Vec<RegistrationEvent>,
    /// The registration's documents, newest first (filled by the account overview only).
    #[sqlx(skip)]
    #[serde(default)]
    pub documents: Vec<crate::DocumentRow>,
}

/// The labels of the criteria ticked on registration `r` (a correlated subquery).
const CRITERIA_OF_R: &str = "coalesce((select array_agg(a.label order by a.position) from {s}.registration_criteria rc
    join {s}.admission_criteria a on a.facility_id = rc.facility_id and a.position = rc.position
    where rc.registration_id = r.id), '{}')";

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
    "registration_placed",
    "registrations_facility_id_fkey",
];

/// Turns a violated named rule into [`Error::Rule`], anything else stays a database error.
pub(crate) fn rule(e: sqlx::Error) -> Error {
    if let sqlx::Error::Database(db) = &e
        && let Some(name) = db.constraint()
        && let Some(known) = RULES.iter().find(|r| **r == name)
    {
        return Error::Rule(known);
    }
    Error::Db(e)
}

const ACTIVE: &str = "('registered', 'offered', 'accepted')";

/// The account page's statement: family, unread count, children and every registration with its
/// history, criteria, documents and the number of children waiting for the same start. `account`
/// is the SQL expression of the account id (`$1`, or a column of an enclosing statement).
fn overview_sql(account: &str) -> String {
    format!(
        "select f.*,
                (select count(*) from {{s}}.messages m where m.family_id = f.id and m.read_at is null) as unread,
                coalesce((select json_agg(json_build_object('id', c.id, 'first_name', c.first_name, 'last_name', c.last_name,
                            'birth_date', c.birth_date, 'expected_birth_date', c.expected_birth_date) order by c.created_at, c.id)
                          from {{s}}.children c where c.family_id = f.id), '[]') as children,
                coalesce((select json_agg(json_build_object('id', r.id, 'child_id', r.child_id, 'facility_id', r.facility_id,
                            'facility_name', fa.name, 'facility_kind', fa.kind, 'start_date', r.start_date, 'hours', r.hours,
                            'rank', r.rank, 'note', r.note, 'status', r.status, 'created_at', r.created_at,
                            'answer_by', r.answer_by, 'reason', r.reason, 'reason_note', r.reason_note,
                            'criteria', {CRITERIA_OF_R},
                            'waiting_same_start', (select count(*) from {{s}}.registrations w
                                where w.facility_id = r.facility_id and w.start_date = r.start_date
                                  and w.status in {ACTIVE}),
                            'history', coalesce((select json_agg(json_build_object('status', e.status, 'note', e.note,
                                'actor', e.actor, 'created_at', e.created_at) order by e.id)
                                from {{s}}.registration_events e where e.registration_id = r.id), '[]'),
                            'documents', coalesce((select json_agg(json_build_object('id', d.id, 'registration_id', d.registration_id,
                                'facility_id', d.facility_id, 'kind', d.kind, 'version', d.version, 'filename', d.filename,
                                'size', d.size, 'sha256', d.sha256, 'content_type', d.content_type,
                                'uploaded_role', d.uploaded_role, 'title', d.title, 'created_at', d.created_at)
                                order by d.created_at desc, d.id)
                                from {{s}}.documents d where d.registration_id = r.id), '[]'))
                            order by r.child_id, r.rank, r.created_at)
                          from {{s}}.registrations r join {{s}}.children c on c.id = r.child_id
                          join {{s}}.facilities fa on fa.id = r.facility_id where c.family_id = f.id), '[]') as registrations
         from {{s}}.families f where f.account_id = {account}"
    )
}

static OVERVIEW_BY_ACCOUNT: LazyLock<String> = LazyLock::new(|| overview_sql("$1"));

/// The live session `$1` and its account's overview, if any (`session_*` columns, then the overview's).
static OVERVIEW_BY_SESSION: LazyLock<String> = LazyLock::new(|| {
    format!(
        "with s as ({})
         select s.id as session_id, s.account_id as session_account, s.csrf_token as session_csrf,
                s.data as session_data, o.*
         from s left join lateral ({}) o on true",
        live_session("$1"),
        overview_sql("s.account_id")
    )
});

fn overview_from_row(row: &sqlx::postgres::PgRow) -> Result<Overview> {
    use sqlx::Row;
    let children: sqlx::types::Json<Vec<Child>> = row.try_get("children")?;
    let registrations: sqlx::types::Json<Vec<Registration>> = row.try_get("registrations")?;
    Ok(Overview {
        family: Family::from_row(row)?,
        children: children.0,
        registrations: registrations.0,
        unread: row.try_get("unread")?,
    })
}

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

    /// Registers a child of `owner` at a facility: the registration, its first history event, the
    /// inbox message and the e-mail in one statement (atomic, one round trip: the registration write
    /// is a parent's hot path). `message(child, facility)` words the message; it is called with
    /// markers that the statement replaces by the child's first name and the facility's name.
    /// A child of another family is [`Error::NotFound`]; a broken rule is [`Error::Rule`] and nothing
    /// is written.
    #[instrument(skip_all)]
    pub async fn register(
        &self,
        owner: Owner<'_>,
        r: &RegistrationInput,
        message: impl FnOnce(&str, &str) -> InboxMessage,
    ) -> Result<Uuid> {
        const CHILD: &str = "\u{1}child\u{1}";
        const FACILITY: &str = "\u{1}facility\u{1}";
        let (owned, key) = match owner {
            Owner::Family(id) => ("c.family_id = $7::uuid".to_owned(), id.to_string()),
            Owner::Account(id) => {
                ("c.family_id = (select id from {s}.families where account_id = $7::uuid)".to_owned(), id.to_string())
            }
            Owner::Session(id) if self.beside_platform() && crate::session::well_formed(id) => (
                format!(
                    "c.family_id = (select f.id from {{s}}.families f where f.account_id = (select account_id from ({}) ps))",
                    live_session("$7")
                ),
                id.to_owned(),
            ),
            Owner::Session(_) => return Err(Error::NotFound),
        };
        let template = message(CHILD, FACILITY);
        // Only a child of the owner: the insert selects nothing otherwise.
        let id: Option<Uuid> = sqlx::query_scalar(&self.q(&format!(
            "with r as (
                insert into {{s}}.registrations (child_id, facility_id, start_date, hours, rank, note)
                select c.id, $2, $3, $4, $5, $6 from {{s}}.children c where c.id = $1 and {owned}
                returning id, child_id, facility_id
             ), info as (
                select r.id, c.family_id, c.first_name, coalesce(f.name, '') as facility, fam.email
                from r join {{s}}.children c on c.id = r.child_id join {{s}}.families fam on fam.id = c.family_id
                left join {{s}}.facilities f on f.id = r.facility_id
             ), e as (
                insert into {{s}}.registration_events (registration_id, status, note, actor)
                select id, 'registered', '', 'parent' from info
             ), m as (
                insert into {{s}}.messages (family_id, registration_id, subject, body)
                select family_id, id, replace(replace($8, $10, first_name), $11, facility),
                       replace(replace($9, $10, first_name), $11, facility) from info
                returning id, subject, body
             ), o as (
                insert into {{s}}.outbox (message_id, recipient, subject, body)
                select m.id, info.email, m.subject, m.body from m, info
             )
             select id from info"
        )))
        .bind(r.child_id)
        .bind(r.facility_id)
        .bind(r.start)
        .bind(r.hours)
        .bind(r.rank)
        .bind(&r.note)
        .bind(key)
        .bind(&template.subject)
        .bind(&template.body)
        .bind(CHILD)
        .bind(FACILITY)
        .fetch_optional(self.pool())
        .await
        .map_err(rule)?;
        id.ok_or(Error::NotFound)
    }

    /// Family, children, every registration with its history, and the unread count of an account, in
    /// one statement: the account page is a parent's hot path. A child has at most one active
    /// registration per facility (`registration_unique_active`), so the waiting children are a
    /// plain count, answered from the partial index `registrations_waiting`.
    #[instrument(skip_all)]
    pub async fn overview(&self, account: Uuid) -> Result<Option<Overview>> {
        let row = sqlx::query(&self.q(&OVERVIEW_BY_ACCOUNT)).bind(account).fetch_optional(self.pool()).await?;
        row.map(|row| overview_from_row(&row)).transpose()
    }

    /// The session row of `session_id` and, when it has an account with a family here, that
    /// family's [`TenantDb::overview`], in one statement (one round trip instead of two: the
    /// account page is the parent's hot path). Only for a schema [`beside the platform`]; `None`
    /// when the session does not exist or has expired.
    ///
    /// [`beside the platform`]: TenantDb::beside_platform
    #[instrument(skip_all)]
    pub async fn session_overview(&self, session_id: &str) -> Result<Option<(SessionRow, Option<Overview>)>> {
        if !self.beside_platform() || !crate::session::well_formed(session_id) {
            return Ok(None);
        }
        let row = sqlx::query(&self.q(&OVERVIEW_BY_SESSION)).bind(session_id).fetch_optional(self.pool()).await?;
        let Some(row) = row else { return Ok(None) };
        use sqlx::Row;
        let session = SessionRow {
            id: row.try_get("session_id")?,
            account_id: row.try_get("session_account")?,
            csrf_token: row.try_get("session_csrf")?,
            data: row.try_get("session_data")?,
        };
        let family: Option<Uuid> = row.try_get("id")?;
        let overview = match family {
            Some(_) => Some(overview_from_row(&row)?),
            None => None,
        };
        Ok(Some((session, overview)))
    }

    /// History event and inbox message for a status change, inside the caller's transaction.
    pub(crate) async fn record(
        &self,
        tx: &mut sqlx::PgConnection,
        family: Uuid,
        registration: Uuid,
        (status, note, actor): (&str, &str, &str),
        message: &InboxMessage,
    ) -> Result<()> {
        // History event, inbox message and the e-mail to the family's address: one statement.
        sqlx::query(&self.q(
            "with e as (insert into {s}.registration_events (registration_id, status, note, actor) values ($2, $5, $6, $7)),
                  m as (insert into {s}.messages (family_id, registration_id, subject, body) values ($1, $2, $3, $4) returning id)
             insert into {s}.outbox (message_id, recipient, subject, body)
             select m.id, f.email, $3, $4 from m, {s}.families f where f.id = $1",
        ))
        .bind(family)
        .bind(registration)
        .bind(&message.subject)
        .bind(&message.body)
        .bind(status)
        .bind(note)
        .bind(actor)
        .execute(&mut *tx)
        .await?;
        Ok(())
    }

    /// The parent withdraws a registration of their own child; a place it held goes back. Unknown
    /// or foreign ids are [`Error::NotFound`]; a registration that is no longer active is
    /// [`Error::Rule("registration_not_active")`].
    #[instrument(skip_all)]
    pub async fn withdraw(&self, family: Uuid, registration: Uuid, message: &InboxMessage) -> Result<()> {
        self.withdraw_locked(family, registration, message).await
    }

    /// Every registration of the family's children with its history, in one statement (the account
    /// page is a hot path).
    #[instrument(skip_all)]
    pub async fn registrations(&self, family: Uuid) -> Result<Vec<Registration>> {
        let rows: Vec<(Registration, sqlx::types::Json<Vec<RegistrationEvent>>)> = sqlx::query(&self.q(&format!(
            "select r.id, r.child_id, r.facility_id, f.name as facility_name, f.kind as facility_kind, r.start_date,
                    r.hours, r.rank, r.note, r.status, r.created_at, r.answer_by, r.reason, r.reason_note,
                    {CRITERIA_OF_R} as criteria,
                    (select count(*) from {{s}}.registrations w
                      where w.facility_id = r.facility_id and w.start_date = r.start_date and w.status in {ACTIVE}) as waiting_same_start,
                    coalesce((select json_agg(json_build_object('status', e.status, 'note', e.note, 'actor', e.actor,
                                                                'created_at', e.created_at) order by e.id)
                              from {{s}}.registration_events e where e.registration_id = r.id), '[]') as history
             from {{s}}.registrations r
             join {{s}}.children c on c.id = r.child_id
             join {{s}}.facilities f on f.id = r.facility_id
             where c.family_id = $1
             order by r.child_id, r.rank, r.created_at"
        )))
        .bind(family)
        .try_map(|row: sqlx::postgres::PgRow| {
            use sqlx::Row;
            Ok((Registration::from_row(&row)?, row.try_get("history")?))
        })
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(mut r, history)| {
                r.history = history.0;
                r
            })
            .collect())
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
