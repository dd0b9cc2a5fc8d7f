//! The district's demand and supply per municipality, kept as a rollup (issue 22): the job that
//! recomputes a municipality marked due writes its figures here, and the dashboard reads every
//! municipality's in one query. Only counts are stored; no child's data leaves its schema.

use sqlx::types::Json;
use time::OffsetDateTime;

use crate::{DemandRow, PlatformDb, Result};

/// One municipality's figures as last computed.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Figures {
    pub schema: String,
    /// Children with an active registration, each once.
    pub children: i64,
    pub cells: Json<Vec<DemandRow>>,
    /// When they were computed.
    pub as_of: OffsetDateTime,
}

impl PlatformDb {
    /// Stores a municipality's figures, computed at `as_of`.
    pub async fn save_figures(
        &self,
        schema: &str,
        children: i64,
        cells: &[DemandRow],
        as_of: OffsetDateTime,
    ) -> Result<()> {
        sqlx::query(
            "insert into figures (schema, children, cells, as_of) values ($1, $2, $3, $4)
             on conflict (schema) do update set children = $2, cells = $3, as_of = $4 where figures.as_of <= $4",
        )
        .bind(schema)
        .bind(children)
        .bind(Json(cells))
        .bind(as_of)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The stored figures of the given schemas (those never computed are missing).
    pub async fn figures(&self, schemas: &[&str]) -> Result<Vec<Figures>> {
        Ok(sqlx::query_as("select schema, children, cells, as_of from figures where schema = any($1)")
            .bind(schemas)
            .fetch_all(&self.pool)
            .await?)
    }
}
