//! Layered settings: `config/default.toml`, then `config/<STEP_ENV>.toml` if present (STEP_ENV
//! defaults to `local`), then `STEP__SECTION__KEY` environment variables; `DATABASE_URL` wins for the
//! database URL. The database URL is kept out of Debug output since it may carry a password.

use std::fmt;
use std::path::PathBuf;

use serde::Deserialize;

#[derive(Deserialize, Clone)]
pub struct Settings {
    pub database: Database,
    pub server: Server,
    pub tenants: Tenants,
    pub auth: Auth,
    pub mail: Mail,
    pub documents: Documents,
    /// Further PostgreSQL clusters for tenant schemas (`[clusters.<name>] url = …`); the tenant
    /// directory in the platform schema says which tenant lives where.
    #[serde(default)]
    pub clusters: std::collections::BTreeMap<String, Cluster>,
}

#[derive(Deserialize, Clone)]
pub struct Cluster {
    pub url: String,
}

impl fmt::Debug for Cluster {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cluster").field("url", &"<redacted>").finish()
    }
}

/// Where documents live: a local directory unless an S3 endpoint is set (see config/default.toml).
#[derive(Deserialize, Clone)]
pub struct Documents {
    pub dir: PathBuf,
    #[serde(default)]
    pub spool_dir: String,
    #[serde(default)]
    pub templates_dir: String,
    pub presigned_downloads: bool,
    pub presign_seconds: u64,
    #[serde(default)]
    pub endpoint: String,
    pub region: String,
    pub bucket: String,
    #[serde(default)]
    pub access_key: String,
    #[serde(default)]
    pub secret_key: String,
    pub path_style: bool,
    pub encrypt: bool,
    pub create_bucket: bool,
    pub sweep_grace_minutes: u64,
}

impl fmt::Debug for Documents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Documents")
            .field("dir", &self.dir)
            .field("endpoint", &self.endpoint)
            .field("bucket", &self.bucket)
            .field("secret_key", &"<redacted>")
            .finish()
    }
}

#[derive(Deserialize, Clone)]
pub struct Mail {
    pub enabled: bool,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub tls: bool,
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub password: Option<String>,
    pub from: String,
    pub interval_seconds: u64,
}

#[derive(Deserialize, Clone)]
pub struct Auth {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    pub scheme: String,
    pub secure_cookies: bool,
    pub public_hosts: Vec<String>,
    /// `127.0.0.1`/`localhost` count as the portal's own host (development only).
    #[serde(default)]
    pub loopback_hosts: bool,
    /// A session ends after this many minutes without use …
    #[serde(default = "default_idle_minutes")]
    pub session_idle_minutes: u64,
    /// … and this many hours after sign-in however busy.
    #[serde(default = "default_absolute_hours")]
    pub session_absolute_hours: u64,
    /// ID-token claim with staff roles; empty = roles only from `step roles` and the portal.
    #[serde(default)]
    pub roles_claim: String,
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Auth")
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .finish()
    }
}

#[derive(Deserialize, Clone)]
pub struct Database {
    pub url: String,
    pub max_connections: u32,
    pub statement_cache: usize,
    pub generic_plans: bool,
    pub lanes: usize,
}

impl fmt::Debug for Database {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Database").field("url", &"<redacted>").field("max_connections", &self.max_connections).finish()
    }
}

#[derive(Deserialize, Clone, Debug)]
pub struct Server {
    pub listen: String,
    /// Every request ends after this long (503) …
    #[serde(default = "default_request_timeout")]
    pub request_timeout_seconds: u64,
    /// … except uploads and exports, which may take this long on a slow line (issue 19.7).
    #[serde(default = "default_transfer_timeout")]
    pub transfer_timeout_seconds: u64,
    /// Where `/metrics` is served (Prometheus), apart from the portal; empty: not at all.
    #[serde(default)]
    pub metrics_listen: String,
    /// Requests per municipality are shown for this many of the busiest only (bounded series).
    #[serde(default = "default_metrics_top")]
    pub metrics_top_tenants: usize,
}

fn default_metrics_top() -> usize {
    10
}

fn default_request_timeout() -> u64 {
    30
}

fn default_transfer_timeout() -> u64 {
    180
}

#[derive(Deserialize, Clone, Debug)]
pub struct Tenants {
    pub dir: PathBuf,
}

pub fn load() -> anyhow::Result<Settings> {
    let dir = std::env::var("STEP_CONFIG_DIR").unwrap_or_else(|_| "config".into());
    let env = std::env::var("STEP_ENV").unwrap_or_else(|_| "local".into());
    let mut builder = config::Config::builder()
        .add_source(config::File::with_name(&format!("{dir}/default")).required(true))
        .add_source(config::File::with_name(&format!("{dir}/{env}")).required(false))
        .add_source(config::Environment::with_prefix("STEP").prefix_separator("__").separator("__"));
    if let Ok(url) = std::env::var("DATABASE_URL") {
        builder = builder.set_override("database.url", url)?;
    }
    let settings: Settings = builder
        .build()
        .and_then(config::Config::try_deserialize)
        .map_err(|e| anyhow::anyhow!("configuration ({dir}/default.toml, {dir}/{env}.toml, STEP__ variables): {e}"))?;
    anyhow::ensure!(
        (1..=64).contains(&settings.database.lanes)
            && settings.database.lanes <= settings.database.max_connections as usize,
        "configuration: database.lanes must be between 1 and 64 and at most database.max_connections \
         ({}; is {})",
        settings.database.max_connections,
        settings.database.lanes
    );
    Ok(settings)
}

fn default_idle_minutes() -> u64 {
    120
}

fn default_absolute_hours() -> u64 {
    12
}
