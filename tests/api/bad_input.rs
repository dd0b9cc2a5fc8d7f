//! Bad input on every search parameter: a 400 with a German message naming the field, never a 500,
//! and nothing in the database changes.

use reqwest::StatusCode;
use step_e2e::{Seed, TestApp};

/// A fingerprint of everything in the tenant schemas and the platform schema.
async fn fingerprint(app: &TestApp) -> String {
    let mut db = app.db().await;
    let mut parts = Vec::new();
    for t in app.tenants.iter() {
        for table in ["facilities", "admission_criteria", "places", "streets", "_migrations"] {
            let q = format!(
                "select coalesce(md5(string_agg(x::text, '|' order by x::text)), '') from {}.{table} x",
                t.schema
            );
            parts.push(sqlx::query_scalar::<_, String>(&q).fetch_one(&mut db).await.unwrap());
        }
    }
    let platform: String = sqlx::query_scalar(
        "select coalesce(md5(string_agg(x::text, '|' order by x::text)), '') from platform.tenants x",
    )
    .fetch_one(&mut db)
    .await
    .unwrap();
    parts.push(platform);
    parts.join(",")
}

const CASES: &[(&str, &str)] = &[
    ("kind=school", "kind"),
    ("kind=KITA", "kind"),
    ("start=2026-02-30", "start"),
    ("start=01/08/2027", "start"),
    ("start=2001-08-01", "start"),
    ("start=99999-01-01", "start"),
    ("start=2099-08-01", "start"),
    ("birth_date=yesterday", "birth_date"),
    ("birth_date=1990-01-01", "birth_date"),
    ("birth_date=2099-01-01", "birth_date"),
    ("hours=abc", "hours"),
    ("hours=-1", "hours"),
    ("hours=3.5", "hours"),
    ("hours=0", "hours"),
    ("hours=99999999999999999999999999", "hours"),
    ("kind=kita&hours=30", "hours"),
    ("near=abc", "near"),
    ("near=52.1", "near"),
    ("near=91,7", "near"),
    ("near=52,7&radius_km=-3", "radius_km"),
    ("near=52,7&radius_km=1e308", "radius_km"),
    ("near=52,7&radius_km=NaN", "radius_km"),
    ("radius_km=5", "radius_km"),
    ("free_only=maybe", "free_only"),
    ("sort=price", "sort"),
    ("sort=distance", "sort"),
    ("page=0", "page"),
    ("page=x", "page"),
    ("page=100000", "page"),
    ("per_page=0", "per_page"),
    ("per_page=1000", "per_page"),
    ("per_page=1%3B%20drop%20table%20facilities", "per_page"),
    ("kind=kita%27%3B%20drop%20schema%20t_rheine%20cascade%3B--", "kind"),
    ("q=%00", "q"),
    ("kind=kita&kind=ktp", "query"),
];

#[tokio::test]
async fn every_bad_parameter_gets_a_400_naming_the_field_and_changes_nothing() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let before = fingerprint(&app).await;
    for (query, field) in CASES {
        let (status, body) = app.json(&format!("/api/v1/tenants/rheine/facilities?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}: {body}");
        assert_eq!(body["error"]["code"], "bad_request", "{query}");
        assert_eq!(body["error"]["field"], *field, "{query}: {body}");
        let message = body["error"]["message"].as_str().unwrap();
        assert!(!message.contains('[') && message.len() > 20, "{query}: a German sentence, got {message}");
    }
    let long = "k".repeat(5000);
    let (status, body) = app.json(&format!("/api/v1/tenants/rheine/facilities?q={long}")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["field"], "q");
    // Injection text in the free-text search is just text.
    let (status, body) =
        app.json("/api/v1/tenants/rheine/facilities?q=%27%3B%20drop%20table%20t_rheine.facilities%3B--").await;
    assert_eq!((status, body["total"].as_i64()), (StatusCode::OK, Some(0)));
    assert_eq!(fingerprint(&app).await, before, "bad input changed the database");
    app.cleanup().await;
}

#[tokio::test]
async fn the_search_page_shows_bad_input_next_to_the_field_and_keeps_what_was_typed() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let (status, html) = app.page("/rheine/suche?start=2001-08-01&q=Sonnenschein").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("role=\"alert\""));
    assert!(
        html.contains("Gewünschter Betreuungsbeginn: Der Betreuungsbeginn darf nicht in der Vergangenheit liegen."),
        "{html}"
    );
    assert!(html.contains("value=\"2001-08-01\""));
    assert!(html.contains("value=\"Sonnenschein\""));
    assert!(html.contains("aria-invalid=\"true\""));

    // An unknown place is no error: the results come without a location, and the page says so.
    let (status, html) = app.page("/rheine/suche?near=Nirgendwostra%C3%9Fe").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Eine Straße „Nirgendwostraße“ haben wir in Rheine nicht gefunden"), "{html}");
    assert!(html.contains("value=\"Nirgendwostraße\""), "what was typed stays in the form");

    let (status, html) = app.page("/rheine/einrichtungen/not-a-uuid").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Seite nicht gefunden"));
    let (status, _) = app.json("/api/v1/tenants/rheine/facilities/not-a-uuid").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    app.cleanup().await;
}
