//! Metrics for operators (issue 22), in the Prometheus exposition format on a separate listener
//! (`server.metrics_listen`), so the public listener never shows them and a scraper needs no
//! session. Prometheus is what a Kubernetes operator scrapes without further parts; the traces keep
//! going out over OTLP.
//!
//! Every label is bounded: the route is the route table's pattern (`/{slug}/kitas/{id}`), the
//! status is its class, the cluster and the kind of background work are configured names. Requests
//! per municipality are shown for the `server.metrics_top_tenants` busiest only, the rest as
//! `other`, so 10,789 municipalities do not make 10,789 series.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::AtomicU64;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use step_store::Work;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
    status: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct LatencyLabels {
    method: String,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    cluster: String,
    state: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindLabels {
    kind: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct TenantLabels {
    tenant: String,
}

type Seconds = Gauge<f64, AtomicU64>;

/// The portal's metrics: request counts and latencies kept as requests pass, the rest read when
/// scraped.
pub struct Metrics {
    registry: Registry,
    requests: Family<RouteLabels, Counter>,
    latency: Family<LatencyLabels, Histogram, fn() -> Histogram>,
    pool: Family<PoolLabels, Gauge>,
    due: Family<KindLabels, Gauge>,
    lag: Family<KindLabels, Seconds>,
    not_ready: Gauge,
    tenants: Gauge,
    busiest: Family<TenantLabels, Gauge>,
    per_tenant: Mutex<HashMap<String, u64>>,
    top: usize,
}

fn latency_histogram() -> Histogram {
    // 1 ms to about 16 s.
    Histogram::new(exponential_buckets(0.001, 2.0, 15))
}

impl Metrics {
    pub fn new(top: usize) -> Self {
        let mut registry = Registry::with_prefix("step");
        let requests = Family::<RouteLabels, Counter>::default();
        registry.register(
            "http_requests",
            "Requests answered, by route pattern, method and status class",
            requests.clone(),
        );
        let latency = Family::<LatencyLabels, Histogram, fn() -> Histogram>::new_with_constructor(latency_histogram);
        registry.register(
            "http_request_duration_seconds",
            "Time to answer, by route pattern and method",
            latency.clone(),
        );
        let pool = Family::<PoolLabels, Gauge>::default();
        registry.register("db_pool_connections", "Database connections per cluster: in_use, idle, max", pool.clone());
        let due = Family::<KindLabels, Gauge>::default();
        registry.register(
            "work_due_municipalities",
            "Municipalities with background work due now, by kind (mail is the e-mail backlog)",
            due.clone(),
        );
        let lag = Family::<KindLabels, Seconds>::default();
        registry.register(
            "work_lag_seconds",
            "How long the oldest due background work has waited, by kind (mail: the oldest unsent e-mail)",
            lag.clone(),
        );
        let not_ready = Gauge::default();
        registry.register(
            "municipalities_not_ready",
            "Municipalities whose schema is not at this binary's migration",
            not_ready.clone(),
        );
        let tenants = Gauge::default();
        registry.register("municipalities", "Municipalities served", tenants.clone());
        let busiest = Family::<TenantLabels, Gauge>::default();
        registry.register(
            "busiest_municipality_requests",
            "Requests since start of the busiest municipalities, the rest as other",
            busiest.clone(),
        );
        Self {
            registry,
            requests,
            latency,
            pool,
            due,
            lag,
            not_ready,
            tenants,
            busiest,
            per_tenant: Mutex::new(HashMap::new()),
            top,
        }
    }

    /// Records one answered request.
    pub fn observe(&self, method: &str, route: &str, status: u16, seconds: f64, tenant: Option<&str>) {
        let class = match status {
            100..=199 => "1xx",
            200..=299 => "2xx",
            300..=399 => "3xx",
            400..=499 => "4xx",
            _ => "5xx",
        };
        self.requests.get_or_create(&RouteLabels { method: method.into(), route: route.into(), status: class }).inc();
        self.latency.get_or_create(&LatencyLabels { method: method.into(), route: route.into() }).observe(seconds);
        if let Some(slug) = tenant {
            let mut counts = self.per_tenant.lock().unwrap_or_else(|e| e.into_inner());
            *counts.entry(slug.to_owned()).or_default() += 1;
        }
    }

    /// The busiest municipalities by requests, at most `top`, and the sum of the others.
    fn busiest_now(&self) -> (Vec<(String, u64)>, u64) {
        let counts = self.per_tenant.lock().unwrap_or_else(|e| e.into_inner());
        let mut all: Vec<(String, u64)> = counts.iter().map(|(k, v)| (k.clone(), *v)).collect();
        drop(counts);
        all.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let rest = all.iter().skip(self.top).map(|(_, n)| n).sum();
        all.truncate(self.top);
        (all, rest)
    }
}

/// What is read at scrape time rather than kept: pools, due work, municipalities.
pub struct Now {
    /// (cluster, open, idle, max) per pool.
    pub pools: Vec<(String, u32, usize, u32)>,
    /// (kind, municipalities due, seconds the oldest waited); none when it could not be read.
    pub due: Option<Vec<(Work, i64, f64)>>,
    pub municipalities: usize,
    pub not_ready: usize,
}

impl Metrics {
    /// Every series in the OpenMetrics text format, with `now` filled in.
    pub fn encode(&self, now: Now) -> Result<String, std::fmt::Error> {
        for (cluster, size, idle, max) in now.pools {
            let set = |s: &'static str, v: i64| {
                self.pool.get_or_create(&PoolLabels { cluster: cluster.clone(), state: s }).set(v)
            };
            set("in_use", i64::from(size) - idle as i64);
            set("idle", idle as i64);
            set("max", i64::from(max));
        }
        if let Some(rows) = now.due {
            for kind in Work::ALL {
                let (n, lag) = rows.iter().find(|r| r.0 == kind).map_or((0, 0.0), |r| (r.1, r.2));
                self.due.get_or_create(&KindLabels { kind: kind.as_str() }).set(n);
                self.lag.get_or_create(&KindLabels { kind: kind.as_str() }).set(lag);
            }
        }
        self.not_ready.set(now.not_ready as i64);
        self.tenants.set(now.municipalities as i64);
        let (busiest, rest) = self.busiest_now();
        self.busiest.clear();
        for (slug, n) in busiest {
            self.busiest.get_or_create(&TenantLabels { tenant: slug }).set(n as i64);
        }
        self.busiest.get_or_create(&TenantLabels { tenant: "other".into() }).set(rest as i64);
        let mut body = String::new();
        prometheus_client::encoding::text::encode(&mut body, &self.registry)?;
        Ok(body)
    }
}
