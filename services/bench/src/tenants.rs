//! Municipalities at run time (issue 7), through a real `step serve` with a second PostgreSQL
//! cluster: how long `step tenants apply` takes until the new portal answers, and how long
//! `step tenants move` keeps a municipality with `families` registrations read-only, each while
//! another municipality's search is under load (its latency and errors printed beside a baseline).

use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use step_store::{Store, StoreOptions};

use crate::{Req, http_load};

fn step(step: &Path, url: &str, pg2: &str, args: &[&str]) -> anyhow::Result<String> {
    let out = std::process::Command::new(step)
        .args(args)
        .env("DATABASE_URL", url)
        .env("STEP__CLUSTERS__SECOND__URL", pg2)
        .env("RUST_LOG", "warn")
        .output()?;
    anyhow::ensure!(out.status.success(), "step {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub async fn run(
    step_bin: &Path,
    pg: &str,
    pg2: &str,
    tenants_dir: &Path,
    today: time::Date,
    families: usize,
) -> anyhow::Result<Vec<String>> {
    let url = crate::recreate_db(pg, "step_bench_tenants").await?;
    let url2 = crate::recreate_db(pg2, "step_bench_tenants").await?;
    step(step_bin, &url, &url2, &["migrate"])?;
    step(step_bin, &url, &url2, &["seed-demo"])?;
    let tenants = step_domain::tenant::load_dir(tenants_dir).context("registry")?;
    let steinfurt = tenants.iter().find(|t| t.slug.as_str() == "steinfurt").context("steinfurt")?;
    let store = Store::connect(&StoreOptions::new(url.clone())).await?;
    let facility: uuid::Uuid =
        sqlx::query_scalar("select id from t_steinfurt.facilities where kind = 'kita' order by id limit 1")
            .fetch_one(store.raw_pool())
            .await?;
    crate::offers::prepare(&store, steinfurt, facility, today, families, 0).await?;
    store.close().await;

    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let addr = format!("127.0.0.1:{port}");
    let mut server = tokio::process::Command::new(step_bin)
        .args(["serve", "--listen", &addr])
        .env("DATABASE_URL", &url)
        .env("STEP__CLUSTERS__SECOND__URL", &url2)
        .env("RUST_LOG", "warn")
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
    let client = reqwest_like::Client::new(&addr);
    for _ in 0..300 {
        if client.status("/readyz").await == 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let load: Arc<Vec<Req>> = Arc::new(vec![
        Req::get("/api/v1/tenants/rheine/facilities?kind=kita".into()),
        Req::get("/api/v1/tenants/rheine/facilities?near=52.28,7.44&radius_km=3".into()),
        Req::get("/rheine/suche?kind=ktp".into()),
    ]);
    let mut lines = Vec::new();
    let mut base = http_load(&addr, load.clone(), 8, 4).await?;
    lines.push(base.line("Rheine under load, baseline"));

    // Add a 25th municipality while Rheine is under load.
    let dir = std::env::temp_dir().join(format!("step-bench-apply-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let file = dir.join("musterstadt.toml");
    std::fs::write(
        &file,
        std::fs::read_to_string(tenants_dir.join("laer.toml"))?
            .replace("\"laer\"", "\"musterstadt\"")
            .replace("\"Laer\"", "\"Musterstadt\"")
            .replace("t_laer", "t_musterstadt")
            .replace("laer.step.localhost", "musterstadt.step.localhost")
            .replace("logo = \"logos/laer.svg\"\n", ""),
    )?;
    let during = spawn_load(&addr, &load, 4);
    tokio::time::sleep(Duration::from_secs(1)).await;
    let t0 = Instant::now();
    step(step_bin, &url, &url2, &["tenants", "apply", file.to_str().context("path")?])?;
    let applied = t0.elapsed();
    while client.status("/musterstadt/").await != 200 {
        anyhow::ensure!(t0.elapsed() < Duration::from_secs(30), "the new portal did not answer within 30 s");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let served = t0.elapsed();
    let mut during = during.await??;
    lines.push(format!(
        "add a municipality: `step tenants apply` {:.0} ms, its portal answers after {:.0} ms",
        applied.as_secs_f64() * 1e3,
        served.as_secs_f64() * 1e3
    ));
    lines.push(during.line("Rheine during the add"));

    // Move Steinfurt (demo data + the registrations) to the second cluster under the same load.
    let during = spawn_load(&addr, &load, 6);
    tokio::time::sleep(Duration::from_secs(1)).await;
    let t0 = Instant::now();
    let out = step(step_bin, &url, &url2, &["tenants", "move", "steinfurt", "second", "--grace-seconds", "1"])?;
    let moved = t0.elapsed();
    let mut during = during.await??;
    let read_only = out.split("schreibgeschützt ").nth(1).and_then(|r| r.split(' ').next()).unwrap_or("?").to_owned();
    lines.push(format!(
        "move Steinfurt ({families} registrations) to a second cluster: {:.1} s in all, read-only {read_only} s (of which 2 × 1 s grace for the replicas)",
        moved.as_secs_f64()
    ));
    lines.push(during.line("Rheine during the move"));
    anyhow::ensure!(client.status("/steinfurt/suche").await == 200, "Steinfurt answers after the move");
    let _ = server.kill().await;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(lines)
}

/// A tiny status-only client over one connection per request (the bench already has hyper).
mod reqwest_like {
    use http_body_util::BodyExt;
    use hyper::body::Bytes;
    use tokio::net::TcpStream;

    pub struct Client {
        addr: String,
    }

    impl Client {
        pub fn new(addr: &str) -> Self {
            Self { addr: addr.to_owned() }
        }

        pub async fn status(&self, path: &str) -> u16 {
            let Ok(stream) = TcpStream::connect(&self.addr).await else { return 0 };
            let Ok((mut sender, conn)) =
                hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await
            else {
                return 0;
            };
            tokio::spawn(conn);
            let Ok(req) = hyper::Request::builder()
                .uri(path)
                .header("host", "127.0.0.1")
                .body(http_body_util::Empty::<Bytes>::new())
            else {
                return 0;
            };
            match sender.send_request(req).await {
                Ok(res) => {
                    let status = res.status().as_u16();
                    let _ = res.into_body().collect().await;
                    status
                }
                Err(_) => 0,
            }
        }
    }
}

/// The load on 8 connections for `secs`, in the background.
fn spawn_load(addr: &str, load: &Arc<Vec<Req>>, secs: u64) -> tokio::task::JoinHandle<anyhow::Result<crate::Stats>> {
    let (addr, load) = (addr.to_owned(), load.clone());
    tokio::spawn(async move { http_load(&addr, load, 8, secs).await })
}
