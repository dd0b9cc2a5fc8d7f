//! `step-bench` (run through `./dev bench`): loads `GET …/facilities` with realistic filter mixes over
//! HTTP at N connections, runs the same searches directly against PostgreSQL for the same time, and
//! prints requests/s, p50/p99 latency, the server's peak RSS and the HTTP/direct ratio. Also compares
//! the two ways of choosing a tenant schema and times `migrate` for 1,000 tenant schemas.

use std::path::PathBuf;
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::Parser;
use http_body_util::BodyExt;
use hyper::body::Bytes;
use sqlx::{Connection, Executor, PgConnection};
use step_domain::search::{SearchFilter, SearchQuery, format_date, next_kita_year_start, parse_filter};
use step_domain::{SchemaName, Tenant, TenantSlug};
use step_store::{Store, StoreOptions};
use tokio::net::TcpStream;

mod cases;
mod conversations;
mod cpu;
mod district;
mod documents;
mod matching;
mod notices;
mod offers;
mod rounds;
mod scale;
mod season;
mod tenants;

#[derive(Parser)]
struct Args {
    /// The release `step` binary to serve with.
    #[arg(long)]
    step: PathBuf,
    /// PostgreSQL base URL without database.
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432")]
    pg: String,
    #[arg(long, default_value_t = 64)]
    connections: usize,
    /// Seconds per load phase.
    #[arg(long, default_value_t = 15)]
    seconds: u64,
    /// Tenant schemas for the migration timing (0 skips it).
    #[arg(long, default_value_t = 1000)]
    schemas: usize,
    #[arg(long, default_value = "tenants")]
    tenants_dir: PathBuf,
    /// Registrations that get an offer on the offer day (0 skips it).
    #[arg(long, default_value_t = 20_000)]
    offers: usize,
    /// Of them, registrations at the one facility whose waiting list is rendered.
    #[arg(long, default_value_t = 2_000)]
    waiting: usize,
    /// Python with aiosmtpd (`scripts/tools.sh smtp`) for the e-mail delivery of the offer day.
    #[arg(long)]
    smtp_python: Option<PathBuf>,
    /// s3s-fs (`scripts/tools.sh s3`) for the document uploads (absent: skipped).
    #[arg(long)]
    s3fs: Option<PathBuf>,
    /// Only the document uploads (issue 6), nothing else.
    #[arg(long)]
    only_documents: bool,
    /// Generated municipalities for the second dashboard timing (0 skips both dashboard timings).
    #[arg(long, default_value_t = 400)]
    district: usize,
    /// Only the district dashboard timings (issue 7).
    #[arg(long)]
    only_district: bool,
    /// The second PostgreSQL cluster (base URL) for the tenant move timing.
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:55433")]
    pg2: String,
    /// Registrations in the municipality that is moved (0 skips the add and move timings).
    #[arg(long, default_value_t = 5_000)]
    tenant_families: usize,
    /// Only the add and move timings (issue 7).
    #[arg(long)]
    only_tenants: bool,
    /// Only the search and the parent's hot paths (account page, registration writes) with the
    /// direct search as the machine's yardstick: no offer day, schema timings or other parts.
    #[arg(long)]
    only_parents: bool,
    /// Families (one child, three registrations each) already in Rheine when the account page and
    /// the registration writes are timed.
    #[arg(long, default_value_t = 2_000)]
    season_families: usize,
    /// Children of the matching day timed against the database, in Ibbenbüren (0 skips it).
    #[arg(long, default_value_t = 3_000)]
    round_children: usize,
    /// Registrations per second offered in the paced (open-loop) write timing.
    #[arg(long, default_value_t = 1_000)]
    write_rate: u32,
    /// Entitled children without a place per municipality of the Kreisjugendamt for the office's
    /// worklist (issue 20; 0 skips it).
    #[arg(long, default_value_t = 1_000)]
    case_children: usize,
    /// Only the office's worklist (issue 20).
    #[arg(long)]
    only_cases: bool,
    /// Only the platform at scale (issue 22): this many municipalities in `step_bench_scale`
    /// (kept between runs and completed; 10789 for every German municipality).
    #[arg(long)]
    scale: Option<usize>,
    /// Start `--scale` from an empty database.
    #[arg(long)]
    scale_fresh: bool,
    /// A further PostgreSQL cluster for `--scale` (its base URL; repeat for more): the generated
    /// municipalities are spread evenly over `--pg` and these (issue 22, several clusters).
    #[arg(long)]
    scale_cluster: Vec<String>,
    /// With `--scale`: after completing the municipalities, only search and the account page (one
    /// lane against four), e.g. to compare lane settings without the other phases.
    #[arg(long)]
    scale_search_only: bool,
}

struct Stats {
    requests: usize,
    errors: usize,
    latencies_us: Vec<u32>,
    elapsed: Duration,
}

impl Stats {
    fn rps(&self) -> f64 {
        self.requests as f64 / self.elapsed.as_secs_f64()
    }
    fn pct(&mut self, p: f64) -> f64 {
        self.latencies_us.sort_unstable();
        let i = ((self.latencies_us.len() as f64 * p).ceil() as usize).clamp(1, self.latencies_us.len().max(1)) - 1;
        f64::from(*self.latencies_us.get(i).unwrap_or(&0)) / 1000.0
    }
    /// The tail in more detail: p90, p99.9 and the slowest request.
    fn tail(&mut self) -> String {
        format!("  tail: p90 {:.2} ms, p99.9 {:.2} ms, max {:.2} ms", self.pct(0.90), self.pct(0.999), self.pct(1.0))
    }
    fn line(&mut self, name: &str) -> String {
        format!(
            "{name:<28} {:>9.0} req/s   p50 {:>7.2} ms   p99 {:>7.2} ms   ({} requests, {} errors)",
            self.rps(),
            self.pct(0.50),
            self.pct(0.99),
            self.requests,
            self.errors
        )
    }
}

fn merge(parts: Vec<Stats>, elapsed: Duration) -> Stats {
    let mut all = Stats { requests: 0, errors: 0, latencies_us: Vec::new(), elapsed };
    for p in parts {
        all.requests += p.requests;
        all.errors += p.errors;
        all.latencies_us.extend(p.latencies_us);
    }
    all
}

/// A deterministic mix of the searches parents make: by kind, age, hours, distance, free places.
fn query_mix(tenants: &[Tenant], today: time::Date) -> Vec<(usize, String)> {
    let start = next_kita_year_start(today);
    let mut out = Vec::new();
    let mut n: u64 = 7;
    for round in 0..12 {
        for (ti, t) in tenants.iter().enumerate() {
            n = n.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let r = (n >> 33) as usize;
            let mut q: Vec<String> = Vec::new();
            match r % 3 {
                0 => q.push("kind=kita".into()),
                1 => q.push("kind=ktp".into()),
                _ => {}
            }
            if r.is_multiple_of(2) {
                let birth = start - time::Duration::days(300 + (r % 900) as i64);
                q.push(format!("birth_date={}&start={}", format_date(birth), format_date(start)));
            }
            if r % 5 < 3 {
                q.push(format!("near={:.4},{:.4}", t.center.lat + 0.01 * ((r % 7) as f64 - 3.0) / 3.0, t.center.lon));
                if r.is_multiple_of(4) {
                    q.push(format!("radius_km={}", 1 + r % 4));
                }
            }
            if r % 4 == 1 && r % 3 != 1 {
                q.push(format!("hours={}", [25, 35, 45][r % 3]));
            }
            if r.is_multiple_of(6) {
                q.push("free_only=true".into());
            }
            if r.is_multiple_of(7) {
                q.push("sort=free_places".into());
            }
            if round % 4 == 3 {
                q.push("page=2".into());
            }
            out.push((ti, q.join("&")));
        }
    }
    out
}

/// The form token of every session the bench makes (issue 19.1: each write carries its session's
/// token in `X-CSRF-Token`, as a real client reads it from `GET /api/v1/session`).
pub(crate) const BENCH_TOKEN: &str = "be7c4be7c4be7c4be7c4be7c4be7c4be7c4be7c4be7c4be7c4be7c4be7c4be7c";

/// One HTTP request of a load mix.
#[derive(Clone)]
struct Req {
    method: &'static str,
    path: String,
    cookie: Option<String>,
    body: Option<String>,
}

impl Req {
    fn get(path: String) -> Self {
        Self { method: "GET", path, cookie: None, body: None }
    }
}

/// `conns` keep-alive connections take requests from `reqs` in turn, round and round, until `secs`
/// have passed (reads: the same request may be sent many times).
async fn http_load(addr: &str, reqs: Arc<Vec<Req>>, conns: usize, secs: u64) -> anyhow::Result<Stats> {
    load(addr, reqs, conns, secs, None, Reuse::RoundRobin).await
}

/// Each request of the list once, at most `secs` long.
async fn http_load_once(addr: &str, reqs: Arc<Vec<Req>>, conns: usize, secs: u64) -> anyhow::Result<Stats> {
    load(addr, reqs, conns, secs, None, Reuse::Once).await
}

/// A page loaded after a 2 s warm-up for `secs` over `conns` connections: its figures' line and
/// the CPU per request of server, database and load generator.
async fn timed_page(
    addr: &str,
    reqs: Vec<Req>,
    (conns, secs): (usize, u64),
    pid: u32,
    label: &str,
) -> anyhow::Result<(String, String)> {
    let reqs = Arc::new(reqs);
    http_load(addr, reqs.clone(), conns, 2).await?;
    eprintln!("timing: {label}");
    let cpu0 = cpu::sample(pid);
    let mut stats = http_load(addr, reqs, conns, secs).await?;
    let cpu_line = cpu::line(&cpu0, &cpu::sample(pid), stats.requests);
    Ok((stats.line(label), cpu_line))
}

/// Whether a load may send a request of its list again.
#[derive(Clone, Copy, PartialEq)]
enum Reuse {
    /// Round and round the list (reads).
    RoundRobin,
    /// Each request once (unique writes: a second send would be a duplicate, refused by the rules).
    /// The load ends early when the list is used up.
    Once,
}

/// Closed loop (`rate` None): each connection sends its next request as soon as the last one is
/// answered, so the machine runs at saturation and latency follows from throughput. Open loop
/// (`rate` Some): request k is due at start + k / rate, whatever the answers; its latency counts
/// from when it was due, so a server falling behind shows it (no coordinated omission).
async fn load(
    addr: &str,
    reqs: Arc<Vec<Req>>,
    conns: usize,
    secs: u64,
    rate: Option<f64>,
    reuse: Reuse,
) -> anyhow::Result<Stats> {
    let deadline = Instant::now() + Duration::from_secs(secs);
    let started = Instant::now();
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..conns {
        let (addr, reqs, next) = (addr.to_owned(), reqs.clone(), next.clone());
        tasks.spawn(async move {
            let mut s =
                Stats { requests: 0, errors: 0, latencies_us: Vec::with_capacity(100_000), elapsed: Duration::ZERO };
            let stream = TcpStream::connect(&addr).await?;
            stream.set_nodelay(true)?;
            let (mut sender, conn) =
                hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await?;
            tokio::spawn(conn);
            loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let due = match rate {
                    Some(rate) => started + Duration::from_secs_f64(k as f64 / rate),
                    None => Instant::now(),
                };
                if due >= deadline || Instant::now() >= deadline || (reuse == Reuse::Once && k >= reqs.len()) {
                    break;
                }
                tokio::time::sleep_until(due.into()).await;
                let r = &reqs[k % reqs.len()];
                let mut builder =
                    hyper::Request::builder().method(r.method).uri(r.path.as_str()).header("host", "127.0.0.1");
                if let Some(c) = &r.cookie {
                    builder = builder.header("cookie", c.as_str());
                }
                if r.body.is_some() {
                    builder = builder.header("content-type", "application/json");
                }
                if r.method != "GET" {
                    builder = builder.header("x-csrf-token", BENCH_TOKEN);
                }
                let req = builder.body(http_body_util::Full::new(Bytes::from(r.body.clone().unwrap_or_default())))?;
                let res = sender.send_request(req).await?;
                let ok = res.status().is_success();
                let _ = res.into_body().collect().await?;
                s.latencies_us.push(due.elapsed().as_micros() as u32);
                s.requests += 1;
                s.errors += usize::from(!ok);
            }
            anyhow::Ok(s)
        });
    }
    let mut parts = Vec::new();
    while let Some(r) = tasks.join_next().await {
        parts.push(r??);
    }
    Ok(merge(parts, started.elapsed()))
}

/// Signed-in parents for the account-page and registration loads. Sign-in itself is excluded: the
/// accounts, identities and sessions are created directly, as the callback would.
async fn parents(
    store: &Store,
    tenant: &Tenant,
    today: time::Date,
    families: usize,
    children_each: usize,
) -> anyhow::Result<Vec<(uuid::Uuid, String, Vec<uuid::Uuid>)>> {
    let db = store.tenant(&tenant.schema);
    let birth = next_kita_year_start(today) - time::Duration::days(1250);
    let mut out = Vec::new();
    for f in 0..families {
        let account = store.platform().account_for_identity("bench", &format!("bench-{children_each}-{f}")).await?;
        let session = store
            .platform()
            .create_session(Some(account), &serde_json::json!({}), Some(crate::BENCH_TOKEN), &Default::default())
            .await?;
        let input = step_domain::family::FamilyForm {
            first_name: "Bench".into(),
            last_name: format!("Familie {f}"),
            street: "Markt 1".into(),
            postcode: tenant.postcodes[0].clone(),
            city: tenant.name.clone(),
            phone: "0000 1".into(),
            email: format!("bench{f}@example.org"),
            ..Default::default()
        }
        .validate()
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let family = db.save_family(account, &input).await?;
        let mut kids = Vec::new();
        for c in 0..children_each {
            let child = step_domain::family::ChildInput {
                first_name: format!("Kind {c}"),
                last_name: format!("Familie {f}"),
                birth_date: Some(birth),
                expected_birth_date: None,
            };
            kids.push(db.add_child(family.id, &child).await?.id);
        }
        out.push((account, session.id, kids));
    }
    Ok(out)
}

async fn direct_load(
    store: &Store,
    work: Arc<Vec<(SchemaName, SearchFilter)>>,
    conns: usize,
    secs: u64,
) -> anyhow::Result<Stats> {
    let deadline = Instant::now() + Duration::from_secs(secs);
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for worker in 0..conns {
        let (store, work) = (store.clone(), work.clone());
        tasks.spawn(async move {
            let mut s =
                Stats { requests: 0, errors: 0, latencies_us: Vec::with_capacity(100_000), elapsed: Duration::ZERO };
            let mut i = worker * 7;
            while Instant::now() < deadline {
                let (schema, filter) = &work[i % work.len()];
                i += 1;
                let t0 = Instant::now();
                let ok = store.tenant(schema).search(filter).await.is_ok();
                s.latencies_us.push(t0.elapsed().as_micros() as u32);
                s.requests += 1;
                s.errors += usize::from(!ok);
            }
            s
        });
    }
    let mut parts = Vec::new();
    while let Some(r) = tasks.join_next().await {
        parts.push(r?);
    }
    Ok(merge(parts, started.elapsed()))
}

/// Point lookups by id: schema-qualified statement vs a transaction with a transaction-local
/// search_path (`BEGIN; set_config(…, true); SELECT; COMMIT`).
async fn schema_choice(url: &str, ids: &[(String, uuid::Uuid)], secs: u64) -> anyhow::Result<(Stats, Stats)> {
    let pool = sqlx::postgres::PgPoolOptions::new().max_connections(16).connect(url).await?;
    let mut results = Vec::new();
    for qualified in [true, false] {
        let deadline = Instant::now() + Duration::from_secs(secs);
        let started = Instant::now();
        let mut tasks = tokio::task::JoinSet::new();
        for worker in 0..16 {
            let (pool, ids) = (pool.clone(), ids.to_vec());
            tasks.spawn(async move {
                let mut s = Stats { requests: 0, errors: 0, latencies_us: Vec::new(), elapsed: Duration::ZERO };
                let mut i = worker;
                while Instant::now() < deadline {
                    let (schema, id) = &ids[i % ids.len()];
                    i += 1;
                    let t0 = Instant::now();
                    let ok = if qualified {
                        sqlx::query_scalar::<_, String>(&format!("select name from {schema}.facilities where id = $1"))
                            .bind(id)
                            .fetch_one(&pool)
                            .await
                            .is_ok()
                    } else {
                        #[allow(clippy::disallowed_methods)] // measuring the alternative on purpose
                        let tx = pool.begin().await;
                        match tx {
                            Ok(mut tx) => {
                                let a = sqlx::query("select set_config('search_path', $1, true)")
                                    .bind(schema)
                                    .execute(&mut *tx)
                                    .await
                                    .is_ok();
                                let b = sqlx::query_scalar::<_, String>("select name from facilities where id = $1")
                                    .bind(id)
                                    .fetch_one(&mut *tx)
                                    .await
                                    .is_ok();
                                a && b && tx.commit().await.is_ok()
                            }
                            Err(_) => false,
                        }
                    };
                    s.latencies_us.push(t0.elapsed().as_micros() as u32);
                    s.requests += 1;
                    s.errors += usize::from(!ok);
                }
                s
            });
        }
        let mut parts = Vec::new();
        while let Some(r) = tasks.join_next().await {
            parts.push(r?);
        }
        results.push(merge(parts, started.elapsed()));
    }
    let direct = results.remove(1);
    Ok((results.remove(0), direct))
}

fn peak_rss_mb(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

async fn recreate_db(pg: &str, name: &str) -> anyhow::Result<String> {
    let mut admin = PgConnection::connect(&format!("{pg}/postgres")).await?;
    admin.execute(format!("drop database if exists {name} with (force)").as_str()).await?;
    Ok(format!("{pg}/{name}"))
}

async fn drop_db(pg: &str, name: &str) {
    if let Ok(mut admin) = PgConnection::connect(&format!("{pg}/postgres")).await {
        let _ = admin.execute(format!("drop database if exists {name} with (force)").as_str()).await;
    }
}

fn run_step(step: &PathBuf, url: &str, args: &[&str]) -> anyhow::Result<()> {
    let status = std::process::Command::new(step)
        .args(args)
        .env("DATABASE_URL", url)
        .env("RUST_LOG", "warn")
        .stderr(Stdio::null())
        .status()?;
    if !status.success() {
        bail!("step {args:?} failed");
    }
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let tenants = step_domain::tenant::load_dir(&args.tenants_dir).context("tenants")?;
    let today = time::OffsetDateTime::now_utc().date();
    println!(
        "STEP bench {} · {} cores · {} connections · {} s per phase",
        format_date(today),
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        args.connections,
        args.seconds
    );

    if let Some(n) = args.scale {
        for line in scale::run(
            &args.step,
            (&args.pg, &args.scale_cluster),
            &args.tenants_dir,
            n.max(24),
            (args.scale_fresh, args.scale_search_only),
        )
        .await?
        {
            println!("{line}");
        }
        return Ok(());
    }
    let only_other = args.only_parents || args.only_tenants || args.only_district || args.only_documents;
    if !only_other && !args.only_cases {
        for line in matching::run() {
            println!("{line}");
        }
    }
    if args.case_children > 0 && !only_other {
        for line in cases::run(&args.step, &args.pg, &args.tenants_dir, today, args.case_children).await? {
            println!("{line}");
        }
    }
    if args.only_cases {
        return Ok(());
    }
    if args.tenant_families > 0 && !args.only_parents {
        let lines =
            tenants::run(&args.step, &args.pg, &args.pg2, &args.tenants_dir, today, args.tenant_families).await?;
        for line in lines {
            println!("{line}");
        }
    }
    if args.only_tenants {
        return Ok(());
    }
    if args.district > 0 && !args.only_parents {
        println!("{}", district::run(&args.step, &args.pg, &args.tenants_dir, today, 0, 300).await?);
        println!("{}", district::run(&args.step, &args.pg, &args.tenants_dir, today, args.district, 60).await?);
    }
    if args.only_district {
        return Ok(());
    }
    match args.s3fs.as_deref() {
        _ if args.only_parents => {}
        Some(s3fs) => {
            for line in documents::run(&args.step, &args.pg, &tenants, today, s3fs).await? {
                println!("{line}");
            }
        }
        None => println!("document uploads skipped (no --s3fs)"),
    }
    if args.only_documents {
        return Ok(());
    }

    let url = recreate_db(&args.pg, "step_bench").await?;
    run_step(&args.step, &url, &["migrate"])?;
    run_step(&args.step, &url, &["seed-demo"])?;
    let emsdetten = tenants.iter().find(|t| t.slug.as_str() == "emsdetten").context("emsdetten")?.clone();
    let lead = if args.offers > 0 && !args.only_parents {
        let store = Store::connect(&StoreOptions::new(url.clone())).await?;
        let lead = offers::grant_lead(&store, &emsdetten).await?;
        store.close().await;
        Some(lead)
    } else {
        None
    };
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let addr = format!("127.0.0.1:{port}");
    let mut server = tokio::process::Command::new(&args.step)
        .args(["serve", "--listen", &addr])
        .env("DATABASE_URL", &url)
        .env("RUST_LOG", "warn")
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
    let pid = server.id().context("server pid")?;
    for _ in 0..100 {
        if TcpStream::connect(&addr).await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    let mix = query_mix(&tenants, today);
    let paths: Arc<Vec<Req>> = Arc::new(
        mix.iter().map(|(ti, q)| Req::get(format!("/api/v1/tenants/{}/facilities?{q}", tenants[*ti].slug))).collect(),
    );
    println!("search mix: {} distinct requests over {} municipalities", paths.len(), tenants.len());
    // Warm-up: fills connection pools and statement caches.
    http_load(&addr, paths.clone(), args.connections, 2).await?;
    eprintln!("timing: HTTP search");
    let cpu0 = cpu::sample(pid);
    let mut http = http_load(&addr, paths.clone(), args.connections, args.seconds).await?;
    let http_cpu = cpu::line(&cpu0, &cpu::sample(pid), http.requests);
    let rss = peak_rss_mb(pid);
    // The search page a parent sees, in German and in Arabic (issue 18: the language must not
    // make the hot pages slower), the same queries, one after the other.
    let mut search_pages = Vec::new();
    for lang in ["de", "ar"] {
        let pages: Vec<Req> = mix
            .iter()
            .map(|(ti, q)| Req {
                cookie: Some(format!("step_lang={lang}")),
                ..Req::get(format!("/{}/suche?{q}", tenants[*ti].slug))
            })
            .collect();
        let label = format!("GET /<slug>/suche page ({lang})");
        search_pages.push(timed_page(&addr, pages, (args.connections, args.seconds), pid, &label).await?);
    }

    // The parent's hot paths, signed in: the account page and registration writes.
    let store = Store::connect(&StoreOptions::new(url.clone())).await?;
    let rheine = tenants.iter().find(|t| t.slug.as_str() == "rheine").context("rheine")?;
    let kitas: Vec<uuid::Uuid> = sqlx::query_scalar(&format!(
        "select id from {}.facilities where kind = 'kita' and 35 = any(hours_offered) and age_min_months <= 40 order by id",
        rheine.schema
    ))
    .fetch_all(store.raw_pool())
    .await?;
    let start = format_date(next_kita_year_start(today));
    let prepared = Instant::now();
    season::prepare(&store, rheine, today, args.season_families).await?;
    let season_line = format!(
        "Rheine in season: {} families with {} registrations prepared in {:.1} s",
        args.season_families,
        args.season_families * 3,
        prepared.elapsed().as_secs_f64()
    );
    let readers = parents(&store, rheine, today, args.connections, 1).await?;
    for (account, _, kids) in &readers {
        for (rank, k) in kitas.iter().take(3).enumerate() {
            let input = step_domain::family::RegistrationInput {
                child_id: kids[0],
                facility_id: *k,
                start: next_kita_year_start(today),
                hours: 35,
                rank: rank as i16 + 1,
                note: String::new(),
                criteria: Vec::new(),
            };
            store
                .tenant(&rheine.schema)
                .register(step_store::Owner::Account(*account), &input, |_, _| step_store::InboxMessage {
                    subject: "Vormerkung".into(),
                    body: "Bench".into(),
                })
                .await?;
        }
    }
    // The families' account page, in German and then the same families reading Arabic (issue 18).
    let mut account_pages = Vec::new();
    for (lang, label) in [("de", "GET /rheine/konto (signed in)"), ("ar", "GET /rheine/konto (signed in, Arabic)")] {
        let reqs: Vec<Req> = readers
            .iter()
            .map(|(_, s, _)| Req {
                method: "GET",
                path: "/rheine/konto".into(),
                cookie: Some(format!("step_session={s}; step_lang={lang}")),
                body: None,
            })
            .collect();
        account_pages.push(timed_page(&addr, reqs, (args.connections, args.seconds), pid, label).await?);
    }
    // Enough unique writes for both timings at up to 4,000 a second (5 per child), so none is sent
    // twice: a repeated registration would be refused as a duplicate and count as an error.
    let per_writer = (args.seconds as usize * 4_000 * 2).div_ceil(5 * args.connections).max(200);
    let writers = parents(&store, rheine, today, args.connections, per_writer).await?;
    let mut writes = Vec::new();
    for slot in 0..kitas.len().min(5) {
        for (_, session, kids) in &writers {
            for kid in kids {
                let body = serde_json::json!({"child_id": kid, "facility_id": kitas[(slot * 7 + kid.as_u128() as usize) % kitas.len()], "start": start, "hours": 35, "rank": slot + 1});
                writes.push(Req {
                    method: "POST",
                    path: "/api/v1/tenants/rheine/registrations".into(),
                    cookie: Some(format!("step_session={session}")),
                    body: Some(body.to_string()),
                });
            }
        }
    }
    // Each child's 5 registrations go to 5 different Kitas (slot offsets differ by 7, Rheine has > 35).
    // Half of them for the closed loop, the other half for the paced run: every request is new.
    let paced_writes = writes.split_off(writes.len() / 2);
    eprintln!("timing: registration writes");
    let cpu0 = cpu::sample(pid);
    let mut registration = load(&addr, Arc::new(writes), args.connections, args.seconds, None, Reuse::Once).await?;
    let registration_cpu = cpu::line(&cpu0, &cpu::sample(pid), registration.requests);
    // The target's own terms: 1,000 registrations per second offered, and their latency.
    eprintln!("timing: registration writes at {} per second", args.write_rate);
    let cpu0 = cpu::sample(pid);
    let mut paced =
        load(&addr, Arc::new(paced_writes), args.connections, args.seconds, Some(args.write_rate as f64), Reuse::Once)
            .await?;
    let paced_cpu = cpu::line(&cpu0, &cpu::sample(pid), paced.requests);
    let (stored, incomplete): (i64, i64) = sqlx::query_as(&format!(
        "select count(*), count(*) filter (where not exists (select 1 from {s}.registration_events e where e.registration_id = r.id)
                                         or not exists (select 1 from {s}.messages m where m.registration_id = r.id))
         from {s}.registrations r",
        s = rheine.schema
    ))
    .fetch_one(store.raw_pool())
    .await?;
    let rss_after = peak_rss_mb(pid);

    // The offer day, in Emsdetten.
    let mut offer_lines = Vec::new();
    if let Some((facility, session)) = &lead {
        let started = Instant::now();
        let regs = offers::prepare(&store, &emsdetten, *facility, today, args.offers, args.waiting).await?;
        offer_lines.push(format!(
            "offer day: {} waiting registrations prepared in {:.1} s ({} at one Kita)",
            regs.len(),
            started.elapsed().as_secs_f64(),
            args.waiting
        ));
        let page = Arc::new(vec![Req {
            method: "GET",
            path: format!("/emsdetten/einrichtung/{facility}"),
            cookie: Some(format!("step_session={session}")),
            body: None,
        }]);
        http_load(&addr, page.clone(), 1, 1).await?;
        // A list used once per request would end early: repeat the page.
        let pages = Arc::new((0..100_000).map(|_| page[0].clone()).collect::<Vec<_>>());
        // One lead at a time, as a facility works its list; the API returns all rows at once.
        let mut list = http_load(&addr, pages, 1, args.seconds.min(10)).await?;
        offer_lines.push(list.line(&format!("GET waiting list page ({} rows)", args.waiting)));
        let api = Req {
            method: "GET",
            path: format!("/api/v1/tenants/emsdetten/facilities/{facility}/waiting-list"),
            cookie: Some(format!("step_session={session}")),
            body: None,
        };
        let mut all =
            http_load(&addr, Arc::new((0..100_000).map(|_| api.clone()).collect()), 1, args.seconds.min(10)).await?;
        offer_lines.push(all.line(&format!("GET waiting-list API (all {})", args.waiting)));
        let report = offers::offer_all(&store, &emsdetten, regs, today, 16).await?;
        offer_lines.push(format!(
            "offers made in one go          {:.1} s for {} offers ({:.0}/s), {} errors; {} offered with {} inbox messages and {} e-mails queued",
            report.elapsed.as_secs_f64(),
            report.offered,
            report.offered as f64 / report.elapsed.as_secs_f64(),
            report.errors,
            report.offered,
            report.messages,
            report.outbox
        ));
        match &args.smtp_python {
            Some(python) => {
                let d = offers::deliver_all(&store, &emsdetten, python, Duration::from_secs(15 * 60)).await?;
                offer_lines.push(format!(
                    "e-mails delivered (aiosmtpd)   {:.1} s: {} sent, {} received, {} distinct Message-IDs, {} still pending",
                    d.elapsed.as_secs_f64(),
                    d.sent,
                    d.received,
                    d.distinct,
                    d.pending
                ));
            }
            None => offer_lines.push("e-mail delivery skipped (no --smtp-python)".into()),
        }
    }
    let _ = server.kill().await;

    let work: Arc<Vec<(SchemaName, SearchFilter)>> = Arc::new(
        mix.iter()
            .map(|(ti, q)| {
                let query: SearchQuery = serde_json::from_value(serde_json::Value::Object(
                    q.split('&')
                        .filter(|p| !p.is_empty())
                        .filter_map(|p| p.split_once('='))
                        .map(|(k, v)| (k.to_owned(), serde_json::Value::String(v.to_owned())))
                        .collect(),
                ))
                .expect("query");
                (tenants[*ti].schema.clone(), parse_filter(&query, today).expect("valid filter"))
            })
            .collect(),
    );
    direct_load(&store, work.clone(), args.connections, 2).await?;
    let mut direct = direct_load(&store, work, args.connections, args.seconds).await?;

    println!();
    println!("{}", http.line("HTTP GET …/facilities"));
    println!("{http_cpu}");
    println!("{}", direct.line("direct TenantDb::search"));
    println!("HTTP / direct throughput      {:.2}", http.rps() / direct.rps());
    match rss {
        Some(mb) => println!("server peak RSS (VmHWM)       {mb:.1} MB"),
        None => println!("server peak RSS               unavailable"),
    }
    println!("{season_line}");
    for (line, cpu_line) in search_pages.iter().chain(&account_pages) {
        println!("{line}");
        println!("{cpu_line}");
    }
    println!("{}", registration.line("POST …/registrations"));
    println!("{registration_cpu}");
    println!("{}", paced.line(&format!("  the same at {}/s offered", args.write_rate)));
    println!("{}", paced.tail());
    println!("{paced_cpu}");
    println!("registrations stored: {stored}, of them without history event or inbox message: {incomplete}");
    if let Some(mb) = rss_after {
        println!("server peak RSS after all loads {mb:.1} MB");
    }
    for line in &offer_lines {
        println!("{line}");
    }

    let mut ids = Vec::new();
    for t in &tenants {
        let rows: Vec<uuid::Uuid> =
            sqlx::query_scalar(&format!("select id from {}.facilities", t.schema)).fetch_all(store.raw_pool()).await?;
        ids.extend(rows.into_iter().map(|id| (t.schema.to_string(), id)));
    }
    store.close().await;
    if args.only_parents {
        // Kept for a closer look (EXPLAIN, pgbench); the next run drops it.
        println!("database kept for inspection: {url}");
        return Ok(());
    }
    if args.round_children > 0 {
        let store = Store::connect(&StoreOptions::new(url.clone())).await?;
        let town = tenants.iter().find(|t| t.slug.as_str() == "ibbenbueren").context("ibbenbueren")?;
        for line in rounds::run(&store, town, today, args.round_children).await? {
            println!("{line}");
        }
        store.close().await;
    }
    let (mut qualified, mut local_path) = schema_choice(&url, &ids, args.seconds.min(5)).await?;
    println!("{}", qualified.line("point lookup, qualified"));
    println!("{}", local_path.line("point lookup, tx+search_path"));
    drop_db(&args.pg, "step_bench").await;

    if args.schemas > 0 {
        let url = recreate_db(&args.pg, "step_bench_schemas").await?;
        let store = Store::connect(&StoreOptions::new(url)).await?;
        let template = tenants[0].clone();
        let many: Vec<Tenant> = (1..=args.schemas)
            .map(|i| {
                let mut t = template.clone();
                t.slug = TenantSlug::parse(&format!("bench{i:04}")).expect("slug");
                t.schema = SchemaName::for_slug(&t.slug).expect("schema");
                t.hosts.clear();
                t
            })
            .collect();
        let started = Instant::now();
        store
            .migrate_all(&many, 4, |done, total| {
                if done % 100 == 0 || done == total {
                    eprint!("\r  migrated {done}/{total}");
                }
            })
            .await?;
        eprintln!();
        println!("migrate {} tenant schemas       {:.1} s", args.schemas, started.elapsed().as_secs_f64());
        store.close().await;
        drop_db(&args.pg, "step_bench_schemas").await;
    }
    Ok(())
}
