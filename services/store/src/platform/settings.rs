//! Run-time settings of municipalities in the platform schema (issue 7): maintenance mode.

use crate::{PlatformDb, Result};

impl PlatformDb {
    /// The municipalities in maintenance (read-only) mode.
    pub async fn maintenance_slugs(&self) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar("select slug from tenant_settings where maintenance order by slug")
            .fetch_all(&self.pool)
            .await?)
    }

    /// Switches maintenance mode of a municipality on or off.
    pub async fn set_maintenance(&self, slug: &str, on: bool, by: &str) -> Result<()> {
        sqlx::query(
            "insert into tenant_settings (slug, maintenance, changed_by) values ($1, $2, $3)
             on conflict (slug) do update set maintenance = $2, changed_by = $3, updated_at = now()",
        )
        .bind(slug)
        .bind(on)
        .bind(by)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
