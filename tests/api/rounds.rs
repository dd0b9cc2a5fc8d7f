//! Allocation rounds end to end (issue 17) on a real database: the office creates a round, runs it
//! dry, a lead marks a child not admissible (the dry run goes stale), the office runs it again and
//! publishes it as offers; accepting a round's offer keeps the wishes ranked higher; a second round
//! moves a child up and passes its old place on. Bad input changes nothing.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use step_domain::search::format_date;
use step_e2e::browser_client::{Browser, input_value};
use step_e2e::{Seed, TestApp};

use crate::desk::{SONNENSCHEIN, api, staff};
use crate::support::{kitas, parent_with_child, register, season};

/// Only two facilities have places: Sonnenschein (K1) and one more Kita (K2), one place each.
async fn two_places(app: &TestApp) -> String {
    let k2 = kitas(app, "steinfurt").await.into_iter().find(|id| id != SONNENSCHEIN).unwrap();
    let mut db = app.db().await;
    sqlx::query("delete from t_steinfurt.places").execute(&mut db).await.unwrap();
    for f in [SONNENSCHEIN, k2.as_str()] {
        sqlx::query(
            "insert into t_steinfurt.places (facility_id, start_date, age_band, hours, free_places) values ($1::uuid, $2, 'ue3', 0, 1)",
        )
        .bind(f)
        .bind(season())
        .execute(&mut db)
        .await
        .unwrap();
    }
    k2
}

/// A family (dev parent `n`) whose child wishes `wishes` in this order; returns its browser and
/// registration ids.
async fn family(app: &TestApp, n: usize, wishes: &[&str]) -> (Browser, Vec<String>) {
    let (b, child) = parent_with_child(app, n, "steinfurt", 1300).await;
    let mut ids = Vec::new();
    for (i, f) in wishes.iter().enumerate() {
        let (s, body) = register(app, &b, "steinfurt", &child, f, 35, &format_date(season())).await;
        assert_eq!(s, StatusCode::CREATED, "{body}");
        let id = body["id"].as_str().unwrap().to_owned();
        let mut db = app.db().await;
        sqlx::query("update t_steinfurt.registrations set rank = $2 where id = $1::uuid")
            .bind(&id)
            .bind(i as i16 + 1)
            .execute(&mut db)
            .await
            .unwrap();
        ids.push(id);
    }
    (b, ids)
}

async fn status(app: &TestApp, id: &str) -> String {
    crate::desk::status(app, id).await
}

fn assigned(result: &Value) -> Vec<String> {
    let mut out: Vec<String> = result["wishes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["assigned"] == true)
        .map(|w| w["registration_id"].as_str().unwrap().to_owned())
        .collect();
    out.sort();
    out
}

fn sorted(mut v: Vec<&String>) -> Vec<String> {
    v.sort();
    v.into_iter().cloned().collect()
}

#[tokio::test]
async fn a_round_is_run_dry_published_as_offers_and_a_second_round_moves_a_child_up() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let k2 = two_places(&app).await;
    // A wishes K1 then K2, B the same, C only K2; A registered first, then B, then C.
    let (a, ra) = family(&app, 0, &[SONNENSCHEIN, &k2]).await;
    let (b, rb) = family(&app, 1, &[SONNENSCHEIN, &k2]).await;
    let (c, rc) = family(&app, 2, &[&k2]).await;
    // Sonnenschein ticks a criterion for B: B comes first there.
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let db = app.store.tenant(&app.tenant("steinfurt").schema);
    let lead_actor = step_store::Actor { id: "lead".into(), role: "facility_lead".into() };
    db.set_registration_criteria(
        &lead_actor,
        uuid::Uuid::parse_str(SONNENSCHEIN).unwrap(),
        rb[0].parse().unwrap(),
        &[0],
    )
    .await
    .unwrap();

    // The office: bad rounds are refused and change nothing.
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    let rounds = "/api/v1/tenants/steinfurt/rounds";
    for (body, expect) in [
        (json!({"start": "01.01.2020"}), StatusCode::BAD_REQUEST),
        (json!({"start": "morgen"}), StatusCode::BAD_REQUEST),
        (json!({"start": format_date(season()), "mechanism": "los"}), StatusCode::BAD_REQUEST),
        (json!({"start": format_date(season() + time::Duration::days(400))}), StatusCode::CONFLICT),
    ] {
        let (s, out) = api(&office, &app, Method::POST, rounds, Some(body.clone())).await;
        assert_eq!(s, expect, "{body}: {out}");
    }
    assert_eq!(api(&lead, &app, Method::GET, rounds, None).await.0, StatusCode::FORBIDDEN, "a lead runs no round");
    let (s, round) = api(&office, &app, Method::POST, rounds, Some(json!({"start": format_date(season())}))).await;
    assert_eq!(s, StatusCode::CREATED, "{round}");
    let id = round["id"].as_str().unwrap().to_owned();
    let (s, _) = api(&office, &app, Method::POST, rounds, Some(json!({"start": format_date(season())}))).await;
    assert_eq!(s, StatusCode::CONFLICT, "one open round per start");
    let publish = format!("{rounds}/{id}/publish");
    assert_eq!(api(&office, &app, Method::POST, &publish, None).await.0, StatusCode::CONFLICT, "not run yet");

    // Dry run: B at K1 (points), A at K2 (registered before C), C without a place.
    let (s, result) = api(&office, &app, Method::POST, &format!("{rounds}/{id}/dry-run"), None).await;
    assert_eq!(s, StatusCode::OK, "{result}");
    assert_eq!(assigned(&result), sorted(vec![&rb[0], &ra[1]]), "{result}");
    assert_eq!(status(&app, &rb[0]).await, "registered", "a dry run changes no registration");
    let w = result["wishes"].as_array().unwrap().iter().find(|w| w["registration_id"] == rb[0].as_str()).unwrap();
    assert_eq!((w["rank"].as_i64(), w["admissible"].as_bool()), (Some(1), Some(true)));
    assert!(w["points"].as_i64().unwrap() > 0, "the ticked criterion counts: {w}");
    assert!(w["lottery"].as_i64().unwrap() >= 0 && result["inputs_sha256"].as_str().unwrap().len() == 64);

    // The round's page counts C, three and a half years old, as unplaced with a legal entitlement.
    let html = office.get(&format!("{}/steinfurt/amt/vergabe/{id}", app.addr)).await.text().await.unwrap();
    assert!(html.contains("Ohne Platz und mit Rechtsanspruch (ab einem Jahr, § 24 SGB VIII): 1."), "{html}");

    // The lead's waiting list shows the dry run: B has the place here, A was considered without one.
    let list_page = format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}", app.addr);
    let list = lead.get(&list_page).await.text().await.unwrap();
    assert_eq!(list.matches("Vergaberunde (Probelauf): Platz hier").count(), 1, "{list}");
    assert_eq!(list.matches("Vergaberunde (Probelauf): kein Platz hier").count(), 1, "{list}");

    // The lead marks B not admissible: the dry run is stale, publishing is refused, nothing offered.
    let detail = format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}/vormerkungen/{}", app.addr, rb[0]);
    let token = input_value(&lead.get(&detail).await.text().await.unwrap(), "csrf").unwrap();
    let mark = format!("{detail}/nicht-aufnehmbar");
    let res = lead.post_form(&mark, &[("csrf", &token), ("reason", "erfunden"), ("note", "")]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST, "a reason from the catalogue");
    let res = lead.post_form(&mark, &[("csrf", &token), ("reason", "hours"), ("note", "Nur vormittags frei")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let html = lead.get(&detail).await.text().await.unwrap();
    assert!(html.contains("Für die Vergaberunde nicht aufnehmbar: ") && html.contains("Nur vormittags frei"), "{html}");
    assert!(lead.get(&list_page).await.text().await.unwrap().contains("Vergaberunde: nicht aufnehmbar"));
    let other = format!("{}/steinfurt/einrichtung/{k2}/vormerkungen/{}/nicht-aufnehmbar", app.addr, rc[0]);
    let res = lead.post_form(&other, &[("csrf", &token), ("reason", "hours"), ("note", "")]).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN, "a lead marks only its own facility's children");
    let (s, body) = api(&office, &app, Method::POST, &publish, None).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(body["error"]["message"].as_str().unwrap().contains("neuen Probelauf"), "{body}");
    assert_eq!(status(&app, &ra[1]).await, "registered", "nothing published");

    // Run again: A at K1, B at K2 (registered before C), C without a place; then publish.
    let (_, result) = api(&office, &app, Method::POST, &format!("{rounds}/{id}/dry-run"), None).await;
    assert_eq!(assigned(&result), sorted(vec![&ra[0], &rb[1]]), "{result}");
    // The round's page says who moved since the run before.
    let html = office.get(&format!("{}/steinfurt/amt/vergabe/{id}", app.addr)).await.text().await.unwrap();
    assert!(html.contains("vorher ") && html.contains("jetzt Kita Sonnenschein (1. Wunsch)"), "{html}");
    let (s, out) = api(&office, &app, Method::POST, &publish, None).await;
    assert_eq!((s, out["offers"].as_i64()), (StatusCode::OK, Some(2)), "{out}");
    assert_eq!((status(&app, &ra[0]).await, status(&app, &rb[1]).await), ("offered".into(), "offered".into()));
    assert_eq!(status(&app, &rc[0]).await, "registered", "C waits");
    assert_eq!(api(&office, &app, Method::POST, &publish, None).await.0, StatusCode::CONFLICT, "published once");

    // Every family learns why (issue 17.5): C without a place gets each wish explained; A's page and
    // API say which wish it got; nobody else's name appears.
    let (_, inbox) = api(&c, &app, Method::GET, "/api/v1/tenants/steinfurt/inbox", None).await;
    let text = inbox.to_string();
    assert!(text.contains("noch kein Platz für Kind"), "{text}");
    assert!(
        text.contains("1. Wunsch – ")
            && text.contains("ein Platz für Kinder ab 3 Jahren, vergeben bis 0 Punkte (angemeldet am "),
        "{text}"
    );
    assert!(text.contains("Ihr Kind: 0 Punkte, angemeldet am") && text.contains("Kindertagespflege"), "{text}");
    let (s, why) =
        api(&a, &app, Method::GET, &format!("/api/v1/tenants/steinfurt/registrations/{}/round", ra[0]), None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(why.as_array().unwrap().len(), 2, "both of A's wishes: {why}");
    assert_eq!(
        (why[0]["rank"].as_i64(), why[0]["assigned"].as_bool(), why[0]["capacity"].as_i64()),
        (Some(1), Some(true), Some(1))
    );
    let page =
        a.get(&format!("{}/steinfurt/konto/vormerkungen/{}/vergabe", app.addr, ra[0])).await.text().await.unwrap();
    assert!(
        page.contains("ein Platz für Kind") && page.contains("1. Wunsch – Kita Sonnenschein: Platz angeboten."),
        "{page}"
    );
    let account = a.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    assert!(account.contains("Warum dieses Ergebnis?"), "{account}");
    let (s, none) =
        api(&c, &app, Method::GET, &format!("/api/v1/tenants/steinfurt/registrations/{}/round", ra[0]), None).await;
    assert_eq!((s, none), (StatusCode::OK, json!([])), "another family's registration explains nothing");
    assert_eq!(api(&office, &app, Method::POST, &format!("{rounds}/{id}/dry-run"), None).await.0, StatusCode::CONFLICT);

    // B accepts K2 (its 2nd wish): its 1st wish K1 stays waiting for a later round.
    let accept = |r: &str| format!("/api/v1/tenants/steinfurt/registrations/{r}/accept");
    assert_eq!(api(&b, &app, Method::POST, &accept(&rb[1]), None).await.0, StatusCode::OK);
    assert_eq!((status(&app, &rb[1]).await, status(&app, &rb[0]).await), ("accepted".into(), "registered".into()));
    // A accepts K1 (its 1st wish): its 2nd wish goes.
    assert_eq!(api(&a, &app, Method::POST, &accept(&ra[0]), None).await.0, StatusCode::OK);
    assert_eq!(status(&app, &ra[1]).await, "withdrawn");

    // A place frees at K1 and the lead takes the mark back: a second round moves B up to K1, and
    // B's place at K2 passes to C in a third.
    let mut conn = app.db().await;
    sqlx::query("update t_steinfurt.places set free_places = 1 where facility_id = $1::uuid")
        .bind(SONNENSCHEIN)
        .execute(&mut conn)
        .await
        .unwrap();
    let res = lead.post_form(&mark, &[("csrf", &token), ("aufheben", "ja")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (s, second) = api(&office, &app, Method::POST, rounds, Some(json!({"start": format_date(season())}))).await;
    assert_eq!(s, StatusCode::CREATED, "a new round after the published one");
    let id2 = second["id"].as_str().unwrap();
    let (_, result) = api(&office, &app, Method::POST, &format!("{rounds}/{id2}/dry-run"), None).await;
    assert_eq!(assigned(&result), vec![rb[0].clone()], "{result}");
    assert_eq!(api(&office, &app, Method::POST, &format!("{rounds}/{id2}/publish"), None).await.0, StatusCode::OK);
    assert_eq!(api(&b, &app, Method::POST, &accept(&rb[0]), None).await.0, StatusCode::OK);
    assert_eq!((status(&app, &rb[0]).await, status(&app, &rb[1]).await), ("accepted".into(), "withdrawn".into()));
    let (_, third) = api(&office, &app, Method::POST, rounds, Some(json!({"start": format_date(season())}))).await;
    let id3 = third["id"].as_str().unwrap();
    let (_, result) = api(&office, &app, Method::POST, &format!("{rounds}/{id3}/dry-run"), None).await;
    assert_eq!(assigned(&result), vec![rc[0].clone()], "B's old place goes to C: {result}");

    // Every step is in the audit log; the published round recomputes to its stored hash and result.
    let (hash_ok, result_ok) = db.verify_round(id.parse().unwrap()).await.unwrap();
    assert!(hash_ok && result_ok);
    let mut conn = app.db().await;
    let actions: Vec<String> = sqlx::query_scalar(
        "select action from t_steinfurt.audit_log where action like 'round%' or action like '%inadmissible' order by id",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(
        actions[..6],
        ["round_created", "round_run", "marked_inadmissible", "round_run", "round_published", "unmarked_inadmissible"]
    );
    app.cleanup().await;
}

#[tokio::test]
async fn the_office_pages_create_run_and_publish_a_round() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let k2 = two_places(&app).await;
    let (_, ra) = family(&app, 0, &[SONNENSCHEIN, &k2]).await;
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    let list = format!("{}/steinfurt/amt/vergabe", app.addr);
    let html = office.get(&list).await.text().await.unwrap();
    assert!(html.contains("Noch keine Vergaberunde."), "{html}");
    let token = input_value(&html, "csrf").unwrap();
    let res = office.post_form(&list, &[("csrf", &token), ("start", "01.01.2020"), ("mechanism", "los")]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let html = res.text().await.unwrap();
    assert!(html.contains("Bitte korrigieren Sie diese 2 Angaben"), "{html}");
    let start = season();
    let typed = format!("{:02}.{:02}.{}", start.day(), u8::from(start.month()), start.year());
    let res = office.post_form(&list, &[("csrf", &token), ("start", &typed), ("mechanism", "child_proposing")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let page = format!("{}{}", app.addr, res.headers()["location"].to_str().unwrap());
    let html = office.get(&page).await.text().await.unwrap();
    assert!(html.contains("Probelauf starten"), "{html}");
    let res = office.post_form(&format!("{page}/probelauf"), &[("csrf", &token)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let html = office.get(&page).await.text().await.unwrap();
    assert!(
        html.contains("1 Kinder bekommen einen Platz, 0 keinen") && html.contains("Kita Sonnenschein (1. Wunsch)"),
        "{html}"
    );
    assert!(html.contains("Zum Vergleich: Ranglisten der Einrichtungen zuerst"), "{html}");
    assert!(html.contains("Mit dem anderen Verfahren bekäme jedes Kind denselben Platz."), "{html}");
    assert_eq!(
        office.post_form(&format!("{page}/probelauf"), &[("csrf", &token)]).await.status(),
        StatusCode::SEE_OTHER
    );
    let html = office.get(&page).await.text().await.unwrap();
    assert!(html.contains("Kein Kind ist anders zugeteilt als im vorigen Probelauf."), "{html}");
    let confirm = office.get(&format!("{page}/veroeffentlichen")).await.text().await.unwrap();
    assert!(confirm.contains("Ja, 1 Angebote verschicken"), "{confirm}");
    let res = office.post_form(&format!("{page}/veroeffentlichen"), &[("csrf", &token)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(status(&app, &ra[0]).await, "offered");
    let after = format!("{}{}", app.addr, res.headers()["location"].to_str().unwrap());
    let html = office.get(&after).await.text().await.unwrap();
    assert!(html.contains("Veröffentlicht: ein Platzangebot ist verschickt."), "the office is told: {html}");
    let html = office.get(&page).await.text().await.unwrap();
    assert!(html.contains("Veröffentlicht") && !html.contains("Probelauf starten"), "{html}");
    app.cleanup().await;
}

/// Publishing is one transaction (issue 17): `step rounds publish` killed at any moment leaves
/// either no offer and the round unpublished, or every offer and the round published.
#[tokio::test]
async fn a_publish_killed_midway_leaves_no_offer_or_all_of_them() {
    const CHILDREN: i32 = 400;
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let mut db = app.db().await;
    let start = season();
    sqlx::query("delete from t_steinfurt.places").execute(&mut db).await.unwrap();
    sqlx::query(
        "insert into t_steinfurt.places (facility_id, start_date, age_band, hours, free_places) values ($1::uuid, $2, 'ue3', 0, $3)",
    )
    .bind(SONNENSCHEIN)
    .bind(start)
    .bind(CHILDREN as i16)
    .execute(&mut db)
    .await
    .unwrap();
    for sql in [
        "insert into t_steinfurt.families (first_name, last_name, street, postcode, city, phone, email)
         select 'Crash', 'Familie ' || g, 'Markt 1', '48565', 'Steinfurt', '0000 1', 'crash' || g || '@example.org'
         from generate_series(1, $1) g",
        "insert into t_steinfurt.children (family_id, first_name, last_name, birth_date)
         select id, 'Kind', last_name, $2 from t_steinfurt.families where email like 'crash%'",
        "insert into t_steinfurt.registrations (child_id, facility_id, start_date, hours, rank)
         select c.id, $3::uuid, $4, 35, 1 from t_steinfurt.children c join t_steinfurt.families f on f.id = c.family_id
         where f.email like 'crash%'",
    ] {
        sqlx::query(sql)
            .bind(CHILDREN)
            .bind(start - time::Duration::days(1300))
            .bind(SONNENSCHEIN)
            .bind(start)
            .execute(&mut db)
            .await
            .unwrap();
    }
    let tenant = app.store.tenant(&app.tenant("steinfurt").schema);
    let actor = step_store::Actor { id: "test".into(), role: "office_staff".into() };
    let round = tenant.create_round(&actor, start, step_domain::matching::Mechanism::ChildProposing, 7).await.unwrap();
    assert_eq!(tenant.run_round(&actor, round.id).await.unwrap().matching.assigned.len(), CHILDREN as usize);

    let step = step_e2e::step_binary();
    let offered = || {
        let app = &app;
        async move {
            let mut db = app.db().await;
            let n: i64 = sqlx::query_scalar("select count(*) from t_steinfurt.registrations where status = 'offered'")
                .fetch_one(&mut db)
                .await
                .unwrap();
            let status: String =
                sqlx::query_scalar("select status from t_steinfurt.rounds").fetch_one(&mut db).await.unwrap();
            (n, status)
        }
    };
    let mut kills = 0;
    for delay_ms in (0..).map(|k| 150 + 60 * k) {
        let mut child = std::process::Command::new(&step)
            .args(["rounds", "publish", "steinfurt", &format_date(start)])
            .current_dir(step_e2e::repo_root())
            .env("DATABASE_URL", &app.store_options.url)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(delay_ms)).await;
        let finished = child.try_wait().unwrap().is_some();
        if !finished {
            child.kill().unwrap();
            kills += 1;
        }
        child.wait().unwrap();
        // The server notices the lost connection and rolls back; give it a moment.
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        match offered().await {
            (0, status) => assert_eq!(status, "dry_run", "killed after {delay_ms} ms: no offer, not published"),
            (n, status) => {
                assert_eq!(
                    (n, status.as_str()),
                    (i64::from(CHILDREN), "published"),
                    "after {delay_ms} ms: all or none"
                );
                break;
            }
        }
        assert!(delay_ms < 20_000, "publishing never finished");
    }
    assert!(kills > 0, "at least one publish was killed before it finished");
    app.cleanup().await;
}

/// Saerbeck's demo season (issue 17.8): more children than places, three ranked wishes each,
/// written once; a round over it places some and not all.
#[tokio::test]
async fn the_demo_season_is_ready_for_a_matching_day() {
    let app = TestApp::spawn_with(Seed::Only(&["saerbeck"])).await;
    let t = app.tenant("saerbeck");
    let db = app.store.tenant(&t.schema);
    let place = (t.postcodes[0].as_str(), t.name.as_str());
    assert_eq!(db.seed_round_season(season(), 24, place).await.unwrap(), 24);
    assert_eq!(db.seed_round_season(season(), 24, place).await.unwrap(), 24, "a second run changes nothing");
    let mut conn = app.db().await;
    let (children, wishes): (i64, i64) = sqlx::query_as(
        "select count(distinct r.child_id), count(*) from t_saerbeck.registrations r where r.start_date = $1",
    )
    .bind(season())
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!((children, wishes), (24, 72));
    // A child whose place is settled by a contract sits the round out (its other wishes with it).
    let settled: uuid::Uuid = sqlx::query_scalar(
        "update t_saerbeck.registrations set status = 'contracted' where id = (select id from t_saerbeck.registrations
         where rank = 3 order by id limit 1) returning child_id",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    let actor = step_store::Actor { id: "test".into(), role: "office_staff".into() };
    let round = db.create_round(&actor, season(), step_domain::matching::Mechanism::ChildProposing, 1).await.unwrap();
    let result = db.run_round(&actor, round.id).await.unwrap();
    assert!(result.inputs.wishes.iter().all(|w| w.child_id != settled), "the contracted child is left out");
    assert_eq!(result.inputs.wishes.len(), 69);
    let placed = result.matching.assigned.len();
    assert!(placed > 0 && placed < 23, "{placed} of 23 placed");
    app.cleanup().await;
}
