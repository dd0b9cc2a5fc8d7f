//! Documents (issue 6): the portal serves with its documents in a real S3-compatible server
//! (s3s-fs on loopback); a signed-in parent uploads a 10 MB proof of urgency while the server's
//! resident memory is watched (VmHWM reset through /proc/<pid>/clear_refs just before), then 50
//! uploads of 1 MB each run at once. Every upload must come back 201 with its row and object.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::Context;
use http_body_util::BodyExt;
use hyper::body::Bytes;
use step_domain::Tenant;
use step_domain::search::next_kita_year_start;
use step_store::{Store, StoreOptions};
use tokio::net::TcpStream;

fn proc_kb(pid: u32, field: &str) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// One multipart upload (`kind`, `file`) on a fresh connection; the status and the time it took.
async fn upload(addr: &str, path: &str, cookie: &str, bytes: Bytes) -> anyhow::Result<(u16, Duration)> {
    let boundary = "step-bench-boundary-7d3f";
    let head = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nurgency\r\n--{boundary}\r\n\
         Content-Disposition: form-data; name=\"file\"; filename=\"bedarf.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
    );
    let tail = format!("\r\n--{boundary}--\r\n");
    let mut body = Vec::with_capacity(head.len() + bytes.len() + tail.len());
    body.extend_from_slice(head.as_bytes());
    body.extend_from_slice(&bytes);
    body.extend_from_slice(tail.as_bytes());
    let stream = TcpStream::connect(addr).await?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await?;
    tokio::spawn(conn);
    let req = hyper::Request::builder()
        .method("POST")
        .uri(path)
        .header("host", "127.0.0.1")
        .header("cookie", cookie)
        .header("x-csrf-token", crate::BENCH_TOKEN)
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .body(http_body_util::Full::new(Bytes::from(body)))?;
    let t0 = Instant::now();
    let res = sender.send_request(req).await?;
    let status = res.status().as_u16();
    let _ = res.into_body().collect().await?;
    Ok((status, t0.elapsed()))
}

fn pdf_of(size: usize) -> Bytes {
    let mut v = b"%PDF-1.4\n".to_vec();
    v.resize(size, b'x');
    Bytes::from(v)
}

fn count_files(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .flatten()
        .map(|e| {
            if e.path().is_dir() {
                count_files(&e.path())
            } else {
                usize::from(!e.file_name().to_string_lossy().starts_with('.'))
            }
        })
        .sum()
}

pub async fn run(
    step: &Path,
    pg: &str,
    tenants: &[Tenant],
    today: time::Date,
    s3fs: &Path,
) -> anyhow::Result<Vec<String>> {
    let mut lines = Vec::new();
    let url = crate::recreate_db(pg, "step_bench_docs").await?;
    crate::run_step(&step.to_path_buf(), &url, &["migrate"])?;
    crate::run_step(&step.to_path_buf(), &url, &["seed-demo"])?;
    let rheine = tenants.iter().find(|t| t.slug.as_str() == "rheine").context("rheine")?;
    let store = Store::connect(&StoreOptions::new(url.clone())).await?;
    let kita: uuid::Uuid = sqlx::query_scalar(&format!(
        "select id from {}.facilities where kind = 'kita' and 35 = any(hours_offered) and age_min_months <= 40 order by id limit 1",
        rheine.schema
    ))
    .fetch_one(store.raw_pool())
    .await?;
    let family = crate::parents(&store, rheine, today, 1, 1).await?.remove(0);
    let input = step_domain::family::RegistrationInput {
        child_id: family.2[0],
        facility_id: kita,
        start: next_kita_year_start(today),
        hours: 35,
        rank: 1,
        note: String::new(),
        criteria: Vec::new(),
    };
    let reg_id = store
        .tenant(&rheine.schema)
        .register(step_store::Owner::Account(family.0), &input, |_, _| step_store::InboxMessage {
            subject: "Vormerkung".into(),
            body: "Bench".into(),
        })
        .await?;

    let free = || std::net::TcpListener::bind("127.0.0.1:0").map(|l| l.local_addr().map(|a| a.port()));
    let s3_port = free()??;
    let s3_dir = std::env::temp_dir().join(format!("step-bench-s3-{}", std::process::id()));
    let spool = std::env::temp_dir().join(format!("step-bench-spool-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&s3_dir);
    std::fs::create_dir_all(&s3_dir)?;
    let mut s3 = tokio::process::Command::new(s3fs)
        .args([
            "--host",
            "127.0.0.1",
            "--port",
            &s3_port.to_string(),
            "--access-key",
            "bench",
            "--secret-key",
            "bench-secret-0123456789",
        ])
        .arg(&s3_dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
    let port = free()??;
    let addr = format!("127.0.0.1:{port}");
    for _ in 0..100 {
        if TcpStream::connect(("127.0.0.1", s3_port)).await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut server = tokio::process::Command::new(step)
        .args(["serve", "--listen", &addr])
        .env("DATABASE_URL", &url)
        .env("RUST_LOG", "warn")
        .env("STEP__DOCUMENTS__ENDPOINT", format!("http://127.0.0.1:{s3_port}"))
        .env("STEP__DOCUMENTS__BUCKET", "bench")
        .env("STEP__DOCUMENTS__ACCESS_KEY", "bench")
        .env("STEP__DOCUMENTS__SECRET_KEY", "bench-secret-0123456789")
        .env("STEP__DOCUMENTS__CREATE_BUCKET", "true")
        .env("STEP__DOCUMENTS__SPOOL_DIR", &spool)
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
    let path = format!("/api/v1/tenants/rheine/registrations/{reg_id}/documents");
    let cookie = format!("step_session={}", family.1);

    // Warm-up: connection pools, the S3 client, the spool directory.
    let (status, _) = upload(&addr, &path, &cookie, pdf_of(1 << 20)).await?;
    anyhow::ensure!(status == 201, "warm-up upload answered {status}");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let before = proc_kb(pid, "VmRSS:").context("VmRSS")?;
    std::fs::write(format!("/proc/{pid}/clear_refs"), "5").context("resetting VmHWM")?;
    let ten_mb = pdf_of(10_000_000);
    let (status, took) = upload(&addr, &path, &cookie, ten_mb).await?;
    let peak = proc_kb(pid, "VmHWM:").context("VmHWM")?;
    lines.push(format!(
        "10 MB upload to S3             {status} in {:.0} ms; server RSS {:.1} MB before, peak {:.1} MB: grew {:.1} MB (target < 20 MB)",
        took.as_secs_f64() * 1e3,
        before / 1024.0,
        peak / 1024.0,
        (peak - before) / 1024.0
    ));

    let one_mb = pdf_of(1 << 20);
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..50 {
        let (addr, path, cookie, body) = (addr.clone(), path.clone(), cookie.clone(), one_mb.clone());
        tasks.spawn(async move { upload(&addr, &path, &cookie, body).await });
    }
    let (mut ok, mut failed, mut slowest) = (0, 0, Duration::ZERO);
    while let Some(r) = tasks.join_next().await {
        match r? {
            Ok((201, t)) => {
                ok += 1;
                slowest = slowest.max(t);
            }
            Ok(_) | Err(_) => failed += 1,
        }
    }
    let elapsed = started.elapsed();
    let rows: i64 = sqlx::query_scalar(&format!("select count(*) from {}.documents", rheine.schema))
        .fetch_one(store.raw_pool())
        .await?;
    let objects = count_files(&s3_dir.join("bench"));
    let peak_all = proc_kb(pid, "VmHWM:").unwrap_or(0.0);
    lines.push(format!(
        "50 concurrent 1 MB uploads     {ok} stored, {failed} failed in {:.2} s (slowest {:.0} ms); {rows} rows, {objects} objects in S3; server peak RSS {:.1} MB",
        elapsed.as_secs_f64(),
        slowest.as_secs_f64() * 1e3,
        peak_all / 1024.0
    ));
    let _ = server.kill().await;
    let _ = s3.kill().await;
    store.close().await;
    crate::drop_db(pg, "step_bench_docs").await;
    let _ = std::fs::remove_dir_all(&s3_dir);
    let _ = std::fs::remove_dir_all(&spool);
    Ok(lines)
}
