use reqwest::StatusCode;
use sqlx::Connection;
use step_e2e::{Seed, TestApp};

#[tokio::test]
async fn a_tenant_is_found_by_path_prefix_and_by_host_name() {
    let app = TestApp::spawn_with(Seed::Only(&["greven"])).await;
    let (status, by_path) = app.page("/greven/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(by_path.contains("<h1>Kita-Portal Greven</h1>"));
    assert!(by_path.contains("href=\"/greven/suche\""));

    let res = app.get_with_host("greven.step.localhost:8080", "/").await;
    assert_eq!(res.status(), StatusCode::OK);
    let by_host = res.text().await.unwrap();
    assert!(by_host.contains("<h1>Kita-Portal Greven</h1>"));
    assert!(by_host.contains("href=\"/suche\""), "links on the tenant's own host carry no prefix");

    let res = app.get_with_host("GREVEN.step.localhost", "/suche?kind=kita").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.text().await.unwrap().contains("Angebote gefunden"));

    // Shared paths stay shared on a tenant host.
    let res = app.get_with_host("greven.step.localhost", "/api/v1/tenants").await;
    assert_eq!(res.status(), StatusCode::OK);
    // The district list is reachable from a municipality's own host too.
    let landing = app.get_with_host("greven.step.localhost", "/gemeinden").await.text().await.unwrap();
    assert!(landing.contains("href=\"/rheine/\"") && landing.contains("href=\"/greven/\""));
    assert!(by_host.contains("href=\"/gemeinden\""));
    app.cleanup().await;
}

#[tokio::test]
async fn an_unknown_tenant_is_a_404_page_never_a_500() {
    let app = TestApp::spawn_with(Seed::None).await;
    for path in [
        "/nirgendwo/",
        "/nirgendwo/suche",
        "/nirgendwo/einrichtungen/00000000-0000-0000-0000-000000000000",
        "/%00/",
        "/t_rheine/",
    ] {
        let (status, html) = app.page(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(html.contains("Seite nicht gefunden"), "{path}: {html}");
    }
    let (status, body) = app.json("/api/v1/tenants/nirgendwo/facilities").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"]["code"], "not_found");
    // An unknown host falls back to the path form.
    let res = app.get_with_host("evil.example", "/rheine/").await;
    assert_eq!(res.status(), StatusCode::OK);
    app.cleanup().await;
}

#[tokio::test]
async fn a_facility_of_one_municipality_cannot_be_read_through_another() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine", "emsdetten"])).await;
    let rheine = app.all_facilities("rheine", "").await;
    let id = rheine[0]["id"].as_str().unwrap();
    let (status, _) = app.json(&format!("/api/v1/tenants/rheine/facilities/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = app.json(&format!("/api/v1/tenants/emsdetten/facilities/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    let (status, html) = app.page(&format!("/emsdetten/einrichtungen/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!html.contains(rheine[0]["name"].as_str().unwrap()));
    let res = app.get_with_host("emsdetten.step.localhost", &format!("/einrichtungen/{id}")).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    // And no search of Emsdetten ever returns a Rheine row.
    let ems = app.all_facilities("emsdetten", "").await;
    assert!(ems.iter().all(|f| f["address"]["city"] == "Emsdetten"));
    assert!(ems.iter().all(|f| rheine.iter().all(|r| r["id"] != f["id"])));
    app.cleanup().await;
}

#[tokio::test]
async fn no_tenant_setting_survives_on_a_pooled_connection() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine", "laer"])).await;
    let mut fresh = app.db().await;
    let default_path: String = sqlx::query_scalar("show search_path").fetch_one(&mut fresh).await.unwrap();
    fresh.close().await.unwrap();
    // Work for several tenants through the portal, then look at every connection of its pool.
    for slug in ["rheine", "laer", "rheine", "emsdetten"] {
        app.all_facilities(slug, "near=52.2,7.4&hours=35").await;
        app.page(&format!("/{slug}/suche?q=kita")).await;
    }
    let pool = app.store.raw_pool();
    let mut seen = 0;
    #[allow(clippy::disallowed_methods)] // the test inspects the pool directly on purpose
    let conns = {
        let mut v = Vec::new();
        for _ in 0..pool.size() {
            v.push(pool.acquire().await.unwrap());
        }
        v
    };
    for mut c in conns {
        let path: String = sqlx::query_scalar("show search_path").fetch_one(&mut *c).await.unwrap();
        assert_eq!(path, default_path);
        seen += 1;
    }
    assert!(seen > 0);
    // Migrations set search_path transaction-locally: after migrating, the pool is still clean.
    app.store.migrate_all(&app.tenants, 4, |_, _| {}).await.unwrap();
    #[allow(clippy::disallowed_methods)]
    let mut c = pool.acquire().await.unwrap();
    let path: String = sqlx::query_scalar("show search_path").fetch_one(&mut *c).await.unwrap();
    assert_eq!(path, default_path);
    drop(c);
    app.cleanup().await;
}

#[tokio::test]
async fn a_tenant_whose_schema_is_behind_answers_503_with_a_clear_page() {
    let app = TestApp::spawn_with(Seed::Only(&["laer", "metelen"])).await;
    let mut db = app.db().await;
    // Roll the platform's ledger back as if the binary were newer than the schema (the portal reads
    // every schema's version from it in one query, issue 22).
    sqlx::query("update platform.schema_versions set version = 3 where schema = 't_laer'")
        .execute(&mut db)
        .await
        .unwrap();
    app.state.refresh_status().await.unwrap();
    let (status, html) = app.page("/laer/suche").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(html.contains("Vorübergehend nicht verfügbar"), "{html}");
    assert!(html.contains("kita@laer.example"), "the page names whom to contact");
    let (status, body) = app.json("/api/v1/tenants/laer/facilities").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body["error"]["code"], "maintenance");
    let (status, body) = app.json("/readyz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body["tenants_behind"], serde_json::json!(["laer"]));
    // Other municipalities keep working.
    assert_eq!(app.page("/metelen/suche").await.0, StatusCode::OK);
    // `step migrate` writes the ledger again (nothing to apply): the portal serves it again.
    assert_eq!(app.store.migrate_tenant(&app.tenant("laer").schema).await.unwrap(), 0);
    app.state.refresh_status().await.unwrap();
    assert_eq!(app.page("/laer/suche").await.0, StatusCode::OK);
    app.cleanup().await;
}

#[tokio::test]
async fn migrating_twice_changes_nothing_and_seeding_twice_is_idempotent() {
    let app = TestApp::spawn_with(Seed::Only(&["hopsten"])).await;
    assert_eq!(app.store.migrate_all(&app.tenants, 4, |_, _| {}).await.unwrap(), 0);
    let before = app.all_facilities("hopsten", "").await;
    let t = app.tenant("hopsten");
    let season = step_domain::search::next_kita_year_start(time::OffsetDateTime::now_utc().date());
    app.store.tenant(&t.schema).seed(&step_domain::demo::generate(t, season)).await.unwrap();
    assert_eq!(app.all_facilities("hopsten", "").await, before);
    app.cleanup().await;
}

/// Issue 16.9: a family signed in at a second municipality takes over its profile and children when
/// it asks (registrations stay where they are); each account page links the other; bad sources,
/// someone else's family and a second copy change nothing; deleting the family here drops the link.
#[tokio::test]
async fn a_family_takes_its_profile_to_a_second_municipality_only_when_it_asks() {
    use reqwest::Method;
    let app = TestApp::spawn_with(Seed::Only(&["rheine", "ochtrup"])).await;
    let (b, child) = crate::support::parent_with_child(&app, 0, "rheine", 1300).await;
    let kita = crate::support::kitas(&app, "rheine").await.remove(0);
    let start = step_domain::search::format_date(crate::support::season());
    assert_eq!(crate::support::register(&app, &b, "rheine", &child, &kita, 35, &start).await.0, StatusCode::CREATED);
    let count = |table: &'static str| {
        let app = &app;
        async move {
            let mut db = app.db().await;
            sqlx::query_scalar::<_, i64>(&format!("select count(*) from t_ochtrup.{table}"))
                .fetch_one(&mut db)
                .await
                .unwrap()
        }
    };

    // At Ochtrup nothing is copied by itself; the family form offers it.
    let html = b.get(&format!("{}/ochtrup/konto/familie", app.addr)).await.text().await.unwrap();
    assert!(html.contains("Familiendaten übernehmen?") && html.contains("Aus Rheine übernehmen"), "{html}");
    assert_eq!(count("families").await, 0, "nothing copied by itself");
    let (s, list) = b.json(Method::GET, &format!("{}/api/v1/tenants/ochtrup/family/elsewhere", app.addr), None).await;
    assert_eq!((s, list), (StatusCode::OK, serde_json::json!([{"slug": "rheine", "name": "Rheine"}])));

    let csrf = b.cookie("127.0.0.1", "step_csrf").unwrap();
    let copy = format!("{}/ochtrup/konto/familie/uebernehmen", app.addr);
    for from in ["ochtrup", "steinfurt", "", "../rheine"] {
        let res = b.post_form(&copy, &[("csrf", &csrf), ("von", from)]).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{from:?}");
        assert!(res.text().await.unwrap().contains("Aus dieser Gemeinde können wir keine Familiendaten übernehmen"));
    }
    // Another parent has no family in Rheine: refused, nothing written.
    let (other, _) = crate::support::parent_with_child(&app, 1, "ochtrup", 1300).await;
    let (s, _) = other
        .json(
            Method::POST,
            &format!("{}/api/v1/tenants/ochtrup/family/copy", app.addr),
            Some(serde_json::json!({"from": "rheine"})),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "no family of that account in Rheine");
    assert_eq!(count("families").await, 1, "only the other parent's own");

    let res = b.post_form(&copy, &[("csrf", &csrf), ("von", "rheine")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/ochtrup/konto?hinweis=family-copied");
    assert_eq!((count("families").await, count("children").await, count("registrations").await), (2, 2, 0));
    let account = b.get(&format!("{}/ochtrup/konto?hinweis=family-copied", app.addr)).await.text().await.unwrap();
    assert!(account.contains("Ihre Familiendaten und Kinder sind übernommen"), "{account}");
    assert!(account.contains("href=\"/rheine/konto\">Mein Konto in Rheine</a>"), "{account}");
    let rheine = b.get(&format!("{}/rheine/konto", app.addr)).await.text().await.unwrap();
    assert!(rheine.contains("href=\"/ochtrup/konto\">Mein Konto in Ochtrup</a>"), "{rheine}");
    let res = b.post_form(&copy, &[("csrf", &csrf), ("von", "rheine")]).await;
    assert_eq!(res.status(), StatusCode::CONFLICT, "a family here is never overwritten");
    assert_eq!(count("children").await, 2);

    // The family deletes its data in Ochtrup: Rheine no longer links there.
    let (s, _) = b.json(Method::DELETE, &format!("{}/api/v1/tenants/ochtrup/family", app.addr), None).await;
    assert_eq!(s, StatusCode::OK);
    let rheine = b.get(&format!("{}/rheine/konto", app.addr)).await.text().await.unwrap();
    assert!(!rheine.contains("Mein Konto in Ochtrup"), "{rheine}");
    app.cleanup().await;
}

/// Issue 19.10: signing out never sends the browser (through the provider) to a host that only a
/// forged Host header named; the session still ends.
#[tokio::test]
async fn signing_out_under_a_forged_host_goes_home_here_not_to_that_host() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let (mut b, _) = crate::support::parent_with_child(&app, 0, "rheine", 1300).await;
    let html = b.get(&format!("{}/rheine/konto", app.addr)).await.text().await.unwrap();
    let csrf = step_e2e::browser_client::input_value(&html, "csrf").unwrap();
    let port_host = app.addr.trim_start_matches("http://").to_owned();
    b.host_override = Some((port_host, "evil.example".into()));
    let res = b.post_form(&format!("{}/rheine/logout", app.addr), &[("csrf", &csrf)]).await;
    assert_eq!(res.status(), reqwest::StatusCode::SEE_OTHER);
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(to, "/rheine/?hinweis=abgemeldet", "home on this portal, the provider not asked");
    b.host_override = None;
    let (status, _) =
        b.json(reqwest::Method::GET, &format!("{}/api/v1/tenants/rheine/registrations", app.addr), None).await;
    assert_eq!(status, reqwest::StatusCode::UNAUTHORIZED, "the session ended");
    app.cleanup().await;
}

/// Issue 19.10: `127.0.0.1` and `localhost` count as this portal's host only where configured
/// (development); in production (the Helm chart sets `auth.loopback_hosts = false`) a Host header
/// naming them starts no sign-in, while the municipality's own host still does.
#[tokio::test]
async fn loopback_hosts_start_a_sign_in_only_where_configured() {
    let app = TestApp::spawn_configured(Seed::Only(&["rheine"]), |c| c.loopback_hosts = false).await;
    for host in ["127.0.0.1", "localhost:8080"] {
        let res = app.get_with_host(host, "/rheine/login").await;
        assert_eq!(res.status(), reqwest::StatusCode::NOT_FOUND, "{host}: no sign-in under a loopback host");
    }
    let res = app.get_with_host("rheine.step.localhost", "/login").await;
    assert_eq!(res.status(), reqwest::StatusCode::SEE_OTHER);
    let to = res.headers()["location"].to_str().unwrap();
    assert!(to.contains("redirect_uri=http%3A%2F%2Frheine.step.localhost%2Fauth%2Fcallback"), "{to}");
    app.cleanup().await;

    let dev = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let res = dev.get("/rheine/login").await;
    assert_eq!(res.status(), reqwest::StatusCode::SEE_OTHER, "the dev profile signs in on 127.0.0.1");
    dev.cleanup().await;
}
