//! Faults, as tests (issue 19.12): PostgreSQL restarted under load, the portal process killed
//! during a batch of offers. (The S3 server stopped during a contract: documents.rs.)

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use reqwest::{Method, StatusCode};
use serde_json::json;
use step_e2e::{Seed, SmtpSink, TestApp, repo_root};

use crate::support::parent_with_child;

/// A project-local PostgreSQL cluster of this test's own, which it may stop and start.
struct OwnCluster {
    dir: String,
    port: u16,
}

impl OwnCluster {
    fn pg(args: &[&str]) -> String {
        let out = std::process::Command::new(repo_root().join("scripts/pg.sh")).args(args).output().expect("pg.sh");
        assert!(out.status.success(), "pg.sh {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    fn start_new() -> (Self, String) {
        let cluster = Self { dir: ".data/pg-fault".into(), port: SmtpSink::free_port() };
        Self::pg(&["stop", "--dir", &cluster.dir]); // left running by an interrupted run
        let url = cluster.start();
        (cluster, url)
    }

    fn start(&self) -> String {
        Self::pg(&["ensure", "--port", &self.port.to_string(), "--dir", &self.dir])
    }

    /// `pg_ctl stop -m fast`: open transactions roll back, every connection is cut.
    fn stop(&self) {
        Self::pg(&["stop", "--dir", &self.dir]);
    }
}

impl Drop for OwnCluster {
    fn drop(&mut self) {
        self.stop();
    }
}

/// PostgreSQL stops while parents keep adding children and reading pages: every answer meanwhile
/// is a German 503 (never a 500), the portal serves again by itself once the server is back, and
/// every child whose 201 reached its parent is stored.
#[tokio::test]
async fn postgresql_restarted_under_load_answers_503_recovers_and_loses_no_commit() {
    let (cluster, url) = OwnCluster::start_new();
    let app = TestApp::spawn_on(&url, Seed::Only(&["rheine"])).await;
    let children = format!("{}/api/v1/tenants/rheine/children", app.addr);
    let mut parents = Vec::new();
    for n in 0..3 {
        parents.push(Arc::new(parent_with_child(&app, n, "rheine", 400).await.0));
    }
    let stop = Arc::new(AtomicBool::new(false));
    let mut load = Vec::new();
    for (p, parent) in parents.iter().enumerate() {
        let (parent, url, stop) = (parent.clone(), children.clone(), stop.clone());
        let token = parent.api_token(&reqwest::Url::parse(&url).unwrap()).await.expect("token");
        load.push(tokio::spawn(async move {
            let mut answers = Vec::new();
            for i in 0.. {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let body =
                    json!({"first_name": format!("Last{p}x{i}"), "last_name": "Test", "birth_date": "2024-01-02"});
                let (status, body) =
                    parent.json_with_token(Method::POST, &url, body, &token).await.expect("the portal answers");
                answers.push((std::time::Instant::now(), status, body));
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            }
            answers
        }));
    }
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    let down_at = std::time::Instant::now();
    cluster.stop();
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    // A page meanwhile: the German error page, 503.
    let (status, html) = app.page("/rheine/suche").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{html}");
    assert!(html.contains("Datenbank nicht erreichbar"), "{html}");
    cluster.start();
    let up_at = std::time::Instant::now();
    // Until every parent has had a child stored again after the restart (the portal recovers by itself).
    for _ in 0..300 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        if app.page("/rheine/suche").await.0 == StatusCode::OK {
            break;
        }
    }
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    stop.store(true, Ordering::Relaxed);
    let mut stored = Vec::new();
    let (mut refused, mut after) = (0, vec![0; parents.len()]);
    for (p, task) in load.into_iter().enumerate() {
        for (at, status, body) in task.await.unwrap() {
            match status {
                StatusCode::CREATED => {
                    stored.push(body["id"].as_str().unwrap().to_owned());
                    after[p] += usize::from(at > up_at);
                }
                StatusCode::SERVICE_UNAVAILABLE => {
                    refused += 1;
                    assert!(at > down_at, "a 503 before the stop: {body}");
                    let message = body["error"]["message"].as_str().unwrap_or_default();
                    assert!(message.contains("Datenbank"), "{body}");
                }
                other => panic!("{other} during the restart: {body}"),
            }
        }
    }
    eprintln!(
        "restart under load: {} stored, {refused} answered 503, stored after the restart {after:?}",
        stored.len()
    );
    assert!(refused > 0, "the stop was noticed");
    assert!(after.iter().all(|n| *n > 0), "every parent was served again after the restart: {after:?}");
    let mut db = app.db().await;
    let kept: Vec<String> = sqlx::query_scalar("select id::text from t_rheine.children where first_name like 'Last%'")
        .fetch_all(&mut db)
        .await
        .unwrap();
    let lost: Vec<&String> = stored.iter().filter(|id| !kept.contains(id)).collect();
    assert!(lost.is_empty(), "children answered with 201 but not stored: {lost:?}");
    drop(db);
    app.cleanup().await;
}

/// `step serve` as its own process on `port`, on the test's database; returns once it is ready.
#[allow(clippy::zombie_processes)] // the caller kills and waits for it
async fn serve(app: &TestApp, port: u16) -> std::process::Child {
    let child = std::process::Command::new(step_e2e::step_binary())
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .current_dir(repo_root())
        .env("DATABASE_URL", &app.store_options.url)
        .env("STEP__AUTH__ISSUER", step_e2e::dev_idp())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..300 {
        if let Ok(res) = reqwest::get(format!("http://127.0.0.1:{port}/readyz")).await
            && res.status() == StatusCode::OK
        {
            return child;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let mut child = child;
    let _ = child.kill();
    let _ = child.wait();
    panic!("step serve did not become ready on port {port}");
}

/// What the database says about each test registration: (status, events "offered", messages,
/// e-mails), and the free places left.
async fn offer_traces(app: &TestApp) -> (Vec<(String, i64, i64, i64)>, i64) {
    let mut db = app.db().await;
    let rows = sqlx::query_as(
        "select r.status,
                (select count(*) from t_steinfurt.registration_events e where e.registration_id = r.id and e.status = 'offered'),
                (select count(*) from t_steinfurt.messages m where m.registration_id = r.id),
                (select count(*) from t_steinfurt.outbox o join t_steinfurt.messages m on m.id = o.message_id
                  where m.registration_id = r.id)
         from t_steinfurt.registrations r join t_steinfurt.children c on c.id = r.child_id
         where c.first_name = 'Batch' order by r.id",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    let free: i64 =
        sqlx::query_scalar("select sum(free_places)::bigint from t_steinfurt.places where facility_id = $1::uuid")
            .bind(crate::desk::SONNENSCHEIN)
            .fetch_one(&mut db)
            .await
            .unwrap();
    (rows, free)
}

/// The portal process is killed (SIGKILL) while a lead sends a batch of offers: each offer is all
/// or nothing (status, history, inbox message, e-mail and the place held, together), a restarted
/// portal serves the same session, and the rest of the batch goes through.
#[tokio::test]
async fn the_portal_killed_during_a_batch_of_offers_leaves_each_offer_whole_or_absent() {
    const CHILDREN: i64 = 120;
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    crate::desk::places(&app, CHILDREN as i16).await;
    let mut db = app.db().await;
    let start = crate::support::season();
    for sql in [
        "insert into t_steinfurt.families (first_name, last_name, street, postcode, city, phone, email)
         select 'Batch', 'Familie ' || g, 'Markt 1', '48565', 'Steinfurt', '0000 1', 'batch' || g || '@example.org'
         from generate_series(1, $1) g",
        "insert into t_steinfurt.children (family_id, first_name, last_name, birth_date)
         select id, 'Batch', last_name, $2 from t_steinfurt.families where email like 'batch%'",
        "insert into t_steinfurt.registrations (child_id, facility_id, start_date, hours, rank)
         select c.id, $3::uuid, $4, 35, 1 from t_steinfurt.children c where c.first_name = 'Batch'",
    ] {
        sqlx::query(sql)
            .bind(CHILDREN as i32)
            .bind(start - time::Duration::days(1300))
            .bind(crate::desk::SONNENSCHEIN)
            .bind(start)
            .execute(&mut db)
            .await
            .unwrap();
    }
    let ids: Vec<String> = sqlx::query_scalar(
        "select r.id::text from t_steinfurt.registrations r join t_steinfurt.children c on c.id = r.child_id
         where c.first_name = 'Batch' order by r.id",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    drop(db);

    let port = SmtpSink::free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut portal = serve(&app, port).await;
    let lead = Arc::new(step_e2e::browser_client::Browser::new());
    lead.sign_in(&format!("{base}/steinfurt/login"), &crate::desk::account("leitung.sonnenschein")).await;
    let token = lead.api_token(&reqwest::Url::parse(&base).unwrap()).await.expect("token");
    let answer_by = crate::desk::in_days(7);
    let offer = |id: String| {
        let (lead, token, url) =
            (lead.clone(), token.clone(), format!("{base}/api/v1/tenants/steinfurt/registrations/{id}/offer"));
        let body = json!({"answer_by": answer_by});
        // A connection cut by the kill: no answer (None).
        async move { lead.json_with_token(Method::POST, &url, body, &token).await.ok().map(|(status, _)| status) }
    };
    // Eight offers at a time; the process is killed once some have been answered.
    let answered = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut batch = tokio::task::JoinSet::new();
    let gate = Arc::new(tokio::sync::Semaphore::new(8));
    for id in ids.clone() {
        let (gate, answered, call) = (gate.clone(), answered.clone(), offer(id.clone()));
        batch.spawn(async move {
            let _permit = gate.acquire_owned().await.unwrap();
            let status = call.await;
            if status == Some(StatusCode::OK) {
                answered.fetch_add(1, Ordering::SeqCst);
            }
            (id, status)
        });
    }
    while answered.load(Ordering::SeqCst) < 10 {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    portal.kill().unwrap(); // SIGKILL
    portal.wait().unwrap();
    let mut confirmed = Vec::new();
    while let Some(done) = batch.join_next().await {
        let (id, status) = done.unwrap();
        if status == Some(StatusCode::OK) {
            confirmed.push(id);
        }
    }
    // PostgreSQL notices the lost connections and rolls back what was open; give it a moment.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let (traces, free) = offer_traces(&app).await;
    let offered = traces.iter().filter(|t| t.0 == "offered").count() as i64;
    assert!(offered < CHILDREN, "the kill came before the batch was done ({offered} offered)");
    assert!(offered >= confirmed.len() as i64, "every confirmed offer is stored");
    for (status, events, messages, mails) in &traces {
        let whole = (status.as_str(), *events, *messages, *mails);
        assert!(whole == ("offered", 1, 1, 1) || whole == ("registered", 0, 0, 0), "half an offer: {whole:?}");
    }
    assert_eq!(free, CHILDREN - offered, "each offer holds exactly one place");

    // A new process serves the same session; the rest of the batch goes through.
    let mut portal = serve(&app, port).await;
    for (id, (status, ..)) in ids.iter().zip(&traces) {
        if status == "registered" {
            assert_eq!(offer(id.clone()).await, Some(StatusCode::OK), "{id} after the restart");
        }
    }
    let (traces, free) = offer_traces(&app).await;
    assert!(traces.iter().all(|t| (t.0.as_str(), t.1, t.2, t.3) == ("offered", 1, 1, 1)), "{traces:?}");
    assert_eq!(free, 0);
    eprintln!("offers killed midway: {offered} of {CHILDREN} stored before the kill, {} confirmed", confirmed.len());
    portal.kill().unwrap();
    portal.wait().unwrap();
    app.cleanup().await;
}
