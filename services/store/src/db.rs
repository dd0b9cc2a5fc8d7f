//! The [`Store`]: the platform's pool, each cluster's tenant pool and the tenant directory in memory
//! (schema → cluster). It stays at the crate root, between the two rooms: it hands out both a
//! [`TenantDb`] and the [`PlatformDb`], so in either room it would make that room depend on the other.

use std::collections::{HashMap, HashSet};
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sqlx::ConnectOptions;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use step_domain::SchemaName;
use tracing::info;

use crate::{Error, PlatformDb, Result, TenantDb};

#[derive(Debug, Clone)]
pub struct StoreOptions {
    pub url: String,
    pub max_connections: u32,
    /// Prepared statements kept per connection. Tenant SQL is schema-qualified, so each tenant has its
    /// own statement text: this must cover (distinct queries x tenants served) to keep plans cached.
    pub statement_cache: usize,
    /// `plan_cache_mode=force_generic_plan` on the tenant pool. Tenant statements have a fixed shape
    /// with nullable filter parameters over small per-municipality tables; PostgreSQL would otherwise
    /// re-plan them on every execution (custom plans), which costs as much as running them.
    pub generic_plans: bool,
    /// Lanes per cluster (issue 22): with more than one, the cluster's `max_connections` are split
    /// into that many pools (at least one connection each), and each municipality's statements go to
    /// one of them (by its schema name), so a backend serves a share of the schemas and keeps their
    /// prepared statements and catalog caches warm. 1: one pool.
    pub lanes: usize,
    /// Further PostgreSQL clusters that may hold tenant schemas, by name (`main` is `url`). Which
    /// tenant lives where is the tenant directory in the platform schema.
    pub clusters: Vec<(String, String)>,
}

impl StoreOptions {
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            max_connections: 16,
            statement_cache: 1024,
            generic_plans: true,
            lanes: 1,
            clusters: Vec::new(),
        }
    }

    /// Connections of each lane: the cluster's `max_connections` shared by its lanes, rounded down
    /// (the configuration refuses more lanes than connections).
    pub fn lane_connections(&self) -> u32 {
        (self.max_connections / u32::try_from(self.lanes.max(1)).unwrap_or(u32::MAX)).max(1)
    }
}

/// The cluster that holds the platform schema (and every tenant not moved elsewhere).
pub const MAIN_CLUSTER: &str = "main";

/// The two pools: tenant data (schema-qualified statements, default search_path) and the platform
/// schema (a fixed `search_path=platform`, so unqualified platform statements can never land in a
/// tenant schema).
#[derive(Clone)]
pub struct Store {
    pool: PgPool,
    platform: PlatformDb,
    database: String,
    /// Tenant pools per cluster name (`main` included) and the directory schema → cluster.
    pub(crate) clusters: Arc<Clusters>,
}

pub(crate) struct Clusters {
    /// Each cluster's lanes for tenant statements; the first is also the pool for work on the
    /// cluster as a whole (due work, moves, whether a schema exists): [`Clusters::pool`].
    pub(crate) lanes: HashMap<String, Vec<PgPool>>,
    pub(crate) directory: crate::platform::directory::Directory,
    /// Clusters whose `step_work` schema this process has brought up to date.
    pub(crate) prepared: Mutex<HashSet<String>>,
}

impl Clusters {
    /// The cluster's pool for work on the cluster as a whole: its first lane.
    pub(crate) fn pool(&self, cluster: &str) -> Option<&PgPool> {
        self.lanes.get(cluster).map(|lanes| &lanes[0])
    }

    /// Every cluster by name with that pool.
    pub(crate) fn pools(&self) -> impl Iterator<Item = (&String, &PgPool)> {
        self.lanes.iter().map(|(name, lanes)| (name, &lanes[0]))
    }
}

/// A pooled connection idle for this long is checked with a round trip before it is used again
/// (a database restart or a dropped connection shows up there, not in the caller's query).
pub const PING_AFTER_IDLE: Duration = Duration::from_secs(5);

impl Store {
    /// Connects, creating the database first when it does not exist yet.
    pub async fn connect(opts: &StoreOptions) -> Result<Self> {
        let (base, database) = Self::base_options(opts, &opts.url)?;
        ensure_database(&base, &database).await?;
        let lane = Self::pool_options(opts.lane_connections());
        let pool = lane.clone().connect_with(Self::tenant_options(opts, &base)).await?;
        let platform =
            Self::pool_options(opts.max_connections).connect_with(base.options([("search_path", "platform")])).await?;
        let mut pools = HashMap::from([(MAIN_CLUSTER.to_owned(), pool.clone())]);
        for (name, url) in &opts.clusters {
            if name == MAIN_CLUSTER || !valid_cluster_name(name) {
                return Err(Error::Url(format!(
                    "cluster name `{name}` must be lower-case letters, digits, _ and not `main`"
                )));
            }
            let (other, db) = Self::base_options(opts, url)?;
            // A cluster that is down must not stop the portal: its tenants answer 503 until it is back.
            if let Err(e) = ensure_database(&other, &db).await {
                tracing::warn!(cluster = %name, error = %e, "cluster not reachable at start; connecting lazily");
            }
            pools.insert(name.clone(), lane.clone().connect_lazy_with(Self::tenant_options(opts, &other)));
        }
        let lanes = pools
            .into_iter()
            .map(|(name, pool)| {
                let more: Vec<PgPool> = (1..opts.lanes.max(1))
                    .map(|_| lane.clone().connect_lazy_with((*pool.connect_options()).clone()))
                    .collect();
                (name, std::iter::once(pool).chain(more).collect())
            })
            .collect();
        let clusters =
            Arc::new(Clusters { lanes, directory: Default::default(), prepared: Mutex::new(HashSet::new()) });
        Ok(Self { pool, platform: PlatformDb { pool: platform }, database, clusters })
    }

    fn base_options(opts: &StoreOptions, url: &str) -> Result<(PgConnectOptions, String)> {
        let base = PgConnectOptions::from_str(url).map_err(|e| Error::Url(e.to_string()))?;
        let database = base.get_database().unwrap_or("step").to_owned();
        // No JIT: the portal's statements are short, and a cost estimate inflated by a table not yet
        // analyzed made PostgreSQL spend 1.7 s compiling a 30 ms waiting-list query (measured).
        let base = base
            .database(&database)
            .statement_cache_capacity(opts.statement_cache)
            .log_statements(tracing::log::LevelFilter::Trace)
            .options([("jit", "off")]);
        Ok((base, database))
    }

    /// Both pools (platform and each cluster's tenants). sqlx pings every connection it hands out
    /// by default, a second round trip for each statement; here only a connection that sat idle
    /// for [`PING_AFTER_IDLE`] is checked (a busy one was just used).
    fn pool_options(max_connections: u32) -> PgPoolOptions {
        PgPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(5))
            .test_before_acquire(false)
            .before_acquire(|conn, meta| {
                Box::pin(async move {
                    if meta.idle_for >= PING_AFTER_IDLE {
                        sqlx::Connection::ping(conn).await?;
                    }
                    Ok(true)
                })
            })
    }

    fn tenant_options(opts: &StoreOptions, base: &PgConnectOptions) -> PgConnectOptions {
        if opts.generic_plans {
            base.clone().options([("plan_cache_mode", "force_generic_plan")])
        } else {
            base.clone()
        }
    }

    pub fn database(&self) -> &str {
        &self.database
    }

    /// The tenant's data, on the cluster the directory names for it.
    pub fn tenant(&self, schema: &SchemaName) -> TenantDb {
        let (pool, main) = self.placed(schema);
        TenantDb::new(pool.clone(), schema.clone(), main)
    }

    /// The pool (the schema's lane) of the cluster holding `schema`.
    pub(crate) fn pool_for(&self, schema: &SchemaName) -> &PgPool {
        self.placed(schema).0
    }

    /// The schema's lane on its cluster (main when the directory does not name one, or names a
    /// cluster without a URL here), and whether that is the main cluster.
    fn placed(&self, schema: &SchemaName) -> (&PgPool, bool) {
        let lanes = self.clusters.directory.lookup(schema, |c| {
            let cluster = c.unwrap_or(MAIN_CLUSTER);
            self.clusters.lanes.get(cluster).ok_or_else(|| cluster.to_owned())
        });
        let lanes = match lanes {
            Ok(lanes) => lanes,
            Err(cluster) => {
                tracing::error!(%schema, %cluster, "tenant is on a cluster this process has no URL for");
                &self.clusters.lanes[MAIN_CLUSTER]
            }
        };
        let main = std::ptr::eq(lanes, &self.clusters.lanes[MAIN_CLUSTER]);
        (&lanes[lane(schema.as_str(), lanes.len())], main)
    }

    pub fn platform(&self) -> &PlatformDb {
        &self.platform
    }

    /// A cheap round trip for readiness checks.
    pub async fn ping(&self) -> Result<()> {
        // The platform pool: a tenant lane may have one connection, busy with a municipality's page.
        sqlx::query("select 1").execute(&self.platform.pool).await?;
        Ok(())
    }

    /// The raw tenant pool, for tests and benchmarks that must look at pooled connections themselves.
    pub fn raw_pool(&self) -> &PgPool {
        &self.pool
    }

    pub async fn close(&self) {
        for pool in self.clusters.lanes.values().flatten() {
            pool.close().await;
        }
        self.platform.pool.close().await;
    }
}

/// Which of `lanes` serves `schema`: FNV-1a of its name, the same in every process and replica.
fn lane(schema: &str, lanes: usize) -> usize {
    let hash = schema.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    (hash % lanes.max(1) as u64) as usize
}

pub(crate) fn valid_cluster_name(name: &str) -> bool {
    (1..=31).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// `create database` when missing. The name comes from configuration, not from a request, and is
/// still checked to be a plain identifier before it is quoted into the statement.
async fn ensure_database(base: &PgConnectOptions, database: &str) -> Result<()> {
    if database.is_empty() || database.len() > 63 || !database.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(Error::Url(format!("database name `{database}` must be letters, digits and underscores")));
    }
    let mut admin = base.clone().database("postgres").connect().await?;
    let exists: bool = sqlx::query_scalar("select exists (select 1 from pg_database where datname = $1)")
        .bind(database)
        .fetch_one(&mut admin)
        .await?;
    if !exists {
        match sqlx::query(&format!("create database \"{database}\"")).execute(&mut admin).await {
            Ok(_) => info!(database, "created database"),
            // Another process created it between our check and our statement.
            Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("42P04") => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// `text` as a LIKE pattern that finds it anywhere, its wildcards escaped (lower case: compare with
/// a lower-cased column or `ilike`).
pub(crate) fn like_pattern(text: &str) -> String {
    let escaped = text.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

#[cfg(test)]
mod tests {
    use super::lane;

    #[test]
    fn lanes_share_the_schemas_evenly() {
        let schemas: Vec<String> = (0..12_000).map(|i| format!("t_gen_{i}")).collect();
        let mut per_lane = [0usize; 4];
        for s in &schemas {
            per_lane[lane(s, 4)] += 1;
        }
        assert!(per_lane.iter().all(|n| (2_700..3_300).contains(n)), "{per_lane:?}");
        assert!(schemas.iter().all(|s| lane(s, 1) == 0), "one lane takes every schema");
    }

    #[test]
    fn lanes_share_the_connections_one_at_least() {
        let with = |max_connections, lanes| {
            let mut o = super::StoreOptions::new("postgres://x/y");
            (o.max_connections, o.lanes) = (max_connections, lanes);
            o.lane_connections()
        };
        assert_eq!((with(16, 1), with(16, 4), with(6, 3), with(4, 16), with(7, 2)), (16, 4, 2, 1, 3));
    }
}
