use reqwest::StatusCode;
use serde_json::Value;
use step_domain::LatLon;
use step_domain::search::{age_in_months, format_date, next_kita_year_start};
use step_e2e::browser_client::urlencode;
use step_e2e::{Seed, TestApp};
use time::{Duration, OffsetDateTime};

fn names(items: &[Value]) -> Vec<String> {
    items.iter().map(|i| i["name"].as_str().unwrap().to_owned()).collect()
}

fn today() -> time::Date {
    OffsetDateTime::now_utc().date()
}

#[tokio::test]
async fn without_filters_every_facility_of_the_municipality_is_listed_by_name() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine", "laer"])).await;
    let all = app.all_facilities("rheine", "").await;
    let mut db = app.db().await;
    let in_db: i64 = sqlx::query_scalar("select count(*) from t_rheine.facilities").fetch_one(&mut db).await.unwrap();
    assert_eq!(all.len() as i64, in_db);
    let mut sorted = names(&all);
    sorted.sort();
    assert_eq!(names(&all), sorted, "default sort is by name");
    assert!(all.iter().all(|f| f["address"]["city"] == "Rheine"));
    app.cleanup().await;
}

#[tokio::test]
async fn kind_filter_returns_only_that_kind() {
    let app = TestApp::spawn_with(Seed::Only(&["greven"])).await;
    let all = app.all_facilities("greven", "").await;
    let kitas = app.all_facilities("greven", "kind=kita").await;
    let ktps = app.all_facilities("greven", "kind=ktp").await;
    assert!(!kitas.is_empty() && !ktps.is_empty());
    assert!(kitas.iter().all(|f| f["kind"] == "kita"));
    assert!(ktps.iter().all(|f| f["kind"] == "ktp"));
    assert_eq!(kitas.len() + ktps.len(), all.len());
    app.cleanup().await;
}

#[tokio::test]
async fn birth_date_keeps_only_facilities_taking_the_child_at_the_start_date() {
    let app = TestApp::spawn_with(Seed::Only(&["emsdetten"])).await;
    let start = next_kita_year_start(today());
    let birth = start - Duration::days(365 + 100); // about 15 months old at the start
    let age = age_in_months(birth, start);
    let matching = app
        .all_facilities("emsdetten", &format!("birth_date={}&start={}", format_date(birth), format_date(start)))
        .await;
    let all = app.all_facilities("emsdetten", "").await;
    let expected: Vec<&Value> = all
        .iter()
        .filter(|f| {
            f["age_min_months"].as_i64().unwrap() <= i64::from(age)
                && i64::from(age) <= f["age_max_months"].as_i64().unwrap()
        })
        .collect();
    assert_eq!(matching.len(), expected.len());
    assert!(matching.len() < all.len(), "some Kitas take children only from two years on");
    app.cleanup().await;
}

#[tokio::test]
async fn hours_filter_matches_kita_bookings_and_childminder_ranges() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let with25 = app.all_facilities("steinfurt", "hours=25").await;
    assert!(!with25.is_empty());
    for f in &with25 {
        let hours: Vec<i64> = f["hours_offered"].as_array().unwrap().iter().map(|h| h.as_i64().unwrap()).collect();
        if f["kind"] == "kita" {
            assert!(hours.contains(&25), "{f}");
        } else {
            assert!(hours[0] <= 25 && 25 <= *hours.last().unwrap(), "{f}");
        }
    }
    // Childminders offer flexible hours: 17 hours finds childminders only.
    let odd = app.all_facilities("steinfurt", "hours=17").await;
    assert!(!odd.is_empty() && odd.iter().all(|f| f["kind"] == "ktp"));
    app.cleanup().await;
}

#[tokio::test]
async fn near_and_radius_sort_by_distance_and_keep_only_close_ones() {
    let app = TestApp::spawn_with(Seed::Only(&["ibbenbueren"])).await;
    let centre = app.tenant("ibbenbueren").center;
    let near = format!("{},{}", centre.lat, centre.lon);
    let close = app.all_facilities("ibbenbueren", &format!("near={near}&radius_km=2")).await;
    let all = app.all_facilities("ibbenbueren", &format!("near={near}")).await;
    assert!(!close.is_empty() && close.len() < all.len());
    let distances: Vec<f64> = all.iter().map(|f| f["distance_km"].as_f64().unwrap()).collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "sorted by distance: {distances:?}");
    for f in &all {
        // The API's distance agrees with an independent computation from the coordinates.
        let p = LatLon::new(f["lat"].as_f64().unwrap(), f["lon"].as_f64().unwrap()).unwrap();
        let d = centre.distance_km(p);
        assert!((d - f["distance_km"].as_f64().unwrap()).abs() < 0.01);
        assert_eq!(close.iter().any(|c| c["id"] == f["id"]), d <= 2.0, "radius 2 km: {d}");
    }
    app.cleanup().await;
}

#[tokio::test]
async fn free_text_provider_and_concept_filters_match() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let all = app.all_facilities("rheine", "").await;
    let probe = &all[3];
    let provider = probe["provider_org"].as_str().unwrap();
    let by_provider = app.all_facilities("rheine", &format!("provider={}", urlencode(provider))).await;
    assert!(by_provider.iter().all(|f| f["provider_org"] == provider));
    assert_eq!(by_provider.len(), all.iter().filter(|f| f["provider_org"] == provider).count());

    let concept = probe["concepts"][0].as_str().unwrap();
    let by_concept = app.all_facilities("rheine", &format!("concept={}", urlencode(concept))).await;
    assert_eq!(
        by_concept.len(),
        all.iter().filter(|f| f["concepts"].as_array().unwrap().iter().any(|c| c == concept)).count()
    );

    // Free text is case-insensitive and matches names, streets and concepts.
    let street = probe["address"]["street"].as_str().unwrap().split(' ').next().unwrap().to_ascii_uppercase();
    let by_text = app.all_facilities("rheine", &format!("q={}", urlencode(&street))).await;
    assert!(by_text.iter().any(|f| f["id"] == probe["id"]));
    assert!(by_text.len() < all.len());
    // LIKE wildcards typed by a parent match literally.
    assert!(app.all_facilities("rheine", "q=%25").await.is_empty());
    assert!(app.all_facilities("rheine", "q=_").await.is_empty());
    app.cleanup().await;
}

#[tokio::test]
async fn free_only_and_sort_by_free_places() {
    let app = TestApp::spawn_with(Seed::Only(&["lengerich"])).await;
    let all = app.all_facilities("lengerich", "").await;
    let free = app.all_facilities("lengerich", "free_only=true").await;
    assert!(free.iter().all(|f| f["free_places"].as_i64().unwrap() > 0));
    assert_eq!(free.len(), all.iter().filter(|f| f["free_places"].as_i64().unwrap() > 0).count());
    assert!(free.len() < all.len(), "the demo data has full facilities too");
    let sorted = app.all_facilities("lengerich", "sort=free_places").await;
    let counts: Vec<i64> = sorted.iter().map(|f| f["free_places"].as_i64().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    app.cleanup().await;
}

#[tokio::test]
async fn free_places_depend_on_the_start_date() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let season = next_kita_year_start(today());
    let mut db = app.db().await;
    // A facility with places announced for the season start: before that date none of them count.
    let (id, at_season): (uuid::Uuid, i64) = sqlx::query_as(
        "select facility_id, sum(free_places)::bigint from t_rheine.places where start_date = $1 group by 1 having sum(free_places) > 0 limit 1",
    )
    .bind(season)
    .fetch_one(&mut db)
    .await
    .unwrap();
    let detail_at = |start: time::Date| {
        let app = &app;
        async move {
            let items = app.all_facilities("rheine", &format!("start={}", format_date(start))).await;
            items.into_iter().find(|f| f["id"] == id.to_string()).unwrap()["free_places"].as_i64().unwrap()
        }
    };
    assert!(detail_at(season).await >= at_season);
    if season - Duration::days(1) >= today() {
        assert_eq!(detail_at(season - Duration::days(1)).await, 0);
    }
    app.cleanup().await;
}

#[tokio::test]
async fn pages_split_the_results_without_overlap() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let (status, p1) = app.json("/api/v1/tenants/rheine/facilities?per_page=10&page=1").await;
    assert_eq!(status, StatusCode::OK);
    let total = p1["total"].as_i64().unwrap();
    assert!(total > 20);
    let (_, p2) = app.json("/api/v1/tenants/rheine/facilities?per_page=10&page=2").await;
    let (_, last) = app.json(&format!("/api/v1/tenants/rheine/facilities?per_page=10&page={}", (total + 9) / 10)).await;
    let (_, beyond) =
        app.json(&format!("/api/v1/tenants/rheine/facilities?per_page=10&page={}", (total + 9) / 10 + 1)).await;
    let ids = |v: &Value| {
        v["items"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap().to_owned()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&p1).len(), 10);
    assert!(ids(&p1).iter().all(|id| !ids(&p2).contains(id)));
    assert_eq!(ids(&last).len() as i64, total - 10 * ((total + 9) / 10 - 1));
    assert_eq!(beyond["total"].as_i64().unwrap(), total, "total stays right past the last page");
    assert!(ids(&beyond).is_empty());
    app.cleanup().await;
}

#[tokio::test]
async fn the_search_page_shows_results_and_keeps_the_filters_in_pagination_links() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let (status, html) = app.page("/rheine/suche?kind=kita&near=Bahnhofstra%C3%9Fe&sort=distance").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("Angebote gefunden"));
    assert!(html.contains("km entfernt"));
    assert!(html.contains("value=\"Bahnhofstraße\""), "the typed street stays in the form");
    assert!(html.contains("rel=\"next\""));
    assert!(html.contains("near=Bahnhofstra%C3%9Fe"), "links carry the typed location, not coordinates");
    app.cleanup().await;
}

/// Result links of a page, in their order.
fn result_links(html: &str) -> Vec<String> {
    html.split("<h3><a href=\"").skip(1).filter_map(|p| p.split('"').next()).map(str::to_owned).collect()
}

/// Facility pages of a result page (the links without the search they carry), in their order.
fn result_ids(html: &str) -> Vec<String> {
    result_links(html).into_iter().map(|l| l.split('?').next().unwrap_or_default().to_owned()).collect()
}

/// Locations as people type them (issue 16): abbreviations, case, house numbers, hyphens and small
/// typos find the street; an unknown place still shows every result, unsorted, with a hint.
#[tokio::test]
async fn typed_locations_are_understood_and_an_unknown_place_still_shows_results() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let (status, html) = app.page("/rheine/suche?near=Bahnhofstra%C3%9Fe&sort=distance&per_page=100").await;
    assert_eq!(status, StatusCode::OK);
    let by_distance = result_ids(&html);
    assert!(by_distance.len() > 5, "{html}");
    assert!(!html.contains("id=\"location-notice\""), "the exact name needs no note");
    for typed in ["Bahnhofstr.", "bahnhofstrasse%2012", "BAHNHOF-STR.%203a", "Bahnhofstrase", "Banhofstra%C3%9Fe"] {
        let (status, html) = app.page(&format!("/rheine/suche?near={typed}&sort=distance&per_page=100")).await;
        assert_eq!(status, StatusCode::OK, "{typed}");
        assert_eq!(result_ids(&html), by_distance, "{typed} finds the Bahnhofstraße");
        assert!(html.contains("km entfernt"), "{typed}");
    }
    let (_, html) = app.page("/rheine/suche?near=Bahnhofstrase").await;
    assert!(html.contains("Wir zeigen Ergebnisse in der Nähe von „Bahnhofstraße“."), "a typo is said");

    let (_, all) = app.json("/api/v1/tenants/rheine/facilities?per_page=100").await;
    let total = all["total"].as_i64().unwrap();
    let (status, html) = app.page("/rheine/suche?near=Elter+Stra%C3%9Fe&sort=distance&radius_km=2&per_page=100").await;
    assert_eq!(status, StatusCode::OK, "an unknown place is no error page");
    assert!(html.contains("Eine Straße „Elter Straße“ haben wir in Rheine nicht gefunden"), "{html}");
    assert_eq!(result_ids(&html).len() as i64, total, "every offer, without radius");
    assert!(!html.contains("km entfernt"));

    let (_, html) = app.page("/rheine/suche?near=ring").await;
    assert!(html.contains("Meinten Sie:"), "{html}");
    assert!(html.contains("near=Hansaring"), "each choice is a search near that street");

    let (status, body) = app.json("/api/v1/tenants/rheine/streets?q=bahnh").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["streets"], serde_json::json!(["Bahnhofstraße"]));
    let (_, body) = app.json("/api/v1/tenants/rheine/streets?q=M%C3%BCnsterstr").await;
    assert_eq!(body["streets"][0], "Münsterstraße");
    let (status, body) = app.json(&format!("/api/v1/tenants/rheine/streets?q={}", "x".repeat(101))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["field"], "q");
    app.cleanup().await;
}

/// The search keeps its place (issue 16): a profile opened from the results links back to them, a
/// choice made on the results stays there and is confirmed beside the facility, a full selection
/// says so instead of offering a button; a foreign return address is never followed.
#[tokio::test]
async fn choosing_from_the_results_stays_there_and_the_profile_leads_back() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let b = step_e2e::browser_client::Browser::new();
    let search = "/rheine/suche?kind=kita&hours=35";
    let html = b.get(&format!("{}{search}", app.addr)).await.text().await.unwrap();
    let first = result_links(&html)[0].clone();
    assert!(first.contains("?suche=kind%3Dkita%26hours%3D35"), "results link with the search: {first}");
    let profile = b.get(&format!("{}{first}", app.addr)).await.text().await.unwrap();
    assert!(profile.contains("class=\"back\" href=\"/rheine/suche?kind=kita&amp;hours=35\">"), "{profile}");
    let tampered = first.split('?').next().unwrap().to_owned() + "?suche=%25%00javascript:alert(1)";
    let (status, profile) = app.page(&tampered).await;
    assert_eq!(status, StatusCode::OK);
    assert!(profile.contains("class=\"back\" href=\"/rheine/suche\">"), "a broken search gives the plain link");

    let csrf = step_e2e::browser_client::input_value(&html, "csrf").unwrap();
    let ids: Vec<String> =
        result_ids(&html).iter().map(|l| l.trim_start_matches("/rheine/einrichtungen/").to_owned()).collect();
    let choose = |id: String, back: &'static str| {
        let (b, csrf) = (&b, csrf.clone());
        let url = format!("{}/rheine/auswahl", app.addr);
        async move {
            let fields =
                [("csrf", csrf.as_str()), ("action", "add"), ("facility_id", id.as_str()), ("return_to", back)];
            b.post_form(&url, &fields).await
        }
    };
    let res = choose(ids[0].clone(), "/rheine/suche?kind=kita&hours=35").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(to, format!("{search}&gewaehlt={}#chosen", ids[0]));
    let html = b.get(&format!("{}{}", app.addr, to.split('#').next().unwrap())).await.text().await.unwrap();
    assert!(html.contains("Ausgewählt ✓ – 1 von 5 in „Meine Auswahl“"), "{html}");
    // Chosen again from that page: one mark, the latest.
    let res = choose(ids[0].clone(), "/rheine/suche?kind=kita&hours=35&gewaehlt=earlier").await;
    assert_eq!(res.headers()["location"], format!("{search}&gewaehlt={}#chosen", ids[0]).as_str());
    for (n, back) in ["https://evil.example/", "//evil.example/x", "/emsdetten/suche"].into_iter().enumerate() {
        let res = choose(ids[1 + n].clone(), back).await;
        assert_eq!(res.headers()["location"], "/rheine/auswahl?hinweis=added", "{back} is not followed");
    }
    choose(ids[4].clone(), "/rheine/suche").await;
    let html = b.get(&format!("{}{search}", app.addr)).await.text().await.unwrap();
    assert!(html.contains("Ihre Auswahl ist voll (5 von 5) – ein Angebot ersetzen"), "{html}");
    assert!(!html.contains("class=\"select-form\""), "no button that would add nothing");
    app.cleanup().await;
}
