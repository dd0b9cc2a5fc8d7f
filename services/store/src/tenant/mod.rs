//! The tenant room: [`TenantDb`], the only way to tenant data, and one module per feature (search,
//! family, desk, documents, office, dashboard, outbox, seed), each with its own `impl TenantDb`.
//!
//! Every statement names the tenant's schema explicitly (`t_rheine.facilities`); the schema comes
//! from the registry as a validated [`SchemaName`], never from a request. No session setting is ever
//! changed on a pooled connection, so nothing of one request's tenant can survive into the next use
//! of that connection. Why qualified names rather than `set_config('search_path', …, true)`: see
//! docs/architecture.md (measured there).
//!
//! Of the platform's data the tenant room reads only its live sessions: a registration or the
//! account page by session id reads the session in the same statement (`family`).

pub(crate) mod announcements;
pub(crate) mod cases;
pub(crate) mod conversations;
pub(crate) mod dashboard;
pub(crate) mod desk;
pub(crate) mod documents;
pub(crate) mod family;
pub(crate) mod notices;
pub(crate) mod office;
pub(crate) mod outbox;
pub(crate) mod proposals;
pub(crate) mod rounds;
pub(crate) mod search;
mod seed;
pub(crate) mod talks;

use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgPool, Postgres};
use step_domain::SchemaName;

use crate::Result;

#[derive(Clone)]
pub struct TenantDb {
    pool: PgPool,
    schema: SchemaName,
    /// The schema lives in the platform's own database (cluster `main`), so one statement may read
    /// both (the account page reads its session and its overview in one round trip).
    beside_platform: bool,
}

impl TenantDb {
    pub(crate) fn new(pool: PgPool, schema: SchemaName, beside_platform: bool) -> Self {
        Self { pool, schema, beside_platform }
    }

    pub fn beside_platform(&self) -> bool {
        self.beside_platform
    }

    pub fn schema(&self) -> &SchemaName {
        &self.schema
    }

    /// `{s}` in a statement becomes this tenant's schema name.
    pub(crate) fn q(&self, sql: &str) -> String {
        sql.replace("{s}", self.schema().as_str())
    }

    pub(crate) fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// A pooled connection for work that needs one connection (migrations, seeding transactions).
    pub(crate) async fn connection(&self) -> Result<PoolConnection<Postgres>> {
        #[allow(clippy::disallowed_methods)]
        // this type is the one place allowed to hand out connections
        Ok(self.pool.acquire().await?)
    }
}
