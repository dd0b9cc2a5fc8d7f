//! What awaits a signed-in family on every page (issue 16): its open offers with their answer
//! deadline, and its unread messages. One statement, for the banner and the menu's badge.

use time::Date;
use uuid::Uuid;

use super::{UNREAD_BESIDE_OFFERS, iso_date};
use crate::{Result, TenantDb};

/// An offer that waits for the family's answer.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct OpenOffer {
    pub registration_id: Uuid,
    pub child_first_name: String,
    pub facility_name: String,
    #[serde(with = "iso_date")]
    pub answer_by: Date,
}

/// Open offers (soonest deadline first) and the number of unread messages that are not about one
/// of them (the message that brought an offer is counted as the offer).
#[derive(Debug, Clone, Default)]
pub struct Alerts {
    /// Whether the account has a family in this municipality at all.
    pub family: bool,
    pub offers: Vec<OpenOffer>,
    pub unread: i64,
}

impl TenantDb {
    /// What awaits the family of `account` here (nothing for an account without a family).
    #[tracing::instrument(skip_all)]
    pub async fn family_alerts(&self, account: Uuid) -> Result<Alerts> {
        let row: Option<(sqlx::types::Json<Vec<OpenOffer>>, i64)> = sqlx::query_as(&self.q(&format!(
            "select coalesce((select json_agg(json_build_object('registration_id', r.id, 'child_first_name', c.first_name,
                        'facility_name', fa.name, 'answer_by', r.answer_by) order by r.answer_by, r.id)
                      from {{s}}.registrations r join {{s}}.children c on c.id = r.child_id
                      join {{s}}.facilities fa on fa.id = r.facility_id
                      where c.family_id = f.id and r.status = 'offered'), '[]'),
                    (select count(*) from {{s}}.messages m where m.family_id = f.id and m.read_at is null
                        and {UNREAD_BESIDE_OFFERS})
             from {{s}}.families f where f.account_id = $1"
        )))
        .bind(account)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(offers, unread)| Alerts { family: true, offers: offers.0, unread }).unwrap_or_default())
    }
}
