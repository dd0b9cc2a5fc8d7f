//! Issue 19.1: every write of the route table, forged two ways, changes nothing. The test walks
//! the router's own list of paths, so a route added later is walked too.

use std::collections::BTreeMap;

use reqwest::{Method, StatusCode};
use step_e2e::browser_client::input_value;
use step_e2e::{Seed, TestApp};

use crate::desk::staff;
use crate::support::{kitas, parent_with_child, register, season};

const WRITES: [Method; 4] = [Method::POST, Method::PUT, Method::PATCH, Method::DELETE];

/// A path of the table with its parameters filled by real values of the victim's municipality.
fn filled(path: &str, ids: &BTreeMap<&str, String>) -> String {
    let mut out = path.to_owned();
    for (name, value) in ids {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The bodies a forger could send: a form, JSON, a multipart form and nothing; each names `token`.
fn bodies(token: &str) -> Vec<(&'static str, Vec<u8>)> {
    let form = format!("csrf={token}&action=add&facility_id=00000000-0000-0000-0000-000000000000&lang=en");
    let multipart = format!(
        "--b0undary\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n--b0undary\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\nx\r\n--b0undary--\r\n"
    );
    vec![
        ("application/x-www-form-urlencoded", form.into_bytes()),
        ("application/json", br#"{"facility_id":"00000000-0000-0000-0000-000000000000","maintenance":true}"#.to_vec()),
        ("multipart/form-data; boundary=b0undary", multipart.into_bytes()),
        ("", Vec::new()),
    ]
}

struct Forgery {
    name: &'static str,
    origin: Option<&'static str>,
    /// The browser's own `step_csrf` cookie, or one another host planted.
    planted: bool,
    /// The token the forged request names (the victim's real one where the forger could not know it,
    /// to show the origin check alone refuses it).
    real_token: bool,
}

const FORGERIES: [Forgery; 3] = [
    Forgery { name: "cross-origin", origin: Some("http://evil.example"), planted: false, real_token: true },
    Forgery {
        name: "sister host, planted cookie",
        origin: Some("http://evil.127.0.0.1.nip.io"),
        planted: true,
        real_token: false,
    },
    Forgery { name: "no Origin (old browser), planted cookie", origin: None, planted: true, real_token: false },
];

const PLANTED: &str = "0badc0de0badc0de0badc0de0badc0de0badc0de0badc0de0badc0de0badc0de";

#[tokio::test]
async fn no_write_of_the_route_table_runs_when_forged() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine", "steinfurt"])).await;
    let (parent, child) = parent_with_child(&app, 0, "rheine", 1300).await;
    let kita = kitas(&app, "rheine").await.remove(0);
    let start = step_domain::search::format_date(season());
    let (status, registration) = register(&app, &parent, "rheine", &child, &kita, 35, &start).await;
    assert_eq!(status, StatusCode::CREATED, "{registration}");
    let admin = staff(&app, "kreis.admin", "steinfurt").await;
    let ids: BTreeMap<&str, String> = [
        ("slug", "rheine".to_owned()),
        ("id", registration["id"].as_str().unwrap().to_owned()),
        ("rid", registration["id"].as_str().unwrap().to_owned()),
        ("fid", kita.clone()),
        ("target", "rheine".to_owned()),
        ("file", "rheine.svg".to_owned()),
    ]
    .into();
    let host = "127.0.0.1";
    let paths = step_portal::route_paths();
    assert!(paths.len() > 60, "the table lists every route ({} found)", paths.len());
    let before = app.snapshot().await;
    let raw = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let mut tried = 0;
    for (who, victim) in [("parent", &parent), ("district admin", &admin)] {
        let session = victim.cookie(host, "step_session").expect("the victim is signed in");
        let token = victim.api_token(&reqwest::Url::parse(&app.addr).unwrap()).await.expect("the victim's token");
        for path in &paths {
            let url = format!("{}{}", app.addr, filled(path, &ids));
            for method in WRITES {
                for forgery in &FORGERIES {
                    let named = if forgery.real_token { token.as_str() } else { PLANTED };
                    let csrf_cookie = if forgery.planted { PLANTED.to_owned() } else { token.clone() };
                    for (content_type, body) in bodies(named) {
                        let mut req = raw
                            .request(method.clone(), &url)
                            .header("cookie", format!("step_session={session}; step_csrf={csrf_cookie}"))
                            .header("x-csrf-token", named)
                            .body(body);
                        if !content_type.is_empty() {
                            req = req.header("content-type", content_type);
                        }
                        if let Some(origin) = forgery.origin {
                            req = req.header("origin", origin);
                        }
                        let res = req.send().await.unwrap();
                        let status = res.status();
                        assert!(
                            status == StatusCode::FORBIDDEN || status == StatusCode::METHOD_NOT_ALLOWED,
                            "{method} {path} as the {who}, {} ({content_type}): {status} {}",
                            forgery.name,
                            res.text().await.unwrap_or_default()
                        );
                        if status == StatusCode::FORBIDDEN && !path.starts_with("/api/") {
                            let html = res.text().await.unwrap();
                            assert!(html.contains("Formular abgelaufen"), "{method} {path}: {html}");
                        }
                        tried += 1;
                    }
                }
            }
        }
    }
    assert_eq!(app.snapshot().await, before, "no forged write changed a row ({tried} tried)");

    // The same write from the victim's own page goes through, and the snapshot sees it: the test
    // above could have failed.
    let page = format!("{}/rheine/suche", app.addr);
    let html = parent.get(&page).await.text().await.unwrap();
    let form_token = input_value(&html, "csrf").expect("the page's form token");
    let other = kitas(&app, "rheine").await.remove(1);
    let res = parent
        .post_form(
            &format!("{}/rheine/auswahl", app.addr),
            &[("csrf", &form_token), ("action", "add"), ("facility_id", &other)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "the genuine form is taken");
    assert_ne!(app.snapshot().await, before, "the genuine write is seen");
    app.cleanup().await;
}

/// The planted token does not even work for the JSON API with a same-origin Origin header: once
/// there is a session, only its own token counts; and the token a page renders is the session's.
#[tokio::test]
async fn a_session_takes_only_its_own_token_and_pages_render_it() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let (parent, _) = parent_with_child(&app, 1, "rheine", 1300).await;
    let host = "127.0.0.1";
    let session = parent.cookie(host, "step_session").unwrap();
    let url = reqwest::Url::parse(&app.addr).unwrap();
    let token = parent.api_token(&url).await.unwrap();
    assert_eq!(
        parent.cookie(host, "step_csrf").as_deref(),
        Some(token.as_str()),
        "sign-in gave the browser the session's token"
    );
    let html = parent.get(&format!("{}/rheine/konto/familie", app.addr)).await.text().await.unwrap();
    assert_eq!(input_value(&html, "csrf").as_deref(), Some(token.as_str()), "forms carry the session's token");
    let raw = reqwest::Client::new();
    let put = |cookie_token: &str, header_token: &str| {
        raw.put(format!("{}/api/v1/tenants/rheine/selection", app.addr))
            .header("cookie", format!("step_session={session}; step_csrf={cookie_token}"))
            .header("origin", app.addr.clone())
            .header("x-csrf-token", header_token.to_owned())
            .json(&serde_json::json!({"facility_ids": []}))
            .send()
    };
    let res = put(PLANTED, PLANTED).await.unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "csrf", "{body}");
    assert!(body["error"]["message"].as_str().unwrap().contains("nichts gespeichert"), "{body}");
    let res = put(PLANTED, &token).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "the session's token works whatever the cookie says");
    // Without any token, a JSON write is refused too.
    let res = raw
        .post(format!("{}/api/v1/tenants/rheine/selection", app.addr))
        .header("cookie", format!("step_session={session}"))
        .json(&serde_json::json!({"facility_id": "00000000-0000-0000-0000-000000000000"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    app.cleanup().await;
}
