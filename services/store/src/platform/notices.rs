//! Templates of the formal notices per office and kind (issue 20): versioned, never changed.

use sqlx::FromRow;
use time::OffsetDateTime;

use crate::{PlatformDb, Result};

/// A version of a notice template.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct NoticeTemplate {
    /// `offer`, `rejection` or `no_place`
    pub kind: String,
    pub version: i32,
    pub body: String,
    /// The appeal instructions (Rechtsbehelfsbelehrung).
    pub appeal: String,
    pub created_by: String,
    pub created_at: OffsetDateTime,
}

impl PlatformDb {
    /// The current (newest) template of each kind of the office.
    pub async fn notice_templates(&self, office: &str) -> Result<Vec<NoticeTemplate>> {
        Ok(sqlx::query_as(
            "select distinct on (kind) kind, version, body, appeal, created_by, created_at from notice_templates
             where office = $1 order by kind, version desc",
        )
        .bind(office)
        .fetch_all(&self.pool)
        .await?)
    }

    /// The current template of one kind of the office.
    pub async fn notice_template(&self, office: &str, kind: &str) -> Result<Option<NoticeTemplate>> {
        Ok(sqlx::query_as(
            "select kind, version, body, appeal, created_by, created_at from notice_templates
             where office = $1 and kind = $2 order by version desc limit 1",
        )
        .bind(office)
        .bind(kind)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Saves a new version of the office's template of `kind`; returns its number.
    pub async fn add_notice_template(
        &self,
        office: &str,
        kind: &str,
        (body, appeal): (&str, &str),
        by: &str,
    ) -> Result<i32> {
        // Two saves at once: the primary key lets one through, the other retries on the next number.
        for _ in 0..3 {
            let saved: Option<i32> = sqlx::query_scalar(
                "insert into notice_templates (office, kind, version, body, appeal, created_by)
                 select $1, $2, coalesce(max(version), 0) + 1, $3, $4, $5 from notice_templates where office = $1 and kind = $2
                 on conflict do nothing returning version",
            )
            .bind(office)
            .bind(kind)
            .bind(body)
            .bind(appeal)
            .bind(by)
            .fetch_optional(&self.pool)
            .await?;
            if let Some(v) = saved {
                return Ok(v);
            }
        }
        Err(crate::Error::Rule("template_busy"))
    }
}
