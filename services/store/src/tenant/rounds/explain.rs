//! What a family learns about a published round (issue 17): for each wish of its child, the
//! programme's places, how far they were given (the cut-off: the standing of the last child taken),
//! the child's own standing and whether the facility marked it not admissible, all as frozen with
//! the round's run. Never another family's names or registrations: the cut-off is a number of
//! points and a day.

use serde::Serialize;
use sqlx::{FromRow, PgConnection};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::{Result, TenantDb};

/// One wish of a child in a round, with what decided it.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct WishExplanation {
    pub round_id: Uuid,
    pub start_date: Date,
    pub registration_id: Uuid,
    pub child_id: Uuid,
    pub child_first_name: String,
    pub family_id: Uuid,
    /// The family's language (issue 18), for the message that explains the round.
    #[serde(skip)]
    pub language: String,
    pub facility_name: String,
    pub rank: i16,
    pub age_band: String,
    pub points: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub registered_at: OffsetDateTime,
    pub admissible: bool,
    pub assigned: bool,
    /// The programme's places and how many were given; none when the facility had no places for
    /// the child's age band.
    pub capacity: Option<i32>,
    pub taken: Option<i32>,
    pub cutoff_points: Option<i32>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub cutoff_registered_at: Option<OffsetDateTime>,
    /// The lead's reason when not admissible (a decline reason key).
    pub inadmissible_reason: Option<String>,
    /// The criteria that gave the child's points there.
    pub criteria: Vec<String>,
}

const EXPLAIN: &str = "select w.round_id, ro.start_date, w.registration_id, w.child_id, c.first_name as child_first_name,
        c.family_id, (select fam.language from {s}.families fam where fam.id = c.family_id) as language, f.name as facility_name, w.rank, w.age_band, w.points, w.registered_at, w.admissible, w.assigned,
        p.capacity, p.taken, p.cutoff_points, p.cutoff_registered_at, w.inadmissible_reason,
        array(select jsonb_array_elements_text(w.criteria)) as criteria
    from {s}.round_wishes w join {s}.rounds ro on ro.id = w.round_id
    join {s}.children c on c.id = w.child_id join {s}.facilities f on f.id = w.facility_id
    left join {s}.round_programmes p on p.round_id = w.round_id and p.facility_id = w.facility_id and p.age_band = w.age_band";

impl TenantDb {
    /// Every child's wishes in round `id`, by child and rank (inside the publishing transaction).
    pub(crate) async fn round_explanations_in(&self, tx: &mut PgConnection, id: Uuid) -> Result<Vec<WishExplanation>> {
        Ok(sqlx::query_as(&self.q(&format!("{EXPLAIN} where w.round_id = $1 order by w.child_id, w.rank")))
            .bind(id)
            .fetch_all(&mut *tx)
            .await?)
    }

    /// The explanation of the latest published round a registration of `account`'s family took
    /// part in: all wishes of that child in that round. Empty when there is none.
    pub async fn registration_explanation(&self, account: Uuid, registration: Uuid) -> Result<Vec<WishExplanation>> {
        Ok(sqlx::query_as(&self.q(&format!(
            "{EXPLAIN} where (w.round_id, w.child_id) = (
                select w2.round_id, w2.child_id from {{s}}.round_wishes w2 join {{s}}.rounds r2 on r2.id = w2.round_id
                join {{s}}.children c2 on c2.id = w2.child_id join {{s}}.families f2 on f2.id = c2.family_id
                where w2.registration_id = $1 and r2.status = 'published' and f2.account_id = $2
                order by r2.published_at desc limit 1)
             order by w.rank"
        )))
        .bind(registration)
        .bind(account)
        .fetch_all(self.pool())
        .await?)
    }
}
