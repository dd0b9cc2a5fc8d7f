//! The API document says what the server enforces (issue 19.11): the date windows and choices the
//! served document names are exactly the ones the server accepts, one day outside is refused at
//! its field, and a request the document forbids is refused too.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use step_e2e::{Seed, TestApp};
use time::{Date, Duration, macros::format_description};

use crate::support::{kitas, parent_with_child};

/// The two days of a description "… from YYYY-MM-DD to YYYY-MM-DD …".
fn window(description: &Value) -> (Date, Date) {
    let text = description.as_str().unwrap_or_default();
    let days: Vec<Date> = text
        .split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .filter_map(|w| Date::parse(w, format_description!("[year]-[month]-[day]")).ok())
        .collect();
    assert_eq!(days.len(), 2, "no window in {text:?}");
    (days[0], days[1])
}

fn iso(d: Date) -> String {
    d.to_string()
}

#[tokio::test]
async fn the_documented_windows_and_choices_are_the_servers() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let (status, doc) = app.json("/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    let schemas = &doc["components"]["schemas"];
    let (b, child) = parent_with_child(&app, 0, "rheine", 400).await;
    let children = format!("{}/api/v1/tenants/rheine/children", app.addr);
    let add = |field: &'static str, day: Date| {
        let body = json!({"first_name": "Lea", "last_name": "Test", field: iso(day)});
        let (b, url) = (&b, &children);
        async move { b.json(Method::POST, url, Some(body)).await }
    };
    for field in ["birth_date", "expected_birth_date"] {
        let (first, last) = window(&schemas["ChildBody"]["properties"][field]["description"]);
        for day in [first, last] {
            let (status, body) = add(field, day).await;
            assert_eq!(status, StatusCode::CREATED, "{field} {day}: {body}");
        }
        for day in [first - Duration::days(1), last + Duration::days(1)] {
            let (status, body) = add(field, day).await;
            assert_eq!((status, body["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some(field)), "{day}");
        }
    }
    // The document allows exactly one of the two dates; the server refuses both and neither.
    assert_eq!(schemas["ChildBody"]["oneOf"].as_array().map(Vec::len), Some(2));
    let (first, _) = window(&schemas["ChildBody"]["properties"]["birth_date"]["description"]);
    let both =
        json!({"first_name": "Lea", "last_name": "Test", "birth_date": iso(first), "expected_birth_date": iso(first)});
    let neither = json!({"first_name": "Lea", "last_name": "Test"});
    for body in [both, neither] {
        assert_eq!(b.json(Method::POST, &children, Some(body)).await.0, StatusCode::BAD_REQUEST);
    }

    // The start window: inside it no refusal names the start, one day outside it does.
    let facility = kitas(&app, "rheine").await.remove(0);
    let registrations = format!("{}/api/v1/tenants/rheine/registrations", app.addr);
    let register = |day: Date| {
        let body = json!({"child_id": child, "facility_id": facility, "start": iso(day), "hours": 35, "rank": 1});
        let (b, url) = (&b, &registrations);
        async move { b.json(Method::POST, url, Some(body)).await }
    };
    let (first, last) = window(&schemas["RegistrationBody"]["properties"]["start"]["description"]);
    for day in [last, first] {
        let (status, body) = register(day).await;
        assert_ne!(body["error"]["field"].as_str(), Some("start"), "{day}: {status} {body}");
    }
    for day in [first - Duration::days(1), last + Duration::days(1)] {
        let (status, body) = register(day).await;
        assert_eq!((status, body["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("start")), "{day}");
    }

    // The municipalities a family can be copied from are the ones served.
    let (_, tenants) = app.json("/api/v1/tenants").await;
    let served: Vec<&str> = tenants.as_array().unwrap().iter().filter_map(|t| t["slug"].as_str()).collect();
    let from: Vec<&str> = schemas["CopyBody"]["properties"]["from"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(from, served);
    // A municipality's office is one of the offices described; the logo is an image.
    let offices = schemas["MunicipalityIn"]["properties"]["office"]["enum"].as_array().unwrap();
    assert!(offices.iter().any(|o| o == "kreisjugendamt") && offices.iter().any(|o| o == "rheine"), "{offices:?}");
    let logo = &doc["paths"]["/api/v1/district/tenants/{slug}/logo"]["put"]["requestBody"]["content"];
    let types: Vec<&String> = logo.as_object().unwrap().keys().collect();
    assert_eq!(types, ["image/jpeg", "image/png", "image/svg+xml"]);
    app.cleanup().await;
}
