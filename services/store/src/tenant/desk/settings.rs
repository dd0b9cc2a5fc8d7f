//! The office's procedure settings as the tenant schema keeps them for the desk: how many days a
//! parent has to answer an offer, and the offer lock (while a child has an open offer, its other
//! registrations wait).

use sqlx::{Connection, FromRow};

use crate::{Actor, Result, TenantDb};

/// The office's procedure settings stored in the tenant schema.
#[derive(Debug, Clone, Copy, FromRow)]
pub struct DeskSettings {
    pub offer_answer_days: i16,
    pub offer_lock: bool,
}

impl TenantDb {
    pub async fn desk_settings(&self) -> Result<DeskSettings> {
        Ok(sqlx::query_as(&self.q("select offer_answer_days, offer_lock from {s}.settings"))
            .fetch_one(self.pool())
            .await?)
    }

    /// The office switches the offer lock on or off (audited).
    pub async fn set_offer_lock(&self, actor: &Actor, on: bool) -> Result<()> {
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await?;
        sqlx::query(&self.q("update {s}.settings set offer_lock = $1, updated_at = now()"))
            .bind(on)
            .execute(&mut *tx)
            .await?;
        self.audit_in(&mut tx, actor, "offer_lock", "settings", if on { "on" } else { "off" }).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Copies the office's answer period into the tenant schema.
    pub async fn sync_offer_days(&self, days: u16) -> Result<()> {
        sqlx::query(
            &self.q("update {s}.settings set offer_answer_days = $1, updated_at = now() where offer_answer_days <> $1"),
        )
        .bind(i16::try_from(days.clamp(1, 90)).unwrap_or(14))
        .execute(self.pool())
        .await?;
        Ok(())
    }
}
