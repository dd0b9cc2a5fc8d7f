//! The admission talk (issue 21): the facility offers a registration up to five times; the family
//! books one. A time is one family's: booking is a single conditional update, so of two families
//! picking the same time at once exactly one gets it. A facility's times never overlap (checked
//! under a lock on its row), except the same time offered to several families. Booking, moving
//! and cancelling tell both sides in the same transaction, the e-mails carrying the calendar file.

use sqlx::{Connection, FromRow};
use step_domain::talk::{MAX_OPEN_SLOTS, Slot};
use time::OffsetDateTime;
use tracing::instrument;
use uuid::Uuid;

use crate::tenant::conversations::Parties;
use crate::{Error, InboxMessage, Result, Side, TenantDb};

/// A time for the talk as one registration sees it.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct TalkSlot {
    pub id: i64,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    /// `place`, `phone` or `video`
    pub mode: String,
    pub place: String,
    /// Booked by this registration.
    pub mine: bool,
    /// Booked by another family: no longer to be picked.
    pub taken: bool,
}

/// What the letters and the calendar file of a booked or cancelled talk are made of.
pub struct TalkFacts<'a> {
    pub registration: Uuid,
    pub child: &'a str,
    pub facility: &'a str,
    /// The family's language.
    pub language: &'a str,
    pub slot: &'a TalkSlot,
    /// Changes so far, for the calendar file's SEQUENCE.
    pub sequence: i64,
    /// Bookings of this registration cancelled before this one: part of the calendar file's UID,
    /// so a talk booked again after a cancellation is a new event.
    pub cycle: i64,
    pub cancelled: bool,
}

/// The family's and the facility's message, and the calendar file both e-mails carry.
pub struct TalkLetters {
    pub family: InboxMessage,
    pub facility: InboxMessage,
    pub calendar: String,
}

const SLOT_COLUMNS: &str = "s.id, s.starts_at, s.ends_at, s.mode, s.place,
    coalesce(s.booked_by = $1, false) as mine, coalesce(s.booked_by <> $1, false) as taken";

impl TenantDb {
    /// The times offered to registration `$1`, earliest first, and whether each is booked.
    pub async fn talk_slots(&self, registration: Uuid) -> Result<Vec<TalkSlot>> {
        Ok(sqlx::query_as(&self.q(&format!(
            "select {SLOT_COLUMNS} from {{s}}.talk_offers o join {{s}}.talk_slots s on s.id = o.slot_id
             where o.registration_id = $1 order by s.starts_at, s.id"
        )))
        .bind(registration)
        .fetch_all(self.pool())
        .await?)
    }

    /// The child's first name and the facility's name of a registration.
    pub async fn talk_names(&self, registration: Uuid) -> Result<Option<(String, String)>> {
        Ok(sqlx::query_as(&self.q("select c.first_name, f.name from {s}.registrations r
             join {s}.children c on c.id = r.child_id join {s}.facilities f on f.id = r.facility_id where r.id = $1"))
        .bind(registration)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Changes to the registration's talk so far (the calendar file's SEQUENCE) and how many of
    /// them were cancellations (a booking after a cancellation is a new event, with a new UID).
    pub async fn talk_counts(&self, registration: Uuid) -> Result<(i64, i64)> {
        Ok(sqlx::query_as(&self.q(
            "select count(*), count(*) filter (where kind = 'cancelled') from {s}.talk_events where registration_id = $1",
        ))
        .bind(registration)
        .fetch_one(self.pool())
        .await?)
    }

    /// Offers `slots` to the registration and tells the family (`notice(child, facility,
    /// language)`). Refused, nothing stored: a registration no longer active
    /// (`conversation_closed`), more than five open times (`talk_too_many`), a time overlapping
    /// another of the facility's that is not the same time (`talk_overlap`).
    #[instrument(skip_all)]
    pub async fn offer_talk_slots(
        &self,
        registration: Uuid,
        by: &str,
        slots: &[Slot],
        notice: impl FnOnce(&str, &str, &str) -> InboxMessage,
    ) -> Result<usize> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let p = self.parties(&mut tx, registration).await?;
        self.lock_facility_times(&mut tx, p.facility).await?;
        let open: i64 = sqlx::query_scalar(
            &self.q("select count(*) from {s}.talk_offers o join {s}.talk_slots s on s.id = o.slot_id
             where o.registration_id = $1 and s.booked_by is null and s.starts_at > now()"),
        )
        .bind(registration)
        .fetch_one(&mut *tx)
        .await?;
        if open as usize + slots.len() > MAX_OPEN_SLOTS {
            return Err(Error::Rule("talk_too_many"));
        }
        for slot in slots {
            let same: Option<i64> = sqlx::query_scalar(
                &self.q("select id from {s}.talk_slots where facility_id = $1 and starts_at = $2 and ends_at = $3
                 and mode = $4 and place = $5 and booked_by is null"),
            )
            .bind(p.facility)
            .bind(slot.starts_at)
            .bind(slot.ends_at)
            .bind(slot.mode.code())
            .bind(&slot.place)
            .fetch_optional(&mut *tx)
            .await?;
            let id = match same {
                Some(id) => id,
                None => self.new_slot(&mut tx, p.facility, slot, by).await?,
            };
            sqlx::query(
                &self
                    .q("insert into {s}.talk_offers (registration_id, slot_id) values ($1, $2) on conflict do nothing"),
            )
            .bind(registration)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        let msg = notice(&p.child, &p.facility_name, &p.language);
        self.tell_family(&mut tx, p.family, Some(registration), &msg).await?;
        tx.commit().await?;
        Ok(slots.len())
    }

    /// One facility's times are changed one writer at a time (`no key update`: inserts that refer
    /// to the facility, new registrations or messages, do not wait for it).
    async fn lock_facility_times(&self, tx: &mut sqlx::PgConnection, facility: Uuid) -> Result<()> {
        sqlx::query(&self.q("select 1 from {s}.facilities where id = $1 for no key update"))
            .bind(facility)
            .execute(&mut *tx)
            .await?;
        Ok(())
    }

    async fn new_slot(&self, tx: &mut sqlx::PgConnection, facility: Uuid, slot: &Slot, by: &str) -> Result<i64> {
        let overlap: bool = sqlx::query_scalar(&self.q(
            "select exists (select 1 from {s}.talk_slots where facility_id = $1 and starts_at < $3 and ends_at > $2)",
        ))
        .bind(facility)
        .bind(slot.starts_at)
        .bind(slot.ends_at)
        .fetch_one(&mut *tx)
        .await?;
        if overlap {
            return Err(Error::Rule("talk_overlap"));
        }
        Ok(sqlx::query_scalar(
            &self.q("insert into {s}.talk_slots (facility_id, starts_at, ends_at, mode, place, created_by)
             values ($1, $2, $3, $4, $5, $6) returning id"),
        )
        .bind(facility)
        .bind(slot.starts_at)
        .bind(slot.ends_at)
        .bind(slot.mode.code())
        .bind(&slot.place)
        .bind(by)
        .fetch_one(&mut *tx)
        .await?)
    }

    /// The facility takes back a time it offered that nobody booked; a time offered to nobody
    /// any more is gone. `NotFound` for a time not offered here or booked.
    pub async fn withdraw_talk_slot(&self, registration: Uuid, slot: i64) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        // The same locks as offering and booking: the registration, the facility, then the time.
        let p = self.parties(&mut tx, registration).await?;
        self.lock_facility_times(&mut tx, p.facility).await?;
        let free: Option<bool> = sqlx::query_scalar(
            &self.q("select s.booked_by is null from {s}.talk_slots s join {s}.talk_offers o on o.slot_id = s.id
             where o.registration_id = $1 and s.id = $2 for update of s"),
        )
        .bind(registration)
        .bind(slot)
        .fetch_optional(&mut *tx)
        .await?;
        if free != Some(true) {
            return Err(Error::NotFound);
        }
        sqlx::query(&self.q("delete from {s}.talk_offers where registration_id = $1 and slot_id = $2"))
            .bind(registration)
            .bind(slot)
            .execute(&mut *tx)
            .await?;
        self.drop_unoffered(&mut tx, slot).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn drop_unoffered(&self, tx: &mut sqlx::PgConnection, slot: i64) -> Result<()> {
        sqlx::query(&self.q("delete from {s}.talk_slots s where s.id = $1 and s.booked_by is null
             and not exists (select 1 from {s}.talk_offers o where o.slot_id = s.id)"))
        .bind(slot)
        .execute(&mut *tx)
        .await?;
        Ok(())
    }

    /// The family books time `slot` (moving its talk if it had one). Refused: a time taken by
    /// another family or past (`talk_taken`), a time not offered to it (`NotFound`), a
    /// registration no longer active (`conversation_closed`). Both sides are told with the file.
    #[instrument(skip_all)]
    pub async fn book_talk(
        &self,
        registration: Uuid,
        slot: i64,
        letters: impl FnOnce(&TalkFacts) -> TalkLetters,
    ) -> Result<TalkSlot> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let p = self.parties(&mut tx, registration).await?;
        let offered: bool = sqlx::query_scalar(
            &self.q("select exists (select 1 from {s}.talk_offers where registration_id = $1 and slot_id = $2)"),
        )
        .bind(registration)
        .bind(slot)
        .fetch_one(&mut *tx)
        .await?;
        if !offered {
            return Err(Error::NotFound);
        }
        self.refuse_past_talk(&mut tx, registration).await?;
        // A booked time of its own is released first: the family moves its talk.
        let before: Option<i64> = sqlx::query_scalar(
            &self.q("update {s}.talk_slots set booked_by = null, booked_at = null where booked_by = $1 returning id"),
        )
        .bind(registration)
        .fetch_optional(&mut *tx)
        .await?;
        if before == Some(slot) {
            return Err(Error::Rule("talk_same"));
        }
        // The one statement that decides: a row locked by another family's booking is read again
        // after it commits, and then no longer free.
        let booked: Option<TalkSlot> = sqlx::query_as(&self.q(&format!(
            "update {{s}}.talk_slots s set booked_by = $1, booked_at = now()
             where s.id = $2 and s.booked_by is null and s.starts_at > now()
             returning {SLOT_COLUMNS}"
        )))
        .bind(registration)
        .bind(slot)
        .fetch_optional(&mut *tx)
        .await?;
        let booked = booked.ok_or(Error::Rule("talk_taken"))?;
        self.talk_event(&mut tx, &p, &booked, "booked", Side::Family).await?;
        self.tell_both(&mut tx, &p, &booked, false, letters).await?;
        tx.commit().await?;
        Ok(booked)
    }

    /// Cancels the registration's booked talk with a message from `side` in the conversation
    /// (the reason). The family's cancelled time is free again; the facility's is gone. Refused:
    /// no talk booked (`talk_none`), a registration no longer active (`conversation_closed`).
    #[instrument(skip_all)]
    pub async fn cancel_talk(
        &self,
        registration: Uuid,
        (side, author): (Side, &str),
        reason: &str,
        letters: impl FnOnce(&TalkFacts) -> TalkLetters,
    ) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let p = self.parties(&mut tx, registration).await?;
        self.refuse_past_talk(&mut tx, registration).await?;
        let slot: Option<TalkSlot> =
            sqlx::query_as(&self.q("update {s}.talk_slots set booked_by = null, booked_at = null where booked_by = $1
             returning id, starts_at, ends_at, mode, place, true as mine, false as taken"))
            .bind(registration)
            .fetch_optional(&mut *tx)
            .await?;
        let slot = slot.ok_or(Error::Rule("talk_none"))?;
        self.insert_message(&mut tx, &p, (side, author), (reason, None)).await?;
        self.talk_event(&mut tx, &p, &slot, "cancelled", side).await?;
        if side == Side::Facility {
            sqlx::query(&self.q("delete from {s}.talk_slots where id = $1")).bind(slot.id).execute(&mut *tx).await?;
        }
        self.tell_both(&mut tx, &p, &slot, true, letters).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A talk that has begun is neither moved nor cancelled: it took place (`talk_past`).
    async fn refuse_past_talk(&self, tx: &mut sqlx::PgConnection, registration: Uuid) -> Result<()> {
        let past: bool = sqlx::query_scalar(
            &self.q("select exists (select 1 from {s}.talk_slots where booked_by = $1 and starts_at <= now())"),
        )
        .bind(registration)
        .fetch_one(&mut *tx)
        .await?;
        if past { Err(Error::Rule("talk_past")) } else { Ok(()) }
    }

    async fn talk_event(
        &self,
        tx: &mut sqlx::PgConnection,
        p: &Parties,
        slot: &TalkSlot,
        kind: &str,
        side: Side,
    ) -> Result<()> {
        sqlx::query(&self.q(
            "insert into {s}.talk_events (registration_id, slot_id, kind, side, starts_at) values ($1, $2, $3, $4, $5)",
        ))
        .bind(p.registration)
        .bind(slot.id)
        .bind(kind)
        .bind(side.code())
        .bind(slot.starts_at)
        .execute(&mut *tx)
        .await?;
        Ok(())
    }

    async fn tell_both(
        &self,
        tx: &mut sqlx::PgConnection,
        p: &Parties,
        slot: &TalkSlot,
        cancelled: bool,
        letters: impl FnOnce(&TalkFacts) -> TalkLetters,
    ) -> Result<()> {
        let (sequence, cancels): (i64, i64) = sqlx::query_as(&self.q(
            "select count(*), count(*) filter (where kind = 'cancelled') from {s}.talk_events where registration_id = $1",
        ))
        .bind(p.registration)
        .fetch_one(&mut *tx)
        .await?;
        let facts = TalkFacts {
            registration: p.registration,
            child: &p.child,
            facility: &p.facility_name,
            language: &p.language,
            slot,
            sequence,
            // The cancellation just recorded belongs to the booking it ends.
            cycle: if cancelled { cancels - 1 } else { cancels },
            cancelled,
        };
        let l = letters(&facts);
        self.tell_family_with(&mut *tx, p.family, Some(p.registration), &l.family, Some(&l.calendar)).await?;
        self.tell_facility_with(&mut *tx, p.facility, p.registration, &l.facility, Some(&l.calendar)).await?;
        Ok(())
    }
}
