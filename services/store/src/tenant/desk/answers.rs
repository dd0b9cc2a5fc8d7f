//! The parent's answer to an offer (accept or refuse), the parent's withdrawal, and the expiry of
//! offers not answered in time. Accepting withdraws the child's other active registrations in the
//! same transaction; every way out of an offered or accepted registration gives its place back.

use sqlx::Connection;
use time::Date;
use tracing::instrument;
use uuid::Uuid;

use crate::{Actor, Error, InboxMessage, Result, TenantDb};

impl TenantDb {
    /// The parent accepts an open offer. The child's other active registrations are withdrawn in
    /// the same transaction (places they held go back), the parent gets a message for each and each
    /// facility an e-mail. `facility_mail(child, facility)` words that e-mail.
    #[instrument(skip_all)]
    pub async fn accept(
        &self,
        account: Uuid,
        registration: Uuid,
        today: Date,
        accepted: impl FnOnce(&str, &str, &str) -> InboxMessage,
        withdrawn: impl Fn(&str, &str, &str) -> InboxMessage,
        facility_mail: impl Fn(&str, &str) -> InboxMessage,
    ) -> Result<()> {
        let actor = Actor::account(account, "parent");
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        self.lock_child_of(&mut tx, registration).await?;
        let owned = "c.family_id = (select id from {s}.families where account_id = $2)";
        let r = self.lock_registration(&mut tx, owned, registration, account).await?;
        if r.status != "offered" {
            return Err(Error::Rule("offer_not_open"));
        }
        if r.answer_by.is_some_and(|d| d < today) {
            return Err(Error::Rule("offer_expired"));
        }
        self.set_status(&mut tx, registration, "accepted", true).await?;
        self.record(
            &mut tx,
            r.family_id,
            registration,
            ("accepted", "", "parent"),
            &accepted(&r.child, &r.facility, &r.language),
        )
        .await?;
        self.audit_in(&mut tx, &actor, "accept", &format!("registration:{registration}"), "").await?;
        // Locked here, in the order of the places they hold (two acceptances releasing places of
        // the same facilities then take those rows in the same order), and re-checked after the lock:
        // a registration answered meanwhile is left alone. An earlier acceptance goes too: a child
        // holds one place. An offer from an allocation round (issue 17) withdraws only the wishes the
        // parent ranked lower: those ranked higher stay waiting for a later round, and the place
        // accepted now is the child's fallback.
        let others: Vec<Uuid> = sqlx::query_scalar(&self.q(
            "select id from {s}.registrations where child_id = $1 and id <> $2 and status in ('registered', 'offered', 'accepted')
                and ($3::smallint is null or rank > $3 or status = 'accepted')
             order by facility_id, place_start nulls last, place_band nulls last, place_hours nulls last, id
             for update",
        ))
        .bind(r.child_id)
        .bind(registration)
        .bind(r.round_rank)
        .fetch_all(&mut *tx)
        .await?;
        for other in others {
            let o = self.lock_registration(&mut tx, "r.child_id = $2", other, r.child_id).await?;
            self.release_place(&mut tx, &o).await?;
            self.set_status(&mut tx, other, "withdrawn", false).await?;
            let note = "accepted_elsewhere";
            self.record(
                &mut tx,
                o.family_id,
                other,
                ("withdrawn", note, "system"),
                &withdrawn(&o.child, &o.facility, &o.language),
            )
            .await?;
            // On the facility's desk and by e-mail (issue 19.9).
            self.tell_facility(&mut tx, o.facility_id, other, &facility_mail(&o.child, &o.facility)).await?;
            self.audit_in(&mut tx, &Actor::system(), "withdraw", &format!("registration:{other}"), note).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The parent declines an open offer; the place goes back to the facility.
    #[instrument(skip_all)]
    pub async fn refuse(
        &self,
        account: Uuid,
        registration: Uuid,
        message: impl FnOnce(&str, &str, &str) -> InboxMessage,
    ) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let owned = "c.family_id = (select id from {s}.families where account_id = $2)";
        let r = self.lock_registration(&mut tx, owned, registration, account).await?;
        if r.status != "offered" {
            return Err(Error::Rule("offer_not_open"));
        }
        self.release_place(&mut tx, &r).await?;
        self.set_status(&mut tx, registration, "declined", false).await?;
        self.record(
            &mut tx,
            r.family_id,
            registration,
            ("declined", "", "parent"),
            &message(&r.child, &r.facility, &r.language),
        )
        .await?;
        self.audit_in(
            &mut tx,
            &Actor::account(account, "parent"),
            "refuse",
            &format!("registration:{registration}"),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The parent withdraws a registration of their own child; a place it held goes back and the
    /// facility is told on its desk and by e-mail. Unknown or foreign ids are [`Error::NotFound`]; a
    /// registration that is no longer active is [`Error::Rule("registration_not_active")`].
    #[instrument(skip_all)]
    pub async fn withdraw(
        &self,
        family: Uuid,
        registration: Uuid,
        message: &InboxMessage,
        facility_mail: impl Fn(&str, &str) -> InboxMessage,
    ) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let r = self.lock_registration(&mut tx, "c.family_id = $2", registration, family).await?;
        if !matches!(r.status.as_str(), "registered" | "offered" | "accepted") {
            return Err(Error::Rule("registration_not_active"));
        }
        self.release_place(&mut tx, &r).await?;
        self.set_status(&mut tx, registration, "withdrawn", false).await?;
        self.record(&mut tx, family, registration, ("withdrawn", "", "parent"), message).await?;
        // The facility learns of it on its desk and by e-mail (issue 19.9).
        self.tell_facility(&mut tx, r.facility_id, registration, &facility_mail(&r.child, &r.facility)).await?;
        self.audit_in(
            &mut tx,
            &Actor { id: format!("family:{family}"), role: "parent".into() },
            "withdraw",
            &format!("registration:{registration}"),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Offers whose answer deadline passed before `today` expire and their places go back. Returns
    /// how many expired. Safe to run on several workers at once (rows are taken with skip locked).
    #[instrument(skip_all, fields(tenant.schema = %self.schema()))]
    pub async fn expire_offers(
        &self,
        today: Date,
        message: impl Fn(&str, &str, &str) -> InboxMessage,
    ) -> Result<usize> {
        let mut count = 0;
        loop {
            let mut conn = self.connection().await?;
            let mut tx = conn.begin().await?;
            let due: Option<Uuid> = sqlx::query_scalar(
                &self.q("select id from {s}.registrations where status = 'offered' and answer_by < $1
                 order by answer_by, id limit 1 for update skip locked"),
            )
            .bind(today)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(id) = due else { break };
            let r = self.lock_registration(&mut tx, "r.id = $2", id, id).await?;
            self.release_place(&mut tx, &r).await?;
            self.set_status(&mut tx, id, "expired", false).await?;
            self.record(
                &mut tx,
                r.family_id,
                id,
                ("expired", "", "system"),
                &message(&r.child, &r.facility, &r.language),
            )
            .await?;
            self.audit_in(&mut tx, &Actor::system(), "expire", &format!("registration:{id}"), "").await?;
            tx.commit().await?;
            count += 1;
        }
        Ok(count)
    }

    /// Reminds the family of every open offer whose answer is due within `days` days (from today
    /// on) and that was not reminded yet: an inbox message and an e-mail, once per offer.
    #[instrument(skip_all)]
    pub async fn remind_offers(
        &self,
        today: Date,
        days: i32,
        message: impl Fn(&str, &str, &str, Date) -> InboxMessage,
    ) -> Result<usize> {
        let mut count = 0;
        loop {
            let mut conn = self.connection().await?;
            let mut tx = conn.begin().await?;
            let due: Option<(Uuid, Uuid, String, String, String, Date)> =
                sqlx::query_as(&self.q("select r.id, c.family_id, c.first_name, f.name, fam.language, r.answer_by
                 from {s}.registrations r join {s}.children c on c.id = r.child_id
                 join {s}.facilities f on f.id = r.facility_id join {s}.families fam on fam.id = c.family_id
                 where r.status = 'offered' and r.reminded_at is null and r.answer_by between $1 and $1 + $2
                 order by r.answer_by, r.id limit 1 for update of r skip locked"))
                .bind(today)
                .bind(days)
                .fetch_optional(&mut *tx)
                .await?;
            let Some((id, family, child, facility, language, answer_by)) = due else { break };
            let m = message(&child, &facility, &language, answer_by);
            sqlx::query(&self.q("update {s}.registrations set reminded_at = now() where id = $1"))
                .bind(id)
                .execute(&mut *tx)
                .await?;
            self.tell_family(&mut tx, family, Some(id), &m).await?;
            tx.commit().await?;
            count += 1;
        }
        Ok(count)
    }
}
