//! The district dashboard (issue 7): figures against a hand-computed fixture, the CSV against the
//! figures, who sees which municipalities.

use reqwest::{Method, StatusCode};
use serde_json::Value;
use step_e2e::{Seed, TestApp};

use crate::desk::{api, staff};
use crate::support::season;

/// Steinfurt's registrations and places replaced by a fixture whose figures are known by hand:
///
/// | child | age at start | registrations | expect |
/// |---|---|---|---|
/// | A | 2 y | 3 Kitas, waiting | 1-2, entitled without offer |
/// | B | 4 y | 2 Kitas, one offered | 3+, offer open |
/// | C | 6 months | 1 Kita, waiting | u1, not entitled |
/// | D | 3.5 y | accepted (the other withdrawn) | 3+, accepted |
/// | E | 2.5 y | contracted | 1-2, contracted |
/// | F | 1.5 y | waiting, start in February | 1-2 in February, entitled without offer |
/// | G | 2 y | withdrawn only | not counted |
///
/// Places: under 3 at the season start 5, 3+ at the season start 7, under 3 in February 2.
async fn fixture(app: &TestApp) -> (String, String) {
    let mut db = app.db().await;
    let s = "t_steinfurt";
    let season = season();
    let feb = time::Date::from_calendar_date(season.year() + 1, time::Month::February, 1).unwrap();
    let kitas: Vec<uuid::Uuid> =
        sqlx::query_scalar(&format!("select id from {s}.facilities where kind = 'kita' order by id limit 3"))
            .fetch_all(&mut db)
            .await
            .unwrap();
    let mut tx = sqlx::Connection::begin(&mut db).await.unwrap();
    // Fixture rows only: skip the registration trigger's rules (ages, hours) for this transaction.
    sqlx::query("set local session_replication_role = replica").execute(&mut *tx).await.unwrap();
    sqlx::query(&format!("delete from {s}.places")).execute(&mut *tx).await.unwrap();
    for (band, start, free) in [("u3", season, 5), ("ue3", season, 7), ("u3", feb, 2)] {
        sqlx::query(&format!(
            "insert into {s}.places (facility_id, start_date, age_band, hours, free_places) values ($1, $2, $3, 0, $4)"
        ))
        .bind(kitas[0])
        .bind(start)
        .bind(band)
        .bind(free as i16)
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    let family: uuid::Uuid = sqlx::query_scalar(&format!(
        "insert into {s}.families (first_name, last_name, street, postcode, city, phone, email)
         values ('Fix', 'Tur', 'Markt 1', '48565', 'Steinfurt', '0000 1', 'fix@example.org') returning id"
    ))
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    // (name, age in days at the season start, registrations as (status, starts in February)).
    type Registrations = &'static [(&'static str, bool)];
    let children: &[(&str, i64, Registrations)] = &[
        ("A", 730, &[("registered", false), ("registered", false), ("registered", false)]),
        ("B", 1461, &[("offered", false), ("registered", false)]),
        ("C", 183, &[("registered", false)]),
        ("D", 1278, &[("accepted", false), ("withdrawn", false)]),
        ("E", 913, &[("contracted", false)]),
        ("F", 548, &[("registered", true)]),
        ("G", 730, &[("withdrawn", false)]),
    ];
    for (name, age_days, regs) in children {
        let child: uuid::Uuid = sqlx::query_scalar(&format!(
            "insert into {s}.children (family_id, first_name, last_name, birth_date) values ($1, $2, 'Tur', $3) returning id"
        ))
        .bind(family)
        .bind(name)
        .bind(season - time::Duration::days(*age_days))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        for (i, (status, february)) in regs.iter().enumerate() {
            let start = if *february { feb } else { season };
            // Ages in days from the season start; February's child is that much older then.
            sqlx::query(&format!(
                "insert into {s}.registrations (child_id, facility_id, start_date, hours, rank, status, answer_by, place_start)
                 values ($1, $2, $3, 35, $4, $5, case when $5 = 'offered' then $3 end, case when $5 = 'offered' then $3 end)"
            ))
            .bind(child)
            .bind(kitas[i])
            .bind(start)
            .bind(i as i16 + 1)
            .bind(status)
            .execute(&mut *tx)
            .await
            .unwrap();
        }
    }
    tx.commit().await.unwrap();
    (season.to_string()[..7].to_owned(), feb.to_string()[..7].to_owned())
}

fn cell<'a>(m: &'a Value, band: &str, month: &str) -> &'a Value {
    m["cells"].as_array().unwrap().iter().find(|c| c["band"] == band && c["month"] == month).unwrap_or(&Value::Null)
}

fn figures(c: &Value) -> [i64; 6] {
    ["children", "free_places", "offers_open", "accepted", "contracted", "entitled_without_offer"]
        .map(|k| c[k].as_i64().unwrap_or(-1))
}

#[tokio::test]
async fn dashboard_figures_equal_the_hand_computed_fixture_and_the_csv_equals_them() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt", "rheine"])).await;
    let (aug, feb) = fixture(&app).await;
    let admin = staff(&app, "kreis.admin", "steinfurt").await;
    let (status, body) = api(&admin, &app, Method::GET, "/api/v1/district/dashboard", None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let all = body.as_array().unwrap();
    assert_eq!(all.len(), 24, "the district admin sees every municipality");
    let st = all.iter().find(|m| m["slug"] == "steinfurt").unwrap();
    //                                               children free offers accepted contracted without
    assert_eq!(figures(cell(st, "1-2", &aug)), [2, 5, 0, 0, 1, 1], "A and E");
    assert_eq!(figures(cell(st, "3+", &aug)), [2, 7, 1, 1, 0, 0], "B and D");
    assert_eq!(figures(cell(st, "u1", &aug)), [1, 0, 0, 0, 0, 0], "C: under 1, no entitlement");
    assert_eq!(figures(cell(st, "1-2", &feb)), [1, 2, 0, 0, 0, 1], "F in February");
    assert_eq!(st["cells"].as_array().unwrap().len(), 4, "no other cells: {st}");
    let as_of =
        time::OffsetDateTime::parse(st["as_of"].as_str().unwrap(), &time::format_description::well_known::Rfc3339);
    assert!(as_of.is_ok_and(|t| (time::OffsetDateTime::now_utc() - t).whole_minutes() < 5), "computed just now: {st}");
    assert_eq!(st["children"], 6, "A–F once each, G (withdrawn) not");
    assert_eq!((st["free_places"].as_i64(), st["entitled_without_offer"].as_i64()), (Some(14), Some(2)));
    let emsdetten = all.iter().find(|m| m["slug"] == "emsdetten").unwrap();
    assert_eq!(emsdetten["children"], 0, "not seeded, no registrations");

    // The CSV has the same figures, row for row, and the page shows them with the chart.
    let res = admin.get(&format!("{}/steinfurt/amt/bedarfsplanung.csv", app.addr)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let csv = res.text().await.unwrap();
    assert!(csv.starts_with('\u{feff}'), "UTF-8 mark for Excel");
    let rows: Vec<Vec<String>> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(';').map(|f| f.trim_matches('"').to_owned()).collect())
        .filter(|r: &Vec<String>| r[0] == "Steinfurt")
        .collect();
    assert_eq!(rows.len(), 5, "4 cells and the total: {rows:?}");
    for c in st["cells"].as_array().unwrap() {
        let month = c["month"].as_str().unwrap();
        let line = rows
            .iter()
            .find(|r| {
                r[3] == month && r[4..].iter().map(|v| v.parse::<i64>().unwrap()).collect::<Vec<_>>() == figures(c)
            })
            .unwrap_or_else(|| panic!("a CSV row for {c} in {rows:?}"));
        assert!(!line[2].is_empty());
    }
    let total = rows.iter().find(|r| r[3] == "gesamt").unwrap();
    assert_eq!(total[4..].join(";"), "6;14;1;1;1;2");
    let html = admin.get(&format!("{}/steinfurt/amt/bedarfsplanung", app.addr)).await.text().await.unwrap();
    assert!(html.contains("<svg") && html.contains("Bedarfsplanung"), "{html}");
    assert!(html.contains("Stand der Zahlen: "), "the page says how current it is: {html}");
    let (y, m) = aug.split_once('-').unwrap();
    assert!(html.contains(&format!("<th scope=\"row\">{m}/{y}</th><td>1 bis unter 3 Jahre</td><td>2</td><td>5</td><td>0</td><td>0</td><td>1</td><td>1</td>")), "{html}");
    app.cleanup().await;
}

#[tokio::test]
async fn office_staff_see_their_municipalities_only_and_parents_none() {
    let app = TestApp::spawn_with(Seed::None).await;
    let rheine = staff(&app, "jugendamt.rheine", "rheine").await;
    let (status, body) = api(&rheine, &app, Method::GET, "/api/v1/district/dashboard", None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let slugs: Vec<&str> = body.as_array().unwrap().iter().map(|m| m["slug"].as_str().unwrap()).collect();
    assert_eq!(slugs, ["rheine"]);
    let kreis = staff(&app, "jugendamt.kreis", "steinfurt").await;
    let (_, body) = api(&kreis, &app, Method::GET, "/api/v1/district/dashboard", None).await;
    let offices: Vec<&str> = body.as_array().unwrap().iter().map(|m| m["office"].as_str().unwrap()).collect();
    assert!(!offices.is_empty() && offices.len() < 24, "{offices:?}");
    assert!(body.as_array().unwrap().iter().all(|m| m["slug"] != "rheine"), "not Rheine's own office");
    let page = rheine.get(&format!("{}/rheine/amt/bedarfsplanung", app.addr)).await.text().await.unwrap();
    assert!(page.contains("Zahlen für eine Stadt oder Gemeinde") && !page.contains(">Steinfurt<"), "{page}");
    let (parent, _) = crate::support::parent_with_child(&app, 0, "steinfurt", 1300).await;
    let (status, _) = api(&parent, &app, Method::GET, "/api/v1/district/dashboard", None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(parent.get(&format!("{}/steinfurt/amt/bedarfsplanung", app.addr)).await.status(), StatusCode::FORBIDDEN);
    let (status, _) =
        api(&step_e2e::browser_client::Browser::new(), &app, Method::GET, "/api/v1/district/dashboard", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    app.cleanup().await;
}

#[tokio::test]
async fn maintenance_mode_refuses_changes_with_a_clear_page_and_leaves_other_municipalities_alone() {
    use serde_json::json;
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt", "rheine"])).await;
    let admin = staff(&app, "kreis.admin", "steinfurt").await;
    let patch = "/api/v1/district/tenants/steinfurt";
    // Only the district admin switches; bad bodies and unknown municipalities change nothing.
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    assert_eq!(
        api(&office, &app, Method::PATCH, patch, Some(json!({"maintenance": true}))).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        api(&admin, &app, Method::PATCH, patch, Some(json!({"maintenance": "ja"}))).await.0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        api(&admin, &app, Method::PATCH, patch, Some(json!({"farbe": "#000"}))).await.0,
        StatusCode::BAD_REQUEST
    );
    let unknown = "/api/v1/district/tenants/nirgendwo";
    assert_eq!(
        api(&admin, &app, Method::PATCH, unknown, Some(json!({"maintenance": true}))).await.0,
        StatusCode::NOT_FOUND
    );
    assert!(!app.state.in_maintenance("steinfurt"));

    let (parent, child) = crate::support::parent_with_child(&app, 0, "steinfurt", 1300).await;
    let (parent_r, child_r) = crate::support::parent_with_child(&app, 1, "rheine", 1300).await;
    let start = step_domain::search::format_date(season());
    let kita = crate::support::kitas(&app, "steinfurt").await[0].clone();
    let kita_r = crate::support::kitas(&app, "rheine").await[0].clone();

    // On, through the page.
    let page = format!("{}/steinfurt/amt/wartung", app.addr);
    let html = admin.get(&page).await.text().await.unwrap();
    assert!(html.contains("Der Wartungsmodus ist ausgeschaltet"), "{html}");
    let token = step_e2e::browser_client::input_value(&html, "csrf").unwrap();
    let res = admin.post_form(&page, &[("csrf", &token), ("maintenance", "on")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    // Changes in Steinfurt are refused with the German reason; nothing is stored; reads go on.
    let (s, body) = crate::support::register(&app, &parent, "steinfurt", &child, &kita, 35, &start).await;
    assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert!(body["error"]["message"].as_str().unwrap().contains("wird gerade gewartet"), "{body}");
    assert_eq!(crate::support::count_registrations(&app, "t_steinfurt").await, 0);
    let token = step_e2e::browser_client::input_value(
        &parent.get(&format!("{}/steinfurt/auswahl", app.addr)).await.text().await.unwrap(),
        "csrf",
    )
    .unwrap();
    let res = parent
        .post_form(
            &format!("{}/steinfurt/auswahl", app.addr),
            &[("csrf", &token), ("action", "add"), ("facility_id", &kita)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(res.text().await.unwrap().contains("Gerade keine Änderungen möglich"));
    let search = parent.get(&format!("{}/steinfurt/suche", app.addr)).await;
    assert_eq!(search.status(), StatusCode::OK);
    assert!(search.text().await.unwrap().contains("Wartungsarbeiten:"), "reads go on, with the banner");
    // Rheine goes on as usual.
    let (s, body) = crate::support::register(&app, &parent_r, "rheine", &child_r, &kita_r, 35, &start).await;
    assert_eq!(s, StatusCode::CREATED, "{body}");

    // Off, through the API: Steinfurt takes changes again; both switches are in its audit log.
    let (s, body) = api(&admin, &app, Method::PATCH, patch, Some(json!({"maintenance": false}))).await;
    assert_eq!((s, body["maintenance"].as_bool()), (StatusCode::OK, Some(false)), "{body}");
    let (s, body) = crate::support::register(&app, &parent, "steinfurt", &child, &kita, 35, &start).await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let mut db = app.db().await;
    let switches: Vec<String> =
        sqlx::query_scalar("select detail from t_steinfurt.audit_log where action = 'maintenance' order by id")
            .fetch_all(&mut db)
            .await
            .unwrap();
    assert_eq!(switches, ["an", "aus"]);
    app.cleanup().await;
}
