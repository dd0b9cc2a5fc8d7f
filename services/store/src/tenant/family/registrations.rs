//! A parent's registrations: registering a child at a facility (the registration, its history
//! event, the message and the e-mail in one statement; the database's named rules refuse what
//! breaks them), withdrawing one, and the list with history the account page shows.

use sqlx::FromRow;
use step_domain::family::RegistrationInput;
use time::{Date, OffsetDateTime};
use tracing::instrument;
use uuid::Uuid;

use super::{ACTIVE, CRITERIA_OF_R, DECLARED_OF_R, iso_date};
use crate::platform::sessions::{live_session, well_formed};
use crate::{Error, InboxMessage, Result, TenantDb};

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
    /// The admission criteria the family declared (issue 16), whether the facility has reviewed
    /// them yet; those it confirmed are `criteria`.
    #[serde(default)]
    pub declared: Vec<String>,
    #[serde(default)]
    pub criteria_reviewed: bool,
    /// It took part in a published allocation round: the family can read why (issue 17). Only the
    /// account page's statement reads it.
    #[serde(default)]
    #[sqlx(default)]
    pub in_round: bool,
    /// The booked admission talk (issue 21); only the account page's statement reads it.
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[sqlx(default)]
    pub talk_at: Option<OffsetDateTime>,
    /// Times for the talk are offered and none is booked yet.
    #[serde(default)]
    #[sqlx(default)]
    pub talk_open: bool,
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

impl TenantDb {
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
            Owner::Session(id) if self.beside_platform() && well_formed(id) => (
                format!(
                    "c.family_id = (select f.id from {{s}}.families f where f.account_id = (select account_id from ({}) ps))",
                    live_session("$7")
                ),
                id.to_owned(),
            ),
            Owner::Session(_) => return Err(Error::NotFound),
        };
        if !r.criteria.is_empty() {
            // Declared criteria must be the facility's (checked here, so that nothing is written
            // for an unknown one; a catalogue changed in between only drops the declaration).
            let known: Vec<i16> = sqlx::query_scalar(
                &self.q("select position from {s}.admission_criteria where facility_id = $1 and position = any($2)"),
            )
            .bind(r.facility_id)
            .bind(&r.criteria)
            .fetch_all(self.pool())
            .await?;
            if known.len() != r.criteria.len() {
                return Err(Error::Rule("criterion_unknown"));
            }
        }
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
             ), d as (
                insert into {{s}}.registration_declared_criteria (registration_id, facility_id, position)
                select r.id, a.facility_id, a.position from r
                join {{s}}.admission_criteria a on a.facility_id = r.facility_id and a.position = any($12::smallint[])
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
        .bind(&r.criteria)
        .fetch_optional(self.pool())
        .await
        .map_err(rule)?;
        id.ok_or(Error::NotFound)
    }

    /// Every registration of the family's children with its history, in one statement (the account
    /// page is a hot path).
    #[instrument(skip_all)]
    pub async fn registrations(&self, family: Uuid) -> Result<Vec<Registration>> {
        let rows: Vec<(Registration, sqlx::types::Json<Vec<RegistrationEvent>>)> = sqlx::query(&self.q(&format!(
            "select r.id, r.child_id, r.facility_id, f.name as facility_name, f.kind as facility_kind, r.start_date,
                    r.hours, r.rank, r.note, r.status, r.created_at, r.answer_by, r.reason, r.reason_note,
                    {CRITERIA_OF_R} as criteria, {DECLARED_OF_R} as declared,
                    (r.criteria_reviewed_at is not null) as criteria_reviewed,
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
