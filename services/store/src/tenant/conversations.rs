//! Conversations between a family and a facility, one per registration (issue 21): a message with
//! the other side's notice (family: inbox and e-mail; facility: desk message and e-mail) in one
//! transaction, read markers per side, the facility's list with unread counts, and the limits (a
//! registration that is no longer active takes no message; at most [`DAILY_LIMIT`] messages a day
//! per side and conversation).

use sqlx::{Connection, FromRow, PgConnection};
use time::OffsetDateTime;
use tracing::instrument;
use uuid::Uuid;

use crate::{Actor, Error, InboxMessage, NewDocument, Result, TenantDb};

/// Messages one side may write in one conversation within 24 hours.
pub const DAILY_LIMIT: i64 = 20;

/// A message of a conversation.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct ConversationMessage {
    pub id: i64,
    /// `family` or `facility`
    pub side: String,
    pub author: String,
    pub body: String,
    /// The attached file in the document store, if any (gone once its family was deleted).
    pub document_id: Option<Uuid>,
    pub attachment_name: Option<String>,
    pub created_at: OffsetDateTime,
}

/// A conversation as the facility's list shows it.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct ConversationLine {
    pub registration_id: Uuid,
    pub child: String,
    pub status: String,
    pub last_message_at: OffsetDateTime,
    /// Messages of the family the facility has not read.
    pub unread: i64,
}

/// The statuses of a registration that still take messages and talks.
pub(crate) const ACTIVE: [&str; 4] = ["registered", "offered", "accepted", "contracted"];

/// The two sides of a registration's conversation.
#[derive(Debug, Clone, FromRow)]
pub(crate) struct Parties {
    pub registration: Uuid,
    pub family: Uuid,
    pub facility: Uuid,
    pub status: String,
    pub child: String,
    pub facility_name: String,
    pub language: String,
}

/// Who writes or reads: the family or the facility.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Family,
    Facility,
}

impl Side {
    pub fn code(&self) -> &'static str {
        match self {
            Side::Family => "family",
            Side::Facility => "facility",
        }
    }
}

impl TenantDb {
    /// The messages of a registration's conversation, oldest first (none when nobody wrote yet).
    pub async fn conversation(&self, registration: Uuid) -> Result<Vec<ConversationMessage>> {
        Ok(sqlx::query_as(&self.q(
            "select m.id, m.side, m.author, m.body, m.document_id, d.filename as attachment_name, m.created_at
             from {s}.conversation_messages m left join {s}.documents d on d.id = m.document_id
             where m.registration_id = $1 order by m.id",
        ))
        .bind(registration)
        .fetch_all(self.pool())
        .await?)
    }

    /// Writes a message, with an optional attachment stored before (`document`). The registration
    /// must still be active (`conversation_closed`), the side under its daily limit
    /// (`conversation_limit`). The other side is told (`notice(child, facility, language)` words
    /// it) and the writer's read marker moves, all in one transaction.
    #[instrument(skip_all)]
    pub async fn post_message(
        &self,
        registration: Uuid,
        (side, author): (Side, &str),
        (body, attachment): (&str, Option<(&NewDocument<'_>, &Actor)>),
        notice: impl FnOnce(&str, &str, &str) -> InboxMessage,
    ) -> Result<i64> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let p = self.parties(&mut tx, registration).await?;
        let today: i64 = sqlx::query_scalar(&self.q("select count(*) from {s}.conversation_messages
             where registration_id = $1 and side = $2 and created_at > now() - interval '1 day'"))
        .bind(registration)
        .bind(side.code())
        .fetch_one(&mut *tx)
        .await?;
        if today >= DAILY_LIMIT {
            return Err(Error::Rule("conversation_limit"));
        }
        let document = match attachment {
            // A message's file is a document of the registration (kind `attachment`); the family's
            // deletion removes it with the family's other documents.
            Some((doc, by)) => Some(self.insert_document_row(&mut tx, doc, (p.family, p.facility), by).await?.id),
            None => None,
        };
        let id = self.insert_message(&mut tx, &p, (side, author), (body, document)).await?;
        let msg = notice(&p.child, &p.facility_name, &p.language);
        match side {
            Side::Family => self.tell_facility(&mut tx, p.facility, registration, &msg).await?,
            Side::Facility => self.tell_family(&mut tx, p.family, Some(registration), &msg).await?,
        }
        tx.commit().await?;
        Ok(id)
    }

    /// The two sides of an active registration, its row locked; `conversation_closed` when the
    /// registration no longer takes messages.
    pub(crate) async fn parties(&self, tx: &mut PgConnection, registration: Uuid) -> Result<Parties> {
        let found: Option<Parties> = sqlx::query_as(&self.q(
            "select r.id as registration, c.family_id as family, r.facility_id as facility, r.status, c.first_name as child,
                    f.name as facility_name, fam.language
             from {s}.registrations r join {s}.children c on c.id = r.child_id
             join {s}.facilities f on f.id = r.facility_id join {s}.families fam on fam.id = c.family_id
             where r.id = $1 for update of r",
        ))
        .bind(registration)
        .fetch_optional(&mut *tx)
        .await?;
        let p = found.ok_or(Error::NotFound)?;
        if !ACTIVE.contains(&p.status.as_str()) {
            return Err(Error::Rule("conversation_closed"));
        }
        Ok(p)
    }

    /// The message row, the conversation created or its time and the writer's read marker moved.
    pub(crate) async fn insert_message(
        &self,
        tx: &mut PgConnection,
        p: &Parties,
        (side, author): (Side, &str),
        (body, document): (&str, Option<Uuid>),
    ) -> Result<i64> {
        let read = match side {
            Side::Family => "family_read_at",
            Side::Facility => "facility_read_at",
        };
        Ok(sqlx::query_scalar(&self.q(&format!(
            "with c as (insert into {{s}}.conversations (registration_id, facility_id, {read}) values ($1, $2, now())
                 on conflict (registration_id) do update set last_message_at = now(), {read} = now())
             insert into {{s}}.conversation_messages (registration_id, side, author, body, document_id)
             values ($1, $3, $4, $5, $6) returning id"
        )))
        .bind(p.registration)
        .bind(p.facility)
        .bind(side.code())
        .bind(author)
        .bind(body)
        .bind(document)
        .fetch_one(&mut *tx)
        .await?)
    }

    /// The reader of `side` has seen the conversation now.
    pub async fn mark_conversation_read(&self, registration: Uuid, side: Side) -> Result<()> {
        let read = match side {
            Side::Family => "family_read_at",
            Side::Facility => "facility_read_at",
        };
        sqlx::query(&self.q(&format!("update {{s}}.conversations set {read} = now() where registration_id = $1")))
            .bind(registration)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The facility's open conversations (of active registrations), newest first, with the
    /// family's unread messages.
    pub async fn facility_conversations(&self, facility: Uuid, limit: i64) -> Result<Vec<ConversationLine>> {
        Ok(sqlx::query_as(&self.q(
            "select cv.registration_id, c.first_name || ' ' || c.last_name as child, r.status, cv.last_message_at,
                    (select count(*) from {s}.conversation_messages m where m.registration_id = cv.registration_id
                       and m.side = 'family' and m.created_at > coalesce(cv.facility_read_at, '-infinity')) as unread
             from {s}.conversations cv join {s}.registrations r on r.id = cv.registration_id
             join {s}.children c on c.id = r.child_id
             where cv.facility_id = $1 and r.status in ('registered', 'offered', 'accepted', 'contracted')
             order by cv.last_message_at desc limit $2",
        ))
        .bind(facility)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }
}
