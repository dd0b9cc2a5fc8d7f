//! Shared steps of the registration and e-mail tests.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use step_domain::search::{format_date, next_kita_year_start};
use step_e2e::TestApp;
use step_e2e::browser_client::{Browser, parent};

pub fn season() -> time::Date {
    next_kita_year_start(time::OffsetDateTime::now_utc().date())
}

/// A signed-in parent with a family and one child born `age_days` before the season start.
pub async fn parent_with_child(app: &TestApp, n: usize, slug: &str, age_days: i64) -> (Browser, String) {
    let b = Browser::new();
    let (_, page) = b.sign_in(&format!("{}/{slug}/login", app.addr), &parent(n)).await;
    assert_eq!(page.status(), StatusCode::OK);
    let (status, _) = b
        .json(
            Method::PUT,
            &format!("{}/api/v1/tenants/{slug}/family", app.addr),
            Some(json!({"first_name": "Eva", "last_name": "Test", "street": "Markt 1", "postcode": "48431", "city": "Rheine",
                         "phone": "05971 1", "email": "eva@example.org"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let birth = season() - time::Duration::days(age_days);
    let (status, child) = b
        .json(
            Method::POST,
            &format!("{}/api/v1/tenants/{slug}/children", app.addr),
            Some(json!({"first_name": "Kind", "last_name": "Test", "birth_date": format_date(birth)})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{child}");
    (b, child["id"].as_str().unwrap().to_owned())
}

pub async fn register(
    app: &TestApp,
    b: &Browser,
    slug: &str,
    child: &str,
    facility: &str,
    hours: i64,
    start: &str,
) -> (StatusCode, Value) {
    b.json(
        Method::POST,
        &format!("{}/api/v1/tenants/{slug}/registrations", app.addr),
        Some(json!({"child_id": child, "facility_id": facility, "start": start, "hours": hours, "rank": 1})),
    )
    .await
}

pub async fn count_registrations(app: &TestApp, schema: &str) -> i64 {
    let mut db = app.db().await;
    sqlx::query_scalar(&format!("select count(*) from {schema}.registrations")).fetch_one(&mut db).await.unwrap()
}

/// Kitas of `slug` that take a child of about 3.5 years for 35 hours.
pub async fn kitas(app: &TestApp, slug: &str) -> Vec<String> {
    let birth = season() - time::Duration::days(1300);
    app.all_facilities(
        slug,
        &format!("kind=kita&hours=35&birth_date={}&start={}", format_date(birth), format_date(season())),
    )
    .await
    .iter()
    .map(|f| f["id"].as_str().unwrap().to_owned())
    .collect()
}
