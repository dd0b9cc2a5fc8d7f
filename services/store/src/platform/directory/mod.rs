//! Municipalities defined at run time and the tenant directory (issue 7).
//!
//! `platform.tenant_definitions` holds definitions that win over the tenant files (and add
//! municipalities without a file); `platform.tenants.cluster` says which PostgreSQL cluster holds
//! each tenant schema. Every replica listens on [`CHANNEL`] and re-reads both when told, and polls
//! them anyway every few seconds.
//!
//! `provision` adds and changes a municipality at run time; `moving` moves a tenant schema to
//! another cluster.

mod map;
mod moving;
mod provision;

pub(crate) use map::Directory;

pub use moving::{MoveReport, TableCheck};

use std::collections::HashMap;

use step_domain::{SchemaName, Tenant};
use time::OffsetDateTime;

use crate::db::MAIN_CLUSTER;
use crate::{Error, PlatformDb, Result, Store};

/// The notification channel for run-time changes of municipalities (definitions, maintenance,
/// directory). The payload names what changed; listeners simply re-read.
pub const CHANNEL: &str = "step_platform";

/// A municipality defined (or redefined) at run time.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DefinitionRow {
    pub slug: String,
    /// A tenant file's text.
    pub definition: String,
    pub logo: Option<Vec<u8>>,
    pub changed_by: String,
    pub updated_at: OffsetDateTime,
}

impl PlatformDb {
    /// The run-time definitions of `slugs` that have one (the generator asks for its few of 10,789).
    pub async fn definitions_of(&self, slugs: &[&str]) -> Result<Vec<DefinitionRow>> {
        Ok(sqlx::query_as(
            "select slug, definition, logo, changed_by, updated_at from tenant_definitions
             where slug = any($1) order by slug",
        )
        .bind(slugs)
        .fetch_all(&self.pool)
        .await?)
    }

    /// When each run-time definition was last stored: a replica re-reads and parses only those
    /// that changed since it last looked (one of 10,789, not all of them).
    pub async fn definition_versions(&self) -> Result<Vec<(String, OffsetDateTime)>> {
        Ok(sqlx::query_as("select slug, updated_at from tenant_definitions").fetch_all(&self.pool).await?)
    }

    /// Changes whenever a definition is added, changed or removed: a cheap poll before looking
    /// closer. A sum over every (slug, time of storing), not the newest time: of two edits at once,
    /// the one committed last may carry the older time (`now()` is its transaction's start).
    pub async fn definitions_stamp(&self) -> Result<(i64, i64)> {
        Ok(sqlx::query_as(
            "select count(*), coalesce(sum(hashtext(slug || '@' || updated_at::text)), 0)::bigint
             from tenant_definitions",
        )
        .fetch_one(&self.pool)
        .await?)
    }

    /// Claims a new municipality's slug: its definition and its directory entry (naming the cluster
    /// its schema goes to) in one statement, so a stop leaves both or neither. `false` when the slug
    /// is taken (file or run time).
    pub async fn claim_tenant(
        &self,
        tenant: &Tenant,
        definition: &str,
        logo: Option<&[u8]>,
        by: &str,
        cluster: &str,
    ) -> Result<bool> {
        let done = sqlx::query(
            "with claimed as (
               insert into tenant_definitions (slug, definition, logo, changed_by)
               select $1, $2, $3, $4 where not exists (select 1 from tenants where slug = $1)
               on conflict (slug) do nothing
               returning slug)
             insert into tenants (slug, name, schema_name, office, hosts, cluster)
             select t.slug, t.name, t.schema_name, t.office, t.hosts, $6
             from claimed, jsonb_populate_record(null::tenants, $5) t",
        )
        .bind(tenant.slug.as_str())
        .bind(definition)
        .bind(logo)
        .bind(by)
        .bind(crate::platform::migrate::directory_row(tenant))
        .bind(cluster)
        .execute(&self.pool)
        .await;
        match done {
            Ok(done) => Ok(done.rows_affected() == 1),
            // `step migrate` wrote the slug's directory row (or another add its schema's) meanwhile.
            Err(sqlx::Error::Database(db)) if db.code().as_deref() == Some("23505") => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Stores a changed definition (it wins over the tenant file from now on).
    pub async fn save_definition(&self, slug: &str, definition: &str, logo: Option<&[u8]>, by: &str) -> Result<()> {
        sqlx::query(
            "insert into tenant_definitions (slug, definition, logo, changed_by) values ($1, $2, $3, $4)
             on conflict (slug) do update set definition = $2, logo = $3, changed_by = $4, updated_at = now()",
        )
        .bind(slug)
        .bind(definition)
        .bind(logo)
        .bind(by)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Undoes an add whose schema could not be built: the definition, the directory entry and the
    /// schema's migration version (written when only its settings or audit entry failed) go.
    async fn forget_new_tenant(&self, slug: &str, schema: &SchemaName) -> Result<()> {
        sqlx::query(
            "with definition as (delete from tenant_definitions where slug = $1),
                  version as (delete from schema_versions where schema = $2)
             delete from tenants where slug = $1",
        )
        .bind(slug)
        .bind(schema.as_str())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Tells every replica to re-read the run-time state now.
    pub async fn notify(&self, what: &str) -> Result<()> {
        sqlx::query("select pg_notify($1, $2)").bind(CHANNEL).bind(what).execute(&self.pool).await?;
        Ok(())
    }

    /// A listener on [`CHANNEL`] (its own connection).
    pub async fn listener(&self) -> Result<sqlx::postgres::PgListener> {
        let mut listener = sqlx::postgres::PgListener::connect_with(&self.pool).await?;
        listener.listen(CHANNEL).await?;
        Ok(listener)
    }

    pub(crate) async fn set_cluster(&self, slug: &str, cluster: &str) -> Result<()> {
        sqlx::query("update tenants set cluster = $2, updated_at = now() where slug = $1")
            .bind(slug)
            .bind(cluster)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

/// The run-time definitions and the tenant directory (schema → cluster) read over one plain
/// connection, without creating the database: for commands that only look (`step tenants list`).
pub async fn peek(url: &str) -> Result<(Vec<DefinitionRow>, HashMap<String, String>)> {
    use std::str::FromStr;
    let opts = sqlx::postgres::PgConnectOptions::from_str(url).map_err(|e| Error::Url(e.to_string()))?;
    let mut conn = sqlx::ConnectOptions::connect(&opts).await?;
    let rows = sqlx::query_as(
        "select slug, definition, logo, changed_by, updated_at from platform.tenant_definitions order by slug",
    )
    .fetch_all(&mut conn)
    .await?;
    let directory: Vec<(String, String)> =
        sqlx::query_as("select schema_name, cluster from platform.tenants").fetch_all(&mut conn).await?;
    Ok((rows, directory.into_iter().collect()))
}

impl Store {
    /// The configured cluster names, `main` first.
    pub fn cluster_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.clusters.lanes.keys().filter(|n| *n != MAIN_CLUSTER).cloned().collect();
        names.sort();
        names.insert(0, MAIN_CLUSTER.to_owned());
        names
    }

    /// The cluster the directory names for `schema`.
    pub fn cluster_of(&self, schema: &SchemaName) -> String {
        self.clusters.directory.lookup(schema, |c| c.unwrap_or(MAIN_CLUSTER).to_owned())
    }

    /// An error when the directory puts `schema` on a cluster without a configured URL: nothing
    /// may then be created or migrated for it on `main` instead.
    pub fn cluster_configured(&self, schema: &SchemaName) -> Result<()> {
        let cluster = self.cluster_of(schema);
        if self.clusters.lanes.contains_key(&cluster) {
            Ok(())
        } else {
            Err(Error::Url(format!(
                "{schema} is on cluster `{cluster}`, which has no URL here ([clusters.{cluster}] url)"
            )))
        }
    }

    /// Re-reads the tenant directory from the platform schema (keeping what this process's own
    /// adds named meanwhile: [`Directory`]).
    pub async fn load_directory(&self) -> Result<()> {
        let read = self.clusters.directory.begin();
        let rows: Vec<(String, String)> =
            sqlx::query_as("select schema_name, cluster from tenants").fetch_all(&self.platform().pool).await?;
        let fresh: HashMap<SchemaName, String> =
            rows.into_iter().filter_map(|(s, c)| SchemaName::parse(&s).map(|s| (s, c))).collect();
        for (schema, cluster) in &fresh {
            if !self.clusters.lanes.contains_key(cluster) {
                tracing::error!(%schema, %cluster, "the directory names a cluster without a configured URL");
            }
        }
        self.clusters.directory.apply(read, fresh);
        Ok(())
    }

    /// Puts `schema` on `cluster` in this process's directory (the platform's row is written apart).
    pub(crate) fn set_directory(&self, schema: &SchemaName, cluster: &str) {
        self.clusters.directory.set(schema, cluster);
    }
}

/// Whether `schema` exists on the cluster behind `pool`.
pub(crate) async fn namespace_exists(pool: &sqlx::PgPool, schema: &SchemaName) -> Result<bool> {
    Ok(sqlx::query_scalar("select to_regnamespace($1) is not null").bind(schema.as_str()).fetch_one(pool).await?)
}
