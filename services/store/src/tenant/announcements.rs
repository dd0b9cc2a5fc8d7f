//! A facility's announcements (issue 21): one message to every family on its waiting list for a
//! start date. Each family gets it in its inbox, and an e-mail in its own language that a message
//! is there (without the text), all in one statement; the announcement row records who wrote
//! what to how many families.

use sqlx::FromRow;
use time::{Date, OffsetDateTime};
use tracing::instrument;
use uuid::Uuid;

use crate::{Error, Result, TenantDb};

/// A start date on the facility's waiting list and how many families wait for it.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct StartGroup {
    pub start_date: Date,
    pub families: i64,
}

/// An announcement as the facility's list shows it.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct Announcement {
    pub id: i64,
    pub start_date: Date,
    pub subject: String,
    pub body: String,
    pub families: i32,
    pub created_at: OffsetDateTime,
}

/// The e-mail notice per language: (language, subject, body).
pub type Notices = Vec<(String, String, String)>;

const WAITING: &str = "r.facility_id = $1 and r.status in ('registered', 'offered', 'accepted')";

impl TenantDb {
    /// The start dates of the facility's active registrations with the number of families.
    pub async fn facility_start_groups(&self, facility: Uuid) -> Result<Vec<StartGroup>> {
        Ok(sqlx::query_as(&self.q(&format!(
            "select r.start_date, count(distinct c.family_id) as families
             from {{s}}.registrations r join {{s}}.children c on c.id = r.child_id
             where {WAITING} group by r.start_date order by r.start_date"
        )))
        .bind(facility)
        .fetch_all(self.pool())
        .await?)
    }

    /// Sends an announcement to every family waiting for `start`: the text in the inbox, the
    /// notice of `notices` in the family's language by e-mail (German when its language has
    /// none). `announcement_nobody` when no family waits for that start; nothing is stored then.
    #[instrument(skip_all)]
    pub async fn announce(
        &self,
        facility: Uuid,
        start: Date,
        (subject, body, author): (&str, &str, &str),
        notices: &Notices,
    ) -> Result<i64> {
        let (langs, (subjects, bodies)): (Vec<_>, (Vec<_>, Vec<_>)) =
            notices.iter().map(|(l, s, b)| (l.clone(), (s.clone(), b.clone()))).unzip();
        let reached: Option<i64> = sqlx::query_scalar(&self.q(&format!(
            "with fam as (select distinct c.family_id, f.language, coalesce(f.email, '') as email
                    from {{s}}.registrations r join {{s}}.children c on c.id = r.child_id
                    join {{s}}.families f on f.id = c.family_id
                    where {WAITING} and r.start_date = $2),
                  a as (insert into {{s}}.announcements (facility_id, start_date, subject, body, families, author)
                    select $1, $2, $3, $4, count(*), $5 from fam having count(*) > 0 returning families),
                  m as (insert into {{s}}.messages (family_id, subject, body)
                    select family_id, $3, $4 from fam where exists (select 1 from a) returning id, family_id),
                  n as (select * from unnest($6::text[], $7::text[], $8::text[]) as n(lang, subject, body)),
                  o as (insert into {{s}}.outbox (message_id, recipient, subject, body)
                    select m.id, fam.email, coalesce(own.subject, de.subject), coalesce(own.body, de.body)
                    from m join fam on fam.family_id = m.family_id
                    join n de on de.lang = 'de' left join n own on own.lang = fam.language
                    where fam.email <> '')
             select families::bigint from a"
        )))
        .bind(facility)
        .bind(start)
        .bind(subject)
        .bind(body)
        .bind(author)
        .bind(&langs)
        .bind(&subjects)
        .bind(&bodies)
        .fetch_optional(self.pool())
        .await?;
        reached.ok_or(Error::Rule("announcement_nobody"))
    }

    /// The facility's announcements, newest first.
    pub async fn announcements(&self, facility: Uuid, limit: i64) -> Result<Vec<Announcement>> {
        Ok(sqlx::query_as(&self.q("select id, start_date, subject, body, families, created_at from {s}.announcements
             where facility_id = $1 order by id desc limit $2"))
        .bind(facility)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }
}
