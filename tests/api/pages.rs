use reqwest::StatusCode;
use step_e2e::{Seed, TestApp};

#[tokio::test]
async fn the_landing_page_lists_all_24_municipalities() {
    let app = TestApp::spawn_with(Seed::None).await;
    let (status, html) = app.page("/").await;
    assert_eq!(status, StatusCode::OK);
    for t in app.tenants.iter() {
        assert!(html.contains(&format!("href=\"/{}/\"", t.slug)), "{}", t.slug);
        assert!(html.contains(&format!("<strong>{}</strong>", t.name)), "{}", t.name);
    }
    assert_eq!(app.tenants.len(), 24);
    assert!(html.contains("Hörstel") && html.contains("Ibbenbüren"));
    let (_, api) = app.json("/api/v1/tenants").await;
    assert_eq!(api.as_array().unwrap().len(), 24);
    app.cleanup().await;
}

#[tokio::test]
async fn every_municipality_portal_shows_its_own_name_colour_and_contact() {
    let app = TestApp::spawn().await;
    for t in app.tenants.iter() {
        let (status, html) = app.page(&format!("/{}/", t.slug)).await;
        assert_eq!(status, StatusCode::OK, "{}", t.slug);
        assert!(html.contains(&format!("<h1>Kita-Portal {}</h1>", t.name)), "{}", t.slug);
        assert!(
            html.contains(&format!(
                "/static/brand.css?c={}\"",
                t.branding.primary_color.as_str().trim_start_matches('#')
            )),
            "{}",
            t.slug
        );
        assert!(html.contains(&t.contact.email) && html.contains(&t.office.contact.name), "{}", t.slug);
        assert!(html.contains(&format!("/static/logos/{}.svg", t.slug)));
        let logo = app.get(&format!("/static/logos/{}.svg", t.slug)).await;
        assert_eq!(logo.headers()["content-type"], "image/svg+xml");
        // Nobody else's name as the portal title.
        for other in app.tenants.iter().filter(|o| o.slug != t.slug) {
            assert!(!html.contains(&format!("<h1>Kita-Portal {}</h1>", other.name)));
        }
    }
    let (_, ibb) = app.page("/ibbenbueren/").await;
    for real in ["Alte Münsterstr. 16", "05451 931-779", "step@ibbenbueren.de"] {
        assert!(ibb.contains(real), "{real}");
    }
    let (_, rheine) = app.page("/rheine/").await;
    assert!(rheine.contains("class=\"demo\""), "demo contacts are marked");
    app.cleanup().await;
}

#[tokio::test]
async fn a_facility_profile_shows_criteria_places_and_position() {
    let app = TestApp::spawn_with(Seed::Only(&["nordwalde"])).await;
    let kitas = app.all_facilities("nordwalde", "kind=kita").await;
    let f = &kitas[0];
    let (status, html) = app.page(&format!("/nordwalde/einrichtungen/{}", f["id"].as_str().unwrap())).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(f["name"].as_str().unwrap()));
    assert!(html.contains("Aufnahmekriterien") && html.contains("Punkte"));
    assert!(html.contains("<svg class=\"map\""));
    assert!(html.contains(&format!("{:.5}", f["lat"].as_f64().unwrap())));
    let (_, detail) = app.json(&format!("/api/v1/tenants/nordwalde/facilities/{}", f["id"].as_str().unwrap())).await;
    for c in detail["admission_criteria"].as_array().unwrap() {
        assert!(html.contains(c["label"].as_str().unwrap()));
    }
    assert_eq!(detail["contact"]["demo"], true);
    app.cleanup().await;
}
