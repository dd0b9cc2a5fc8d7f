//! Bad input and abuse around registrations and sign-in. Each gets a clear answer and changes nothing.

use reqwest::{Method, StatusCode};
use serde_json::json;
use step_domain::search::format_date;
use step_e2e::browser_client::{Browser, parent};
use step_e2e::{Seed, TestApp};

use crate::support::{count_registrations, kitas, parent_with_child, register, season};

#[tokio::test]
async fn a_sixth_registration_is_refused_and_twenty_concurrent_ones_store_at_most_five() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let ids = kitas(&app, "rheine").await;
    assert!(ids.len() >= 26);
    let start = format_date(season());
    let (b, child) = parent_with_child(&app, 0, "rheine", 1300).await;
    for id in &ids[..5] {
        let (status, body) = register(&app, &b, "rheine", &child, id, 35, &start).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    let (status, body) = register(&app, &b, "rheine", &child, &ids[5], 35, &start).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body["error"]["message"].as_str().unwrap().contains("höchstmöglichen Zahl"), "{body}");
    assert_eq!(count_registrations(&app, "t_rheine").await, 5);

    // Another child of another family: 20 registrations fired at once.
    let (b2, child2) = parent_with_child(&app, 1, "rheine", 1300).await;
    let b2 = std::sync::Arc::new(b2);
    let mut tasks = Vec::new();
    for id in &ids[6..26] {
        let (b2, child2, start, addr, id) = (b2.clone(), child2.clone(), start.clone(), app.addr.clone(), id.clone());
        tasks.push(tokio::spawn(async move {
            b2.json(
                Method::POST,
                &format!("{addr}/api/v1/tenants/rheine/registrations"),
                Some(json!({"child_id": child2, "facility_id": id, "start": start, "hours": 35, "rank": 1})),
            )
            .await
            .0
        }));
    }
    let mut created = 0;
    for t in tasks {
        match t.await.unwrap() {
            StatusCode::CREATED => created += 1,
            StatusCode::CONFLICT => {}
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(created, 5);
    assert_eq!(count_registrations(&app, "t_rheine").await, 10);
    app.cleanup().await;
}

#[tokio::test]
async fn duplicates_past_starts_wrong_hours_and_wrong_ages_are_refused() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let ids = kitas(&app, "rheine").await;
    let start = format_date(season());
    let (b, child) = parent_with_child(&app, 0, "rheine", 1300).await;
    assert_eq!(register(&app, &b, "rheine", &child, &ids[0], 35, &start).await.0, StatusCode::CREATED);
    let before = count_registrations(&app, "t_rheine").await;

    let (status, body) = register(&app, &b, "rheine", &child, &ids[0], 35, &start).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body["error"]["message"].as_str().unwrap().contains("bereits vorgemerkt"));

    let (status, body) = register(&app, &b, "rheine", &child, &ids[1], 35, "2020-08-01").await;
    assert_eq!((status, body["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("start")));

    let (status, body) = register(&app, &b, "rheine", &child, &ids[1], 30, &start).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body["error"]["message"].as_str().unwrap().contains("Betreuungsumfang"), "{body}");

    // A baby of two months at the start cannot go to a Kita that takes children from two years.
    let mut db = app.db().await;
    let two_plus: String = sqlx::query_scalar(
        "select id::text from t_rheine.facilities where kind = 'kita' and age_min_months >= 24 limit 1",
    )
    .fetch_one(&mut db)
    .await
    .unwrap();
    let baby = b
        .json(
            Method::POST,
            &format!("{}/api/v1/tenants/rheine/children", app.addr),
            Some(json!({"first_name": "Baby", "last_name": "Test", "expected_birth_date": format_date(time::OffsetDateTime::now_utc().date() + time::Duration::days(30))})),
        )
        .await
        .1;
    let (status, body) = register(&app, &b, "rheine", baby["id"].as_str().unwrap(), &two_plus, 35, &start).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body["error"]["message"].as_str().unwrap().contains("Alter"), "{body}");

    for bad in [
        json!({"child_id": "x"}),
        json!({"child_id": child, "facility_id": ids[1], "start": start, "hours": "viele", "rank": 1}),
        json!([1, 2]),
    ] {
        let (status, _) =
            b.json(Method::POST, &format!("{}/api/v1/tenants/rheine/registrations", app.addr), Some(bad)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
    assert_eq!(count_registrations(&app, "t_rheine").await, before, "nothing was written");
    app.cleanup().await;
}

#[tokio::test]
async fn other_families_and_other_municipalities_ids_are_404() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine", "emsdetten"])).await;
    let start = format_date(season());
    let ids = kitas(&app, "rheine").await;
    let (alice, alice_child) = parent_with_child(&app, 0, "rheine", 1300).await;
    let (_, body) = register(&app, &alice, "rheine", &alice_child, &ids[0], 35, &start).await;
    let alice_reg = body["id"].as_str().unwrap().to_owned();
    let (bob, bob_child) = parent_with_child(&app, 1, "rheine", 1300).await;

    // Bob uses Alice's child and Alice's registration.
    assert_eq!(register(&app, &bob, "rheine", &alice_child, &ids[1], 35, &start).await.0, StatusCode::NOT_FOUND);
    let (status, _) = bob
        .json(Method::POST, &format!("{}/api/v1/tenants/rheine/registrations/{alice_reg}/withdraw", app.addr), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let res = bob.get(&format!("{}/rheine/konto/vormerkungen/{alice_reg}/zurueckziehen", app.addr)).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let (_, bob_regs) = bob.json(Method::GET, &format!("{}/api/v1/tenants/rheine/registrations", app.addr), None).await;
    assert_eq!(bob_regs, json!([]), "Bob sees nothing of Alice's family");
    let (_, bob_kids) = bob.json(Method::GET, &format!("{}/api/v1/tenants/rheine/children", app.addr), None).await;
    assert_eq!(bob_kids.as_array().unwrap().len(), 1);
    assert_eq!(bob_kids[0]["id"], bob_child);

    // Alice's registration id through another municipality.
    let ems = Browser::new();
    let (_, _) = ems.sign_in(&format!("{}/emsdetten/login", app.addr), &parent(0)).await;
    let (status, _) = ems
        .json(Method::POST, &format!("{}/api/v1/tenants/emsdetten/registrations/{alice_reg}/withdraw", app.addr), None)
        .await;
    assert!(status == StatusCode::NOT_FOUND || status == StatusCode::CONFLICT, "no family in Emsdetten yet: {status}");
    let (status, _) = alice
        .json(Method::POST, &format!("{}/api/v1/tenants/emsdetten/registrations/{alice_reg}/withdraw", app.addr), None)
        .await;
    assert!(status == StatusCode::NOT_FOUND || status == StatusCode::CONFLICT);
    let (status, regs) =
        alice.json(Method::GET, &format!("{}/api/v1/tenants/rheine/registrations", app.addr), None).await;
    assert_eq!((status, regs[0]["status"].as_str()), (StatusCode::OK, Some("registered")), "still registered");
    app.cleanup().await;
}

#[tokio::test]
async fn forms_without_the_csrf_token_are_refused_and_change_nothing() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let ids = kitas(&app, "rheine").await;
    let b = Browser::new();
    b.get(&format!("{}/rheine/suche", app.addr)).await;
    for fields in [
        vec![("action", "add"), ("facility_id", ids[0].as_str())],
        vec![("csrf", "0".repeat(64).leak() as &str), ("action", "add"), ("facility_id", ids[0].as_str())],
    ] {
        let res = b.post_form(&format!("{}/rheine/auswahl", app.addr), &fields).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        assert!(res.text().await.unwrap().contains("Formular abgelaufen"));
    }
    assert!(b.cookie("127.0.0.1", "step_session").is_none(), "no session was created");
    let mut db = app.db().await;
    let sessions: i64 = sqlx::query_scalar("select count(*) from platform.sessions").fetch_one(&mut db).await.unwrap();
    assert_eq!(sessions, 0);
    app.cleanup().await;
}

#[tokio::test]
async fn registering_before_signing_in_leads_to_sign_in_and_back_to_the_selection() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let b = Browser::new();
    b.get(&format!("{}/rheine/suche", app.addr)).await;
    let csrf = b.cookie("127.0.0.1", "step_csrf").unwrap();
    let res = b.post_form(&format!("{}/rheine/vormerken", app.addr), &[("csrf", &csrf), ("child_id", "x")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(to, "/rheine/login?return_to=/rheine/auswahl", "never back to the form's POST address");
    app.cleanup().await;
}

#[tokio::test]
async fn a_sixth_selection_gets_a_clear_message() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let ids = kitas(&app, "rheine").await;
    let b = Browser::new();
    b.get(&format!("{}/rheine/suche", app.addr)).await;
    let csrf = b.cookie("127.0.0.1", "step_csrf").unwrap();
    for (i, id) in ids[..6].iter().enumerate() {
        let (url, page) = b
            .post_following(
                &format!("{}/rheine/auswahl", app.addr),
                &[("csrf", &csrf), ("action", "add"), ("facility_id", id)],
            )
            .await;
        let html = page.text().await.unwrap();
        if i < 5 {
            assert!(url.ends_with("hinweis=added"));
        } else {
            assert!(url.ends_with("hinweis=full"));
            assert!(html.contains("höchstmögliche Zahl von Angeboten ausgewählt"));
            assert!(html.contains("Meine Auswahl (5)"));
        }
    }
    // A facility of another municipality cannot be selected here.
    let res = b
        .post_form(
            &format!("{}/emsdetten/auswahl", app.addr),
            &[("csrf", &csrf), ("action", "add"), ("facility_id", &ids[0])],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    app.cleanup().await;
}

#[tokio::test]
async fn tampered_state_or_nonce_and_foreign_return_urls_never_sign_anyone_in() {
    let app = TestApp::spawn_with(Seed::None).await;
    // Tampered state: the callback's state is not the one this browser's session started.
    let b = Browser::new();
    let (form_url, form) = b.get_following(&format!("{}/rheine/login", app.addr)).await;
    assert_eq!(form.status(), StatusCode::OK);
    let res = b.post_form(&form_url, &[("username", &parent(0).username), ("password", &parent(0).password)]).await;
    let (callback, _) = {
        let mut url = reqwest::Url::parse(&form_url).unwrap();
        let mut res = res;
        loop {
            let loc = res.headers()["location"].to_str().unwrap().to_owned();
            url = url.join(&loc).unwrap();
            if url.path() == "/auth/callback" {
                break (url, res);
            }
            res = b.get(url.as_str()).await;
        }
    };
    let tampered = callback.as_str().replace("state=", "state=x");
    let res = b.get(&tampered).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.text().await.unwrap().contains("Anmeldung fehlgeschlagen"));
    let (status, _) = b.json(Method::GET, &format!("{}/api/v1/tenants/rheine/children", app.addr), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // Tampered nonce: the ID token's nonce no longer matches what the session expects.
    let b = Browser::new();
    let (form_url, _) = b.get_following(&format!("{}/rheine/login", app.addr)).await;
    let mut db = app.db().await;
    sqlx::query("update platform.sessions set data = jsonb_set(data, '{logins,0,nonce}', '\"forged\"')")
        .execute(&mut db)
        .await
        .unwrap();
    let (_, page) =
        b.post_following(&form_url, &[("username", &parent(0).username), ("password", &parent(0).password)]).await;
    assert_eq!(page.status(), StatusCode::BAD_REQUEST);
    assert!(page.text().await.unwrap().contains("Anmeldung fehlgeschlagen"));
    let accounts: i64 = sqlx::query_scalar("select count(*) from platform.sessions where account_id is not null")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(accounts, 0, "no signed-in session exists");

    // Foreign return_to values fall back to the account page.
    for foreign in ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"] {
        let b = Browser::new();
        let (url, _) = b
            .sign_in(
                &format!("{}/rheine/login?return_to={}", app.addr, step_e2e::browser_client::urlencode(foreign)),
                &parent(0),
            )
            .await;
        assert!(url.starts_with(&app.addr), "{foreign} led to {url}");
        assert!(url.contains("/rheine/konto"), "{foreign} led to {url}");
    }

    // Cancelling at the provider shows a clear page.
    let b = Browser::new();
    let (form_url, _) = b.get_following(&format!("{}/rheine/login", app.addr)).await;
    let (_, page) = b.post_following(&format!("{form_url}/abort"), &[]).await;
    assert_eq!(page.status(), StatusCode::BAD_REQUEST);
    assert!(page.text().await.unwrap().contains("Anmeldung abgebrochen"));
    app.cleanup().await;
}

#[tokio::test]
async fn the_account_api_needs_a_session_and_json() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let anon = Browser::new();
    for (method, path) in [
        (Method::GET, "family"),
        (Method::GET, "children"),
        (Method::GET, "selection"),
        (Method::GET, "registrations"),
        (Method::GET, "inbox"),
    ] {
        let (status, body) = anon.json(method, &format!("{}/api/v1/tenants/rheine/{path}", app.addr), None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(body["error"]["code"], "unauthorized");
    }
    let (b, _) = parent_with_child(&app, 0, "rheine", 1300).await;
    let res = b.post_form(&format!("{}/api/v1/tenants/rheine/children", app.addr), &[("first_name", "X")]).await;
    assert_eq!(res.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let (status, body) = b
        .json(Method::PUT, &format!("{}/api/v1/tenants/rheine/family", app.addr), Some(json!({"first_name": "", "last_name": "x", "street": "s", "postcode": "1", "city": "c", "phone": "1", "email": "e"})))
        .await;
    assert_eq!((status, body["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("postcode")));
    let (_, family) = b.json(Method::GET, &format!("{}/api/v1/tenants/rheine/family", app.addr), None).await;
    assert_eq!(family["first_name"], "Eva", "the bad update changed nothing");
    app.cleanup().await;
}

/// The account page reads its session together with the family's overview in one statement (the
/// municipality's schema is beside the platform's): whoever has no live signed-in session is sent to
/// sign in, a parent without a family here to the family form, and only the own family is shown.
#[tokio::test]
async fn the_account_page_reads_session_and_family_together_and_shows_only_the_own() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine", "emsdetten"])).await;
    let (alice, child) = parent_with_child(&app, 0, "rheine", 1300).await;
    let kita = kitas(&app, "rheine").await[0].clone();
    let (status, body) = register(&app, &alice, "rheine", &child, &kita, 35, &format_date(season())).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let registration = body["id"].as_str().unwrap().to_owned();
    let alice_session = alice.cookie("127.0.0.1", "step_session").unwrap();
    let page = |cookie: Option<String>| {
        let mut req = app.client.get(format!("{}/rheine/konto", app.addr));
        if let Some(c) = cookie {
            req = req.header("cookie", format!("step_session={c}"));
        }
        req.send()
    };

    let res = page(Some(alice_session.clone())).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains(&registration), "Alice sees her registration");
    assert!(html.contains("Abmelden"), "and is shown as signed in");

    // No cookie, a malformed id, an unknown id, an anonymous session with a selection, and Alice's
    // session once expired: each goes to sign-in and back here.
    let mut db = app.db().await;
    let anonymous = anonymous_session(&mut db, "a").await;
    for cookie in [None, Some("x' or 1=1 --".to_owned()), Some("0".repeat(64)), Some(anonymous)] {
        let res = page(cookie.clone()).await.unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{cookie:?}");
        assert_eq!(res.headers()["location"], "/rheine/login?return_to=/rheine/konto", "{cookie:?}");
    }
    expire_in(&mut db, &alice_session, -1).await;
    let res = page(Some(alice_session.clone())).await.unwrap();
    assert_eq!(res.headers()["location"], "/rheine/login?return_to=/rheine/konto", "an expired session signs in again");
    expire_in(&mut db, &alice_session, 3600).await;

    // Bob has a family of his own: he sees it, not Alice's registration.
    let (bob, _) = parent_with_child(&app, 1, "rheine", 1300).await;
    let bob_page = page(bob.cookie("127.0.0.1", "step_session")).await.unwrap().text().await.unwrap();
    assert!(bob_page.contains("Mein Konto") && !bob_page.contains(&registration), "Bob sees only his own family");
    // Alice in a municipality where she has no family yet completes her profile first.
    let res = app
        .client
        .get(format!("{}/emsdetten/konto", app.addr))
        .header("cookie", format!("step_session={alice_session}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/emsdetten/konto/familie");
    app.cleanup().await;
}

/// A registration reads its session inside the registering statement (the municipality is beside
/// the platform): without a live signed-in session the answer is 401, before anything about the
/// body or the child; another family's child is 404; nothing is stored by any of them.
#[tokio::test]
async fn a_registration_is_written_only_for_a_live_session_of_the_childs_family() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let (alice, child) = parent_with_child(&app, 0, "rheine", 1300).await;
    let (bob, _) = parent_with_child(&app, 1, "rheine", 1300).await;
    let kita = kitas(&app, "rheine").await[0].clone();
    let good = json!({"child_id": child, "facility_id": kita, "start": format_date(season()), "hours": 35, "rank": 1});
    let bad = json!({"child_id": child, "facility_id": kita, "start": format_date(season()), "hours": 35, "rank": 99});
    let alice_session = alice.cookie("127.0.0.1", "step_session").unwrap();
    let mut db = app.db().await;
    let anonymous = anonymous_session(&mut db, "e").await;
    for cookie in [None, Some("x' or 1=1 --".to_owned()), Some("0".repeat(64)), Some(anonymous)] {
        for body in [&good, &bad] {
            let res = post_registration(&app, cookie.clone(), body).await;
            assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{cookie:?} {body}");
            let json: serde_json::Value = res.json().await.unwrap();
            assert_eq!(json["error"]["code"], "unauthorized");
        }
    }
    expire_in(&mut db, &alice_session, -1).await;
    assert_eq!(
        post_registration(&app, Some(alice_session.clone()), &good).await.status(),
        StatusCode::UNAUTHORIZED,
        "expired"
    );
    expire_in(&mut db, &alice_session, 3600).await;
    // Bob's live session with Alice's child: 404, as for any id that is not his.
    let res = post_registration(&app, bob.cookie("127.0.0.1", "step_session"), &good).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(count_registrations(&app, "t_rheine").await, 0, "nothing was stored");
    // Alice: a bad body is her 400 with the field, then the good one is stored.
    let res = post_registration(&app, Some(alice_session.clone()), &bad).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["error"]["field"], "rank");
    let res = post_registration(&app, Some(alice_session), &good).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(count_registrations(&app, "t_rheine").await, 1);
    app.cleanup().await;
}

/// A registration as a client of the session `cookie` sends it: with the token its browser holds
/// (issue 19.1: the session's own where the row exists, else a token of the browser's own).
async fn post_registration(app: &TestApp, cookie: Option<String>, body: &serde_json::Value) -> reqwest::Response {
    let mut db = app.db().await;
    let stored: Option<String> = match &cookie {
        Some(c) => sqlx::query_scalar("select csrf_token from platform.sessions where id = $1")
            .bind(c)
            .fetch_optional(&mut db)
            .await
            .unwrap(),
        None => None,
    };
    let token = stored.unwrap_or_else(|| "b".repeat(64));
    let cookies = match cookie {
        Some(c) => format!("step_csrf={token}; step_session={c}"),
        None => format!("step_csrf={token}"),
    };
    app.client
        .post(format!("{}/api/v1/tenants/rheine/registrations", app.addr))
        .json(body)
        .header("x-csrf-token", &token)
        .header("cookie", cookies)
        .send()
        .await
        .unwrap()
}

/// A live session without an account (a parent who selected but did not sign in), made from `seed`.
async fn anonymous_session(db: &mut sqlx::PgConnection, seed: &str) -> String {
    sqlx::query_scalar(
        "insert into platform.sessions (id, csrf_token, data, expires_at, ends_at)
         values (md5($1) || md5($1 || 'x'), md5($1 || 'c') || md5($1 || 'd'), '{}', now() + interval '1 hour',
                 now() + interval '12 hours') returning id",
    )
    .bind(seed)
    .fetch_one(db)
    .await
    .unwrap()
}

/// Moves a session's expiry `seconds` from now (negative: expired).
async fn expire_in(db: &mut sqlx::PgConnection, session: &str, seconds: i32) {
    sqlx::query("update platform.sessions set expires_at = now() + make_interval(secs => $2) where id = $1")
        .bind(session)
        .bind(f64::from(seconds))
        .execute(db)
        .await
        .unwrap();
}
