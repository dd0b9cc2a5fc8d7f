//! Operators' metrics (issue 22): Prometheus text on a listener of its own, read after real
//! requests, with labels that stay bounded whatever the number of facilities and municipalities.

use reqwest::StatusCode;
use step_e2e::{Seed, TestApp};

use crate::support::{kitas, parent_with_child, register, season};

/// The value of the series `name{labels}` exactly as written (labels in the encoder's order).
fn value(text: &str, series: &str) -> Option<f64> {
    text.lines().find_map(|l| {
        l.strip_prefix(series).and_then(|rest| rest.strip_prefix(' ')).and_then(|v| v.trim().parse().ok())
    })
}

#[tokio::test]
async fn metrics_count_real_requests_by_route_pattern_on_their_own_listener() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let bound = step_portal::serve_metrics(app.state.clone(), "127.0.0.1:0").await.unwrap();
    // Every municipality's first marks settled: nothing is due.
    crate::due_work::run_jobs(&app).await;
    let scrape = || async {
        let res = app.client.get(format!("http://{bound}/metrics")).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("application/openmetrics-text"));
        res.text().await.unwrap()
    };

    // Every Kita page of Rheine: one route pattern, however many facilities.
    let ids = kitas(&app, "rheine").await;
    for id in &ids {
        let res = app.client.get(format!("{}/rheine/einrichtungen/{id}", app.addr)).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
    }
    let missing = app.client.get(format!("{}/rheine/gibt-es-nicht", app.addr)).send().await.unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    // The public listener does not show them.
    let public = app.client.get(format!("{}/metrics", app.addr)).send().await.unwrap();
    assert_eq!(public.status(), StatusCode::NOT_FOUND);
    // A registration leaves an e-mail due in Rheine.
    let (parent, child) = parent_with_child(&app, 0, "rheine", 1300).await;
    let start = step_domain::search::format_date(season());
    assert_eq!(register(&app, &parent, "rheine", &child, &ids[0], 35, &start).await.0, StatusCode::CREATED);

    let text = scrape().await;
    let pages =
        value(&text, r#"step_http_requests_total{method="GET",route="/{slug}/einrichtungen/{id}",status="2xx"}"#);
    assert_eq!(pages, Some(ids.len() as f64), "{text}");
    assert!(!text.contains(&ids[0]), "no facility id in a label");
    // A path outside the route table, and /metrics on the public listener (a municipality "metrics").
    assert_eq!(
        value(&text, r#"step_http_requests_total{method="GET",route="unmatched",status="4xx"}"#),
        Some(1.0),
        "{text}"
    );
    assert_eq!(
        value(&text, r#"step_http_requests_total{method="GET",route="/{slug}",status="4xx"}"#),
        Some(1.0),
        "{text}"
    );
    let count =
        value(&text, r#"step_http_request_duration_seconds_count{method="GET",route="/{slug}/einrichtungen/{id}"}"#);
    assert_eq!(count, Some(ids.len() as f64), "{text}");
    let max = app.store_options.max_connections as f64;
    assert_eq!(value(&text, r#"step_db_pool_connections{cluster="main",state="max"}"#), Some(max), "{text}");
    assert_eq!(value(&text, r#"step_work_due_municipalities{kind="mail"}"#), Some(1.0), "Rheine's e-mail: {text}");
    assert!(value(&text, r#"step_work_lag_seconds{kind="mail"}"#).is_some_and(|s| (0.0..60.0).contains(&s)), "{text}");
    assert_eq!(value(&text, "step_municipalities"), Some(24.0), "{text}");
    assert_eq!(value(&text, "step_municipalities_not_ready"), Some(0.0), "{text}");
    assert!(
        value(&text, r#"step_busiest_municipality_requests{tenant="rheine"}"#).is_some_and(|n| n > ids.len() as f64),
        "{text}"
    );
    assert!(text.contains(r#"step_busiest_municipality_requests{tenant="other"}"#), "{text}");
    assert!(text.ends_with("# EOF\n"), "{text}");

    // The e-mail sent: nothing due any more.
    let smtp = step_e2e::SmtpSink::start(step_e2e::SmtpSink::free_port());
    step_mail::deliver_once(&app.store, &app.tenants, &crate::mail::mailer(smtp.port), 100).await.unwrap();
    let text = scrape().await;
    assert_eq!(value(&text, r#"step_work_due_municipalities{kind="mail"}"#), Some(0.0), "{text}");
    app.cleanup().await;
}
