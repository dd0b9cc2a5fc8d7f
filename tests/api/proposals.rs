//! The office proposes a place for a child on its worklist (issue 20): only at a facility with a
//! free place for the child's band, once per facility; the lead confirms it on the desk (an
//! ordinary offer to the family, on a registration the office makes) or refuses it with a reason
//! the office reads. Bad input is refused at its field and changes nothing; nobody else acts.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use step_e2e::browser_client::{Browser, input_value};
use step_e2e::{Seed, TestApp};
use time::Duration;

use crate::desk::{SONNENSCHEIN, in_days, staff};
use crate::support::season;

/// A child of a paper family, `age_days` old at the season start, waiting at another Kita of
/// Steinfurt (not Sonnenschein). Returns its id.
async fn waiting_child(app: &TestApp, name: &str, age_days: i64) -> String {
    let mut db = app.db().await;
    let id: uuid::Uuid = sqlx::query_scalar(
        "with f as (insert into t_steinfurt.families (first_name, last_name, street, postcode, city, phone, email, origin)
             values ('Eltern', $1, 'Markt 1', '48565', 'Steinfurt', '02551 4711', lower($1) || '@example.org', 'paper') returning id),
         c as (insert into t_steinfurt.children (family_id, first_name, last_name, birth_date)
             select id, $1, 'Vorschlag', $2 from f returning id),
         r as (insert into t_steinfurt.registrations (child_id, facility_id, start_date, hours, rank, origin)
             select c.id, (select id from t_steinfurt.facilities where kind = 'kita' and id <> $4::uuid
                 and age_min_months <= 24 and age_max_months >= 40 and 35 = any(hours_offered) order by id limit 1),
                 $3, 35, 1, 'paper' from c)
         select id from c",
    )
    .bind(name)
    .bind(season() - Duration::days(age_days))
    .bind(season())
    .bind(SONNENSCHEIN)
    .fetch_one(&mut db)
    .await
    .unwrap();
    id.to_string()
}

/// Sonnenschein's free places: `free` under-threes at the season start, any hours, none else.
async fn u3_places(app: &TestApp, free: i16) {
    let mut db = app.db().await;
    sqlx::query("delete from t_steinfurt.places where facility_id = $1::uuid")
        .bind(SONNENSCHEIN)
        .execute(&mut db)
        .await
        .unwrap();
    sqlx::query("insert into t_steinfurt.places (facility_id, start_date, age_band, hours, free_places) values ($1::uuid, $2, 'u3', 0, $3)")
        .bind(SONNENSCHEIN)
        .bind(season())
        .bind(free)
        .execute(&mut db)
        .await
        .unwrap();
}

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&mut app.db().await).await.unwrap()
}

async fn propose(b: &Browser, app: &TestApp, child: &str, body: Value) -> (StatusCode, Value) {
    b.json(Method::POST, &format!("{}/api/v1/tenants/steinfurt/cases/{child}/proposals", app.addr), Some(body)).await
}

#[tokio::test]
async fn the_office_proposes_a_free_place_and_the_lead_confirms_it_as_an_offer() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let mia = waiting_child(&app, "Mia", 800).await;
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    let case = format!("{}/api/v1/tenants/steinfurt/cases/{mia}", app.addr);

    // No free place for under-threes at Sonnenschein: not a candidate, and refused at its field.
    u3_places(&app, 0).await;
    let (st, detail) = office.json(Method::GET, &case, None).await;
    assert_eq!(st, StatusCode::OK, "{detail}");
    assert!(!detail["candidates"].as_array().unwrap().iter().any(|c| c["facility_id"] == SONNENSCHEIN), "{detail}");
    let (status, body) = propose(&office, &app, &mia, json!({"facility": SONNENSCHEIN})).await;
    assert_eq!((status, body["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("facility")), "{body}");
    assert!(body["error"]["message"].as_str().unwrap().contains("keinen freien Platz"), "{body}");
    // Bad input: no facility, a note over 1,000 characters. Nothing is stored.
    let (status, body) = propose(&office, &app, &mia, json!({"facility": "keine"})).await;
    assert_eq!((status, body["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("facility")));
    u3_places(&app, 1).await;
    let long = "x".repeat(1001);
    let (status, body) = propose(&office, &app, &mia, json!({"facility": SONNENSCHEIN, "note": long})).await;
    assert_eq!((status, body["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("proposal_note")));
    assert_eq!(scalar(&app, "select count(*) from t_steinfurt.case_proposals").await, 0);

    // With one free place: proposed, once.
    let (_, detail) = office.json(Method::GET, &case, None).await;
    let sonnenschein = detail["candidates"].as_array().unwrap().iter().find(|c| c["facility_id"] == SONNENSCHEIN);
    assert_eq!(sonnenschein.map(|c| c["free_places"].clone()), Some(json!(1)), "{detail}");
    let note = "Familie braucht dringend einen Platz ab August.";
    let (status, body) = propose(&office, &app, &mia, json!({"facility": SONNENSCHEIN, "note": note})).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let proposal = body["id"].as_i64().unwrap();
    let (status, body) = propose(&office, &app, &mia, json!({"facility": SONNENSCHEIN})).await;
    assert_eq!((status, body["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("facility")), "{body}");

    // The lead sees it on the desk, refuses bad input, and confirms it.
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let facility = format!("{}/api/v1/tenants/steinfurt/facilities/{SONNENSCHEIN}/proposals", app.addr);
    let (status, open) = lead.json(Method::GET, &facility, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!((open[0]["child"].as_str(), open[0]["note"].as_str()), (Some("Mia Vorschlag"), Some(note)), "{open}");
    let html = lead.get(&format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}", app.addr)).await.text().await.unwrap();
    assert!(html.contains("Vorschläge des Jugendamts") && html.contains("Mia Vorschlag"), "the desk lists it");
    let (status, body) =
        lead.json(Method::POST, &format!("{facility}/{proposal}/refuse"), Some(json!({"note": "  "}))).await;
    assert_eq!((status, body["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("refuse_note")));
    let (status, body) = lead
        .json(Method::POST, &format!("{facility}/{proposal}/confirm"), Some(json!({"answer_by": in_days(-1)})))
        .await;
    assert_eq!((status, body["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("answer_by")));
    assert_eq!(scalar(&app, "select count(*) from t_steinfurt.case_proposals where status = 'proposed'").await, 1);
    let (status, body) = lead
        .json(Method::POST, &format!("{facility}/{proposal}/confirm"), Some(json!({"answer_by": in_days(7)})))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let registration = body["registration_id"].as_str().unwrap().to_owned();
    let (status, origin): (String, String) =
        sqlx::query_as("select status, origin from t_steinfurt.registrations where id = $1::uuid")
            .bind(&registration)
            .fetch_one(&mut app.db().await)
            .await
            .unwrap();
    assert_eq!((status.as_str(), origin.as_str()), ("offered", "office"));
    let places = "select coalesce(sum(free_places), 0)::bigint from t_steinfurt.places where facility_id = '6ef8b740-dd1d-4064-99fe-5c5445ba6324'";
    assert_eq!(scalar(&app, places).await, 0, "the offer holds the place");
    let messages = format!(
        "select count(*) from t_steinfurt.messages m join t_steinfurt.registrations r on r.id = m.registration_id
         where r.id = '{registration}' and m.subject like '%Platz%'"
    );
    assert_eq!(scalar(&app, &messages).await, 1, "the family has the offer in its inbox");
    // Decided once: a second answer is refused.
    let (status, _) = lead
        .json(Method::POST, &format!("{facility}/{proposal}/confirm"), Some(json!({"answer_by": in_days(7)})))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    // The child has an offer now: it left the worklist; its case stays readable, marked as placed,
    // with the confirmed proposal, and takes no further proposal. The audit log has both steps.
    let (status, detail) = office.json(Method::GET, &case, None).await;
    assert_eq!(status, StatusCode::OK, "{detail}");
    assert_eq!(
        (detail["case"]["has_place"].as_bool(), detail["proposals"][0]["status"].as_str()),
        (Some(true), Some("confirmed"))
    );
    let (_, list) = office.json(Method::GET, &format!("{}/api/v1/tenants/steinfurt/cases", app.addr), None).await;
    assert!(!list["cases"].as_array().unwrap().iter().any(|c| c["child_id"] == mia.as_str()), "off the worklist");
    let (status, body) = propose(&office, &app, &mia, json!({"facility": SONNENSCHEIN})).await;
    assert_eq!((status, body["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("facility")), "{body}");
    let audit = "select count(*) from t_steinfurt.audit_log where action in ('case_propose', 'proposal_confirmed')";
    assert_eq!(scalar(&app, audit).await, 2);
    app.cleanup().await;
}

#[tokio::test]
async fn a_refused_proposal_reaches_the_case_and_others_may_not_act() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    u3_places(&app, 2).await;
    let ole = waiting_child(&app, "Ole", 800).await;
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;

    // The form on the case page: the candidate list, a bad choice at its field, then proposed.
    let page = format!("{}/steinfurt/amt/faelle/{ole}", app.addr);
    let html = office.get(&page).await.text().await.unwrap();
    assert!(html.contains("Platz vorschlagen") && html.contains("Kita Sonnenschein"), "the form offers Sonnenschein");
    let token = input_value(&html, "csrf").unwrap();
    let res = office.post_form(&format!("{page}/vorschlag"), &[("csrf", &token), ("facility", "")]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.text().await.unwrap().contains("Bitte wählen Sie eine Einrichtung aus der Liste."));
    let res = office
        .post_form(
            &format!("{page}/vorschlag"),
            &[("csrf", &token), ("facility", SONNENSCHEIN), ("note", "Bitte prüfen.")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let shown = office.get(&format!("{page}?hinweis=vorgeschlagen")).await.text().await.unwrap();
    assert!(
        shown.contains("Der Vorschlag ist an die Einrichtung gegangen.")
            && shown.contains("wartet auf die Einrichtung")
    );

    // Another office, a parent and the lead itself may not propose; another office may not read
    // the facility's proposals. Nothing changes.
    let rheine = staff(&app, "jugendamt.rheine", "steinfurt").await;
    let parent = staff(&app, "eltern.mueller", "steinfurt").await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let before = scalar(&app, "select count(*) from t_steinfurt.case_proposals").await;
    for (who, b) in [("another office", &rheine), ("a parent", &parent), ("the lead", &lead)] {
        let (status, _) = propose(b, &app, &ole, json!({"facility": SONNENSCHEIN})).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{who}");
    }
    let facility = format!("{}/api/v1/tenants/steinfurt/facilities/{SONNENSCHEIN}/proposals", app.addr);
    for (who, b) in [("another office", &rheine), ("a parent", &parent)] {
        assert_eq!(b.json(Method::GET, &facility, None).await.0, StatusCode::FORBIDDEN, "{who}");
    }
    assert_eq!(scalar(&app, "select count(*) from t_steinfurt.case_proposals").await, before);

    // The lead refuses it on the desk page with a reason; the office reads it on the case.
    let (_, open) = lead.json(Method::GET, &facility, None).await;
    let id = open[0]["id"].as_i64().unwrap();
    let desk = format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}/vorschlaege/{id}", app.addr);
    let html = lead.get(&desk).await.text().await.unwrap();
    assert!(html.contains("Bitte prüfen.") && html.contains("Vorschlag ablehnen"), "the proposal page");
    let token = input_value(&html, "csrf").unwrap();
    let res = lead.post_form(&format!("{desk}/ablehnen"), &[("csrf", &token), ("note", "")]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.text().await.unwrap().contains("warum Sie das Kind nicht aufnehmen können"));
    let reason = "Die Gruppe ist mit Geschwisterkindern belegt.";
    let res = lead.post_form(&format!("{desk}/ablehnen"), &[("csrf", &token), ("note", reason)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let list = format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}?hinweis=proposal-refused", app.addr);
    let html = lead.get(&list).await.text().await.unwrap();
    assert!(html.contains("Der Vorschlag ist abgelehnt.") && !html.contains("Vorschläge des Jugendamts"), "{html}");
    let (_, detail) =
        office.json(Method::GET, &format!("{}/api/v1/tenants/steinfurt/cases/{ole}", app.addr), None).await;
    assert_eq!(
        (detail["proposals"][0]["status"].as_str(), detail["proposals"][0]["decision_note"].as_str()),
        (Some("refused"), Some(reason))
    );
    assert!(office.get(&page).await.text().await.unwrap().contains(reason), "the case page shows the reason");
    // The places are untouched and the family got nothing.
    let places = "select coalesce(sum(free_places), 0)::bigint from t_steinfurt.places where facility_id = '6ef8b740-dd1d-4064-99fe-5c5445ba6324'";
    assert_eq!(scalar(&app, places).await, 2);

    // Proposed again, then the case is closed: the open proposal is withdrawn, gone from the desk,
    // and confirming it is refused; a closed case takes no proposal.
    let (status, body) = propose(&office, &app, &ole, json!({"facility": SONNENSCHEIN})).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let again = body["id"].as_i64().unwrap();
    let case = format!("{}/api/v1/tenants/steinfurt/cases/{ole}", app.addr);
    let (status, _) = office.json(Method::POST, &format!("{case}/close"), Some(json!({"reason": "moved_away"}))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(lead.json(Method::GET, &facility, None).await.1, json!([]), "off the desk");
    let confirm = format!("{facility}/{again}/confirm");
    let (status, _) = lead.json(Method::POST, &confirm, Some(json!({"answer_by": crate::desk::in_days(7)}))).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (_, detail) = office.json(Method::GET, &case, None).await;
    assert_eq!(detail["proposals"][0]["status"], "withdrawn", "{detail}");
    assert_eq!(scalar(&app, places).await, 2, "no place was taken");
    let (status, body) = propose(&office, &app, &ole, json!({"facility": SONNENSCHEIN})).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    app.cleanup().await;
}
