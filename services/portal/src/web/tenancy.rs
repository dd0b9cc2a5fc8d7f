//! Which municipality a request is for: its Host header (a tenant's configured host names) or the
//! path prefix `/<slug>/`. A host match is rewritten to the path form before routing, so every tenant
//! route exists once, under `/{slug}/`.

use std::sync::Arc;

use axum::extract::{FromRequestParts, RawPathParams, Request};
use axum::http::Uri;
use axum::http::request::Parts;
use step_domain::Tenant;
use step_store::{MigrationStatus, TenantDb};
use tower::util::MapRequestLayer;

use crate::web::error::AppError;
use crate::web::registry::Registry;
use crate::web::state::AppState;

/// Marks a request whose tenant came from the Host header: its links need no `/<slug>` prefix.
#[derive(Clone, Debug)]
pub struct HostTenant;

/// Paths that are the same on every host and never belong to a tenant.
fn is_shared_path(path: &str) -> bool {
    ["/api/", "/static/", "/healthz", "/readyz", "/gemeinden", "/auth/"].iter().any(|p| path.starts_with(p))
}

fn rewrite(registry: &Registry, mut req: Request) -> Request {
    let host = req.headers().get(axum::http::header::HOST).and_then(|h| h.to_str().ok()).map(str::to_owned);
    let Some(tenant) = host.as_deref().and_then(|h| registry.by_host(h)) else {
        return req;
    };
    let path = req.uri().path();
    // Shared paths, and another municipality's path prefix (the district list links to them),
    // are served as they are.
    let first = path.trim_start_matches('/').split('/').next().unwrap_or_default();
    if is_shared_path(path) || registry.by_slug(first).is_some() {
        return req;
    }
    let new_path = format!("/{}{}", tenant.slug, path);
    let pq = match req.uri().query() {
        Some(q) => format!("{new_path}?{q}"),
        None => new_path,
    };
    if let Ok(uri) = Uri::builder().path_and_query(pq).build() {
        *req.uri_mut() = uri;
        req.extensions_mut().insert(HostTenant);
    }
    req
}

/// The layer that wraps the whole router (it must run before routing).
pub fn host_rewrite(registry: Registry) -> MapRequestLayer<impl Fn(Request) -> Request + Clone> {
    MapRequestLayer::new(move |req| rewrite(&registry, req))
}

/// Prefix for links inside a tenant's pages: empty on the tenant's own host, `/<slug>` otherwise.
pub fn base_path(extensions: &axum::http::Extensions, slug: &str) -> String {
    if extensions.get::<HostTenant>().is_some() { String::new() } else { format!("/{slug}") }
}

/// The resolved tenant of a request: its registry entry, its data, and the link prefix. Extracting
/// it fails with 404 for an unknown slug and 503 for a tenant whose schema is behind.
pub struct TenantCtx {
    pub tenant: Arc<Tenant>,
    pub db: TenantDb,
    pub base: String,
    /// `scheme://host` as the request reached the portal when the host is one the portal serves
    /// ([`own_origin`], issue 19.10), else empty: the start of a full link in an e-mail, which
    /// never names a host a forged header sent.
    pub origin: String,
}

/// `scheme://host` of the request if its host is one this portal serves: a tenant's host name, a
/// configured public host, or loopback where `auth.loopback_hosts` allows it (development).
pub fn own_origin(state: &AppState, headers: &axum::http::HeaderMap) -> Option<String> {
    let host = headers.get(axum::http::header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default();
    let name = host.rsplit_once(':').map_or(host, |(h, _)| h);
    let allowed = state.registry().by_host(host).is_some()
        || (state.config().loopback_hosts && matches!(name, "127.0.0.1" | "localhost"))
        || state.config().public_hosts.iter().any(|h| h == host);
    (allowed && !host.is_empty()).then(|| format!("{}://{host}", state.config().scheme))
}

impl TenantCtx {
    /// The full address of a page of this municipality, `path` after its base (`/nachrichten/…`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{}{path}", self.origin, self.base)
    }
}

impl FromRequestParts<AppState> for TenantCtx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let params = RawPathParams::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound)?;
        let slug = params.iter().find(|(k, _)| *k == "slug").map(|(_, v)| v.to_owned()).ok_or(AppError::NotFound)?;
        let tenant = state.registry().by_slug(&slug).ok_or(AppError::NotFound)?;
        tracing::Span::current().record("tenant.id", tenant.slug.as_str());
        if state.tenant_status(tenant.slug.as_str()) != MigrationStatus::Current {
            return Err(AppError::TenantBehind(tenant.slug.to_string()));
        }
        let origin = own_origin(state, &parts.headers).unwrap_or_default();
        Ok(Self {
            db: state.store().tenant(&tenant.schema),
            base: base_path(&parts.extensions, tenant.slug.as_str()),
            origin,
            tenant,
        })
    }
}
