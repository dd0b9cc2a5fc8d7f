//! The facility's side of a waiting registration: an offer (Platzzusage) takes a free place of the
//! child's age band with `update … where free_places > 0` and holds it until the parent answers; a
//! decline (Absage) closes the registration with a reason from the catalogue.

use sqlx::{Connection, PgConnection};
use step_domain::search::kita_year_start;
use time::Date;
use tracing::instrument;
use uuid::Uuid;

use crate::{Actor, Error, InboxMessage, Result, TenantDb};

impl TenantDb {
    /// Makes an offer for a waiting registration of `facility`, answerable until `answer_by`. Takes
    /// a free place of the child's age band at the start date (announced since the start of that
    /// Kita year, the exact weekly hours before "any hours"); with none left it is
    /// [`Error::Rule("offer_no_place")`] and nothing changes.
    #[instrument(skip_all)]
    pub async fn offer(
        &self,
        actor: &Actor,
        facility: Uuid,
        registration: Uuid,
        answer_by: Date,
        message: impl FnOnce(&str, &str, &str) -> InboxMessage,
    ) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        self.offer_in(&mut tx, actor, (facility, registration), answer_by, message, None).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The offer inside the caller's transaction. From a round (`round`), the place may be of any
    /// weekly hours of the band (the round counted them all) and the offer lock does not apply (the
    /// round gives a child one offer and leaves out children with an open one).
    pub(crate) async fn offer_in(
        &self,
        tx: &mut PgConnection,
        actor: &Actor,
        (facility, registration): (Uuid, Uuid),
        answer_by: Date,
        message: impl FnOnce(&str, &str, &str) -> InboxMessage,
        round: Option<Uuid>,
    ) -> Result<()> {
        let tx = &mut *tx;
        self.lock_child_of(&mut *tx, registration).await?;
        let r = self.lock_registration(&mut *tx, "r.facility_id = $2", registration, facility).await?;
        if r.status != "registered" {
            return Err(Error::Rule("registration_not_waiting"));
        }
        let locked: bool = sqlx::query_scalar(&self.q(
            "select st.offer_lock and exists (select 1 from {s}.registrations o where o.child_id = $1 and o.status = 'offered')
             from {s}.settings st",
        ))
        .bind(r.child_id)
        .fetch_one(&mut *tx)
        .await?;
        if locked && round.is_none() {
            return Err(Error::Rule("offer_lock"));
        }
        let band = if r.months < 36 { "u3" } else { "ue3" };
        let candidates: Vec<(Date, i16)> =
            sqlx::query_as(&self.q("select start_date, hours from {s}.places where facility_id = $1 and age_band = $2
                and (hours in ($3, 0) or $6) and start_date <= $4 and start_date >= $5 and free_places > 0
             order by start_date desc, hours = $3 desc, hours = 0 desc, hours desc"))
            .bind(facility)
            .bind(band)
            .bind(r.hours)
            .bind(r.start_date)
            .bind(kita_year_start(r.start_date))
            .bind(round.is_some())
            .fetch_all(&mut *tx)
            .await?;
        let mut taken = None;
        for (start, hours) in candidates {
            let done = sqlx::query(&self.q("update {s}.places set free_places = free_places - 1, updated_at = now()
                 where facility_id = $1 and start_date = $2 and age_band = $3 and hours = $4 and free_places > 0"))
            .bind(facility)
            .bind(start)
            .bind(band)
            .bind(hours)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 1 {
                taken = Some((start, hours));
                break;
            }
        }
        let Some((start, hours)) = taken else { return Err(Error::Rule("offer_no_place")) };
        sqlx::query(
            &self.q(
                "update {s}.registrations set status = 'offered', answer_by = $2, place_start = $3, place_band = $4,
                place_hours = $5, round_id = $6, updated_at = now() where id = $1",
            ),
        )
        .bind(registration)
        .bind(answer_by)
        .bind(start)
        .bind(band)
        .bind(hours)
        .bind(round)
        .execute(&mut *tx)
        .await?;
        let msg = message(&r.child, &r.facility, &r.language);
        self.record(
            &mut *tx,
            r.family_id,
            registration,
            ("offered", &answer_by.to_string(), actor.history_label()),
            &msg,
        )
        .await?;
        self.audit_in(&mut *tx, actor, "offer", &format!("registration:{registration}"), &answer_by.to_string())
            .await?;
        Ok(())
    }

    /// Declines (Absage) a waiting registration with a reason from the catalogue and a note.
    #[instrument(skip_all)]
    pub async fn decline(
        &self,
        actor: &Actor,
        facility: Uuid,
        registration: Uuid,
        (reason, note): (&str, &str),
        message: impl FnOnce(&str, &str, &str) -> InboxMessage,
    ) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        let r = self.lock_registration(&mut tx, "r.facility_id = $2", registration, facility).await?;
        if r.status != "registered" {
            return Err(Error::Rule("registration_not_waiting"));
        }
        sqlx::query(&self.q(
            "update {s}.registrations set status = 'rejected', reason = $2, reason_note = $3, updated_at = now() where id = $1",
        ))
        .bind(registration)
        .bind(reason)
        .bind(note)
        .execute(&mut *tx)
        .await?;
        let msg = message(&r.child, &r.facility, &r.language);
        self.record(&mut tx, r.family_id, registration, ("rejected", reason, actor.history_label()), &msg).await?;
        self.audit_in(&mut tx, actor, "decline", &format!("registration:{registration}"), reason).await?;
        tx.commit().await?;
        Ok(())
    }
}
