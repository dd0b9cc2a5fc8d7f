//! The application state every handler shares: configuration, the store, the document store, the
//! access rules, the municipality registry with each one's migration status and maintenance switch,
//! and the templates. Background jobs that run on it live in `crate::jobs`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use step_documents::ObjectStore;
use step_domain::Tenant;
use step_store::{MigrationStatus, Store};
use time::Date;

use crate::web::error::AppError;
use crate::web::i18n::Templates;
use crate::web::oidc::{Oidc, OidcConfig};
use crate::web::registry::Registry;

/// Shared by all handlers. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

/// Settings of the portal that are not the database's.
#[derive(Clone, Debug)]
pub struct PortalConfig {
    /// `http` for local development, `https` in production (also used for callback URLs).
    pub scheme: String,
    /// Mark cookies Secure (turn off only for plain-http development).
    pub secure_cookies: bool,
    /// Host names (with port, as in the Host header) besides the tenants' own under which the
    /// portal is reachable, e.g. `kita.kreis-steinfurt.de`.
    pub public_hosts: Vec<String>,
    /// Accept `127.0.0.1` and `localhost` as this portal's own host (development only: in
    /// production a forged Host header must not name them, issue 19.10).
    pub loopback_hosts: bool,
    /// How long sessions live without use and at most (issue 19.3).
    pub sessions: step_store::SessionLimits,
    /// Every request's time limit, and the longer one of uploads and exports (issue 19.7).
    pub request_timeout: std::time::Duration,
    pub transfer_timeout: std::time::Duration,
    pub oidc: OidcConfig,
    pub documents: DocumentsConfig,
    /// Requests per municipality are shown in the metrics for this many of the busiest only.
    pub metrics_top_tenants: usize,
}

/// How documents are received and handed out (the store itself is given to [`AppState::new`]).
#[derive(Clone, Debug)]
pub struct DocumentsConfig {
    /// Uploads are spooled here while they are checked (never the whole file in memory).
    pub spool_dir: PathBuf,
    /// Downloads answer with a redirect to a short-lived presigned URL when the store can make
    /// one (S3), instead of passing the bytes through the portal.
    pub presigned_downloads: bool,
    pub presign_seconds: u64,
    /// Per-municipality contract templates `<slug>.txt`; the built-in template otherwise.
    pub templates_dir: Option<PathBuf>,
}

impl DocumentsConfig {
    pub fn development() -> Self {
        Self {
            spool_dir: std::env::temp_dir().join("step-uploads"),
            presigned_downloads: false,
            presign_seconds: 300,
            templates_dir: None,
        }
    }
}

impl PortalConfig {
    /// The development defaults: the dev provider on 127.0.0.1:9000, plain http.
    pub fn development() -> Self {
        Self {
            scheme: "http".into(),
            secure_cookies: false,
            public_hosts: Vec::new(),
            loopback_hosts: true,
            sessions: step_store::SessionLimits::default(),
            request_timeout: std::time::Duration::from_secs(30),
            transfer_timeout: std::time::Duration::from_secs(180),
            oidc: OidcConfig {
                issuer: "http://127.0.0.1:9000".into(),
                client_id: "step-portal".into(),
                client_secret: "step-dev-secret".into(),
                roles_claim: Some("step_roles".into()),
            },
            documents: DocumentsConfig::development(),
            metrics_top_tenants: 10,
        }
    }
}

struct Inner {
    config: PortalConfig,
    access: step_access::Access,
    oidc: Oidc,
    store: Store,
    objects: Arc<dyn ObjectStore>,
    registry: Registry,
    templates: Templates,
    /// The Content-Security-Policy header of every answer (it names the provider's origin).
    csp: axum::http::HeaderValue,
    /// Migration status per tenant slug; a tenant that is behind gets a 503 page, not wrong data.
    status: RwLock<HashMap<String, MigrationStatus>>,
    /// Municipalities in maintenance (read-only) mode, from the platform schema.
    maintenance: RwLock<std::collections::HashSet<String>>,
    /// The tenant files as loaded at start; run-time definitions are merged over them. Shared
    /// with the registry's first snapshot and with `definitions`, not copied.
    files: Vec<Arc<Tenant>>,
    /// The run-time definitions as last read: only those stored since are read again.
    definitions: tokio::sync::Mutex<crate::web::definitions::Definitions>,
    /// One refresh at a time, so a slow one never installs an older state over a newer one.
    refreshing: tokio::sync::Mutex<()>,
    /// Request figures for operators (`/metrics` on its own listener).
    metrics: crate::web::metrics::Metrics,
}

impl AppState {
    /// Builds the state and reads every tenant's migration status once. Documents are kept in
    /// `objects` (a local directory or S3).
    pub async fn new(
        store: Store,
        tenants: Vec<Tenant>,
        config: PortalConfig,
        objects: Arc<dyn ObjectStore>,
    ) -> Result<Self, step_store::Error> {
        // Before `step migrate` the role table may not exist yet: start without roles (tenants answer
        // 503 until migrated anyway) and let the periodic reload pick them up.
        let access = match step_access::Access::load_default(store.platform()).await {
            Ok(a) => a,
            Err(e) => {
                tracing::warn!(error = %e, "role assignments not readable yet; starting without staff roles");
                step_access::Access::without_assignments().await.map_err(|e| step_store::Error::Url(e.to_string()))?
            }
        };
        let csp = axum::http::HeaderValue::from_str(&crate::web::csp::content_security_policy(&config.oidc.issuer))
            .unwrap_or_else(|_| axum::http::HeaderValue::from_static("default-src 'self'; frame-ancestors 'none'"));
        let tenants: Vec<Arc<Tenant>> = tenants.into_iter().map(Arc::new).collect();
        let state = Self {
            inner: Arc::new(Inner {
                access,
                metrics: crate::web::metrics::Metrics::new(config.metrics_top_tenants),
                oidc: Oidc::new(config.oidc.clone()),
                config,
                store,
                objects,
                registry: Registry::new(tenants.clone()),
                definitions: tokio::sync::Mutex::new(crate::web::definitions::Definitions::new(tenants.clone())),
                files: tenants,
                refreshing: tokio::sync::Mutex::new(()),
                templates: Templates::load(),
                csp,
                status: RwLock::new(HashMap::new()),
                maintenance: RwLock::new(std::collections::HashSet::new()),
            }),
        };
        state.refresh_status().await?;
        Ok(state)
    }

    pub fn metrics(&self) -> &crate::web::metrics::Metrics {
        &self.inner.metrics
    }

    pub fn config(&self) -> &PortalConfig {
        &self.inner.config
    }

    /// The Content-Security-Policy header value, built once.
    pub fn csp(&self) -> &axum::http::HeaderValue {
        &self.inner.csp
    }

    /// The issuer whose subjects name people (for role grants by subject).
    pub(crate) fn oidc_issuer(&self) -> &str {
        self.inner.oidc.issuer()
    }

    pub(crate) fn oidc(&self) -> &Oidc {
        &self.inner.oidc
    }

    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    /// Where document objects live.
    pub fn objects(&self) -> &Arc<dyn ObjectStore> {
        &self.inner.objects
    }

    /// Who may do what (casbin with the municipality as domain).
    pub fn access(&self) -> &step_access::Access {
        &self.inner.access
    }

    /// Re-reads the role assignments after a change (sign-in with new claim roles, a grant).
    pub async fn reload_access(&self) -> Result<(), AppError> {
        self.inner.access.reload(self.store().platform()).await.map_err(|e| match e {
            step_access::AccessError::Store(e) => e.into(),
            other => AppError::Internal(other.to_string()),
        })
    }

    pub fn registry(&self) -> &Registry {
        &self.inner.registry
    }

    pub(crate) fn templates(&self) -> &Templates {
        &self.inner.templates
    }

    /// Today in Germany; search defaults and date checks are relative to it.
    pub fn today(&self) -> Date {
        // The German day (CET, CEST in summer): deadlines and "today" are the families' days.
        step_domain::talk::berlin(time::OffsetDateTime::now_utc()).date()
    }

    /// The municipality of `schema` when background work may write to it now: migrated and not
    /// read-only (a tenant being moved must not be written behind the move's back).
    pub fn writable_by_schema(&self, schema: &str) -> Option<Arc<Tenant>> {
        let t = self.registry().by_schema(schema)?;
        let slug = t.slug.as_str();
        (self.tenant_status(slug) == MigrationStatus::Current && !self.in_maintenance(slug)).then_some(t)
    }

    /// Whether a municipality is in maintenance (read-only) mode.
    pub fn in_maintenance(&self, slug: &str) -> bool {
        self.inner.maintenance.read().unwrap_or_else(|e| e.into_inner()).contains(slug)
    }

    /// Switches maintenance mode (this replica at once, the others within 15 s).
    pub async fn set_maintenance(&self, slug: &str, on: bool, by: &str) -> Result<(), step_store::Error> {
        self.store().platform().set_maintenance(slug, on, by).await?;
        {
            let mut set = self.inner.maintenance.write().unwrap_or_else(|e| e.into_inner());
            if on {
                set.insert(slug.to_owned());
            } else {
                set.remove(slug);
            }
        }
        // The other replicas follow at once (the 15 s poll stays as the fallback).
        if let Err(e) = self.store().platform().notify("maintenance").await {
            tracing::warn!(error = %e, "maintenance switch not announced; other replicas follow within 15 s");
        }
        Ok(())
    }

    pub fn tenant_status(&self, slug: &str) -> MigrationStatus {
        let status = self.inner.status.read().unwrap_or_else(|e| e.into_inner());
        status.get(slug).copied().unwrap_or(MigrationStatus::Behind { found: 0 })
    }

    /// The tenant files as loaded at start.
    pub fn files(&self) -> &[Arc<Tenant>] {
        &self.inner.files
    }

    /// Re-reads the run-time definitions when they changed and swaps the registry: a municipality
    /// added or rebranded on any replica (or with the CLI) is served here without a restart.
    pub async fn reload_tenants(&self) -> Result<(), step_store::Error> {
        let mut definitions = self.inner.definitions.lock().await;
        if let Some(tenants) = definitions.refresh(self.store().platform()).await? {
            self.registry().replace(tenants);
        }
        Ok(())
    }

    /// Tells the other replicas (and this one) that municipalities changed, and applies it here.
    pub(crate) async fn announce(&self, what: &str) -> Result<(), step_store::Error> {
        self.refresh_status().await?;
        self.store().platform().notify(what).await
    }

    /// Re-reads the run-time definitions, the tenant directory, every tenant's ledger and the
    /// maintenance switches. Returns the slugs that are behind.
    pub async fn refresh_status(&self) -> Result<Vec<String>, step_store::Error> {
        let _one_at_a_time = self.inner.refreshing.lock().await;
        self.reload_tenants().await?;
        // Before `step migrate` the cluster column may be missing: everything is on main then.
        if let Err(e) = self.store().load_directory().await {
            tracing::debug!(error = %e, "tenant directory not readable yet");
        }
        // One query on the platform's ledger for all municipalities (issue 22), not two per schema.
        let tenants = self.registry().all();
        let schemas: Vec<&step_domain::SchemaName> = tenants.iter().map(|t| &t.schema).collect();
        let statuses = self.store().tenant_statuses(&schemas).await.unwrap_or_else(|e| {
            // Before `step migrate` the ledger may be missing: nothing is served as current then.
            tracing::warn!(error = %e, "schema versions unreadable");
            HashMap::new()
        });
        let mut fresh = HashMap::new();
        let mut behind = Vec::new();
        for t in tenants.iter() {
            let s = statuses.get(t.schema.as_str()).copied().unwrap_or(MigrationStatus::Behind { found: 0 });
            if s != MigrationStatus::Current {
                behind.push(t.slug.to_string());
            }
            fresh.insert(t.slug.to_string(), s);
        }
        *self.inner.status.write().unwrap_or_else(|e| e.into_inner()) = fresh;
        // Before `step migrate` the table may be missing: no municipality is in maintenance then.
        let maintenance = self.store().platform().maintenance_slugs().await.unwrap_or_default();
        *self.inner.maintenance.write().unwrap_or_else(|e| e.into_inner()) = maintenance.into_iter().collect();
        Ok(behind)
    }
}
