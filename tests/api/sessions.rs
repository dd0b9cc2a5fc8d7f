//! Issue 19.3: sessions slide with use up to an absolute end, both from configuration; ended
//! sessions are deleted by the background job; two tabs writing one session lose nothing.

use std::time::Duration;

use reqwest::StatusCode;
use step_e2e::browser_client::{Browser, input_value, parent};
use step_e2e::{Seed, TestApp};

use crate::support::kitas;

/// (seconds to the idle end, seconds to the absolute end) of the browser's session, as stored.
async fn ends(app: &TestApp, b: &Browser) -> (f64, f64) {
    let id = b.cookie("127.0.0.1", "step_session").expect("a session");
    let mut db = app.db().await;
    sqlx::query_as(
        "select extract(epoch from expires_at - now())::float8, extract(epoch from ends_at - now())::float8
         from platform.sessions where id = $1",
    )
    .bind(id)
    .fetch_one(&mut db)
    .await
    .unwrap()
}

async fn set_ends(app: &TestApp, b: &Browser, idle_in: &str, absolute_in: &str) {
    let id = b.cookie("127.0.0.1", "step_session").unwrap();
    let mut db = app.db().await;
    sqlx::query(&format!(
        "update platform.sessions set expires_at = now() + interval '{idle_in}', ends_at = now() + interval '{absolute_in}' where id = $1"
    ))
    .bind(id)
    .execute(&mut db)
    .await
    .unwrap();
}

#[tokio::test]
async fn a_session_slides_with_use_until_its_absolute_end_and_the_job_deletes_it() {
    let app = TestApp::spawn_configured(Seed::Only(&["rheine"]), |c| {
        c.sessions.idle = Duration::from_secs(300);
        c.sessions.absolute = Duration::from_secs(3600);
    })
    .await;
    let b = Browser::new();
    b.sign_in(&format!("{}/rheine/login", app.addr), &parent(2)).await;
    let (idle, absolute) = ends(&app, &b).await;
    assert!((290.0..=300.0).contains(&idle), "idle end from the configuration: {idle}");
    assert!((3590.0..=3600.0).contains(&absolute), "absolute end from the configuration: {absolute}");

    // Used 10 s before its idle end, the session slides to another five minutes.
    set_ends(&app, &b, "10 seconds", "50 minutes").await;
    let page = b.get(&format!("{}/rheine/konto/familie", app.addr)).await;
    assert_eq!(page.status(), StatusCode::OK);
    let (idle, _) = ends(&app, &b).await;
    assert!(idle > 290.0, "the idle end slid with use: {idle}");

    // Near its absolute end it slides no further, and then it has ended: sign in again.
    set_ends(&app, &b, "2 seconds", "2 seconds").await;
    b.get(&format!("{}/rheine/konto/familie", app.addr)).await;
    let (idle, absolute) = ends(&app, &b).await;
    assert!(idle <= absolute + 0.01, "never past the absolute end: {idle} > {absolute}");
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let res = b.get(&format!("{}/rheine/konto/familie", app.addr)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "an ended session signs nobody in");
    assert!(res.headers()["location"].to_str().unwrap().starts_with("/rheine/login"));

    // An anonymous session (a selection, never signed in) that ended goes with it.
    let anonymous = Browser::new();
    let html = anonymous.get(&format!("{}/rheine/suche", app.addr)).await.text().await.unwrap();
    let token = input_value(&html, "csrf").unwrap();
    let kita = kitas(&app, "rheine").await.remove(0);
    let res = anonymous
        .post_form(
            &format!("{}/rheine/auswahl", app.addr),
            &[("csrf", &token), ("action", "add"), ("facility_id", &kita)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    set_ends(&app, &anonymous, "-1 second", "1 hour").await;
    let live_before: i64 = count_sessions(&app).await;
    let deleted = app.state.sweep_sessions().await;
    assert_eq!(deleted, 2, "the job deleted the ended signed-in and the ended anonymous session");
    assert_eq!(count_sessions(&app).await, live_before - 2);
    app.cleanup().await;
}

async fn count_sessions(app: &TestApp) -> i64 {
    let mut db = app.db().await;
    sqlx::query_scalar("select count(*) from platform.sessions").fetch_one(&mut db).await.unwrap()
}

#[tokio::test]
async fn two_tabs_changing_the_selection_at_once_keep_both_changes() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let b = Browser::new();
    b.sign_in(&format!("{}/rheine/login", app.addr), &parent(1)).await;
    let html = b.get(&format!("{}/rheine/suche", app.addr)).await.text().await.unwrap();
    let token = input_value(&html, "csrf").unwrap();
    let five: Vec<String> = kitas(&app, "rheine").await.into_iter().take(5).collect();
    let url = format!("{}/rheine/auswahl", app.addr);
    // Five tabs, each adding its Kita at the same moment (pages and API alike).
    let adds = five.iter().enumerate().map(|(i, kita)| {
        let (b, url, token, app) = (&b, url.clone(), token.clone(), &app);
        async move {
            if i % 2 == 0 {
                b.post_form(&url, &[("csrf", &token), ("action", "add"), ("facility_id", kita)]).await.status()
            } else {
                let api = format!("{}/api/v1/tenants/rheine/selection", app.addr);
                b.json(reqwest::Method::POST, &api, Some(serde_json::json!({"facility_id": kita}))).await.0
            }
        }
    });
    let statuses = futures_util::future::join_all(adds).await;
    assert!(statuses.iter().all(|s| *s == StatusCode::SEE_OTHER || *s == StatusCode::OK), "{statuses:?}");
    let (_, selection) =
        b.json(reqwest::Method::GET, &format!("{}/api/v1/tenants/rheine/selection", app.addr), None).await;
    let mut got: Vec<String> =
        selection["facility_ids"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect();
    got.sort();
    let mut want = five.clone();
    want.sort();
    assert_eq!(got, want, "every tab's Kita is in the selection");
    app.cleanup().await;
}

#[tokio::test]
async fn two_tabs_starting_sign_in_both_come_back_signed_in() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let b = Browser::new();
    let login = format!("{}/rheine/login", app.addr);
    let first = b.get(&login).await;
    let first_provider = first.headers()["location"].to_str().unwrap().to_owned();
    let second = b.get(&login).await;
    assert_ne!(second.headers()["location"].to_str().unwrap(), first_provider, "each tab its own state");
    // The first tab finishes signing in after the second tab started.
    let (form_url, form) = b.get_following(&first_provider).await;
    assert_eq!(form.status(), StatusCode::OK);
    let account = parent(0);
    let (final_url, page) =
        b.post_following(&form_url, &[("username", &account.username), ("password", &account.password)]).await;
    assert_eq!(page.status(), StatusCode::OK, "{final_url}");
    assert!(final_url.contains("/rheine/konto"), "{final_url}");
    let (_, me) = b.json(reqwest::Method::GET, &format!("{}/api/v1/session", app.addr), None).await;
    assert_eq!(me["signed_in"], true, "{me}");
    app.cleanup().await;
}
