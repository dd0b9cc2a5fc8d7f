//! Issue 19.7: uploads and exports have their own, longer time limit (a slow phone line), while an
//! ordinary request keeps the short one; a request the limit ends leaves nothing behind.

use std::time::Duration;

use reqwest::StatusCode;
use step_e2e::{Seed, TestApp};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::support::{kitas, parent_with_child, register, season};

/// Sends `head` at once and `body` in `parts` pieces spread over `over`, as a slow line does;
/// returns the status line's code (0 when the server closed without one).
async fn slowly(addr: &str, head: &str, body: &[u8], parts: usize, over: Duration) -> u16 {
    let mut tcp = TcpStream::connect(addr.trim_start_matches("http://")).await.unwrap();
    tcp.write_all(head.as_bytes()).await.unwrap();
    for chunk in body.chunks(body.len().div_ceil(parts)) {
        tokio::time::sleep(over / parts as u32).await;
        if tcp.write_all(chunk).await.is_err() {
            break;
        }
    }
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), tcp.read_to_end(&mut answer)).await;
    let text = String::from_utf8_lossy(&answer);
    text.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0)
}

#[tokio::test]
async fn a_slow_upload_gets_the_long_limit_and_a_slow_ordinary_request_the_short_one() {
    let app = TestApp::spawn_configured(Seed::Only(&["rheine"]), |c| {
        c.request_timeout = Duration::from_secs(1);
        c.transfer_timeout = Duration::from_secs(8);
    })
    .await;
    let (parent, child) = parent_with_child(&app, 0, "rheine", 1300).await;
    let kita = kitas(&app, "rheine").await.remove(0);
    let start = step_domain::search::format_date(season());
    let (status, reg) = register(&app, &parent, "rheine", &child, &kita, 35, &start).await;
    assert_eq!(status, StatusCode::CREATED, "{reg}");
    let reg = reg["id"].as_str().unwrap().to_owned();
    let session = parent.cookie("127.0.0.1", "step_session").unwrap();
    let token = parent.api_token(&reqwest::Url::parse(&app.addr).unwrap()).await.unwrap();
    let host = app.addr.trim_start_matches("http://");

    // A 1 MB PDF sent over 3 s: longer than the short limit, well within the long one.
    let mut pdf = b"%PDF-1.4\n".to_vec();
    pdf.resize(1 << 20, b'x');
    let mut body = b"--b0\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nmeasles\r\n--b0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nachweis.pdf\"\r\nContent-Type: application/pdf\r\n\r\n".to_vec();
    body.extend_from_slice(&pdf);
    body.extend_from_slice(b"\r\n--b0--\r\n");
    let head = format!(
        "POST /api/v1/tenants/rheine/registrations/{reg}/documents HTTP/1.1\r\nHost: {host}\r\nCookie: step_session={session}\r\nX-CSRF-Token: {token}\r\nContent-Type: multipart/form-data; boundary=b0\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    assert_eq!(slowly(&app.addr, &head, &body, 12, Duration::from_secs(3)).await, 201, "the slow upload is stored");

    // The same slowness on an ordinary form is ended after the short limit, and nothing is saved.
    let form = format!(
        "first_name=Eva&last_name=Langsam&street=Markt+1&postcode=48431&city=Rheine&phone=05971+1&email=eva%40example.org&csrf={token}"
    );
    let head = format!(
        "POST /rheine/konto/familie HTTP/1.1\r\nHost: {host}\r\nCookie: step_session={session}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        form.len()
    );
    assert_eq!(slowly(&app.addr, &head, form.as_bytes(), 6, Duration::from_secs(3)).await, 503);
    let mut db = app.db().await;
    let renamed: i64 = sqlx::query_scalar("select count(*) from t_rheine.families where last_name = 'Langsam'")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(renamed, 0, "the ended request saved nothing");
    app.cleanup().await;
}

#[tokio::test]
async fn an_export_ended_by_its_time_limit_leaves_no_temporary_file() {
    let mut app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let (parent, child) = parent_with_child(&app, 1, "rheine", 1300).await;
    let kita = kitas(&app, "rheine").await.remove(0);
    let start = step_domain::search::format_date(season());
    let (_, reg) = register(&app, &parent, "rheine", &child, &kita, 35, &start).await;
    let reg = reg["id"].as_str().unwrap().to_owned();
    // Documents enough that writing the export takes longer than its (tiny) limit here.
    for n in 0..3 {
        let mut pdf = b"%PDF-1.4\n".to_vec();
        pdf.resize(8 << 20, b'0' + n);
        let url = format!("{}/api/v1/tenants/rheine/registrations/{reg}/documents", app.addr);
        let res = parent.post_multipart(&url, &[("kind", "measles")], Some(("nachweis.pdf", pdf))).await;
        let status = res.status();
        assert_eq!(status, StatusCode::CREATED, "{}", res.text().await.unwrap());
    }
    // A second portal on the same data whose exports may take only 10 ms.
    app.config.transfer_timeout = Duration::from_millis(10);
    let replica = app.spawn_replica().await;
    let spool = app.config.documents.spool_dir.clone();
    let exports = || {
        std::fs::read_dir(&spool)
            .map(|d| d.flatten().filter(|e| e.file_name().to_string_lossy().starts_with("export-")).count())
            .unwrap_or(0)
    };
    let res = parent.get(&format!("{replica}/api/v1/tenants/rheine/family/export")).await;
    let status = res.status();
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "the export was ended by its limit");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(exports(), 0, "no export file is left in {} (answer {status})", spool.display());
    app.cleanup().await;
}
