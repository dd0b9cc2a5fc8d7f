//! Migrations: `migrations/platform/` once, `migrations/tenant/` into every tenant schema. Each tenant
//! is migrated in its own transaction with a transaction-local search_path and keeps its own ledger
//! (`<schema>._migrations`), so one tenant failing leaves the others untouched and a half-applied
//! migration never exists.

use std::collections::HashMap;
use std::sync::Arc;

use sha2::{Digest, Sha256};
use sqlx::{Connection, Executor, PgConnection};
use step_domain::{SchemaName, Tenant};
use tokio::sync::Semaphore;
use tracing::instrument;

use crate::{Error, PlatformDb, Result, Store};

pub(crate) struct Migration {
    version: i32,
    name: &'static str,
    sql: &'static str,
}

macro_rules! migration {
    ($dir:literal, $version:literal, $name:literal) => {
        Migration {
            version: $version,
            name: $name,
            sql: include_str!(concat!("../../../../migrations/", $dir, "/", $name, ".sql")),
        }
    };
}

const PLATFORM: &[Migration] = &[
    migration!("platform", 1, "0001_tenants"),
    migration!("platform", 2, "0002_accounts_sessions"),
    migration!("platform", 3, "0003_roles"),
    migration!("platform", 4, "0004_tenant_settings"),
    migration!("platform", 5, "0005_tenant_admin"),
    migration!("platform", 6, "0006_account_names"),
    migration!("platform", 7, "0007_role_invitations"),
    migration!("platform", 8, "0008_account_municipalities"),
    migration!("platform", 9, "0009_session_limits"),
    migration!("platform", 10, "0010_role_changes"),
    migration!("platform", 11, "0011_procedure_calendar"),
    migration!("platform", 12, "0012_notice_templates"),
    migration!("platform", 13, "0013_schema_versions"),
    migration!("platform", 14, "0014_figures"),
];
/// Each cluster's `step_work` schema (due background work, issue 22), before its tenant schemas.
pub(crate) const WORK: &[Migration] = &[migration!("work", 1, "0001_due_work")];
pub(crate) const TENANT: &[Migration] = &[
    migration!("tenant", 1, "0001_facilities"),
    migration!("tenant", 2, "0002_families_registrations"),
    migration!("tenant", 3, "0003_outbox"),
    migration!("tenant", 4, "0004_desk"),
    migration!("tenant", 5, "0005_documents"),
    migration!("tenant", 6, "0006_waiting_count"),
    migration!("tenant", 7, "0007_declared_criteria"),
    migration!("tenant", 8, "0008_contract_terms"),
    migration!("tenant", 9, "0009_rounds"),
    migration!("tenant", 10, "0010_family_languages"),
    migration!("tenant", 11, "0011_undeliverable_mail"),
    migration!("tenant", 12, "0012_outbox_registration"),
    migration!("tenant", 13, "0013_cases"),
    migration!("tenant", 14, "0014_proposals"),
    migration!("tenant", 15, "0015_offer_reminders"),
    migration!("tenant", 16, "0016_notices"),
    migration!("tenant", 17, "0017_conversations"),
    migration!("tenant", 18, "0018_talks"),
    migration!("tenant", 19, "0019_due_work"),
];

/// A new tenant schema is made by one script of CREATE statements in the shape migrations
/// 1..=`through` leave (issue 22), and the ledger gets their rows as if each had run. At 3,600
/// schemas in a cluster, replaying the old migrations' `alter table` statements made a new schema
/// 2-3× slower. A schema that has ledger rows gets the migrations missing from its ledger.
/// Test: `tests/api/migrations.rs` compares the baseline with the migration files applied one by one.
pub(crate) struct Baseline {
    through: i32,
    sql: &'static str,
}

pub(crate) const BASELINE: Baseline =
    Baseline { through: 19, sql: include_str!("../../../../migrations/tenant/baseline.sql") };

/// The tenant schema version this binary serves. A tenant whose ledger is behind gets 503 pages.
pub const TENANT_VERSION: i32 = TENANT[TENANT.len() - 1].version;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MigrationStatus {
    Current,
    /// Behind: the schema is missing or older than [`TENANT_VERSION`].
    Behind {
        found: i32,
    },
}

fn checksum(sql: &str) -> String {
    Sha256::digest(sql.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Applies the pending migrations to `schema` inside the caller's transaction. Returns how many ran.
pub(crate) async fn apply(conn: &mut PgConnection, schema: &str, migrations: &[Migration]) -> Result<usize> {
    Ok(apply_from(conn, schema, migrations, None).await?.0)
}

/// [`apply`] for a tenant schema: a new one starts from the [`BASELINE`]. Returns how many ran (the
/// migrations the baseline stands for count) and whether the schema was new.
pub(crate) async fn apply_tenant(conn: &mut PgConnection, schema: &str) -> Result<(usize, bool)> {
    apply_from(conn, schema, TENANT, Some(&BASELINE)).await
}

async fn apply_from(
    conn: &mut PgConnection,
    schema: &str,
    migrations: &[Migration],
    baseline: Option<&Baseline>,
) -> Result<(usize, bool)> {
    // Serialises concurrent `step migrate` runs on the same schema.
    sqlx::query("select pg_advisory_xact_lock(hashtext($1))").bind(schema).execute(&mut *conn).await?;
    conn.execute(format!("create schema if not exists {schema}").as_str()).await?;
    sqlx::query("select set_config('search_path', $1, true)").bind(schema).execute(&mut *conn).await?;
    conn.execute(
        "create table if not exists _migrations (
            version integer primary key,
            name text not null,
            checksum text not null,
            applied_at timestamptz not null default now())",
    )
    .await?;
    let mut applied: Vec<(i32, String)> =
        sqlx::query_as("select version, checksum from _migrations order by version").fetch_all(&mut *conn).await?;
    let known = migrations.last().map_or(0, |m| m.version);
    if let Some((found, _)) = applied.iter().find(|(v, _)| *v > known) {
        return Err(Error::SchemaAhead { schema: schema.into(), found: *found, known });
    }
    let base = baseline.filter(|_| applied.is_empty());
    let mut ran = 0;
    if let Some(base) = base {
        applied = start_from_baseline(conn, migrations, base).await?;
        ran = applied.len();
    }
    for m in migrations {
        let sum = checksum(m.sql);
        match applied.iter().find(|(v, _)| *v == m.version) {
            Some((_, existing)) if *existing == sum => continue,
            Some(_) => {
                return Err(Error::ChangedMigration { schema: schema.into(), version: m.version, name: m.name.into() });
            }
            None => {}
        }
        // A plain &str runs as a simple query, which allows the file's several statements.
        conn.execute(m.sql).await?;
        sqlx::query("insert into _migrations (version, name, checksum) values ($1, $2, $3)")
            .bind(m.version)
            .bind(m.name)
            .bind(sum)
            .execute(&mut *conn)
            .await?;
        ran += 1;
    }
    Ok((ran, base.is_some()))
}

/// Runs the baseline in a schema without a ledger row and writes the rows of the migrations it
/// stands for. Returns those rows (version, checksum), as the ledger now has them.
async fn start_from_baseline(
    conn: &mut PgConnection,
    migrations: &[Migration],
    base: &Baseline,
) -> Result<Vec<(i32, String)>> {
    let covered: Vec<&Migration> = migrations.iter().take_while(|m| m.version <= base.through).collect();
    conn.execute(base.sql).await?;
    let versions: Vec<i32> = covered.iter().map(|m| m.version).collect();
    let names: Vec<&str> = covered.iter().map(|m| m.name).collect();
    let sums: Vec<String> = covered.iter().map(|m| checksum(m.sql)).collect();
    sqlx::query(
        "insert into _migrations (version, name, checksum) select * from unnest($1::int[], $2::text[], $3::text[])",
    )
    .bind(&versions)
    .bind(&names)
    .bind(&sums)
    .execute(&mut *conn)
    .await?;
    Ok(versions.into_iter().zip(sums).collect())
}

impl PlatformDb {
    /// Migrates the platform schema.
    #[instrument(skip_all)]
    pub async fn migrate(&self) -> Result<usize> {
        #[allow(clippy::disallowed_methods)] // the platform pool is fixed to search_path=platform
        let mut tx = self.pool.begin().await?;
        let ran = apply(&mut tx, "platform", PLATFORM).await?;
        tx.commit().await?;
        Ok(ran)
    }

    /// Writes the registry loaded from tenants/*.toml into `platform.tenants`, in one statement
    /// (10,789 rows in one round trip); rows that already say the same are left alone. Slugs must be
    /// unique in `tenants` (the effective list is keyed by slug).
    #[instrument(skip_all)]
    pub async fn sync_tenants<T: std::borrow::Borrow<Tenant>>(&self, tenants: &[T]) -> Result<()> {
        let rows: Vec<serde_json::Value> = tenants.iter().map(|t| directory_row(t.borrow())).collect();
        sqlx::query(
            "insert into tenants (slug, name, schema_name, office, hosts)
             select slug, name, schema_name, office, hosts from jsonb_populate_recordset(null::tenants, $1)
             on conflict (slug) do update set name = excluded.name, schema_name = excluded.schema_name,
               office = excluded.office, hosts = excluded.hosts, updated_at = now()
             where (tenants.name, tenants.schema_name, tenants.office, tenants.hosts)
               is distinct from (excluded.name, excluded.schema_name, excluded.office, excluded.hosts)",
        )
        .bind(serde_json::Value::Array(rows))
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

/// A municipality's row in `platform.tenants` as a JSON object, for `jsonb_populate_record(set)`
/// (the cluster and the times are the table's own).
pub(crate) fn directory_row(t: &Tenant) -> serde_json::Value {
    serde_json::json!({
        "slug": t.slug.as_str(), "name": t.name, "schema_name": t.schema.as_str(),
        "office": t.office.id, "hosts": t.hosts,
    })
}

impl Store {
    /// Migrates the platform schema, syncs the registry and migrates every tenant, `parallel` at a
    /// time. `progress(done, total)` is called after each tenant. A failing tenant does not stop the
    /// others; the error lists every failure. Returns the number of migrations applied.
    pub async fn migrate_all(
        &self,
        tenants: &[Tenant],
        parallel: usize,
        progress: impl Fn(usize, usize),
    ) -> Result<usize> {
        self.platform().migrate().await?;
        self.platform().sync_tenants(tenants).await?;
        self.load_directory().await?;
        let gate = Arc::new(Semaphore::new(parallel.max(1)));
        let mut tasks = tokio::task::JoinSet::new();
        for t in tenants {
            let (store, gate, schema, max) = (self.clone(), gate.clone(), t.schema.clone(), t.procedure.max_choices);
            tasks.spawn(async move {
                let _permit = gate.acquire_owned().await;
                let mut ran = store.migrate_tenant(&schema).await;
                if let Ok(n) = ran {
                    ran = store.tenant(&schema).sync_settings(max).await.map(|()| n);
                }
                (schema, ran)
            });
        }
        let (total, mut done, mut applied, mut failed) = (tenants.len(), 0usize, 0usize, Vec::new());
        while let Some(joined) = tasks.join_next().await {
            let Ok((schema, ran)) = joined else { continue };
            done += 1;
            match ran {
                Ok(n) => applied += n,
                Err(e) => failed.push(format!("{schema}: {e}")),
            }
            progress(done, total);
        }
        if failed.is_empty() { Ok(applied) } else { Err(Error::TenantsFailed(failed.join("; "))) }
    }

    /// Creates `schema` if needed and applies its pending migrations in one transaction.
    #[instrument(skip(self), fields(schema = %schema))]
    pub async fn migrate_tenant(&self, schema: &SchemaName) -> Result<usize> {
        self.cluster_configured(schema)?;
        self.prepare_cluster(&self.cluster_of(schema)).await?;
        let mut conn = self.tenant(schema).connection().await?;
        let mut tx = conn.begin().await?;
        let (ran, new) = apply_tenant(&mut tx, schema.as_str()).await?;
        let version: Option<i32> =
            sqlx::query_scalar(&format!("select max(version) from {schema}._migrations")).fetch_one(&mut *tx).await?;
        tx.commit().await?;
        if new {
            // A backend keeps catalog cache entries for the objects it made and walks them for every
            // invalidation other sessions' DDL sends. One that had made schemas for a while took twice
            // as long for the next as a fresh one (measured at 1,800 schemas a cluster, issue 22), so
            // a connection that made a schema goes back to PostgreSQL, not to the pool. (A rollout's
            // few statements per schema keep theirs: measured before this, 10,789 in 92 s.)
            conn.close_on_drop();
        }
        // After the schema's own commit: the platform's row is never ahead of the schema.
        sqlx::query(
            "insert into platform.schema_versions (schema, version) values ($1, $2)
             on conflict (schema) do update set version = excluded.version, updated_at = now()",
        )
        .bind(schema.as_str())
        .bind(version.unwrap_or(0))
        .execute(&self.platform().pool)
        .await?;
        Ok(ran)
    }

    /// Where every schema of `schemas` stands, from the platform's ledger in one query (issue 22):
    /// a schema without a row, or on a cluster this process cannot reach, is not migrated.
    pub async fn tenant_statuses(&self, schemas: &[&SchemaName]) -> Result<HashMap<String, MigrationStatus>> {
        let names: Vec<&str> = schemas.iter().map(|s| s.as_str()).collect();
        let rows: Vec<(String, i32)> =
            sqlx::query_as("select schema, version from platform.schema_versions where schema = any($1)")
                .bind(&names)
                .fetch_all(&self.platform().pool)
                .await?;
        let found: HashMap<String, i32> = rows.into_iter().collect();
        Ok(schemas
            .iter()
            .map(|s| {
                let version =
                    if self.cluster_configured(s).is_ok() { found.get(s.as_str()).copied().unwrap_or(0) } else { 0 };
                let status = if version >= TENANT_VERSION {
                    MigrationStatus::Current
                } else {
                    MigrationStatus::Behind { found: version }
                };
                (s.as_str().to_owned(), status)
            })
            .collect())
    }

    /// Where `schema` stands against this binary's migrations.
    pub async fn tenant_status(&self, schema: &SchemaName) -> Result<MigrationStatus> {
        // On a cluster this process cannot reach: not served (and never looked for on main).
        if self.cluster_configured(schema).is_err() {
            return Ok(MigrationStatus::Behind { found: 0 });
        }
        let found: Option<i32> = sqlx::query_scalar("select case when to_regclass($1) is null then 0 else null end")
            .bind(format!("{schema}._migrations"))
            .fetch_one(self.pool_for(schema))
            .await?;
        let found = match found {
            Some(zero) => zero,
            None => sqlx::query_scalar::<_, Option<i32>>(&format!("select max(version) from {schema}._migrations"))
                .fetch_one(self.pool_for(schema))
                .await?
                .unwrap_or(0),
        };
        Ok(if found >= TENANT_VERSION { MigrationStatus::Current } else { MigrationStatus::Behind { found } })
    }
}

#[cfg(test)]
mod tests {
    use super::{BASELINE, TENANT};

    #[test]
    fn the_baseline_stands_for_migrations_this_binary_has_and_makes_no_ledger_of_its_own() {
        let covered = TENANT.iter().take_while(|m| m.version <= BASELINE.through).count();
        assert!(covered >= 2, "{covered}");
        assert_eq!(TENANT[covered - 1].version, BASELINE.through, "the baseline ends on a migration's version");
        // The ledger is made by `apply_from`, before the baseline runs.
        assert!(!BASELINE.sql.to_lowercase().contains("_migrations"));
        // Unqualified, so it lands in the schema whose search_path it runs under (no schema made,
        // no tenant schema named: they are all `t_…`).
        assert!(!BASELINE.sql.contains(" t_") && !BASELINE.sql.contains("CREATE SCHEMA"));
    }
}
