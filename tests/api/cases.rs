//! The youth welfare office's worklist and cases (issue 20): every child entitled at its start
//! without a place, in the order the office must act; notes, contact attempts and closing, with
//! bad input refused at its field; other offices, leads and families read nothing.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use step_e2e::browser_client::{Browser, input_value};
use step_e2e::{Seed, TestApp};
use time::Duration;

use crate::desk::{SONNENSCHEIN, staff};
use crate::support::{parent_with_child, season};

/// Children of families registered on paper (never signed in): `(first name, age in days at the
/// start, registration status, days since the registration, start: days from today, else the season)`.
const CHILDREN: [(&str, i64, &str, i64, Option<i64>); 5] = [
    ("Anna", 800, "registered", 10, None),        // entitled, waiting
    ("Baby", 200, "registered", 10, None),        // under one at the start: no entitlement yet
    ("Carl", 800, "accepted", 10, None),          // has accepted a place
    ("Dora", 1500, "registered", 300, Some(-30)), // three or older, the start passed: overdue
    ("Emil", 760, "registered", 20, Some(400)),   // a sister has a place
];

async fn seed_children(app: &TestApp) {
    let mut db = app.db().await;
    let today = crate::desk::today();
    for (name, age, status, ago, from_today) in CHILDREN {
        // Registered as the rules allow (Kita Sonnenschein takes children from 24 months, no start
        // in the past); Baby's birth date and Dora's start are set afterwards.
        let start = from_today.filter(|d| *d > 0).map_or_else(season, |d| today + Duration::days(d));
        let age = age.max(800);
        sqlx::query(
            "with f as (insert into t_steinfurt.families (first_name, last_name, street, postcode, city, phone, email, origin)
                 values ('Eltern', 'Fall' || $1, 'Markt 1', '48565', 'Steinfurt', '02551 4711', lower($1) || '@example.org', 'paper') returning id),
             c as (insert into t_steinfurt.children (family_id, first_name, last_name, birth_date)
                 select id, $1, 'Fall' || $1, $2 from f returning id)
             insert into t_steinfurt.registrations (child_id, facility_id, start_date, hours, rank, status, created_at, origin)
             select c.id, $3::uuid, $4, 35, 1, $5, now() - make_interval(days => $6::int), 'paper' from c",
        )
        .bind(name)
        .bind(start - Duration::days(age))
        .bind(SONNENSCHEIN)
        .bind(start)
        .bind(status)
        .bind(ago as i32)
        .execute(&mut db)
        .await
        .unwrap();
    }
    for (name, age, _, _, from_today) in CHILDREN {
        sqlx::query(
            "update t_steinfurt.children c set birth_date = r.start_date - $2::int from t_steinfurt.registrations r
             where r.child_id = c.id and c.first_name = $1",
        )
        .bind(name)
        .bind(age as i32)
        .execute(&mut db)
        .await
        .unwrap();
        if let Some(d) = from_today.filter(|d| *d < 0) {
            sqlx::query("update t_steinfurt.registrations r set start_date = $2 from t_steinfurt.children c where r.child_id = c.id and c.first_name = $1")
                .bind(name)
                .bind(today + Duration::days(d))
                .execute(&mut db)
                .await
                .unwrap();
        }
    }
    // Dora's family declined an offer elsewhere.
    sqlx::query(
        "insert into t_steinfurt.registrations (child_id, facility_id, start_date, hours, rank, status)
         select c.id, f.id, $1, 35, 2, 'declined' from t_steinfurt.children c,
             (select id from t_steinfurt.facilities where kind = 'kita' and id <> $2::uuid
              and age_min_months <= 24 and age_max_months >= 60 and 35 = any(hours_offered) order by id limit 1) f
         where c.first_name = 'Dora'",
    )
    .bind(season())
    .bind(SONNENSCHEIN)
    .execute(&mut db)
    .await
    .unwrap();
    // Emil's sister has a contracted place.
    sqlx::query(
        "with c as (insert into t_steinfurt.children (family_id, first_name, last_name, birth_date)
             select family_id, 'Frida', last_name, birth_date - 700 from t_steinfurt.children where first_name = 'Emil' returning id)
         insert into t_steinfurt.registrations (child_id, facility_id, start_date, hours, rank, status)
         select c.id, $1::uuid, $2, 35, 1, 'contracted' from c",
    )
    .bind(SONNENSCHEIN)
    .bind(season())
    .execute(&mut db)
    .await
    .unwrap();
}

/// Our children on the list (the demo season's are there too), in the list's order.
fn ours(list: &Value) -> Vec<(String, Value)> {
    list["cases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["family"].as_str().is_some_and(|f| f.starts_with("Fall") || f == "Test"))
        .map(|c| (c["child"].as_str().unwrap().split(' ').next().unwrap().to_owned(), c.clone()))
        .collect()
}

async fn list(b: &Browser, app: &TestApp, query: &str) -> (StatusCode, Value) {
    b.json(Method::GET, &format!("{}/api/v1/tenants/steinfurt/cases?{query}", app.addr), None).await
}

#[tokio::test]
async fn the_office_lists_entitled_children_without_a_place_and_works_their_cases() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    seed_children(&app).await;
    let (parent, online_child) = parent_with_child(&app, 0, "steinfurt", 900).await;
    let (status, _) =
        crate::support::register(&app, &parent, "steinfurt", &online_child, SONNENSCHEIN, 35, &season().to_string())
            .await;
    assert_eq!(status, StatusCode::CREATED);
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;

    let (status, all) = list(&office, &app, "").await;
    assert_eq!(status, StatusCode::OK, "{all}");
    let mut names: Vec<String> = ours(&all).into_iter().map(|c| c.0).collect();
    // Dora's start has passed: she is first. Then by the day to act by. Baby (under one at the start)
    // and Carl (offered) are not listed.
    assert_eq!(names[0], "Dora", "{all}");
    let act_by: Vec<String> = ours(&all).into_iter().map(|c| c.1["act_by"].as_str().unwrap().to_owned()).collect();
    assert!(act_by.windows(2).all(|w| w[0] <= w[1]), "ordered by the day to act by: {act_by:?}");
    names.sort();
    assert_eq!(names, ["Anna", "Dora", "Emil", "Kind"], "{all}");
    let by = |n: &str| ours(&all).into_iter().find(|c| c.0 == n).unwrap().1;
    assert_eq!((by("Dora")["overdue"].as_bool(), by("Anna")["overdue"].as_bool()), (Some(true), Some(false)));
    assert_eq!(by("Emil")["sibling"], true);
    assert_eq!((by("Anna")["needs_post"].as_bool(), by("Kind")["needs_post"].as_bool()), (Some(true), Some(false)));
    assert_eq!(by("Anna")["registrations"][0]["status"], "registered");
    assert_eq!(by("Anna")["waited_days"], 10);
    assert_eq!((by("Dora")["refused"].as_bool(), by("Anna")["refused"].as_bool()), (Some(true), Some(false)));

    // Filters, and bad filters at their field.
    let only = |q: &'static str| {
        let office = &office;
        let app = &app;
        async move { ours(&list(office, app, q).await.1).into_iter().map(|c| c.0).collect::<Vec<_>>() }
    };
    assert_eq!(only("band=ue3").await, ["Dora"]);
    assert_eq!(only("overdue=1").await, ["Dora"]);
    for (query, field) in [
        ("band=xx", "band"),
        ("month=13/2027", "month"),
        ("status=maybe", "status"),
        ("overdue=ja", "overdue"),
        ("municipality=rheine", "municipality"),
        ("page=abc", "page"),
    ] {
        let (status, body) = list(&office, &app, query).await;
        assert_eq!(
            (status, body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, Some(field)),
            "{query}: {body}"
        );
    }

    // The page and its CSV.
    let html = office.get(&format!("{}/steinfurt/amt/faelle", app.addr)).await.text().await.unwrap();
    assert!(
        html.contains("Dora FallDora") && html.contains("überfällig") && html.contains("Geschwisterkind betreut"),
        "{html}"
    );
    assert!(!html.contains("Baby FallBaby") && !html.contains("Carl FallCarl"));
    let res = office.get(&format!("{}/steinfurt/amt/faelle?band=xx", app.addr)).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.text().await.unwrap().contains("Altersgruppe: Bitte wählen Sie „unter 3“ oder „ab 3“."));
    let csv = office.get(&format!("{}/steinfurt/amt/faelle.csv?overdue=1", app.addr)).await.text().await.unwrap();
    assert!(csv.contains("\"Handeln bis\"") && csv.contains("\"Dora FallDora\"") && !csv.contains("Anna"), "{csv}");

    // Notes: bad input refused at its field, nothing stored; a good one is kept with its author.
    let anna = by("Anna")["child_id"].as_str().unwrap().to_owned();
    let notes = format!("{}/api/v1/tenants/steinfurt/cases/{anna}/notes", app.addr);
    for (body, field) in [
        (json!({"body": "  "}), "case_note"),
        (json!({"body": "x".repeat(5001)}), "case_note"),
        (json!({"kind": "gossip", "body": "Hallo"}), "note_kind"),
    ] {
        let (status, err) = office.json(Method::POST, &notes, Some(body)).await;
        assert_eq!((status, err["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some(field)), "{err}");
    }
    let (status, _) = office
        .json(Method::POST, &notes, Some(json!({"kind": "contact", "body": "Mutter angerufen, nicht erreicht."})))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (_, case) =
        office.json(Method::GET, &format!("{}/api/v1/tenants/steinfurt/cases/{anna}", app.addr), None).await;
    assert_eq!(case["notes"].as_array().map(Vec::len), Some(1), "{case}");
    assert_eq!(
        (case["notes"][0]["kind"].as_str(), case["notes"][0]["author"].as_str()),
        (Some("contact"), Some("Sabine Hoffmann"))
    );
    // The same through the case page's form.
    let page = format!("{}/steinfurt/amt/faelle/{anna}", app.addr);
    let token = input_value(&office.get(&page).await.text().await.unwrap(), "csrf").unwrap();
    let res = office.post_form(&format!("{page}/notiz"), &[("csrf", &token), ("kind", "note"), ("body", "")]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.text().await.unwrap().contains("Notiz: Bitte schreiben Sie die Notiz."));
    let res = office
        .post_form(
            &format!("{page}/notiz"),
            &[("csrf", &token), ("kind", "note"), ("body", "Platz in Borghorst prüfen")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let html = office.get(&page).await.text().await.unwrap();
    assert!(html.contains("Platz in Borghorst prüfen") && html.contains("Kontaktversuch"), "{html}");

    // Closing: a reason from the list; a closed case cannot be closed again.
    let close = format!("{}/api/v1/tenants/steinfurt/cases/{anna}/close", app.addr);
    let (status, err) = office.json(Method::POST, &close, Some(json!({"reason": "bored"}))).await;
    assert_eq!((status, err["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("reason")));
    let (status, _) = office.json(Method::POST, &close, Some(json!({"reason": "moved_away"}))).await;
    assert_eq!(status, StatusCode::OK);
    let (status, err) = office.json(Method::POST, &close, Some(json!({"reason": "moved_away"}))).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(err["error"]["message"].as_str().unwrap().contains("schon abgeschlossen"), "{err}");
    assert!(!only("").await.contains(&"Anna".to_owned()));
    assert_eq!(only("status=closed").await, ["Anna"]);
    let mut db = app.db().await;
    let audited: Vec<String> =
        sqlx::query_scalar("select action from t_steinfurt.audit_log where object = $1 order by id")
            .bind(format!("child:{anna}"))
            .fetch_all(&mut db)
            .await
            .unwrap();
    assert_eq!(audited, ["case_contact", "case_note", "case_close"]);
    // The office records Dora's refused offer as a refused reasonable offer.
    let dora = by("Dora")["child_id"].as_str().unwrap().to_owned();
    let (status, _) = office
        .json(
            Method::POST,
            &format!("{}/api/v1/tenants/steinfurt/cases/{dora}/notes", app.addr),
            Some(json!({"kind": "refused_offer", "body": "Platz in der Kita am Park (35 Std., 1.8.) abgelehnt."})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let html = office.get(&format!("{}/steinfurt/amt/faelle/{dora}", app.addr)).await.text().await.unwrap();
    assert!(html.contains("Zumutbares Angebot abgelehnt") && html.contains("Angebot abgelehnt</span>"), "{html}");

    // The family never sees the office's notes.
    let (status, _) = office
        .json(
            Method::POST,
            &format!("{}/api/v1/tenants/steinfurt/cases/{online_child}/notes", app.addr),
            Some(json!({"body": "Vertraulich: Nachbarin fragen"})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    for path in ["/steinfurt/konto", "/steinfurt/konto/nachrichten"] {
        let html = parent.get(&format!("{}{path}", app.addr)).await.text().await.unwrap();
        assert!(!html.contains("Vertraulich"), "{path}");
    }
    app.cleanup().await;
}

#[tokio::test]
async fn only_the_office_of_the_municipality_reads_or_writes_its_cases() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    seed_children(&app).await;
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    let (_, all) = list(&office, &app, "").await;
    let anna = ours(&all).into_iter().find(|c| c.0 == "Anna").unwrap().1["child_id"].as_str().unwrap().to_owned();
    let mut others = Vec::new();
    for (who, username) in
        [("another office", "jugendamt.rheine"), ("a lead", "leitung.sonnenschein"), ("a parent", "eltern.mueller")]
    {
        others.push((who, staff(&app, username, "steinfurt").await));
    }
    // The municipalities' tables (sign-ins and sessions live in the platform's).
    let tenants = |all: std::collections::BTreeMap<String, String>| {
        all.into_iter().filter(|(table, _)| table.starts_with("t_")).collect::<Vec<_>>()
    };
    let before = tenants(app.snapshot().await);
    for (who, b) in &others {
        assert_eq!(list(b, &app, "").await.0, StatusCode::FORBIDDEN, "{who}");
        let case = format!("{}/api/v1/tenants/steinfurt/cases/{anna}", app.addr);
        assert_eq!(b.json(Method::GET, &case, None).await.0, StatusCode::FORBIDDEN, "{who}");
        let (status, _) = b.json(Method::POST, &format!("{case}/notes"), Some(json!({"body": "eingeschleust"}))).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{who}");
        let (status, _) = b.json(Method::POST, &format!("{case}/close"), Some(json!({"reason": "moved_away"}))).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{who}");
        assert_eq!(b.get(&format!("{}/steinfurt/amt/faelle", app.addr)).await.status(), StatusCode::FORBIDDEN, "{who}");
    }
    assert!(tenants(app.snapshot().await) == before, "nothing changed");
    // A child of another municipality is not found here.
    let (status, _) =
        office.json(Method::GET, &format!("{}/api/v1/tenants/altenberge/cases/{anna}", app.addr), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    app.cleanup().await;
}
