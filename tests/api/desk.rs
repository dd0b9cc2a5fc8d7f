//! The facility desk end to end (issue 5): staff and parents sign in through the dev provider with
//! the roles its ID token carries; offers, answers, declines, expiry, the offer lock, paper
//! registrations, and the races between them.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use step_domain::search::format_date;
use step_e2e::browser_client::{Account, Browser, accounts, input_value};
use step_e2e::{Seed, SmtpSink, TestApp};

use crate::support::{count_registrations, parent_with_child, register, season};

/// Kita Sonnenschein in Steinfurt: the dev provider's facility lead is bound to it.
pub const SONNENSCHEIN: &str = "6ef8b740-dd1d-4064-99fe-5c5445ba6324";

pub fn account(username: &str) -> Account {
    accounts().into_iter().find(|a| a.username == username).expect("dev account")
}

/// A browser signed in as a dev account in `slug`.
pub async fn staff(app: &TestApp, username: &str, slug: &str) -> Browser {
    let b = Browser::new();
    let (_, page) = b.sign_in(&format!("{}/{slug}/login", app.addr), &account(username)).await;
    assert!(page.status().is_success() || page.status().is_redirection(), "{username} signs in");
    b
}

pub fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

pub fn in_days(n: i64) -> String {
    format_date(today() + time::Duration::days(n))
}

/// Sets the free places of Kita Sonnenschein for the season start (over 3 years, any hours).
pub async fn places(app: &TestApp, free: i16) {
    places_at(app, SONNENSCHEIN, free).await;
}

/// Sets the free places of a Steinfurt facility: `free` for the season start, over 3 years, any hours.
pub async fn places_at(app: &TestApp, facility: &str, free: i16) {
    let mut db = app.db().await;
    sqlx::query("delete from t_steinfurt.places where facility_id = $1::uuid")
        .bind(facility)
        .execute(&mut db)
        .await
        .unwrap();
    sqlx::query(
        "insert into t_steinfurt.places (facility_id, start_date, age_band, hours, free_places) values ($1::uuid, $2, 'ue3', 0, $3)",
    )
    .bind(facility)
    .bind(season())
    .bind(free)
    .execute(&mut db)
    .await
    .unwrap();
}

pub async fn free_places(app: &TestApp) -> i64 {
    let mut db = app.db().await;
    sqlx::query_scalar(
        "select coalesce(sum(free_places), 0)::bigint from t_steinfurt.places where facility_id = $1::uuid",
    )
    .bind(SONNENSCHEIN)
    .fetch_one(&mut db)
    .await
    .unwrap()
}

pub async fn status(app: &TestApp, id: &str) -> String {
    let mut db = app.db().await;
    sqlx::query_scalar("select status from t_steinfurt.registrations where id = $1::uuid")
        .bind(id)
        .fetch_one(&mut db)
        .await
        .unwrap()
}

/// Other Steinfurt Kitas that take a child of 3.5 years for 35 hours.
pub async fn other_kitas(app: &TestApp) -> Vec<String> {
    crate::support::kitas(app, "steinfurt").await.into_iter().filter(|id| id != SONNENSCHEIN).collect()
}

/// A parent (dev account `n`) with a child of 3.5 years registered at Sonnenschein and at
/// `others` more Kitas of Steinfurt. Returns the browser and the Sonnenschein registration.
pub async fn registered_family(app: &TestApp, n: usize, others: usize) -> (Browser, String, Vec<String>) {
    let (b, child) = parent_with_child(app, n, "steinfurt", 1300).await;
    let start = format_date(season());
    let (status, body) = register(app, &b, "steinfurt", &child, SONNENSCHEIN, 35, &start).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let mut more = Vec::new();
    for id in other_kitas(app).await.iter().take(others) {
        let (status, body) = register(app, &b, "steinfurt", &child, id, 35, &start).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        more.push(body["id"].as_str().unwrap().to_owned());
    }
    (b, body["id"].as_str().unwrap().to_owned(), more)
}

pub async fn api(b: &Browser, app: &TestApp, method: Method, path: &str, body: Option<Value>) -> (StatusCode, Value) {
    b.json(method, &format!("{}{path}", app.addr), body).await
}

pub fn offer_path(id: &str) -> String {
    format!("/api/v1/tenants/steinfurt/registrations/{id}/offer")
}

async fn post_fields<K: AsRef<str>>(b: &Browser, url: &str, fields: &[(K, String)]) -> reqwest::Response {
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_ref(), v.as_str())).collect();
    b.post_form(url, &refs).await
}

async fn csrf(b: &Browser, app: &TestApp, page: &str) -> String {
    let html = b.get(&format!("{}{page}", app.addr)).await.text().await.unwrap();
    input_value(&html, "csrf").expect("the page has a form with a CSRF token")
}

#[tokio::test]
async fn the_dev_leads_facility_is_kita_sonnenschein_in_the_demo_data() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (status, body) = app.json(&format!("/api/v1/tenants/steinfurt/facilities/{SONNENSCHEIN}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["name"], "Kita Sonnenschein");
    let lead = account("leitung.sonnenschein");
    assert_eq!(lead.role, "facility_lead");
    app.cleanup().await;
}

#[tokio::test]
async fn offer_then_accept_withdraws_the_other_registrations_and_tells_parent_and_facilities() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    places(&app, 2).await;
    let (parent, reg, others) = registered_family(&app, 0, 2).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;

    // The lead sees the child on the ranked list and ticks a criterion.
    let list_page = format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}", app.addr);
    let html = lead.get(&list_page).await.text().await.unwrap();
    assert!(html.contains("Warteliste: Kita Sonnenschein") && html.contains("Kind Test"), "{html}");
    let detail = format!("/steinfurt/einrichtung/{SONNENSCHEIN}/vormerkungen/{reg}");
    let token = csrf(&lead, &app, &detail).await;
    let res = lead.post_form(&format!("{}{detail}/kriterien", app.addr), &[("csrf", &token), ("criterion", "0")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    // The offer through the page form.
    let res =
        lead.post_form(&format!("{}{detail}/zusage", app.addr), &[("csrf", &token), ("answer_by", &in_days(7))]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "{}", res.text().await.unwrap());
    assert_eq!(status(&app, &reg).await, "offered");
    assert_eq!(free_places(&app).await, 1, "the offer holds a place");

    // The parent sees the offer, the criteria that counted, and accepts.
    let account_html = parent.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    assert!(account_html.contains("Platzangebot: bitte bis"), "{account_html}");
    assert!(account_html.contains("Berücksichtigte Aufnahmekriterien"), "{account_html}");
    let confirm = format!("/steinfurt/konto/vormerkungen/{reg}/annehmen");
    let confirm_html = parent.get(&format!("{}{confirm}", app.addr)).await.text().await.unwrap();
    assert!(confirm_html.contains("2 anderen Vormerkungen"), "{confirm_html}");
    let token = input_value(&confirm_html, "csrf").unwrap();
    let res = parent.post_form(&format!("{}{confirm}", app.addr), &[("csrf", &token)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(status(&app, &reg).await, "accepted");
    for o in &others {
        assert_eq!(status(&app, o).await, "withdrawn", "the child's other registrations are withdrawn");
    }
    assert_eq!(free_places(&app).await, 1, "an accepted offer keeps its place");

    // Both inboxes: the parent's messages, and e-mails to the parent and to the other facilities.
    let (_, inbox) = api(&parent, &app, Method::GET, "/api/v1/tenants/steinfurt/inbox", None).await;
    let subjects: Vec<&str> =
        inbox["messages"].as_array().unwrap().iter().map(|m| m["subject"].as_str().unwrap()).collect();
    assert!(subjects.iter().any(|s| s.starts_with("Platzangebot von Kita Sonnenschein")), "{subjects:?}");
    assert!(subjects.iter().any(|s| s.starts_with("Platz bei Kita Sonnenschein angenommen")), "{subjects:?}");
    assert_eq!(subjects.iter().filter(|s| s.starts_with("Vormerkung bei") && s.ends_with("beendet")).count(), 2);
    let smtp = SmtpSink::start(SmtpSink::free_port());
    let mailer = crate::mail::mailer(smtp.port);
    let d = step_mail::deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap();
    assert_eq!(d.failed, 0);
    let mails = smtp.messages();
    assert_eq!(
        mails.iter().filter(|m| m.contains("@kita-steinfurt.example")).count(),
        2,
        "each other facility is told"
    );
    // … and on their desks, not only by e-mail (issue 19.9).
    let mut db = app.db().await;
    for o in &others {
        let told: i64 = sqlx::query_scalar(
            "select count(*) from t_steinfurt.facility_messages where registration_id = $1::uuid and subject like 'Vormerkung zurückgezogen%'",
        )
        .bind(o)
        .fetch_one(&mut db)
        .await
        .unwrap();
        assert_eq!(told, 1, "the desk of {o}'s facility has the message");
    }
    assert!(mails.iter().any(|m| m.contains("To: eva@example.org") && m.contains("angenommen")));
    assert_eq!(step_mail::deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap().sent, 0);

    // A second acceptance is refused; the audit log holds the staff reads and every change.
    let (status2, body) =
        api(&parent, &app, Method::POST, &format!("/api/v1/tenants/steinfurt/registrations/{reg}/accept"), None).await;
    assert_eq!(status2, StatusCode::CONFLICT, "{body}");
    let mut db = app.db().await;
    let actions: Vec<String> =
        sqlx::query_scalar("select action from t_steinfurt.audit_log order by id").fetch_all(&mut db).await.unwrap();
    for a in ["waiting_list_read", "registration_read", "criteria_ticked", "offer", "accept", "withdraw"] {
        assert!(actions.iter().any(|x| x == a), "{a} in {actions:?}");
    }
    let tamper = sqlx::query("delete from t_steinfurt.audit_log").execute(&mut db).await;
    assert!(tamper.is_err(), "the audit log is append-only");
    app.cleanup().await;
}

#[tokio::test]
async fn a_decline_carries_its_reason_to_the_parent_and_bad_declines_change_nothing() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (parent, reg, _) = registered_family(&app, 0, 0).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let path = format!("/api/v1/tenants/steinfurt/registrations/{reg}/decline");
    for (bad, code) in [
        (json!({"reason": "weil"}), StatusCode::BAD_REQUEST),
        (json!({"reason": "other"}), StatusCode::BAD_REQUEST),
        (json!({"reason": "criteria", "note": "x".repeat(1001)}), StatusCode::BAD_REQUEST),
        (json!("criteria"), StatusCode::BAD_REQUEST),
    ] {
        assert_eq!(api(&lead, &app, Method::POST, &path, Some(bad)).await.0, code);
    }
    let (s, body) = api(
        &lead,
        &app,
        Method::POST,
        &path,
        Some(json!({"reason": "criteria", "note": "Geschwisterkinder hatten Vorrang."})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_eq!(
        api(&lead, &app, Method::POST, &path, Some(json!({"reason": "no_place"}))).await.0,
        StatusCode::CONFLICT
    );
    let (_, regs) = api(&parent, &app, Method::GET, "/api/v1/tenants/steinfurt/registrations", None).await;
    let r = &regs.as_array().unwrap()[0];
    assert_eq!((r["status"].as_str(), r["reason"].as_str()), (Some("rejected"), Some("criteria")));
    let html = parent.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    assert!(html.contains("Andere Kinder hatten nach den Aufnahmekriterien Vorrang"), "{html}");
    assert!(html.contains("Geschwisterkinder hatten Vorrang."));
    app.cleanup().await;
}

#[tokio::test]
async fn an_offer_past_its_deadline_expires_and_its_place_returns() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    places(&app, 1).await;
    let (parent, reg, _) = registered_family(&app, 0, 0).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    for bad in
        [json!({"answer_by": format_date(today())}), json!({"answer_by": in_days(60)}), json!({"answer_by": "bald"})]
    {
        assert_eq!(api(&lead, &app, Method::POST, &offer_path(&reg), Some(bad)).await.0, StatusCode::BAD_REQUEST);
    }
    assert_eq!(status(&app, &reg).await, "registered", "bad offers change nothing");
    assert_eq!(
        api(&lead, &app, Method::POST, &offer_path(&reg), Some(json!({"answer_by": in_days(3)}))).await.0,
        StatusCode::OK
    );
    assert_eq!(free_places(&app).await, 0);
    assert_eq!(app.state.expire_offers().await, 0, "not yet due");
    let mut db = app.db().await;
    sqlx::query("update t_steinfurt.registrations set answer_by = current_date - 1 where id = $1::uuid")
        .bind(&reg)
        .execute(&mut db)
        .await
        .unwrap();
    assert_eq!(app.state.expire_offers().await, 1);
    assert_eq!(status(&app, &reg).await, "expired");
    assert_eq!(free_places(&app).await, 1, "the place went back");
    let (s, _) =
        api(&parent, &app, Method::POST, &format!("/api/v1/tenants/steinfurt/registrations/{reg}/accept"), None).await;
    assert_eq!(s, StatusCode::CONFLICT, "an expired offer cannot be accepted");
    let (_, inbox) = api(&parent, &app, Method::GET, "/api/v1/tenants/steinfurt/inbox", None).await;
    assert!(inbox["messages"][0]["subject"].as_str().unwrap().contains("abgelaufen"));
    app.cleanup().await;
}

#[tokio::test]
async fn the_offer_lock_pauses_a_childs_other_registrations_while_an_offer_is_open() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    places(&app, 1).await;
    let (_parent, reg, others) = registered_family(&app, 0, 1).await;
    let other = &others[0];
    // A second lead for the other Kita, granted at run time (no restart).
    let other_facility: String = {
        let mut db = app.db().await;
        sqlx::query_scalar("select facility_id::text from t_steinfurt.registrations where id = $1::uuid")
            .bind(other)
            .fetch_one(&mut db)
            .await
            .unwrap()
    };
    let lead2 = staff(&app, "eltern.nowak", "steinfurt").await;
    let nowak = app
        .store
        .platform()
        .account_for_identity(step_e2e::dev_idp(), "37d06233-cd12-4066-83ab-0e6489706de2")
        .await
        .unwrap();
    app.store
        .platform()
        .grant_role(
            &step_store::RoleAssignment {
                account_id: nowak,
                role: "facility_lead".into(),
                domain: "steinfurt".into(),
                scope: other_facility.clone(),
            },
            "test",
        )
        .await
        .unwrap();
    app.state.reload_access().await.unwrap();
    places_at(&app, &other_facility, 1).await;
    // The Kreisjugendamt switches the lock on for Steinfurt.
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    // Every mistake of the filter at once (issue 16.4); months as people type them.
    let bad = office.get(&format!("{}/steinfurt/amt?kind=zoo&from=2027-13&to=13/2027", app.addr)).await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let html = bad.text().await.unwrap();
    assert!(
        html.contains("Beginn ab (MM/JJJJ)")
            && html.contains("value=\"2027-13\"")
            && html.contains("value=\"13/2027\""),
        "the filter comes back: {html}"
    );
    assert!(html.contains("Bitte korrigieren Sie diese 3 Angaben"), "{html}");
    for field in ["kind", "from", "to"] {
        assert!(html.contains(&format!("<a href=\"#{field}\">")), "{field} is in the summary: {html}");
    }
    let swapped = office.get(&format!("{}/steinfurt/amt?from=08/2028&to=07/2027", app.addr)).await;
    assert_eq!(swapped.status(), StatusCode::BAD_REQUEST);
    assert!(swapped.text().await.unwrap().contains("Der letzte Monat liegt vor dem ersten"));
    let german = office.get(&format!("{}/steinfurt/amt?from=08/2027&to=7/2028", app.addr)).await;
    assert_eq!(german.status(), StatusCode::OK, "08/2027 is a month");
    let csv = office.get(&format!("{}/steinfurt/amt/uebersicht.csv", app.addr)).await.bytes().await.unwrap();
    assert!(csv.starts_with("\u{feff}\"Gemeinde\"".as_bytes()), "UTF-8 mark for spreadsheets");
    let token = csrf(&office, &app, "/steinfurt/amt").await;
    let res = office
        .post_form(
            &format!("{}/steinfurt/amt/angebotssperre", app.addr),
            &[("csrf", &token), ("offer_lock", "vielleicht")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let res = office
        .post_form(&format!("{}/steinfurt/amt/angebotssperre", app.addr), &[("csrf", &token), ("offer_lock", "on")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    assert_eq!(
        api(&lead, &app, Method::POST, &offer_path(&reg), Some(json!({"answer_by": in_days(5)}))).await.0,
        StatusCode::OK
    );
    let (_, list) = api(
        &lead2,
        &app,
        Method::GET,
        &format!("/api/v1/tenants/steinfurt/facilities/{other_facility}/waiting-list"),
        None,
    )
    .await;
    assert_eq!(list[0]["paused"], true, "{list}");
    let (s, body) = api(&lead2, &app, Method::POST, &offer_path(other), Some(json!({"answer_by": in_days(5)}))).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(body["error"]["message"].as_str().unwrap().contains("Angebotssperre"), "{body}");
    assert_eq!(status(&app, other).await, "registered");

    let res = office
        .post_form(&format!("{}/steinfurt/amt/angebotssperre", app.addr), &[("csrf", &token), ("offer_lock", "off")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        api(&lead2, &app, Method::POST, &offer_path(other), Some(json!({"answer_by": in_days(5)}))).await.0,
        StatusCode::OK
    );
    app.cleanup().await;
}

#[tokio::test]
async fn a_paper_registration_is_taken_over_when_the_parent_signs_in_with_that_email() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let page = format!("/steinfurt/einrichtung/{SONNENSCHEIN}/papier");
    let token = csrf(&lead, &app, &page).await;
    let nowak = account("eltern.nowak");
    let mut fields = paper_fields(token.clone(), &nowak.email);
    // Bad input first: the form comes back with the input and a message, nothing is stored.
    fields[7].1 = "keine-adresse".into();
    let url = format!("{}{page}", app.addr);
    let res = post_fields(&lead, &url, &fields).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let html = res.text().await.unwrap();
    assert!(html.contains("E-Mail") && html.contains("value=\"Zofia\""), "{html}");
    fields[7].1 = nowak.email.clone();
    let res = post_fields(&lead, &url, &fields).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "{}", res.text().await.unwrap());
    let mut db = app.db().await;
    let (origin, family_origin): (String, String) = sqlx::query_as(
        "select r.origin, f.origin from t_steinfurt.registrations r join t_steinfurt.children c on c.id = r.child_id
         join t_steinfurt.families f on f.id = c.family_id",
    )
    .fetch_one(&mut db)
    .await
    .unwrap();
    assert_eq!((origin.as_str(), family_origin.as_str()), ("paper", "paper"));

    // The parent signs in with that address and finds the registration in the account.
    let parent = Browser::new();
    let (url, page) = parent.sign_in(&format!("{}/steinfurt/login?return_to=/steinfurt/konto", app.addr), &nowak).await;
    assert_eq!(page.status(), StatusCode::OK, "{url}");
    let html = page.text().await.unwrap();
    assert!(html.contains("Zofia Nowak") && html.contains("Kita Sonnenschein"), "{html}");
    app.cleanup().await;
}

#[tokio::test]
async fn ten_offers_racing_for_the_last_place_leave_exactly_one_offer() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    places(&app, 1).await;
    let mut regs = Vec::new();
    for n in 0..3 {
        regs.push(registered_family(&app, n, 0).await.1);
    }
    let lead = std::sync::Arc::new(staff(&app, "leitung.sonnenschein", "steinfurt").await);
    let lead2 = std::sync::Arc::new(staff(&app, "leitung.sonnenschein", "steinfurt").await);
    let mut tasks = Vec::new();
    for (i, reg) in regs.iter().cycle().take(10).enumerate() {
        let b = if i % 2 == 0 { lead.clone() } else { lead2.clone() };
        let url = format!("{}{}", app.addr, offer_path(reg));
        let body = json!({"answer_by": in_days(5)});
        tasks.push(tokio::spawn(async move { b.json(Method::POST, &url, Some(body)).await.0 }));
    }
    let mut codes = Vec::new();
    for t in tasks {
        codes.push(t.await.unwrap());
    }
    assert_eq!(codes.iter().filter(|c| **c == StatusCode::OK).count(), 1, "{codes:?}");
    assert!(codes.iter().all(|c| *c == StatusCode::OK || *c == StatusCode::CONFLICT), "{codes:?}");
    assert_eq!(free_places(&app).await, 0);
    let mut db = app.db().await;
    let offered: i64 = sqlx::query_scalar("select count(*) from t_steinfurt.registrations where status = 'offered'")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(offered, 1);
    app.cleanup().await;
}

#[tokio::test]
async fn accept_racing_withdraw_and_a_double_accept_each_let_exactly_one_through() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    places(&app, 2).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let (p0, reg0, _) = registered_family(&app, 0, 0).await;
    let (p1, reg1, _) = registered_family(&app, 1, 0).await;
    for reg in [&reg0, &reg1] {
        assert_eq!(
            api(&lead, &app, Method::POST, &offer_path(reg), Some(json!({"answer_by": in_days(5)}))).await.0,
            StatusCode::OK
        );
    }
    let p0 = std::sync::Arc::new(p0);
    let base = format!("{}/api/v1/tenants/steinfurt/registrations/{reg0}", app.addr);
    let (a, w) = tokio::join!(
        {
            let (p, u) = (p0.clone(), format!("{base}/accept"));
            async move { p.json(Method::POST, &u, None).await.0 }
        },
        {
            let (p, u) = (p0.clone(), format!("{base}/withdraw"));
            async move { p.json(Method::POST, &u, None).await.0 }
        },
    );
    let final0 = status(&app, &reg0).await;
    match (a, w) {
        (StatusCode::OK, StatusCode::OK) => assert_eq!(final0, "withdrawn", "accepted, then withdrawn"),
        (StatusCode::OK, StatusCode::CONFLICT) => panic!("withdraw of an accepted offer is allowed"),
        (StatusCode::CONFLICT, StatusCode::OK) => assert_eq!(final0, "withdrawn"),
        other => panic!("unexpected {other:?}"),
    }
    // Withdrawn in the end: its place is back (2 places, one still held by reg1).
    assert_eq!(free_places(&app).await, 1);

    let p1 = std::sync::Arc::new(p1);
    let url = format!("{}/api/v1/tenants/steinfurt/registrations/{reg1}/accept", app.addr);
    let (x, y) = tokio::join!(
        {
            let (p, u) = (p1.clone(), url.clone());
            async move { p.json(Method::POST, &u, None).await.0 }
        },
        {
            let (p, u) = (p1.clone(), url.clone());
            async move { p.json(Method::POST, &u, None).await.0 }
        },
    );
    let mut got = [x, y];
    got.sort();
    assert_eq!(got, [StatusCode::OK, StatusCode::CONFLICT]);
    assert_eq!(status(&app, &reg1).await, "accepted");
    assert_eq!(free_places(&app).await, 1);
    app.cleanup().await;
}

#[tokio::test]
async fn offers_made_while_the_smtp_server_is_down_are_emailed_once_when_it_is_back() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    places(&app, 3).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let mut regs = Vec::new();
    for n in 0..3 {
        regs.push(registered_family(&app, n, 0).await.1);
    }
    // The registration e-mails went out before the outage.
    let port = SmtpSink::free_port();
    let mailer = crate::mail::mailer(port);
    {
        let _up = SmtpSink::start(port);
        assert_eq!(step_mail::deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap().sent, 3);
    }
    for reg in &regs {
        assert_eq!(
            api(&lead, &app, Method::POST, &offer_path(reg), Some(json!({"answer_by": in_days(7)}))).await.0,
            StatusCode::OK
        );
    }
    let d = step_mail::deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap();
    assert_eq!((d.sent, d.failed), (0, 3), "the server is down: each e-mail tried once, none sent");
    let db = app.store.tenant(&app.tenant("steinfurt").schema);
    assert_eq!(db.outbox_pending().await.unwrap(), 3);
    let smtp = SmtpSink::start(port);
    let mut conn = app.db().await;
    sqlx::query("update t_steinfurt.outbox set next_attempt_at = now()").execute(&mut conn).await.unwrap();
    assert_eq!(step_mail::deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap().sent, 3);
    assert_eq!(step_mail::deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap().sent, 0);
    let mails = smtp.messages();
    assert_eq!(mails.len(), 3, "none lost, none doubled");
    let ids: std::collections::BTreeSet<&str> =
        mails.iter().filter_map(|m| m.lines().find(|l| l.starts_with("Message-ID: <outbox-t_steinfurt-"))).collect();
    assert_eq!(ids.len(), 3, "three different e-mails");
    let offers: i64 = sqlx::query_scalar(
        "select count(*) from t_steinfurt.outbox where sent_at is not null and subject like 'Platzangebot von Kita Sonnenschein%'",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!(offers, 3);
    app.cleanup().await;
}

#[tokio::test]
async fn saving_the_capacity_form_keeps_offers_made_since_it_was_opened() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    places(&app, 3).await;
    let (_, reg, _) = registered_family(&app, 0, 0).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let page = format!("/steinfurt/einrichtung/{SONNENSCHEIN}/plaetze");
    let html = lead.get(&format!("{}{page}", app.addr)).await.text().await.unwrap();
    let token = input_value(&html, "csrf").unwrap();
    let shown = input_value(&html, "cap_0_shown").unwrap();
    assert_eq!(shown, "3");
    let line = |free: &str| {
        vec![
            ("csrf", token.clone()),
            ("action", "capacity".to_owned()),
            ("cap_0_start", input_value(&html, "cap_0_start").unwrap()),
            ("cap_0_band", "ue3".to_owned()),
            ("cap_0_hours", "0".to_owned()),
            ("cap_0_shown", shown.clone()),
            ("cap_0_free", free.to_owned()),
        ]
    };
    // Every refused line at once (issue 16.4), each field marked, nothing saved.
    let mut two_bad = line("viele");
    two_bad.extend([
        ("cap_1_start", "31.02.2027".to_owned()),
        ("cap_1_band", "ue3".to_owned()),
        ("cap_1_hours", "".to_owned()),
        ("cap_1_free", "2".to_owned()),
    ]);
    let res = post_fields(&lead, &format!("{}{page}", app.addr), &two_bad).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let bad = res.text().await.unwrap();
    assert!(bad.contains("Bitte korrigieren Sie diese 2 Angaben"), "{bad}");
    for id in ["cap_0_free", "cap_1_start"] {
        assert!(bad.contains(&format!("<a href=\"#{id}\">")), "{id}: {bad}");
        let at = bad.find(&format!("id=\"{id}\"")).unwrap();
        assert!(bad[at..at + 400].split('>').next().unwrap().contains("aria-invalid=\"true\""), "{id} is marked");
    }
    assert_eq!(free_places(&app).await, 3, "nothing saved");
    // Meanwhile an offer takes a place.
    assert_eq!(
        api(&lead, &app, Method::POST, &offer_path(&reg), Some(json!({"answer_by": in_days(5)}))).await.0,
        StatusCode::OK
    );
    assert_eq!(free_places(&app).await, 2);
    let url = format!("{}{page}", app.addr);
    assert_eq!(post_fields(&lead, &url, &line("3")).await.status(), StatusCode::SEE_OTHER, "unchanged line");
    assert_eq!(free_places(&app).await, 2, "the offer's place stays taken");
    let res = post_fields(&lead, &url, &line("0")).await;
    assert_eq!(res.status(), StatusCode::CONFLICT, "3 → 0 would leave -1 now");
    assert!(res.text().await.unwrap().contains("inzwischen geändert"));
    assert_eq!(free_places(&app).await, 2, "nothing saved");
    assert_eq!(post_fields(&lead, &url, &line("5")).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(free_places(&app).await, 4, "two more places on top of the current two");
    // A "new line" for the same start, band and hours does not overwrite the row.
    let new_line = vec![
        ("csrf", token.clone()),
        ("action", "capacity".to_owned()),
        ("cap_1_start", input_value(&html, "cap_0_start").unwrap()),
        ("cap_1_band", "ue3".to_owned()),
        ("cap_1_hours", "".to_owned()),
        ("cap_1_free", "1".to_owned()),
    ];
    let res = post_fields(&lead, &url, &new_line).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(res.text().await.unwrap().contains("gibt es schon eine Zeile"));
    assert_eq!(free_places(&app).await, 4);
    app.cleanup().await;
}

#[tokio::test]
async fn removing_a_criterion_keeps_the_ticks_of_the_others() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (_, reg, _) = registered_family(&app, 0, 0).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let page = format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}/plaetze", app.addr);
    let html = lead.get(&page).await.text().await.unwrap();
    let token = input_value(&html, "csrf").unwrap();
    let labels: Vec<String> =
        (0..).map_while(|n| input_value(&html, &format!("crit_{n}_label"))).filter(|l| !l.is_empty()).collect();
    assert!(labels.len() >= 3, "{labels:?}");
    let detail = format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}/vormerkungen/{reg}/kriterien", app.addr);
    let last = (labels.len() - 1).to_string();
    assert_eq!(
        lead.post_form(&detail, &[("csrf", &token), ("criterion", &last)]).await.status(),
        StatusCode::SEE_OTHER
    );
    // Empty the first criterion's label: it goes, the last keeps its position and tick.
    let mut fields = vec![("csrf".to_owned(), token.clone()), ("action".to_owned(), "criteria".to_owned())];
    for (n, label) in labels.iter().enumerate() {
        let points = input_value(&html, &format!("crit_{n}_points")).unwrap();
        fields.push((format!("crit_{n}_pos"), n.to_string()));
        fields.push((format!("crit_{n}_label"), if n == 0 { String::new() } else { label.clone() }));
        fields.push((format!("crit_{n}_points"), points));
    }
    assert_eq!(post_fields(&lead, &page, &fields).await.status(), StatusCode::SEE_OTHER);
    let (_, list) = api(
        &lead,
        &app,
        Method::GET,
        &format!("/api/v1/tenants/steinfurt/facilities/{SONNENSCHEIN}/waiting-list"),
        None,
    )
    .await;
    assert_eq!(list[0]["criteria"], json!([labels.last().unwrap()]), "{list}");
    app.cleanup().await;
}

#[tokio::test]
async fn a_child_with_an_accepted_place_is_not_registered_elsewhere_until_it_is_withdrawn() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    places(&app, 1).await;
    let (parent, reg, _) = registered_family(&app, 0, 0).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    assert_eq!(
        api(&lead, &app, Method::POST, &offer_path(&reg), Some(json!({"answer_by": in_days(5)}))).await.0,
        StatusCode::OK
    );
    let accept = |id: &str| format!("/api/v1/tenants/steinfurt/registrations/{id}/accept");
    // A cross-site page cannot make the parent's browser accept.
    let evil = reqwest::Client::new()
        .post(format!("{}{}", app.addr, accept(&reg)))
        .header("origin", "http://evil.example")
        .header("cookie", format!("step_session={}", parent.cookie("127.0.0.1", "step_session").unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(evil.status(), StatusCode::FORBIDDEN);
    assert_eq!(status(&app, &reg).await, "offered");
    assert_eq!(api(&parent, &app, Method::POST, &accept(&reg), None).await.0, StatusCode::OK);
    assert_eq!(free_places(&app).await, 0);
    // A child with an accepted place is not registered anywhere else.
    let other = other_kitas(&app).await.remove(0);
    let (_, regs) = api(&parent, &app, Method::GET, "/api/v1/tenants/steinfurt/registrations", None).await;
    let child = regs[0]["child_id"].as_str().unwrap().to_owned();
    let (s, body) = register(&app, &parent, "steinfurt", &child, &other, 35, &format_date(season())).await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    assert!(body["error"]["message"].as_str().unwrap().contains("schon einen Platz angenommen"), "{body}");
    // Withdrawing the accepted place gives it back and allows new registrations.
    let (s, _) =
        api(&parent, &app, Method::POST, &format!("/api/v1/tenants/steinfurt/registrations/{reg}/withdraw"), None)
            .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(free_places(&app).await, 1, "the place went back");
    let (s, body) = register(&app, &parent, "steinfurt", &child, &other, 35, &format_date(season())).await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    app.cleanup().await;
}

#[tokio::test]
async fn a_long_waiting_list_comes_in_pages_of_a_hundred_in_rank_order() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let mut db = app.db().await;
    for sql in [
        "insert into t_steinfurt.families (first_name, last_name, street, postcode, city, phone, email)
         select 'Viele', 'Familie ' || g, 'Markt 1', '48565', 'Steinfurt', '0000 1', 'viele' || g || '@example.org' from generate_series(1, 150) g",
        "insert into t_steinfurt.children (family_id, first_name, last_name, birth_date)
         select id, 'Kind' || substr(last_name, 9), last_name, current_date - 900 from t_steinfurt.families",
    ] {
        sqlx::query(sql).execute(&mut db).await.unwrap();
    }
    sqlx::query(
        "insert into t_steinfurt.registrations (child_id, facility_id, start_date, hours, rank)
         select id, $1::uuid, $2, 35, 1 from t_steinfurt.children",
    )
    .bind(SONNENSCHEIN)
    .bind(season())
    .execute(&mut db)
    .await
    .unwrap();
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let list = format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}", app.addr);
    let first = lead.get(&list).await.text().await.unwrap();
    assert!(first.contains("Rang 1 bis 100 von 150"), "{first}");
    assert!(first.contains("Seite 1 von 2") && first.contains("?seite=2"));
    let second = lead.get(&format!("{list}?seite=2")).await.text().await.unwrap();
    assert!(second.contains("Rang 101 bis 150 von 150"));
    assert_eq!(second.matches("<tr class=\"status-").count(), 50);
    for bad in ["3", "0", "zwei"] {
        let res = lead.get(&format!("{list}?seite={bad}")).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "seite={bad}");
        assert!(res.text().await.unwrap().contains("Zahl von 1 bis 2"));
    }
    app.cleanup().await;
}

/// An open offer is in front (issue 16): a banner with its deadline and both answers on every page
/// the family sees, first on the account page; a badge in the menu for offers and unread messages;
/// inbox messages that link to the answer, later to the registration.
#[tokio::test]
async fn an_open_offer_is_a_banner_on_every_family_page_and_the_inbox_links_to_it() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    places(&app, 2).await;
    let (parent, reg, _) = registered_family(&app, 0, 0).await;
    let page = |path: String| {
        let parent = &parent;
        let url = format!("{}{path}", app.addr);
        async move { parent.get(&url).await.text().await.unwrap() }
    };
    assert!(!page("/steinfurt/suche".into()).await.contains("offer-banner"), "no offer, no banner");

    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let (code, body) = api(&lead, &app, Method::POST, &offer_path(&reg), Some(json!({"answer_by": in_days(7)}))).await;
    assert_eq!(code, StatusCode::OK, "{body}");
    let deadline = today() + time::Duration::days(7);
    let deadline = format!("{:02}.{:02}.{}", deadline.day(), deadline.month() as u8, deadline.year());
    for path in ["/steinfurt/suche", "/steinfurt/konto", "/steinfurt/auswahl", "/steinfurt/konto/kinder", "/steinfurt/"]
    {
        let html = page(path.into()).await;
        assert!(html.contains("Ein Platzangebot wartet auf Ihre Antwort"), "{path}: {html}");
        assert!(html.contains(&format!("Bitte antworten Sie bis {deadline}.")), "{path}");
        let answer = |to: &str, label: &str| format!("/{reg}/{to}\" aria-describedby=\"offer-{reg}\">{label}");
        assert!(html.contains(&answer("annehmen", "Platz annehmen")), "{path}");
        assert!(html.contains(&answer("ablehnen", "Angebot ablehnen")), "{path}");
    }
    let account = page("/steinfurt/konto".into()).await;
    assert!(account.find("offer-banner").unwrap() < account.find("<h1").unwrap(), "the offer comes first");
    let (_, inbox) = api(&parent, &app, Method::GET, "/api/v1/tenants/steinfurt/inbox", None).await;
    let unread = inbox["unread"].as_i64().unwrap();
    assert!(unread >= 2, "registered and offered: {inbox}");
    // Messages about the offered registration count as the offer, not once more each.
    assert!(account.contains("<span class=\"badge\" aria-hidden=\"true\">1</span>"), "{account}");
    assert!(account.contains("(1 offenes Platzangebot)"), "{account}");

    let messages = page("/steinfurt/konto/nachrichten".into()).await;
    assert!(messages.contains(&format!("href=\"/steinfurt/konto#r-{reg}\">Zum Angebot")), "{messages}");
    let account = page("/steinfurt/konto".into()).await;
    assert!(account.contains("<span class=\"badge\" aria-hidden=\"true\">1</span>"), "the offer stays after reading");
    assert!(account.contains(&format!("id=\"r-{reg}\"")), "the registration has an anchor");
    assert!(!page(format!("/steinfurt/konto/vormerkungen/{reg}/annehmen")).await.contains("offer-banner"));

    let (code, _) =
        api(&parent, &app, Method::POST, &format!("/api/v1/tenants/steinfurt/registrations/{reg}/refuse"), None).await;
    assert_eq!(code, StatusCode::OK);
    let search = page("/steinfurt/suche".into()).await;
    assert!(!search.contains("offer-banner"), "an answered offer leaves the banner");
    assert!(search.contains("(1 neue Nachricht)"), "the answer's message is a new message: {search}");
    let messages = page("/steinfurt/konto/nachrichten".into()).await;
    assert!(messages.contains(&format!("href=\"/steinfurt/konto#r-{reg}\">Zur Vormerkung")), "{messages}");
    assert!(!messages.contains("Zum Angebot"));
    app.cleanup().await;
}

/// Families declare the admission criteria (issue 16): the desk sees them pre-ticked as declared by
/// the family, they give no points until the lead confirms; the family then sees what was
/// confirmed. Declarations the facility does not have, or that are no positions, are refused and
/// write nothing.
#[tokio::test]
async fn declared_criteria_arrive_pre_ticked_and_count_only_once_the_lead_confirms() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (parent, child) = parent_with_child(&app, 0, "steinfurt", 1300).await;
    let start = format_date(season());
    let body = |criteria: Value| json!({"child_id": child, "facility_id": SONNENSCHEIN, "start": start, "hours": 35, "rank": 1, "criteria": criteria});
    let path = "/api/v1/tenants/steinfurt/registrations";
    let (code, err) = api(&parent, &app, Method::POST, path, Some(body(json!([0, 99])))).await;
    assert_eq!(code, StatusCode::CONFLICT, "{err}");
    assert!(err["error"]["message"].as_str().unwrap().contains("Aufnahmekriterium"), "{err}");
    let (code, err) = api(&parent, &app, Method::POST, path, Some(body(json!(["Geschwister"])))).await;
    assert_eq!(code, StatusCode::BAD_REQUEST);
    assert_eq!(err["error"]["field"], "criteria");
    assert_eq!(count_registrations(&app, "t_steinfurt").await, 0, "a refused declaration writes nothing");

    let (code, created) = api(&parent, &app, Method::POST, path, Some(body(json!([0, 2])))).await;
    assert_eq!(code, StatusCode::CREATED, "{created}");
    let reg = created["id"].as_str().unwrap().to_owned();

    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let list = format!("/api/v1/tenants/steinfurt/facilities/{SONNENSCHEIN}/waiting-list");
    let (_, rows) = api(&lead, &app, Method::GET, &list, None).await;
    let row = rows.as_array().unwrap().iter().find(|r| r["id"] == reg.as_str()).unwrap().clone();
    assert_eq!(row["points"], 0, "declared criteria count for nothing yet: {row}");
    let html = lead.get(&format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}", app.addr)).await.text().await.unwrap();
    assert!(
        html.contains("Geschwisterkind bereits in der Einrichtung <span class=\"tag\">angegeben, noch nicht geprüft")
    );
    let detail = format!("/steinfurt/einrichtung/{SONNENSCHEIN}/vormerkungen/{reg}");
    let page = lead.get(&format!("{}{detail}", app.addr)).await.text().await.unwrap();
    assert!(page.contains("id=\"crit-0\" name=\"criterion\" value=\"0\" checked"), "declared ones are pre-ticked");
    assert!(page.contains("id=\"crit-2\" name=\"criterion\" value=\"2\" checked"));
    assert!(!page.contains("value=\"1\" checked"));
    assert!(page.contains("von der Familie angegeben") && page.contains("Angaben bestätigen"), "{page}");
    let account = parent.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    assert!(
        account.contains("Geschwisterkind bereits in der Einrichtung (wird von der Einrichtung geprüft)"),
        "{account}"
    );

    // The lead confirms the sibling, not the single parent (a correction), and adds nothing else.
    let token = csrf(&lead, &app, &detail).await;
    let res = lead.post_form(&format!("{}{detail}/kriterien", app.addr), &[("csrf", &token), ("criterion", "0")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, rows) = api(&lead, &app, Method::GET, &list, None).await;
    let row = rows.as_array().unwrap().iter().find(|r| r["id"] == reg.as_str()).unwrap().clone();
    assert_eq!(row["points"], 30, "{row}");
    let account = parent.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    assert!(account.contains("Geschwisterkind bereits in der Einrichtung (bestätigt)"), "{account}");
    assert!(account.contains("Alleinerziehender, berufstätiger Elternteil (nicht bestätigt)"), "{account}");
    let (_, regs) = api(&parent, &app, Method::GET, path, None).await;
    let mine = regs.as_array().unwrap().iter().find(|r| r["id"] == reg.as_str()).unwrap();
    assert_eq!(mine["criteria_reviewed"], true);
    assert_eq!(
        mine["declared_criteria"],
        json!(["Geschwisterkind bereits in der Einrichtung", "Alleinerziehender, berufstätiger Elternteil"])
    );
    assert_eq!(mine["criteria"], json!(["Geschwisterkind bereits in der Einrichtung"]));
    let mut db = app.db().await;
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from t_steinfurt.audit_log where action = 'criteria_ticked' and object = $1",
    )
    .bind(format!("registration:{reg}"))
    .fetch_one(&mut db)
    .await
    .unwrap();
    assert_eq!(audited, 1, "the review is audited");
    app.cleanup().await;
}

/// The registration form shows each chosen facility's criteria to tick (issue 16); what is ticked
/// arrives as declared, a tampered value is refused at its facility and nothing is written.
#[tokio::test]
async fn the_registration_form_asks_for_the_criteria_and_refuses_tampered_ones() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (parent, child) = parent_with_child(&app, 0, "steinfurt", 1300).await;
    let selection = format!("{}/steinfurt/auswahl", app.addr);
    let token = csrf(&parent, &app, "/steinfurt/auswahl").await;
    let res = parent.post_form(&selection, &[("csrf", &token), ("action", "add"), ("facility_id", SONNENSCHEIN)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let html = parent.get(&selection).await.text().await.unwrap();
    assert!(html.contains("Welche Aufnahmekriterien dieser Einrichtung treffen auf Ihre Familie zu?"), "{html}");
    assert!(html.contains(&format!("name=\"crit_{SONNENSCHEIN}\" value=\"0\"")), "{html}");
    let start = format_date(season());
    let hours = format!("hours_{SONNENSCHEIN}");
    let crit = format!("crit_{SONNENSCHEIN}");
    let register = format!("{}/steinfurt/vormerken", app.addr);
    let fields = |c: &'static str| {
        vec![
            ("csrf", token.clone()),
            ("child_id", child.clone()),
            ("start", start.clone()),
            (hours.as_str(), "35".to_owned()),
            (crit.as_str(), c.to_owned()),
        ]
    };
    // The shared fields' mistakes at once, each at its field; a past start is said once (issue 16.4).
    let mut shared = fields("3");
    shared[1].1 = "kein-kind".into();
    shared[2].1 = "01.01.2020".into();
    let res = post_fields(&parent, &register, &shared).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let html = res.text().await.unwrap();
    assert!(html.contains("Bitte korrigieren Sie diese 2 Angaben"), "{html}");
    assert_eq!(html.matches("in der Vergangenheit").count(), 1, "said once, at the date: {html}");
    assert!(html.contains("<a href=\"#start\">") && html.contains("<a href=\"#child_id\">"), "{html}");
    assert!(html.contains("value=\"01.01.2020\""), "what was typed stays");
    assert_eq!(count_registrations(&app, "t_steinfurt").await, 0);
    let res = post_fields(&parent, &register, &fields("Geschwister")).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let html = res.text().await.unwrap();
    assert!(html.contains("Aufnahmekriterien: Unbekanntes Kriterium."), "{html}");
    assert!(html.contains(&format!("id=\"crit_{SONNENSCHEIN}_0\"")), "the form comes back");
    assert_eq!(count_registrations(&app, "t_steinfurt").await, 0);

    let res = post_fields(&parent, &register, &fields("3")).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, regs) = api(&parent, &app, Method::GET, "/api/v1/tenants/steinfurt/registrations", None).await;
    assert_eq!(regs[0]["declared_criteria"], json!(["Beide Elternteile berufstätig oder in Ausbildung"]));
    assert_eq!(regs[0]["criteria_reviewed"], false);
    app.cleanup().await;
}

/// The menu by role (issue 16): staff without a family here see their desk or office instead of
/// the parent's selection and account, and "Mein Konto" leads them there; a family's accepted place
/// reads as given back, not withdrawn.
#[tokio::test]
async fn staff_see_their_desk_in_the_menu_and_an_accepted_place_is_given_back() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let html = lead.get(&format!("{}/steinfurt/suche", app.addr)).await.text().await.unwrap();
    let nav = &html[html.find("<nav id=\"site-nav\"").unwrap()..html.find("</nav>").unwrap()];
    assert!(nav.contains("href=\"/steinfurt/einrichtung\""), "{nav}");
    assert!(!nav.contains("/steinfurt/auswahl") && !nav.contains("/steinfurt/konto\""), "{nav}");
    let res = lead.get(&format!("{}/steinfurt/konto", app.addr)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/steinfurt/einrichtung", "a lead's account is the desk");
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    let html = office.get(&format!("{}/steinfurt/", app.addr)).await.text().await.unwrap();
    assert!(html.contains("href=\"/steinfurt/amt\">Jugendamt</a>"), "{html}");

    places(&app, 1).await;
    let (parent, reg, _) = registered_family(&app, 0, 0).await;
    let html = parent.get(&format!("{}/steinfurt/suche", app.addr)).await.text().await.unwrap();
    assert!(html.contains("/steinfurt/auswahl") && !html.contains("href=\"/steinfurt/amt\""), "a parent's menu");
    let (code, _) = api(&lead, &app, Method::POST, &offer_path(&reg), Some(json!({"answer_by": in_days(5)}))).await;
    assert_eq!(code, StatusCode::OK);
    let (code, _) =
        api(&parent, &app, Method::POST, &format!("/api/v1/tenants/steinfurt/registrations/{reg}/accept"), None).await;
    assert_eq!(code, StatusCode::OK);
    let account = parent.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    assert!(account.contains(&format!("/{reg}/zurueckziehen\">Betreuungsplatz zurückgeben")), "{account}");
    let page = parent.get(&format!("{}/steinfurt/konto/vormerkungen/{reg}/zurueckziehen", app.addr)).await;
    let page = page.text().await.unwrap();
    assert!(page.contains("<h1>Betreuungsplatz zurückgeben</h1>") && page.contains("Ja, Platz zurückgeben"), "{page}");
    app.cleanup().await;
}

/// Addresses are checked against the municipality's lists (issue 16): a postcode of another town or
/// a street it does not know gets a warning with the probable names and nothing is saved; the
/// family may still save it, confirmed; an address saved so is not questioned again.
#[tokio::test]
async fn an_unknown_address_gets_a_warning_and_may_still_be_saved() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let parent = staff(&app, "eltern.mueller", "rheine").await;
    let form_url = format!("{}/rheine/konto/familie", app.addr);
    let token = csrf(&parent, &app, "/rheine/konto/familie").await;
    let fields = |street: &str, postcode: &str, confirmed: &str| -> Vec<(&'static str, String)> {
        vec![
            ("csrf", token.clone()),
            ("first_name", "Anna".into()),
            ("last_name", "Müller".into()),
            ("street", street.into()),
            ("postcode", postcode.into()),
            ("city", "Rheine".into()),
            ("phone", "05971 123-45".into()),
            ("email", "anna.mueller@example.org".into()),
            ("language", "de".into()),
            ("address_confirmed", confirmed.into()),
        ]
    };
    async fn family_saved(app: &TestApp) -> i64 {
        let mut db = app.db().await;
        sqlx::query_scalar("select count(*) from t_rheine.families").fetch_one(&mut db).await.unwrap()
    }
    let res = post_fields(&parent, &form_url, &fields("Bahnhofstrase 3", "48565", "")).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains("Die Postleitzahl 48565 gehört nicht zu Rheine (dort: 48429, 48431, 48432)."), "{html}");
    assert!(html.contains("Die Straße „Bahnhofstrase 3“ kennen wir in Rheine nicht. Meinten Sie „Bahnhofstraße“?"));
    assert!(html.contains("value=\"Bahnhofstrase 3\""), "what was typed stays");
    assert_eq!(family_saved(&app).await, 0, "nothing saved before the family confirms");

    let res = post_fields(&parent, &form_url, &fields("Elter Straße 5", "48431", "")).await;
    let html = res.text().await.unwrap();
    assert!(html.contains("Die Straße „Elter Straße 5“ steht nicht im Straßenverzeichnis von Rheine."), "{html}");
    let res = post_fields(&parent, &form_url, &fields("Elter Straße 5", "48431", "ja")).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "confirmed, it is saved");
    assert_eq!(family_saved(&app).await, 1);
    let res = post_fields(&parent, &form_url, &fields("Elter Straße 5", "48431", "")).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "a saved address is not questioned again");
    let res = post_fields(&parent, &form_url, &fields("Bahnhofstraße 3", "48431", "")).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "a known address is saved at once");
    app.cleanup().await;
}

/// The audit log reads for a clerk (issue 16): people, children and facilities by name and German
/// local time, filters by person, child, action and period, the same rows as CSV; a bad filter is
/// said at its field and shows no rows.
#[tokio::test]
async fn the_audit_log_names_people_children_and_facilities_and_filters_them() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    places(&app, 1).await;
    let (_parent, reg, _) = registered_family(&app, 0, 0).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    lead.get(&format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}", app.addr)).await;
    lead.get(&format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}/vormerkungen/{reg}", app.addr)).await;
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    let log = |query: &str| {
        let (office, url) = (&office, format!("{}/steinfurt/amt/protokoll{query}", app.addr));
        async move {
            let res = office.get(&url).await;
            (res.status(), res.text().await.unwrap())
        }
    };
    let (status, html) = log("").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<td>Petra Schulte (leitung@kita-sonnenschein.example)</td>"), "{html}");
    assert!(html.contains("<td>Kind Test – Kita Sonnenschein</td>"), "a registration by its child: {html}");
    assert!(html.contains("<td>Kita Sonnenschein</td>"), "a facility by its name");
    // The log shows German time, and its day filter takes German days.
    let now = step_domain::talk::berlin(time::OffsetDateTime::now_utc());
    assert!(
        html.contains(&format!("<td>{:02}.{:02}.{} ", now.day(), now.month() as u8, now.year())) || now.hour() == 23
    );
    assert!(!html.contains("UTC"));

    let (_, html) = log("?person=schulte&action=registration_read").await;
    assert_eq!(html.matches("<td>Vormerkung angesehen</td>").count(), 1, "{html}");
    assert!(!html.contains("<td>Warteliste angesehen</td>"));
    let (_, html) = log("?person=Niemand").await;
    assert!(html.contains("Keine Einträge."));
    let (_, html) = log("?child=kind+test").await;
    assert!(html.contains("Kind Test – Kita Sonnenschein") && !html.contains("<td>Warteliste angesehen</td>"));
    let today = format!("{:02}.{:02}.{}", now.day(), now.month() as u8, now.year());
    let (_, html) = log(&format!("?from={today}&to={today}&person=Schulte")).await;
    assert!(html.contains("<td>Warteliste angesehen</td>"), "today's entries by German days");

    let (status, html) = log("?from=2026-13-45").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("Von: Bitte geben Sie ein Datum als TT.MM.JJJJ an"), "{html}");
    assert!(html.contains("id=\"from\" name=\"from\" type=\"text\" inputmode=\"numeric\" placeholder=\"TT.MM.JJJJ\" value=\"2026-13-45\" aria-invalid=\"true\""));
    assert!(html.contains("Keine Einträge."));
    let (status, html) = log(&format!("?person={}&from=2026-13-45&to=gestern", "x".repeat(101))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("Bitte korrigieren Sie diese 3 Angaben"), "every mistake at once: {html}");
    for id in ["person", "from", "to"] {
        assert!(html.contains(&format!("<a href=\"#{id}\">")), "{id}: {html}");
    }
    let (status, html) = log("?from=02.01.2027&to=01.01.2027").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("Bis: Das Ende des Zeitraums liegt vor seinem Anfang."));

    let res = office.get(&format!("{}/steinfurt/amt/protokoll.csv?person=Schulte", app.addr)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = res.text().await.unwrap();
    assert!(csv.contains("\"Petra Schulte (leitung@kita-sonnenschein.example)\""), "{csv}");
    assert!(csv.contains("\"Kind Test – Kita Sonnenschein\""));
    app.cleanup().await;
}

/// The family form names every mistake at once (issue 16), each linked to its field and each field
/// marked; nothing is saved.
#[tokio::test]
async fn the_family_form_names_every_mistake_at_once() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let parent = staff(&app, "eltern.mueller", "rheine").await;
    let token = csrf(&parent, &app, "/rheine/konto/familie").await;
    let fields = [
        ("csrf", token.as_str()),
        ("first_name", ""),
        ("last_name", "Müller"),
        ("street", "Bahnhofstraße 3"),
        ("postcode", "123"),
        ("city", "Rheine"),
        ("phone", "x"),
        ("email", "anna.mueller@example.org"),
        ("language", "de"),
    ];
    let res = parent.post_form(&format!("{}/rheine/konto/familie", app.addr), &fields).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let html = res.text().await.unwrap();
    assert!(html.contains("Bitte korrigieren Sie diese 3 Angaben:"), "{html}");
    for field in ["first_name", "postcode", "phone"] {
        assert!(html.contains(&format!("<li><a href=\"#{field}\">")), "{field} is linked: {html}");
        assert!(html.contains(&format!("id=\"{field}\" name=\"{field}\"")), "{field}");
    }
    assert_eq!(html.matches("aria-invalid=\"true\"").count(), 3, "exactly the three fields are marked");
    assert!(html.contains("value=\"Bahnhofstraße 3\""), "what was typed stays");
    let mut db = app.db().await;
    let saved: i64 = sqlx::query_scalar("select count(*) from t_rheine.families").fetch_one(&mut db).await.unwrap();
    assert_eq!(saved, 0);
    app.cleanup().await;
}

/// Issue 19.9: a child the municipality already knows (same paper family, names and birth date)
/// registered on paper again is the same child, so the per-child rules hold: a second registration
/// at the same Kita is refused and no second child appears.
#[tokio::test]
async fn a_known_child_registered_on_paper_again_is_the_same_child() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let page = format!("/steinfurt/einrichtung/{SONNENSCHEIN}/papier");
    let url = format!("{}{page}", app.addr);
    let fields = |token: String| {
        let mut f = paper_fields(token, "k.nowak@example.org");
        f[8].1 = "de".into();
        f
    };
    let res = post_fields(&lead, &url, &fields(csrf(&lead, &app, &page).await)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "{}", res.text().await.unwrap());
    // The same child typed again, its first name in other letters.
    let mut again = fields(csrf(&lead, &app, &page).await);
    again[9].1 = "ZOFIA".into();
    let res = post_fields(&lead, &url, &again).await;
    assert_ne!(res.status(), StatusCode::SEE_OTHER, "a second active registration of the same child here is refused");
    let mut db = app.db().await;
    let (children, registrations): (i64, i64) = sqlx::query_as(
        "select (select count(*) from t_steinfurt.children), (select count(*) from t_steinfurt.registrations)",
    )
    .fetch_one(&mut db)
    .await
    .unwrap();
    assert_eq!((children, registrations), (1, 1), "one child, one registration");
    app.cleanup().await;
}

/// The paper registration form as a lead fills it in for Katarzyna Nowak and her daughter Zofia.
fn paper_fields(token: String, email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("csrf", token),
        ("first_name", "Katarzyna".into()),
        ("last_name", "Nowak".into()),
        ("street", "Kirchstraße 4".into()),
        ("postcode", "48565".into()),
        ("city", "Steinfurt".into()),
        ("phone", "02551 12345".into()),
        ("email", email.into()),
        ("language", "pl".into()),
        ("child_first_name", "Zofia".into()),
        ("child_last_name", "Nowak".into()),
        ("birth_date", format_date(season() - time::Duration::days(1300))),
        ("start", format_date(season())),
        ("hours", "45".into()),
    ]
}
