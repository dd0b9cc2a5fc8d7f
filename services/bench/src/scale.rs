//! The platform at the scale of a country (issue 22): `--scale N` brings the database
//! `step_bench_scale` to N municipalities (Steinfurt's 24 and N−24 from `step tenants generate`,
//! resumable: a second run reuses what is there; `--scale-fresh` starts over), then measures
//! through the real binary what the issue asks: a tenant migration rolled out to every schema (and
//! resumed after a kill), boot until `/readyz`, memory idle and under load, search at 64
//! connections for a random municipality against the 24 (one lane, then four), the district dashboard over
//! all, adding one more municipality, the database CPU of the background jobs while every
//! municipality is idle, and the catalog's cost. With `--scale-cluster` the generated
//! municipalities are spread evenly over several PostgreSQL clusters (issue 22, item 6).

use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use sqlx::{Connection, Executor, PgConnection};
use step_store::{RoleAssignment, Store, StoreOptions};

use crate::district::{get, session_cookie};
use crate::{Req, http_load};

fn rss_mb(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).map(str::to_owned))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|kb| kb.parse::<f64>().ok()))
        .map_or(0.0, |kb| kb / 1024.0)
}

fn secs(d: Duration) -> String {
    format!("{:.1} s", d.as_secs_f64())
}

/// `step` against the bench's database on the main cluster and on every further one.
struct Platform<'a> {
    bin: &'a Path,
    tenants_dir: &'a Path,
    /// `main` first, then the further clusters: (name, URL of the bench database there).
    clusters: Vec<(String, String)>,
}

impl Platform<'_> {
    fn url(&self) -> &str {
        &self.clusters[0].1
    }

    fn command(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(self.bin);
        cmd.args(args)
            .env("DATABASE_URL", self.url())
            .env("STEP__TENANTS__DIR", self.tenants_dir)
            .env("RUST_LOG", "warn");
        for (name, url) in &self.clusters[1..] {
            cmd.env(format!("STEP__CLUSTERS__{}__URL", name.to_uppercase()), url);
        }
        cmd
    }

    /// `step tenants generate` of each cluster's equal share of `generated`, all clusters at once;
    /// with `kill_after`, every run is killed then (a later run resumes).
    fn generate(&self, generated: usize, extra: &[&str], kill_after: Option<Duration>) -> anyhow::Result<()> {
        let parts = self.clusters.len();
        let mut children = Vec::new();
        for (j, (cluster, _)) in self.clusters.iter().enumerate() {
            let (from, to) = (generated * j / parts, generated * (j + 1) / parts);
            let (count, from) = ((to - from).to_string(), from.to_string());
            // Three at a time on each cluster: 8 made 10,789 schemas in 25 min, 3 in 19.5 (fewer sessions
            // contending for the catalog pages and each other's invalidations; performance.md).
            let mut args =
                vec!["tenants", "generate", &count, "--from", &from, "--parallel", "3", "--cluster", cluster];
            args.extend_from_slice(extra);
            let stderr = if kill_after.is_some() { Stdio::null() } else { Stdio::inherit() };
            children.push(self.command(&args).stdout(Stdio::null()).stderr(stderr).spawn()?);
        }
        if let Some(after) = kill_after {
            std::thread::sleep(after);
            for child in &mut children {
                let _ = child.kill();
            }
        }
        for mut child in children {
            let status = child.wait()?;
            anyhow::ensure!(kill_after.is_some() || status.success(), "step tenants generate {extra:?} failed");
        }
        Ok(())
    }

    /// Runs `step args` to its end; `progress` lets its messages through (the generator's).
    fn run(&self, args: &[&str], progress: bool) -> anyhow::Result<()> {
        let stderr = if progress { Stdio::inherit() } else { Stdio::null() };
        let status = self.command(args).stderr(stderr).status()?;
        anyhow::ensure!(status.success(), "step {args:?} failed");
        Ok(())
    }

    /// The bench's own store over every cluster, its directory loaded.
    async fn store(&self) -> anyhow::Result<Store> {
        let mut options = StoreOptions::new(self.url());
        options.clusters = self.clusters[1..].to_vec();
        let store = Store::connect(&options).await?;
        store.load_directory().await?;
        Ok(store)
    }

    async fn connections(&self) -> anyhow::Result<Vec<PgConnection>> {
        let mut conns = Vec::new();
        for (_, url) in &self.clusters {
            conns.push(PgConnection::connect(url).await?);
        }
        Ok(conns)
    }
}

/// Undoes tenant migration 0019 (due work) in every schema of every cluster, so `step migrate` has
/// a real migration to roll out: its triggers (named `due_…`, read from the catalog) go and the
/// ledgers say 18.
async fn roll_back_last(conns: &mut [PgConnection]) -> anyhow::Result<usize> {
    let mut count = 0;
    for conn in conns.iter_mut() {
        let drops: Vec<String> = sqlx::query_scalar(
            "select format('drop trigger %I on %s;', tgname, tgrelid::regclass) from pg_trigger
             where tgname like 'due\\_%' and not tgisinternal",
        )
        .fetch_all(&mut *conn)
        .await?;
        // A few hundred at a time: one statement text runs as one transaction, holding a lock per table.
        for chunk in drops.chunks(200) {
            conn.execute(chunk.concat().as_str()).await?;
        }
        let schemas: Vec<String> =
            sqlx::query_scalar("select relnamespace::regnamespace::text from pg_class where relname = '_migrations' and relnamespace::regnamespace::text like 't\\_%'")
                .fetch_all(&mut *conn)
                .await?;
        for s in &schemas {
            conn.execute(format!("delete from {s}._migrations where version = 19").as_str()).await?;
        }
        conn.execute("truncate step_work.due").await?;
        count += schemas.len();
    }
    conns[0].execute("update platform.schema_versions set version = 18").await?;
    Ok(count)
}

/// Due work left on every cluster (the e-mail aside: no worker runs here).
async fn due_left(conns: &mut [PgConnection]) -> anyhow::Result<i64> {
    let mut due = 0;
    for conn in conns.iter_mut() {
        due +=
            sqlx::query_scalar::<_, i64>("select count(*) from step_work.due where due_at <= now() and kind <> 'mail'")
                .fetch_one(&mut *conn)
                .await?;
    }
    Ok(due)
}

/// The catalog on every cluster: database size and relations.
async fn catalog(platform: &Platform<'_>, conns: &mut [PgConnection]) -> anyhow::Result<String> {
    let (mut size, mut relations, mut each) = (0i64, 0i64, Vec::new());
    for ((name, _), conn) in platform.clusters.iter().zip(conns.iter_mut()) {
        let (s, r): (i64, i64) =
            sqlx::query_as("select pg_database_size(current_database()), (select count(*) from pg_class)")
                .fetch_one(&mut *conn)
                .await?;
        each.push(format!("{name} {:.0} MB", s as f64 / 1e6));
        (size, relations) = (size + s, relations + r);
    }
    Ok(format!("database {:.0} MB ({}), {relations} relations", size as f64 / 1e6, each.join(", ")))
}

pub async fn run(
    step_bin: &Path,
    (pg, further): (&str, &[String]),
    tenants_dir: &Path,
    scale: usize,
    (fresh, search_only): (bool, bool),
) -> anyhow::Result<Vec<String>> {
    let name = "step_bench_scale";
    let mut clusters = Vec::new();
    for (i, base) in std::iter::once(pg).chain(further.iter().map(String::as_str)).enumerate() {
        let url = if fresh { crate::recreate_db(base, name).await? } else { format!("{base}/{name}") };
        clusters.push((if i == 0 { "main".to_owned() } else { format!("c{i}") }, url));
    }
    let platform = Platform { bin: step_bin, tenants_dir, clusters };
    let mut lines = Vec::new();
    let t0 = Instant::now();
    platform.run(&["migrate"], false)?;
    let the_24 = t0.elapsed();
    // The 24's demo data once (`seed-demo` seeds every municipality present, thousands on a rerun).
    let mut conns = platform.connections().await?;
    let present: i64 = sqlx::query_scalar("select count(*) from platform.tenants").fetch_one(&mut conns[0]).await?;
    if present <= 24 {
        platform.run(&["seed-demo"], false)?;
    }
    // The generated ones in equal ranges, one range per cluster (the same split on every run), all
    // clusters at once: first their schemas (killed after 30 s and resumed), then their data.
    let (generated, parts) = (scale.saturating_sub(24), platform.clusters.len());
    let t0 = Instant::now();
    platform.generate(generated, &["--schemas-only"], Some(Duration::from_secs(30)))?;
    let at_kill: i64 =
        sqlx::query_scalar("select count(*) from platform.schema_versions").fetch_one(&mut conns[0]).await?;
    platform.generate(generated, &["--schemas-only"], None)?;
    lines.push(format!(
        "{scale} schemas on {parts} cluster(s) created and migrated in {} (of which `step migrate` of the \
         platform, the 24 and a check of all present {}; {at_kill} present when the generators were killed \
         after 30 s, then resumed)",
        secs(the_24 + t0.elapsed()),
        secs(the_24)
    ));
    let t0 = Instant::now();
    platform.generate(generated, &[], None)?;
    lines.push(format!("their demo facilities and registrations in {}", secs(t0.elapsed())));

    if search_only {
        let store = platform.store().await?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        lines.extend(search_phases(&platform, &format!("127.0.0.1:{port}"), &store).await?);
        store.close().await;
        return Ok(lines);
    }

    // A tenant migration rolled out to every schema, killed after 20 s and resumed.
    let schemas = roll_back_last(&mut conns).await?;
    let t0 = Instant::now();
    let mut child = platform.command(&["migrate"]).stdout(Stdio::null()).stderr(Stdio::null()).spawn()?;
    std::thread::sleep(Duration::from_secs(20));
    let _ = child.kill();
    let _ = child.wait();
    let done: i64 = sqlx::query_scalar("select count(*) from platform.schema_versions where version = 19")
        .fetch_one(&mut conns[0])
        .await?;
    let t1 = Instant::now();
    platform.run(&["migrate"], false)?;
    let resumed = t1.elapsed();
    lines.push(format!(
        "migration 0019 rolled out to {schemas} schemas: {done} done when killed after 20 s, the rest after the restart in {} (in all {})",
        secs(resumed),
        secs(t0.elapsed())
    ));

    let sizes = catalog(&platform, &mut conns).await?;
    let t0 = Instant::now();
    let dump = std::process::Command::new("pg_dump")
        .args(["--schema-only", "--no-owner", platform.url()])
        .output()
        .context("pg_dump")?;
    let failed = String::from_utf8_lossy(&dump.stderr).lines().next().unwrap_or_default().to_owned();
    lines.push(format!(
        "catalog: {sizes}; pg_dump --schema-only of main {} ({:.0} MB of DDL{})",
        secs(t0.elapsed()),
        dump.stdout.len() as f64 / 1e6,
        if dump.status.success() { String::new() } else { format!("; failed: {failed}") }
    ));
    lines.push(backend_memory(&mut conns[0]).await?);

    let store = platform.store().await?;
    let account = store.platform().account_for_identity("bench", "bench-scale-admin").await?;
    let grant =
        RoleAssignment { account_id: account, role: "district_admin".into(), domain: "*".into(), scope: String::new() };
    store.platform().grant_role(&grant, "bench").await?;
    let cookie = session_cookie(&store, account).await?;
    lines.extend(serving(&platform, &mut conns, &store, &cookie, scale).await?);
    store.close().await;
    for conn in conns {
        conn.close().await?;
    }
    Ok(lines)
}

/// A backend's memory after it touched 1,000 schemas (its catalog caches grow with them).
async fn backend_memory(conn: &mut PgConnection) -> anyhow::Result<String> {
    let schemas: Vec<String> = sqlx::query_scalar(
        "select relnamespace::regnamespace::text from pg_class where relname = '_migrations' and relnamespace::regnamespace::text like 't\\_%' order by 1 limit 1000",
    )
    .fetch_all(&mut *conn)
    .await?;
    let before: i64 = sqlx::query_scalar("select sum(total_bytes)::bigint from pg_backend_memory_contexts")
        .fetch_one(&mut *conn)
        .await?;
    for s in &schemas {
        let _: i64 = sqlx::query_scalar(&format!(
            "select count(*) from {s}.facilities f left join {s}.places p on p.facility_id = f.id"
        ))
        .fetch_one(&mut *conn)
        .await?;
    }
    let after: i64 = sqlx::query_scalar("select sum(total_bytes)::bigint from pg_backend_memory_contexts")
        .fetch_one(&mut *conn)
        .await?;
    Ok(format!(
        "a backend that touched {} schemas: {:.0} MB of memory contexts (from {:.1} MB)",
        schemas.len(),
        after as f64 / 1e6,
        before as f64 / 1e6
    ))
}

/// `step serve` on `addr`, once `/readyz` answers 200.
async fn start(
    platform: &Platform<'_>,
    addr: &str,
    env: &[(&str, &str)],
) -> anyhow::Result<(tokio::process::Child, u32)> {
    let t0 = Instant::now();
    let mut command = tokio::process::Command::from(platform.command(&["serve", "--listen", addr]));
    command.envs(env.iter().copied());
    let server = command.stderr(Stdio::null()).kill_on_drop(true).spawn()?;
    let pid = server.id().context("server pid")?;
    loop {
        if let Ok((200, _, _)) = get(addr, "/readyz", "").await {
            return Ok((server, pid));
        }
        anyhow::ensure!(t0.elapsed() < Duration::from_secs(120), "not ready within 120 s");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn serving(
    platform: &Platform<'_>,
    conns: &mut [PgConnection],
    store: &Store,
    cookie: &str,
    scale: usize,
) -> anyhow::Result<Vec<String>> {
    let mut lines = Vec::new();
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let addr = format!("127.0.0.1:{port}");
    let t0 = Instant::now();
    let (mut server, pid) = start(platform, &addr, &[]).await?;
    let ready = t0.elapsed();
    // The first rounds settle every municipality's marks from the migration (the 15 s jobs at
    // once, retention and the sweeper a minute after the start; e-mail aside: no worker runs
    // here); then all are idle.
    let t1 = Instant::now();
    loop {
        let due = due_left(conns).await?;
        if (due == 0 && t0.elapsed() > Duration::from_secs(75)) || t1.elapsed() > Duration::from_secs(900) {
            lines.push(format!("marks of the rollout settled after {} ({due} left)", secs(t0.elapsed())));
            break;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    let idle_rss = rss_mb(pid);
    lines.push(format!(
        "step serve with {scale} municipalities: /readyz after {}, RSS idle {idle_rss:.0} MB",
        secs(ready)
    ));
    let before = crate::cpu::sample(pid);
    tokio::time::sleep(Duration::from_secs(60)).await;
    let after = crate::cpu::sample(pid);
    lines.push(format!("idle for 60 s (background jobs only): {}", crate::cpu::idle_line(&before, &after, 60.0)));
    // PostgreSQL's own idle work (checkpointer, autovacuum, every cluster here) without the portal.
    server.kill().await?;
    let quiet = crate::cpu::sample(pid);
    tokio::time::sleep(Duration::from_secs(60)).await;
    let quiet_after = crate::cpu::sample(pid);
    lines.push(format!("the same 60 s without the portal: {}", crate::cpu::idle_line(&quiet, &quiet_after, 60.0)));

    lines.extend(search_phases(platform, &addr, store).await?);
    let (mut server, _) = start(platform, &addr, &[]).await?;

    // The district dashboard over every municipality.
    let path = "/api/v1/district/dashboard";
    let (status, body, first) = get(&addr, path, cookie).await?;
    anyhow::ensure!(status == 200, "dashboard answered {status}");
    let rows = serde_json::from_slice::<serde_json::Value>(&body)?.as_array().map_or(0, Vec::len);
    let mut times = Vec::new();
    for _ in 0..5 {
        times.push(get(&addr, path, cookie).await?.2);
    }
    times.sort();
    lines.push(format!(
        "district dashboard over {rows} municipalities: first {:.0} ms, then p50 {:.0} ms, max {:.0} ms",
        first.as_secs_f64() * 1e3,
        times[2].as_secs_f64() * 1e3,
        times[4].as_secs_f64() * 1e3
    ));

    // One more municipality while serving (the next number after those of earlier runs).
    let present: i64 = sqlx::query_scalar("select count(*) from platform.tenants").fetch_one(store.raw_pool()).await?;
    let next = (present as usize).saturating_sub(24).max(scale.saturating_sub(24));
    let t0 = Instant::now();
    platform.run(&["tenants", "generate", "1", "--from", &next.to_string()], false)?;
    let made = t0.elapsed();
    let slug: String = sqlx::query_scalar("select slug from platform.tenants order by created_at desc limit 1")
        .fetch_one(store.raw_pool())
        .await?;
    while get(&addr, &format!("/{slug}/"), "").await?.0 != 200 {
        anyhow::ensure!(t0.elapsed() < Duration::from_secs(60), "{slug} not served within 60 s");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    lines.push(format!(
        "municipality {} added: made in {}, its portal answers after {}",
        present + 1,
        secs(made),
        secs(t0.elapsed())
    ));
    let _ = server.kill().await;
    Ok(lines)
}

/// Search and the account page: the 24 against a random municipality of all, with the portal's four
/// connections per cluster in one lane and split into four lanes of one. (Eight in four lanes of two
/// lost the lanes' gain: performance.md, 2026-12-07, midday.)
async fn search_phases(platform: &Platform<'_>, addr: &str, store: &Store) -> anyhow::Result<Vec<String>> {
    let slugs: Vec<String> =
        sqlx::query_scalar("select slug from platform.tenants order by random()").fetch_all(store.raw_pool()).await?;
    let files: Vec<String> =
        step_domain::tenant::load_dir(platform.tenants_dir)?.iter().map(|t| t.slug.to_string()).collect();
    let family = families(store, &slugs, &files).await?;
    let mut lines = Vec::new();
    for (connections, lanes, cache) in [("4", "1", "1024"), ("4", "4", "4096")] {
        let env = [
            ("STEP__DATABASE__LANES", lanes),
            ("STEP__DATABASE__MAX_CONNECTIONS", connections),
            ("STEP__DATABASE__STATEMENT_CACHE", cache),
        ];
        let (found, peak) = searching(platform, addr, &env, (&slugs, &files, &family)).await?;
        let label = format!("{connections} connections per cluster in {lanes} lane(s), statement cache {cache}");
        lines.extend(found.into_iter().map(|l| format!("{label}: {l}")));
        lines.push(format!("RSS after the load {peak:.0} MB"));
    }
    Ok(lines)
}

/// Search `facilities?kind=kita` at 64 connections on a portal started with `env`: every
/// municipality once first (as a day's traffic would have touched them), then [`ROUNDS`] rounds of
/// 10 s for the 24 and 10 s for all in random order, then the same for the account page. The
/// figures' lines and the portal's RSS after.
async fn searching(
    platform: &Platform<'_>,
    addr: &str,
    env: &[(&str, &str)],
    (slugs, files, family): (&[String], &[String], &str),
) -> anyhow::Result<(Vec<String>, f64)> {
    let (mut server, pid) = start(platform, addr, env).await?;
    let search = |s: &String| Req::get(format!("/api/v1/tenants/{s}/facilities?kind=kita"));
    let all = Arc::new(slugs.iter().map(search).collect::<Vec<Req>>());
    let t0 = Instant::now();
    let mut warm = crate::http_load_once(addr, all.clone(), 64, 600).await?;
    let mut lines = vec![format!("{} ({} s)", warm.line("search, each once to warm"), t0.elapsed().as_secs())];
    let few = Arc::new(files.iter().map(search).collect::<Vec<Req>>());
    lines.extend(alternating(addr, "search", (&few, &all), &format!("random of {}", slugs.len())).await?);
    // The account page of a family registered in the 24 and in the first ACCOUNT_SAMPLE of all.
    let page =
        |s: &String| Req { method: "GET", path: format!("/{s}/konto"), cookie: Some(family.to_owned()), body: None };
    let sample = Arc::new(slugs.iter().take(ACCOUNT_SAMPLE).map(page).collect::<Vec<Req>>());
    crate::http_load_once(addr, sample.clone(), 64, 600).await?;
    let few = Arc::new(files.iter().map(page).collect::<Vec<Req>>());
    lines.extend(alternating(addr, "account page", (&few, &sample), &format!("random of {ACCOUNT_SAMPLE}")).await?);
    let peak = rss_mb(pid);
    let _ = server.kill().await;
    Ok((lines, peak))
}

/// Rounds of the 24 against many, taken in turn so that a slower minute of the machine (autovacuum
/// after mass creation, the other clusters' checkpoints) falls on both: one measurement of the tail
/// on 2 cores moved by a factor of two between runs.
const ROUNDS: usize = 3;

/// [`ROUNDS`] × (10 s of `few`, 10 s of `many`) at 64 connections: a line for each, and the ratio
/// of their p99 in each round with its median.
async fn alternating(
    addr: &str,
    what: &str,
    (few, many): (&Arc<Vec<Req>>, &Arc<Vec<Req>>),
    label: &str,
) -> anyhow::Result<Vec<String>> {
    let (mut lines, mut ratios) = (Vec::new(), Vec::new());
    for round in 1..=ROUNDS {
        let mut small = http_load(addr, few.clone(), 64, 10).await?;
        let mut large = http_load(addr, many.clone(), 64, 10).await?;
        ratios.push(large.pct(0.99) / small.pct(0.99).max(0.001));
        lines.push(small.line(&format!("{what}, the 24 ({round})")));
        lines.push(large.line(&format!("{what}, {label} ({round})")));
    }
    let shown: Vec<String> = ratios.iter().map(|r| format!("{r:.2}")).collect();
    ratios.sort_by(f64::total_cmp);
    lines.push(format!(
        "{what}: p99 {label} / the 24 by round: {} (median {:.2})",
        shown.join(", "),
        ratios[ROUNDS / 2]
    ));
    Ok(lines)
}

/// Municipalities (random, of all) where the bench's family is registered for the account page.
const ACCOUNT_SAMPLE: usize = 2_000;

/// One family of one account in the 24 (`files`) and in the first [`ACCOUNT_SAMPLE`] of `slugs` (saved
/// again on a later run); its session cookie.
async fn families(store: &Store, slugs: &[String], files: &[String]) -> anyhow::Result<String> {
    let account = store.platform().account_for_identity("bench", "bench-scale-family").await?;
    let form = step_domain::family::FamilyForm {
        first_name: "Bench".into(),
        last_name: "Familie".into(),
        street: "Markt 1".into(),
        postcode: "48565".into(),
        city: "Steinfurt".into(),
        phone: "0000 1".into(),
        email: "bench-scale@example.org".into(),
        ..Default::default()
    }
    .validate()
    .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let schemas: Vec<String> =
        sqlx::query_scalar("select schema_name from platform.tenants where slug = any($1) or slug = any($2)")
            .bind(&slugs[..ACCOUNT_SAMPLE.min(slugs.len())])
            .bind(files)
            .fetch_all(store.raw_pool())
            .await?;
    for schema in schemas {
        let schema = step_domain::SchemaName::parse(&schema).context("schema name")?;
        store.tenant(&schema).save_family(account, &form).await?;
    }
    session_cookie(store, account).await
}
