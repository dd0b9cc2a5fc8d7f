//! The municipalities served, looked up by slug and by host. The set can change while serving (a
//! municipality added or rebranded at run time): readers take a snapshot, a change swaps it whole.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use step_domain::Tenant;

#[derive(Clone)]
pub struct Registry {
    current: Arc<RwLock<Arc<Snapshot>>>,
}

struct Snapshot {
    tenants: Vec<Arc<Tenant>>,
    by_slug: HashMap<String, Arc<Tenant>>,
    by_host: HashMap<String, Arc<Tenant>>,
    by_schema: HashMap<String, Arc<Tenant>>,
}

impl Snapshot {
    fn new(tenants: Vec<Arc<Tenant>>) -> Self {
        let by_slug = tenants.iter().map(|t| (t.slug.as_str().to_owned(), t.clone())).collect();
        let by_host = tenants.iter().flat_map(|t| t.hosts.iter().map(move |h| (h.clone(), t.clone()))).collect();
        let by_schema = tenants.iter().map(|t| (t.schema.as_str().to_owned(), t.clone())).collect();
        Self { tenants, by_slug, by_host, by_schema }
    }
}

impl Registry {
    pub fn new(tenants: Vec<Arc<Tenant>>) -> Self {
        Self { current: Arc::new(RwLock::new(Arc::new(Snapshot::new(tenants)))) }
    }

    fn snapshot(&self) -> Arc<Snapshot> {
        self.current.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Replaces the whole set (requests in flight keep the tenant they resolved).
    pub fn replace(&self, tenants: Vec<Arc<Tenant>>) {
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(Snapshot::new(tenants));
    }

    /// Every municipality, sorted by slug.
    pub fn all(&self) -> Vec<Arc<Tenant>> {
        self.snapshot().tenants.clone()
    }

    pub fn by_slug(&self, slug: &str) -> Option<Arc<Tenant>> {
        self.snapshot().by_slug.get(slug).cloned()
    }

    /// The municipality whose data lives in `schema` (background work names schemas).
    pub fn by_schema(&self, schema: &str) -> Option<Arc<Tenant>> {
        self.snapshot().by_schema.get(schema).cloned()
    }

    /// Host header value without port, compared case-insensitively.
    pub fn by_host(&self, host: &str) -> Option<Arc<Tenant>> {
        let name =
            host.rsplit_once(':').filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit())).map_or(host, |(h, _)| h);
        self.snapshot().by_host.get(&name.to_ascii_lowercase()).cloned()
    }
}
