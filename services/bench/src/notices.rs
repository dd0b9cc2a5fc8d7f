//! Formal notices (issue 20): the office issues `count` "no place yet" notices for paper families of
//! Steinfurt through the JSON API (each a PDF stored in the document store), then downloads the
//! posting batch, one PDF of all of them written as it is read, and the server's memory is watched
//! meanwhile (its peak RSS must not grow with the number of notices).

use std::time::Instant;

use anyhow::Context;
use http_body_util::BodyExt;
use hyper::body::Bytes;
use step_store::Store;
use tokio::net::TcpStream;

use crate::district::get;

const BODY: &str = "Für {child}, geboren am {birth}, konnte zum gewünschten Beginn noch kein Platz angeboten werden. Das Jugendamt bemüht sich weiter um einen Platz.\n\nMit freundlichen Grüßen\n{office}";
const APPEAL: &str = "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Münster erhoben werden.";

pub(crate) async fn post_json(addr: &str, path: &str, cookie: &str, body: String) -> anyhow::Result<(u16, Bytes)> {
    let stream = TcpStream::connect(addr).await?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await?;
    tokio::spawn(conn);
    let req = hyper::Request::builder()
        .method("POST")
        .uri(path)
        .header("host", "127.0.0.1")
        .header("cookie", cookie)
        .header("x-csrf-token", crate::BENCH_TOKEN)
        .header("content-type", "application/json")
        .body(http_body_util::Full::new(Bytes::from(body)))?;
    let res = sender.send_request(req).await?;
    let status = res.status().as_u16();
    Ok((status, res.into_body().collect().await?.to_bytes()))
}

fn proc_kb(pid: u32, field: &str) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find(|l| l.starts_with(field))?.split_whitespace().nth(1)?.parse().ok()
}

pub async fn run(store: &Store, addr: &str, cookie: &str, pid: u32, count: usize) -> anyhow::Result<Vec<String>> {
    store.platform().add_notice_template("kreisjugendamt", "no_place", (BODY, APPEAL), "bench").await?;
    let children: Vec<uuid::Uuid> = sqlx::query_scalar(
        "select c.id from t_steinfurt.children c join t_steinfurt.families f on f.id = c.family_id
         where f.account_id is null order by c.id limit $1",
    )
    .bind(count as i64)
    .fetch_all(store.raw_pool())
    .await?;
    anyhow::ensure!(children.len() == count, "only {} paper children in Steinfurt", children.len());
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for chunk in children.chunks(count.div_ceil(4)) {
        let (addr, cookie, chunk) = (addr.to_owned(), cookie.to_owned(), chunk.to_vec());
        tasks.spawn(async move {
            for child in chunk {
                let body = format!(r#"{{"child": "{child}", "kind": "no_place"}}"#);
                let (status, out) = post_json(&addr, "/api/v1/tenants/steinfurt/notices", &cookie, body).await?;
                anyhow::ensure!(status == 201, "issuing answered {status}: {}", String::from_utf8_lossy(&out));
            }
            Ok::<_, anyhow::Error>(())
        });
    }
    while let Some(done) = tasks.join_next().await {
        done??;
    }
    let issued = started.elapsed();
    let (status, list, _) = get(addr, "/api/v1/tenants/steinfurt/notices?to_post=true", cookie).await?;
    anyhow::ensure!(status == 200, "the list answered {status}");
    let list: serde_json::Value = serde_json::from_slice(&list)?;
    let until = list["until"].as_str().context("until")?.replace(':', "%3A").replace('+', "%2B");
    anyhow::ensure!(list["to_post"] == count as i64, "{} to post", list["to_post"]);
    let before = proc_kb(pid, "VmRSS:").context("VmRSS")?;
    std::fs::write(format!("/proc/{pid}/clear_refs"), "5").context("resetting VmHWM")?;
    let (status, pdf, took) = get(addr, &format!("/steinfurt/amt/bescheide/versand.pdf?bis={until}"), cookie).await?;
    let peak = proc_kb(pid, "VmHWM:").context("VmHWM")?;
    anyhow::ensure!(status == 200 && pdf.ends_with(b"%%EOF\n"), "the batch answered {status}");
    let pages = pdf.windows(12).filter(|w| *w == b"/Type /Page ").count();
    Ok(vec![
        format!(
            "notices issued               {count} \"no place yet\" notices (PDF into the document store) in {:.1} s, {:.0} per second (4 at a time)",
            issued.as_secs_f64(),
            count as f64 / issued.as_secs_f64()
        ),
        format!(
            "posting batch                {count} notices, {pages} pages, {:.1} MB in {:.2} s (target < 30 s); server RSS {:.1} MB before, peak {:.1} MB: grew {:.1} MB",
            pdf.len() as f64 / 1e6,
            took.as_secs_f64(),
            before / 1024.0,
            peak / 1024.0,
            (peak - before) / 1024.0
        ),
    ])
}
