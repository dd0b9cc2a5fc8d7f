//! The district dashboard (issue 7): `GET /api/v1/district/dashboard` as a district admin, for the
//! 24 municipalities of the registry and for N generated municipalities (copies of Steinfurt's file
//! with their own slug and schema), each with demo facilities and `per_tenant` registrations (every
//! seventh accepted), through a real `step serve`.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::Context;
use http_body_util::BodyExt;
use hyper::body::Bytes;
use step_store::{RoleAssignment, Store, StoreOptions};
use tokio::net::TcpStream;

/// A registry directory of `count` municipalities made from Steinfurt's file.
fn generated_registry(source: &Path, count: usize) -> anyhow::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("step-bench-tenants-{}-{count}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("logos"))?;
    std::fs::copy(source.join("offices.toml"), dir.join("offices.toml"))?;
    std::fs::copy(source.join("logos/steinfurt.svg"), dir.join("logos/steinfurt.svg"))?;
    let template = std::fs::read_to_string(source.join("steinfurt.toml"))?;
    for i in 1..=count {
        let text = template
            .replace("slug = \"steinfurt\"", &format!("slug = \"bench{i:04}\""))
            .replace("name = \"Steinfurt\"", &format!("name = \"Bench {i:04}\""))
            .replace("schema = \"t_steinfurt\"", &format!("schema = \"t_bench{i:04}\""))
            .replace("hosts = [\"steinfurt.step.localhost\"]", "hosts = []");
        std::fs::write(dir.join(format!("bench{i:04}.toml")), text)?;
    }
    Ok(dir)
}

pub(crate) fn step_cmd(step: &Path, url: &str, tenants: &Path, args: &[&str]) -> anyhow::Result<()> {
    let status = std::process::Command::new(step)
        .args(args)
        .env("DATABASE_URL", url)
        .env("STEP__TENANTS__DIR", tenants)
        .env("RUST_LOG", "warn")
        .stderr(Stdio::null())
        .status()?;
    anyhow::ensure!(status.success(), "step {args:?} failed");
    Ok(())
}

pub(crate) async fn get(addr: &str, path: &str, cookie: &str) -> anyhow::Result<(u16, Bytes, Duration)> {
    let stream = TcpStream::connect(addr).await?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await?;
    tokio::spawn(conn);
    let req = hyper::Request::builder()
        .uri(path)
        .header("host", "127.0.0.1")
        .header("cookie", cookie)
        .body(http_body_util::Empty::<Bytes>::new())?;
    let t0 = Instant::now();
    let res = sender.send_request(req).await?;
    let status = res.status().as_u16();
    let body = res.into_body().collect().await?.to_bytes();
    Ok((status, body, t0.elapsed()))
}

/// A bench session of `account` (its writes carry [`crate::BENCH_TOKEN`]), as a cookie.
pub(crate) async fn session_cookie(store: &Store, account: uuid::Uuid) -> anyhow::Result<String> {
    let session = store
        .platform()
        .create_session(Some(account), &serde_json::json!({}), Some(crate::BENCH_TOKEN), &Default::default())
        .await?;
    Ok(format!("step_session={}", session.id))
}

/// `step serve` on a free port with the registry `tenants`, once it answers `/readyz`.
pub(crate) async fn serve(step: &Path, url: &str, tenants: &Path) -> anyhow::Result<(tokio::process::Child, String)> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let addr = format!("127.0.0.1:{port}");
    let server = tokio::process::Command::new(step)
        .args(["serve", "--listen", &addr])
        .env("DATABASE_URL", url)
        .env("STEP__TENANTS__DIR", tenants)
        .env("RUST_LOG", "warn")
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
    for _ in 0..300 {
        if let Ok((200, _, _)) = get(&addr, "/readyz", "").await {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok((server, addr))
}

/// `count` = 0: the registry in `tenants_dir`; else that many generated municipalities.
pub async fn run(
    step: &Path,
    pg: &str,
    tenants_dir: &Path,
    today: time::Date,
    count: usize,
    per_tenant: usize,
) -> anyhow::Result<String> {
    let dir = if count == 0 { tenants_dir.to_path_buf() } else { generated_registry(tenants_dir, count)? };
    let tenants = step_domain::tenant::load_dir(&dir).context("registry")?;
    let url = crate::recreate_db(pg, "step_bench_district").await?;
    let started = Instant::now();
    step_cmd(step, &url, &dir, &["migrate"])?;
    step_cmd(step, &url, &dir, &["seed-demo"])?;
    let store = Store::connect(&StoreOptions::new(url.clone())).await?;
    let mut registrations = 0usize;
    for t in &tenants {
        let facility: uuid::Uuid = sqlx::query_scalar(&format!(
            "select id from {}.facilities where kind = 'kita' order by id limit 1",
            t.schema
        ))
        .fetch_one(store.raw_pool())
        .await?;
        registrations += crate::offers::prepare(&store, t, facility, today, per_tenant, 0).await?.len();
        sqlx::query(&format!(
            "update {}.registrations set status = 'accepted' where abs(hashtext(id::text)) % 7 = 0",
            t.schema
        ))
        .execute(store.raw_pool())
        .await?;
    }
    let prepared = started.elapsed();
    let account = store.platform().account_for_identity("bench", "bench-district-admin").await?;
    let grant =
        RoleAssignment { account_id: account, role: "district_admin".into(), domain: "*".into(), scope: String::new() };
    store.platform().grant_role(&grant, "bench").await?;
    let cookie = session_cookie(&store, account).await?;
    let (mut server, addr) = serve(step, &url, &dir).await?;
    let path = "/api/v1/district/dashboard";
    for _ in 0..2 {
        let (status, _, _) = get(&addr, path, &cookie).await?;
        anyhow::ensure!(status == 200, "dashboard answered {status}");
    }
    let mut times = Vec::new();
    let mut rows = 0;
    for _ in 0..10 {
        let (status, body, took) = get(&addr, path, &cookie).await?;
        anyhow::ensure!(status == 200, "dashboard answered {status}");
        rows = serde_json::from_slice::<serde_json::Value>(&body)?.as_array().map_or(0, Vec::len);
        times.push(took);
    }
    times.sort();
    let line = format!(
        "district dashboard, {:>3} municipalities  p50 {:.0} ms, max {:.0} ms ({rows} in the answer, {registrations} registrations; prepared in {:.0} s)",
        tenants.len(),
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
        prepared.as_secs_f64()
    );
    let _ = server.kill().await;
    store.close().await;
    crate::drop_db(pg, "step_bench_district").await;
    if count > 0 {
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(line)
}
