//! The admission talk (issue 21): the facility offers times, the family books one, the calendar
//! file is read by a real iCalendar parser (download and e-mail through a real SMTP server), two
//! families picking the same time at once get it exactly once, either side moves or cancels;
//! bad times, a sixth open time, an overlap, the wrong side and a stranger are refused and store
//! nothing.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use step_e2e::browser_client::Browser;
use step_e2e::{Seed, SmtpSink, TestApp, read_ics};
use time::OffsetDateTime;

use crate::desk::{SONNENSCHEIN, staff};
use crate::mail::mailer;
use crate::support::{parent_with_child, register, season};

fn talk_url(app: &TestApp, reg: &str, tail: &str) -> String {
    format!("{}/api/v1/tenants/steinfurt/registrations/{reg}/talk{tail}", app.addr)
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&mut app.db().await).await.unwrap()
}

/// A day three weeks ahead at `time`, the form's way.
fn slot(day_offset: i64, time: &str, mode: &str, place: &str) -> Value {
    let day = OffsetDateTime::now_utc().date() + time::Duration::days(day_offset);
    json!({ "date": step_domain::search::format_date(day), "time": time, "mode": mode, "place": place })
}

async fn family_registered(app: &TestApp, n: usize) -> (Browser, String) {
    let (parent, child) = parent_with_child(app, n, "steinfurt", 1300).await;
    let (status, body) = register(app, &parent, "steinfurt", &child, SONNENSCHEIN, 35, &season().to_string()).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    (parent, body["id"].as_str().unwrap().to_owned())
}

#[tokio::test]
async fn a_family_books_the_talk_and_both_get_the_calendar_file() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let smtp = SmtpSink::start(SmtpSink::free_port());
    let (parent, reg) = family_registered(&app, 0).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let slots_url = talk_url(&app, &reg, "/slots");

    // Bad times: nothing stored.
    let bad = [
        (json!({ "slots": [] }), "date-1"),
        (json!({ "slots": [slot(-1, "10:00", "phone", "")] }), "date-1"),
        (json!({ "slots": [slot(21, "10:00", "phone", ""), slot(22, "25:61", "phone", "")] }), "time-2"),
        (json!({ "slots": [slot(21, "10:00", "fax", "")] }), "mode-1"),
        (json!({ "slots": [slot(21, "10:00", "place", " ")] }), "place-1"),
    ];
    for (body, field) in bad {
        let (status, err) = lead.json(Method::POST, &slots_url, Some(body.clone())).await;
        assert_eq!((status, err["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some(field)), "{body}: {err}");
    }
    let six: Vec<Value> = (0..6).map(|i| slot(21 + i, "10:00", "phone", "")).collect();
    assert_eq!(lead.json(Method::POST, &slots_url, Some(json!({ "slots": six }))).await.0, StatusCode::CONFLICT);
    let overlapping = json!({ "slots": [slot(21, "10:00", "phone", ""), slot(21, "10:15", "phone", "")] });
    let (status, err) = lead.json(Method::POST, &slots_url, Some(overlapping)).await;
    assert_eq!(status, StatusCode::CONFLICT, "{err}");
    assert!(err["error"]["message"].as_str().unwrap().contains("überschneidet"), "{err}");
    // The family and the office offer nothing.
    let one = json!({ "slots": [slot(21, "10:00", "phone", "")] });
    assert_eq!(parent.json(Method::POST, &slots_url, Some(one.clone())).await.0, StatusCode::FORBIDDEN);
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    assert_eq!(office.json(Method::POST, &slots_url, Some(one)).await.0, StatusCode::FORBIDDEN);
    assert_eq!(count(&app, "select count(*) from t_steinfurt.talk_slots").await, 0);

    // Two times offered; the family is told.
    let two = json!({ "slots": [slot(21, "15:30", "place", "Kita Sonnenschein, Gruppenraum"), slot(22, "09:00", "video", "")] });
    let (status, talk) = lead.json(Method::POST, &slots_url, Some(two)).await;
    assert_eq!(status, StatusCode::CREATED, "{talk}");
    assert_eq!(talk["slots"].as_array().unwrap().len(), 2);
    let told = "select count(*) from t_steinfurt.messages where subject like 'Termine für das Aufnahmegespräch%'";
    assert_eq!(count(&app, told).await, 1);
    let account = parent.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    assert!(account.contains("Termine für das Aufnahmegespräch: bitte wählen"), "the account asks to pick");

    // The lead may not book; the family books the first time.
    let (_, seen) = parent.json(Method::GET, &talk_url(&app, &reg, ""), None).await;
    let first = seen["slots"][0]["id"].as_i64().unwrap().to_string();
    let book = talk_url(&app, &reg, "/book");
    assert_eq!(lead.json(Method::POST, &book, Some(json!({ "slot": first }))).await.0, StatusCode::FORBIDDEN);
    assert_eq!(parent.json(Method::POST, &book, Some(json!({ "slot": "999999" }))).await.0, StatusCode::BAD_REQUEST);
    let (status, booked) = parent.json(Method::POST, &book, Some(json!({ "slot": first }))).await;
    assert_eq!(status, StatusCode::OK, "{booked}");
    assert_eq!(booked["booked"]["place"].as_str(), Some("Kita Sonnenschein, Gruppenraum"));
    assert_eq!(parent.json(Method::POST, &book, Some(json!({ "slot": first }))).await.0, StatusCode::CONFLICT);

    // The downloaded file is a calendar a real parser reads, at the booked time.
    let ics = parent.get(&format!("{}/steinfurt/nachrichten/{reg}/termin.ics", app.addr)).await;
    assert_eq!(ics.headers()["content-type"], "text/calendar; charset=utf-8");
    let event = read_ics(&ics.text().await.unwrap());
    let starts = booked["booked"]["starts_at"].as_str().unwrap();
    let parsed = OffsetDateTime::parse(
        event["start"].as_str().unwrap(),
        &time::format_description::well_known::Iso8601::DEFAULT,
    );
    let expected = OffsetDateTime::parse(starts, &time::format_description::well_known::Rfc3339).unwrap();
    assert_eq!(parsed.unwrap(), expected);
    assert_eq!(event["location"], "Kita Sonnenschein, Gruppenraum");
    assert!(event["summary"].as_str().unwrap().starts_with("Aufnahmegespräch: Kind"), "{event}");

    // The waiting list and the account show it; the e-mails carry the same file.
    let list = lead.get(&format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}", app.addr)).await.text().await.unwrap();
    let at = booked["booked"]["at_text"].as_str().unwrap();
    assert!(list.contains(&format!("Gespräch: {at}")), "the waiting list shows the talk");
    let account = parent.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    assert!(account.contains(&format!("Aufnahmegespräch: {at}")), "the account shows the talk");
    step_mail::deliver_once(&app.store, &app.tenants, &mailer(smtp.port), 100).await.unwrap();
    let files = smtp.calendar_files();
    assert_eq!(files.len(), 2, "the family and the facility: {files:?}");
    assert!(files.iter().all(|f| f["start"] == event["start"] && f["status"] == "CONFIRMED"), "{files:?}");

    // The family moves it to the other time: the same event, a higher sequence.
    let second = seen["slots"][1]["id"].as_i64().unwrap().to_string();
    let (status, moved) = parent.json(Method::POST, &book, Some(json!({ "slot": second }))).await;
    assert_eq!((status, moved["booked"]["mode"].as_str()), (StatusCode::OK, Some("video")));
    let ics = parent.get(&format!("{}/steinfurt/nachrichten/{reg}/termin.ics", app.addr)).await.text().await.unwrap();
    let moved_event = read_ics(&ics);
    assert_eq!((moved_event["uid"].clone(), moved_event["sequence"].as_i64()), (event["uid"].clone(), Some(2)));

    // The facility cancels with a reason: in the conversation, both get the cancelled file.
    let cancel = talk_url(&app, &reg, "/cancel");
    assert_eq!(lead.json(Method::POST, &cancel, Some(json!({ "reason": "  " }))).await.0, StatusCode::BAD_REQUEST);
    assert_eq!(office.json(Method::POST, &cancel, Some(json!({ "reason": "Nein" }))).await.0, StatusCode::FORBIDDEN);
    let (status, after) =
        lead.json(Method::POST, &cancel, Some(json!({ "reason": "Die Leitung ist an dem Tag krank." }))).await;
    assert_eq!((status, after["booked"].is_null()), (StatusCode::OK, true), "{after}");
    assert_eq!(
        lead.json(Method::POST, &cancel, Some(json!({ "reason": "noch einmal" }))).await.0,
        StatusCode::CONFLICT
    );
    let page = parent.get(&format!("{}/steinfurt/nachrichten/{reg}", app.addr)).await.text().await.unwrap();
    assert!(page.contains("Die Leitung ist an dem Tag krank."), "the reason is a message");
    step_mail::deliver_once(&app.store, &app.tenants, &mailer(smtp.port), 100).await.unwrap();
    let cancelled: Vec<Value> = smtp.calendar_files().into_iter().filter(|f| f["status"] == "CANCELLED").collect();
    assert_eq!(cancelled.len(), 2, "{cancelled:?}");
    assert!(cancelled.iter().all(|f| f["uid"] == event["uid"] && f["sequence"].as_i64() > Some(2)));

    // A stranger sees nothing.
    let (stranger, _) = parent_with_child(&app, 2, "steinfurt", 1300).await;
    assert_eq!(stranger.json(Method::GET, &talk_url(&app, &reg, ""), None).await.0, StatusCode::NOT_FOUND);
    app.cleanup().await;
}

#[tokio::test]
async fn two_families_picking_the_same_time_at_once_get_it_exactly_once() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (anna, anna_reg) = family_registered(&app, 0).await;
    let (ben, ben_reg) = family_registered(&app, 1).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    // The same time offered to both families.
    for reg in [&anna_reg, &ben_reg] {
        let body = json!({ "slots": [slot(14, "11:00", "phone", "")] });
        assert_eq!(lead.json(Method::POST, &talk_url(&app, reg, "/slots"), Some(body)).await.0, StatusCode::CREATED);
    }
    assert_eq!(count(&app, "select count(*) from t_steinfurt.talk_slots").await, 1, "one time, two offers");
    let (_, seen) = anna.json(Method::GET, &talk_url(&app, &anna_reg, ""), None).await;
    let id = seen["slots"][0]["id"].as_i64().unwrap().to_string();
    let (anna_book, ben_book) = (talk_url(&app, &anna_reg, "/book"), talk_url(&app, &ben_reg, "/book"));
    for _ in 0..3 {
        let a = anna.json(Method::POST, &anna_book, Some(json!({ "slot": id })));
        let b = ben.json(Method::POST, &ben_book, Some(json!({ "slot": id })));
        let ((sa, _), (sb, _)) = tokio::join!(a, b);
        let mut got = [sa, sb];
        got.sort();
        assert_eq!(got, [StatusCode::OK, StatusCode::CONFLICT], "exactly one family gets the time");
        // Whoever got it cancels, and they race again.
        let winner = if sa == StatusCode::OK { (&anna, &anna_reg) } else { (&ben, &ben_reg) };
        let cancel = talk_url(&app, winner.1, "/cancel");
        assert_eq!(
            winner.0.json(Method::POST, &cancel, Some(json!({ "reason": "Doch nicht" }))).await.0,
            StatusCode::OK
        );
    }
    let booked = "select count(*) from t_steinfurt.talk_events where kind = 'booked'";
    assert_eq!(count(&app, booked).await, 3);
    // A taken time is not offered to the other family.
    assert_eq!(
        anna.json(Method::POST, &talk_url(&app, &anna_reg, "/book"), Some(json!({ "slot": id }))).await.0,
        StatusCode::OK
    );
    let (_, ben_sees) = ben.json(Method::GET, &talk_url(&app, &ben_reg, ""), None).await;
    assert_eq!(ben_sees["slots"], json!([]), "{ben_sees}");
    let (_, lead_sees) = lead.json(Method::GET, &talk_url(&app, &ben_reg, ""), None).await;
    assert_eq!(lead_sees["slots"][0]["taken"], true, "{lead_sees}");
    app.cleanup().await;
}

#[tokio::test]
async fn a_withdrawn_registration_frees_its_time_and_a_forged_host_names_no_link() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (anna, anna_reg) = family_registered(&app, 0).await;
    let (ben, ben_reg) = family_registered(&app, 1).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let time = json!({ "slots": [slot(10, "09:30", "phone", "")] });
    assert_eq!(
        lead.json(Method::POST, &talk_url(&app, &anna_reg, "/slots"), Some(time.clone())).await.0,
        StatusCode::CREATED
    );
    let (_, seen) = anna.json(Method::GET, &talk_url(&app, &anna_reg, ""), None).await;
    let id = seen["slots"][0]["id"].as_i64().unwrap().to_string();
    let (status, _) = anna.json(Method::POST, &talk_url(&app, &anna_reg, "/book"), Some(json!({ "slot": id }))).await;
    assert_eq!(status, StatusCode::OK);

    // A message sent with a Host header the portal does not serve: the e-mail names no such host.
    let url = format!("{}/api/v1/tenants/steinfurt/registrations/{anna_reg}/messages", app.addr);
    let token = anna.api_token(&reqwest::Url::parse(&url).unwrap()).await.unwrap();
    let forged = reqwest::Client::new()
        .post(&url)
        .header("host", "kita-portal.evil.example")
        .header("cookie", format!("step_session={}", anna.cookie("127.0.0.1", "step_session").unwrap()))
        .header("x-csrf-token", token)
        .json(&json!({ "body": "Bitte hier klicken" }))
        .send()
        .await
        .unwrap();
    assert!(forged.status().is_success() || forged.status().is_client_error(), "{}", forged.status());
    assert_eq!(count(&app, "select count(*) from t_steinfurt.outbox where body like '%evil%'").await, 0);

    // The family withdraws: its talk is released in the same transaction, the time is free again.
    let withdraw = format!("{}/api/v1/tenants/steinfurt/registrations/{anna_reg}/withdraw", app.addr);
    assert_eq!(anna.json(Method::POST, &withdraw, None).await.0, StatusCode::OK);
    assert_eq!(count(&app, "select count(*) from t_steinfurt.talk_slots where booked_by is not null").await, 0);
    assert_eq!(count(&app, "select count(*) from t_steinfurt.talk_events where side = 'system'").await, 1);
    let account = anna.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    assert!(!account.contains("Aufnahmegespräch:"), "no talk shown for a withdrawn registration");
    // The same time goes to another family without an overlap, and that family books it.
    assert_eq!(lead.json(Method::POST, &talk_url(&app, &ben_reg, "/slots"), Some(time)).await.0, StatusCode::CREATED);
    assert_eq!(count(&app, "select count(*) from t_steinfurt.talk_slots").await, 1, "the same time");
    let book = ben.json(Method::POST, &talk_url(&app, &ben_reg, "/book"), Some(json!({ "slot": id }))).await;
    assert_eq!(book.0, StatusCode::OK, "{}", book.1);
    // A talk that has begun is neither cancelled nor moved.
    sqlx::query("update t_steinfurt.talk_slots set starts_at = now() - interval '10 minutes', ends_at = now() + interval '20 minutes'")
        .execute(&mut app.db().await)
        .await
        .unwrap();
    let (status, err) =
        ben.json(Method::POST, &talk_url(&app, &ben_reg, "/cancel"), Some(json!({ "reason": "Zu spät" }))).await;
    assert_eq!(status, StatusCode::CONFLICT, "{err}");
    assert!(err["error"]["message"].as_str().unwrap().contains("begonnen"), "{err}");
    // The office reads the talk, audited.
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    assert_eq!(office.json(Method::GET, &talk_url(&app, &ben_reg, ""), None).await.0, StatusCode::OK);
    assert_eq!(count(&app, "select count(*) from t_steinfurt.audit_log where action = 'talk_read'").await, 1);
    app.cleanup().await;
}
