//! Issue 19.6: deleting a family's data deletes every copy of it. After the deletion, no table of
//! the municipality's schema or of the platform holds the family's name, e-mail address or the
//! child's name, beyond what the retention rules keep (docs/operations.md, "Deleting a family").

use reqwest::{Method, StatusCode};
use serde_json::json;
use step_e2e::browser_client::{Browser, parent};
use step_e2e::{Seed, TestApp};

use crate::support::{kitas, register, season};

/// Every row of every table (tenant schema and platform) whose text holds one of `needles`.
async fn rows_naming(app: &TestApp, needles: &[&str]) -> Vec<String> {
    let mut db = app.db().await;
    let tables: Vec<(String, String)> = sqlx::query_as(
        "select table_schema::text, table_name::text from information_schema.tables
         where table_type = 'BASE TABLE' and table_schema in ('platform', 't_rheine')",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    let patterns: Vec<String> = needles.iter().map(|n| format!("%{n}%")).collect();
    let mut found = Vec::new();
    for (schema, table) in tables {
        let rows: Vec<String> =
            sqlx::query_scalar(&format!("select t::text from \"{schema}\".\"{table}\" t where t::text ilike any($1)"))
                .bind(&patterns)
                .fetch_all(&mut db)
                .await
                .unwrap();
        found.extend(rows.into_iter().map(|r| format!("{schema}.{table}: {r}")));
    }
    found
}

#[tokio::test]
async fn deleting_a_family_leaves_its_names_and_address_in_no_table() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let b = Browser::new();
    b.sign_in(&format!("{}/rheine/login", app.addr), &parent(2)).await;
    let api = |path: &str| format!("{}/api/v1/tenants/rheine/{path}", app.addr);
    let (status, _) = b
        .json(
            Method::PUT,
            &api("family"),
            Some(json!({"first_name": "Zerlina", "last_name": "Quabbelmann",
            "street": "Markt 1", "postcode": "48431", "city": "Rheine", "phone": "05971 1",
            "email": "zerlina.quabbelmann@example.org"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let birth = season() - time::Duration::days(1300);
    let (status, child) = b
        .json(
            Method::POST,
            &api("children"),
            Some(json!({"first_name": "Xaverius", "last_name": "Quabbelmann",
            "birth_date": step_domain::search::format_date(birth)})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{child}");
    let child = child["id"].as_str().unwrap().to_owned();
    let start = step_domain::search::format_date(season());
    let kitas = kitas(&app, "rheine").await;
    let mut registrations = Vec::new();
    for kita in &kitas[..2] {
        let (status, r) = register(&app, &b, "rheine", &child, kita, 35, &start).await;
        assert_eq!(status, StatusCode::CREATED, "{r}");
        registrations.push(r["id"].as_str().unwrap().to_owned());
    }
    // A withdrawal: the facility gets a message on its desk and an e-mail, both naming the child.
    let (status, _) = b.json(Method::POST, &api(&format!("registrations/{}/withdraw", registrations[0])), None).await;
    assert_eq!(status, StatusCode::OK);
    // The withdrawal reached the facility's desk, not only its mailbox (issue 19.9).
    let lead_desk: Vec<String> = {
        let mut db = app.db().await;
        sqlx::query_scalar("select subject from t_rheine.facility_messages where facility_id = $1::uuid")
            .bind(&kitas[0])
            .fetch_all(&mut db)
            .await
            .unwrap()
    };
    assert_eq!(lead_desk, vec!["Vormerkung zurückgezogen: Xaverius".to_owned()], "the desk is told");
    let needles = ["Quabbelmann", "Zerlina", "Xaverius", "zerlina.quabbelmann@example.org"];
    assert!(!rows_naming(&app, &needles).await.is_empty(), "the fixture names the family somewhere");

    let (status, _) = b.json(Method::DELETE, &api("family"), None).await;
    assert_eq!(status, StatusCode::OK);
    let left = rows_naming(&app, &needles).await;
    assert!(left.is_empty(), "after deletion, rows still name the family:\n{}", left.join("\n"));
    // The facility of the registration still waiting learns of it on its desk, without a name.
    let mut db = app.db().await;
    let notes: Vec<(String, String)> =
        sqlx::query_as("select subject, body from t_rheine.facility_messages where facility_id = $1::uuid order by id")
            .bind(&kitas[1])
            .fetch_all(&mut db)
            .await
            .unwrap();
    assert!(notes.iter().any(|(s, _)| s.contains("gelöscht")), "{notes:?}");
    app.cleanup().await;
}
