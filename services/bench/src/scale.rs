//! The platform at the scale of a country (issue 22): `--scale N` brings the database
//! `step_bench_scale` to N municipalities (Steinfurt's 24 and N−24 from `step tenants generate`,
//! resumable: a second run reuses what is there; `--scale-fresh` starts over), then measures
//! through the real binary what the issue asks: a tenant migration rolled out to every schema (and
//! resumed after a kill), boot until `/readyz`, memory idle and under load, search and account
//! page at 64 connections for a random municipality against the 24, the district dashboard over
//! all, adding one more municipality, the database CPU of the background jobs while every
//! municipality is idle, and the catalog's cost.

use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use sqlx::{Connection, Executor, PgConnection};
use step_store::{RoleAssignment, Store, StoreOptions};

use crate::district::{get, session_cookie, step_cmd};
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

/// Undoes tenant migration 0019 (due work) in every schema, so `step migrate` has a real
/// migration to roll out: its triggers (named `due_…`, read from the catalog) go and the ledgers
/// say 18.
async fn roll_back_last(conn: &mut PgConnection) -> anyhow::Result<usize> {
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
        sqlx::query_scalar("select schema from platform.schema_versions order by 1").fetch_all(&mut *conn).await?;
    for s in &schemas {
        conn.execute(format!("delete from {s}._migrations where version = 19").as_str()).await?;
    }
    conn.execute("update platform.schema_versions set version = 18; truncate step_work.due").await?;
    Ok(schemas.len())
}

pub async fn run(
    step_bin: &Path,
    pg: &str,
    tenants_dir: &Path,
    scale: usize,
    fresh: bool,
) -> anyhow::Result<Vec<String>> {
    let name = "step_bench_scale";
    let url = if fresh { crate::recreate_db(pg, name).await? } else { format!("{pg}/{name}") };
    let mut lines = Vec::new();
    let t0 = Instant::now();
    step_cmd(step_bin, &url, tenants_dir, &["migrate"])?;
    step_cmd(step_bin, &url, tenants_dir, &["seed-demo"])?;
    let generated = scale.saturating_sub(24);
    step_cmd(step_bin, &url, tenants_dir, &["tenants", "generate", &generated.to_string(), "--parallel", "4"])?;
    lines.push(format!("{scale} municipalities present (made or found) in {}", secs(t0.elapsed())));

    // A tenant migration rolled out to every schema, killed after 20 s and resumed.
    let mut conn = PgConnection::connect(&url).await?;
    let schemas = roll_back_last(&mut conn).await?;
    let t0 = Instant::now();
    let mut child = std::process::Command::new(step_bin)
        .args(["migrate"])
        .env("DATABASE_URL", &url)
        .env("STEP__TENANTS__DIR", tenants_dir)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    std::thread::sleep(Duration::from_secs(20));
    let _ = child.kill();
    let _ = child.wait();
    let done: i64 = sqlx::query_scalar("select count(*) from platform.schema_versions where version = 19")
        .fetch_one(&mut conn)
        .await?;
    let t1 = Instant::now();
    step_cmd(step_bin, &url, tenants_dir, &["migrate"])?;
    let resumed = t1.elapsed();
    lines.push(format!(
        "migration 0019 rolled out to {schemas} schemas: {done} done when killed after 20 s, the rest after the restart in {} (in all {})",
        secs(resumed),
        secs(t0.elapsed())
    ));

    let (catalog, relations): (i64, i64) =
        sqlx::query_as("select pg_database_size(current_database()), (select count(*) from pg_class)")
            .fetch_one(&mut conn)
            .await?;
    let t0 = Instant::now();
    let dump = std::process::Command::new("pg_dump")
        .args(["--schema-only", "--no-owner", &url])
        .output()
        .context("pg_dump")?;
    let failed = String::from_utf8_lossy(&dump.stderr).lines().next().unwrap_or_default().to_owned();
    lines.push(format!(
        "catalog: database {:.0} MB, {relations} relations; pg_dump --schema-only {} ({:.0} MB of DDL{})",
        catalog as f64 / 1e6,
        secs(t0.elapsed()),
        dump.stdout.len() as f64 / 1e6,
        if dump.status.success() { String::new() } else { format!("; failed: {failed}") }
    ));
    lines.push(backend_memory(&mut conn).await?);
    conn.close().await?;

    let store = Store::connect(&StoreOptions::new(url.clone())).await?;
    let account = store.platform().account_for_identity("bench", "bench-scale-admin").await?;
    let grant =
        RoleAssignment { account_id: account, role: "district_admin".into(), domain: "*".into(), scope: String::new() };
    store.platform().grant_role(&grant, "bench").await?;
    let cookie = session_cookie(&store, account).await?;
    lines.extend(serving(step_bin, &url, tenants_dir, &store, &cookie, scale).await?);
    store.close().await;
    Ok(lines)
}

/// A backend's memory after it touched 1,000 schemas (its catalog caches grow with them).
async fn backend_memory(conn: &mut PgConnection) -> anyhow::Result<String> {
    let schemas: Vec<String> = sqlx::query_scalar("select schema from platform.schema_versions order by 1 limit 1000")
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
    step_bin: &Path,
    url: &str,
    tenants_dir: &Path,
    addr: &str,
) -> anyhow::Result<(tokio::process::Child, u32)> {
    let t0 = Instant::now();
    let server = tokio::process::Command::new(step_bin)
        .args(["serve", "--listen", addr])
        .env("DATABASE_URL", url)
        .env("STEP__TENANTS__DIR", tenants_dir)
        .env("RUST_LOG", "warn")
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
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
    step_bin: &Path,
    url: &str,
    tenants_dir: &Path,
    store: &Store,
    cookie: &str,
    scale: usize,
) -> anyhow::Result<Vec<String>> {
    let mut lines = Vec::new();
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let addr = format!("127.0.0.1:{port}");
    let t0 = Instant::now();
    let (mut server, pid) = start(step_bin, url, tenants_dir, &addr).await?;
    let ready = t0.elapsed();
    // The first rounds settle every municipality's marks from the migration (the 15 s jobs at
    // once, retention and the sweeper a minute after the start; e-mail aside: no worker runs
    // here); then all are idle.
    let t1 = Instant::now();
    loop {
        let due: i64 =
            sqlx::query_scalar("select count(*) from step_work.due where due_at <= now() and kind <> 'mail'")
                .fetch_one(store.raw_pool())
                .await?;
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
    let (mut server, pid) = start(step_bin, url, tenants_dir, &addr).await?;

    // Search and the account page: the 24 against a random municipality of all.
    let slugs: Vec<String> =
        sqlx::query_scalar("select slug from platform.tenants order by random()").fetch_all(store.raw_pool()).await?;
    let files: Vec<String> =
        step_domain::tenant::load_dir(tenants_dir)?.iter().map(|t| t.slug.as_str().to_owned()).collect();
    let search = |s: &String| Req::get(format!("/api/v1/tenants/{s}/facilities?kind=kita"));
    let some: Vec<Req> = files.iter().map(search).collect();
    let all: Vec<Req> = slugs.iter().take(4_000).map(search).collect();
    let mut small = http_load(&addr, Arc::new(some), 64, 10).await?;
    let mut large = http_load(&addr, Arc::new(all), 64, 10).await?;
    lines.push(small.line("search, the 24"));
    lines.push(large.line(&format!("search, random of {scale}")));
    let peak = rss_mb(pid);
    lines.push(format!("RSS after the load {peak:.0} MB"));

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

    // One more municipality while serving.
    let t0 = Instant::now();
    let generated = scale.saturating_sub(24);
    step_cmd(step_bin, url, tenants_dir, &["tenants", "generate", "1", "--from", &generated.to_string()])?;
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
        scale + 1,
        secs(made),
        secs(t0.elapsed())
    ));
    let _ = server.kill().await;
    Ok(lines)
}
