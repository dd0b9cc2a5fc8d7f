//! The tenants this portal serves, looked up by slug or by host name.

use std::collections::HashMap;
use std::sync::Arc;

use step_domain::Tenant;

#[derive(Clone)]
pub struct Registry {
    inner: Arc<Inner>,
}

struct Inner {
    tenants: Vec<Arc<Tenant>>,
    by_slug: HashMap<String, Arc<Tenant>>,
    by_host: HashMap<String, Arc<Tenant>>,
}

impl Registry {
    pub fn new(tenants: Vec<Tenant>) -> Self {
        let tenants: Vec<Arc<Tenant>> = tenants.into_iter().map(Arc::new).collect();
        let by_slug = tenants.iter().map(|t| (t.slug.as_str().to_owned(), t.clone())).collect();
        let by_host = tenants.iter().flat_map(|t| t.hosts.iter().map(move |h| (h.clone(), t.clone()))).collect();
        Self { inner: Arc::new(Inner { tenants, by_slug, by_host }) }
    }

    pub fn all(&self) -> &[Arc<Tenant>] {
        &self.inner.tenants
    }

    pub fn by_slug(&self, slug: &str) -> Option<&Arc<Tenant>> {
        self.inner.by_slug.get(slug)
    }

    /// Host header value without port, compared case-insensitively.
    pub fn by_host(&self, host: &str) -> Option<&Arc<Tenant>> {
        let name =
            host.rsplit_once(':').filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit())).map_or(host, |(h, _)| h);
        self.inner.by_host.get(&name.to_ascii_lowercase())
    }
}
