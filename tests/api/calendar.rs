//! The office's procedure calendar (issue 20): dates in order or refused at their field, only the
//! office's staff change it (recorded), every municipality of the office shows the next date and
//! refuses registrations for a closed start; families are reminded two days before an answer is due.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use step_domain::search::format_date;
use step_e2e::browser_client::Browser;
use step_e2e::{Seed, TestApp};
use time::Duration;

use crate::desk::{SONNENSCHEIN, api, in_days, offer_path, other_kitas, places, registered_family, staff, today};
use crate::support::{parent_with_child, register, season};

/// An intake for the season's start with its deadline `deadline_in` days from today.
fn intake(deadline_in: i64) -> Value {
    let d = |n: i64| format_date(today() + Duration::days(n));
    json!({"start": format_date(season()), "registration_deadline": d(deadline_in),
           "matching_day": d(deadline_in + 1), "answer_until": d(deadline_in + 2), "second_round": null})
}

async fn set(b: &Browser, app: &TestApp, slug: &str, body: Value) -> (StatusCode, Value) {
    b.json(Method::POST, &format!("{}/api/v1/tenants/{slug}/calendar", app.addr), Some(body)).await
}

async fn changes(app: &TestApp) -> i64 {
    sqlx::query_scalar("select count(*) from platform.procedure_calendar_changes")
        .fetch_one(&mut app.db().await)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_office_sets_its_calendar_and_a_passed_deadline_closes_the_start() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt", "altenberge", "rheine"])).await;
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    let anyone = Browser::new();
    let get = |slug: &str| format!("{}/api/v1/tenants/{slug}/calendar", app.addr);
    let (status, cal) = anyone.json(Method::GET, &get("steinfurt"), None).await;
    assert_eq!((status, cal["intakes"].as_array().map(Vec::len)), (StatusCode::OK, Some(0)), "{cal}");

    // Dates out of order or unreadable: refused at their field, nothing stored.
    let mut bad = intake(1);
    bad["matching_day"] = bad["registration_deadline"].clone();
    for (body, field) in [
        (bad.clone(), "matching_day"),
        (
            json!({"start": format_date(season()), "registration_deadline": "bald", "matching_day": in_days(2), "answer_until": in_days(3)}),
            "registration_deadline",
        ),
        (
            {
                let mut b = intake(1);
                b["answer_until"] = json!(format_date(season()));
                b
            },
            "answer_until",
        ),
        (
            {
                let mut b = intake(1);
                b["second_round"] = json!(in_days(2));
                b
            },
            "second_round",
        ),
    ] {
        let (status, err) = set(&office, &app, "steinfurt", body).await;
        assert_eq!((status, err["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some(field)), "{err}");
    }
    let (_, err) = set(&office, &app, "steinfurt", bad).await;
    assert!(err["error"]["message"].as_str().unwrap().contains("Der Vergabetag muss nach dem Anmeldeschluss liegen"));
    // Nobody else changes it: another office, a lead, a parent; nobody signed in is 401.
    for who in ["jugendamt.rheine", "leitung.sonnenschein", "eltern.mueller"] {
        let b = staff(&app, who, "steinfurt").await;
        assert_eq!(set(&b, &app, "steinfurt", intake(1)).await.0, StatusCode::FORBIDDEN, "{who}");
    }
    assert_eq!(set(&anyone, &app, "steinfurt", intake(1)).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(changes(&app).await, 0, "nothing changed");

    // An intake whose deadline is tomorrow: registrations are open, the next date is shown.
    let (status, cal) = set(&office, &app, "steinfurt", intake(1)).await;
    assert_eq!(status, StatusCode::OK, "{cal}");
    assert_eq!((cal["next"]["what"].as_str(), cal["intakes"][0]["closed"].as_bool()), (Some("deadline"), Some(false)));
    let (parent, child) = parent_with_child(&app, 0, "steinfurt", 1300).await;
    let start = format_date(season());
    assert_eq!(register(&app, &parent, "steinfurt", &child, SONNENSCHEIN, 35, &start).await.0, StatusCode::CREATED);
    let home = anyone.get(&format!("{}/steinfurt", app.addr)).await.text().await.unwrap();
    assert!(home.contains("Nächster Termin im Vergabeverfahren: Anmeldeschluss am"), "the home page shows it");
    let account = parent.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    assert!(account.contains("Nächster Termin im Vergabeverfahren"), "the account shows it");
    // The office's other municipality shares the calendar; another office's does not.
    let (_, other) = anyone.json(Method::GET, &get("altenberge"), None).await;
    assert_eq!(other["intakes"].as_array().map(Vec::len), Some(1));
    let (_, rheine) = anyone.json(Method::GET, &get("rheine"), None).await;
    assert_eq!(rheine["intakes"].as_array().map(Vec::len), Some(0));

    // The deadline moved to yesterday: a registration for a start the intake covers is refused
    // at the start date, in German, and nothing is stored.
    assert_eq!(set(&office, &app, "steinfurt", intake(-1)).await.0, StatusCode::OK);
    let other_kita = other_kitas(&app).await.into_iter().next().unwrap();
    let before = crate::support::count_registrations(&app, "t_steinfurt").await;
    let (status, err) = register(&app, &parent, "steinfurt", &child, &other_kita, 35, &start).await;
    assert_eq!((status, err["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("start")), "{err}");
    assert!(err["error"]["message"].as_str().unwrap().contains("endete die Anmeldefrist am"), "{err}");
    assert_eq!(crate::support::count_registrations(&app, "t_steinfurt").await, before);

    // The page lists the intake as closed and who changed what; deleting it opens the start again.
    let page = office.get(&format!("{}/steinfurt/amt/verfahren", app.addr)).await.text().await.unwrap();
    assert!(page.contains("Anmeldung geschlossen") && page.contains("Anmeldeschluss"), "the calendar page");
    assert_eq!(changes(&app).await, 2);
    let delete = format!("{}/api/v1/tenants/steinfurt/calendar/{start}", app.addr);
    assert_eq!(office.json(Method::DELETE, &delete, None).await.0, StatusCode::OK);
    assert_eq!(office.json(Method::DELETE, &delete, None).await.0, StatusCode::NOT_FOUND);
    assert_eq!(register(&app, &parent, "steinfurt", &child, &other_kita, 35, &start).await.0, StatusCode::CREATED);
    assert_eq!(changes(&app).await, 3);
    app.cleanup().await;
}

#[tokio::test]
async fn a_family_is_reminded_once_two_days_before_its_answer_is_due() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    places(&app, 1).await;
    let (parent, reg, _) = registered_family(&app, 0, 0).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let (status, _) = api(&lead, &app, Method::POST, &offer_path(&reg), Some(json!({"answer_by": in_days(5)}))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app.state.remind_offers().await, 0, "not yet due");
    sqlx::query("update t_steinfurt.registrations set answer_by = current_date + 2 where id = $1::uuid")
        .bind(&reg)
        .execute(&mut app.db().await)
        .await
        .unwrap();
    assert_eq!(app.state.remind_offers().await, 1);
    assert_eq!(app.state.remind_offers().await, 0, "once");
    let (_, inbox) = api(&parent, &app, Method::GET, "/api/v1/tenants/steinfurt/inbox", None).await;
    let subject = inbox["messages"][0]["subject"].as_str().unwrap();
    assert!(
        subject.starts_with("Erinnerung: Platzangebot von")
            && subject
                .contains(&format_date(today() + Duration::days(2)).split('-').rev().collect::<Vec<_>>().join(".")),
        "{subject}"
    );
    let mail: i64 = sqlx::query_scalar("select count(*) from t_steinfurt.outbox where subject like 'Erinnerung:%'")
        .fetch_one(&mut app.db().await)
        .await
        .unwrap();
    assert_eq!(mail, 1, "the e-mail goes through the outbox");
    app.cleanup().await;
}
