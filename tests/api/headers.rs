//! Issue 19.2: security headers on every kind of answer, read from real responses; over HTTPS also
//! HSTS and `__Host-` cookies.

use reqwest::StatusCode;
use step_e2e::browser_client::{Browser, input_value};
use step_e2e::{Seed, TestApp};

fn check(res: &reqwest::Response, what: &str) {
    let h = res.headers();
    let csp = h.get("content-security-policy").unwrap_or_else(|| panic!("{what}: no CSP")).to_str().unwrap();
    for part in [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ] {
        assert!(csp.contains(part), "{what}: CSP lacks {part}: {csp}");
    }
    assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "{what}: {csp}");
    assert!(csp.contains("form-action 'self' http://127.0.0.1:"), "{what}: sign-out goes on to the provider: {csp}");
    assert_eq!(h["x-content-type-options"], "nosniff", "{what}");
    assert_eq!(h["x-frame-options"], "DENY", "{what}");
    assert_eq!(h["referrer-policy"], "same-origin", "{what}");
}

#[tokio::test]
async fn every_kind_of_answer_carries_the_security_headers() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    for (path, status) in [
        ("/", StatusCode::OK),
        ("/rheine/", StatusCode::OK),
        ("/rheine/suche", StatusCode::OK),
        ("/rheine/gibt-es-nicht", StatusCode::NOT_FOUND),
        ("/rheine/konto", StatusCode::SEE_OTHER),
        ("/api/v1/tenants", StatusCode::OK),
        ("/api/v1/tenants/rheine/family", StatusCode::UNAUTHORIZED),
        ("/static/style.css", StatusCode::OK),
        ("/static/brand.css?c=005a9c", StatusCode::OK),
        ("/healthz", StatusCode::OK),
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status(), status, "{path}");
        check(&res, path);
        assert!(res.headers().get("strict-transport-security").is_none(), "{path}: no HSTS over plain http");
        let html_page = res.headers().get("content-type").is_some_and(|v| v.to_str().unwrap().starts_with("text/html"));
        if html_page {
            // Pages carry personal data: the browser keeps none of them (Back after signing out).
            assert_eq!(res.headers()["cache-control"], "no-store", "{path}");
            let html = res.text().await.unwrap();
            assert!(!html.contains("<style") && !html.contains(" style="), "{path}: inline style");
            assert!(!html.contains("<script>"), "{path}: inline script");
        }
    }
    // The brand colour comes as a stylesheet, only ever a colour.
    let (status, css) = app.page("/static/brand.css?c=7a1f5c").await;
    assert_eq!((status, css.trim()), (StatusCode::OK, ":root { --brand: #7a1f5c; }"));
    let (_, css) = app.page("/static/brand.css?c=;}body{display:none").await;
    assert_eq!(css.trim(), ":root { --brand: #005a9c; }", "anything but six hex digits is the district's blue");
    // A refused write too.
    let res = app.client.post(format!("{}/rheine/auswahl", app.addr)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    check(&res, "refused write");
    app.cleanup().await;
}

#[tokio::test]
async fn over_https_cookies_are_host_only_and_hsts_is_sent() {
    let app = TestApp::spawn_configured(Seed::Only(&["rheine"]), |c| {
        c.secure_cookies = true;
    })
    .await;
    let b = Browser::new();
    let res = b.get(&format!("{}/rheine/suche", app.addr)).await;
    assert_eq!(res.headers()["strict-transport-security"], "max-age=31536000");
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.starts_with("__Host-step_csrf=") && cookie.contains("; Secure") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(!cookie.to_ascii_lowercase().contains("domain="), "{cookie}");
    let html = res.text().await.unwrap();
    let token = input_value(&html, "csrf").unwrap();
    // The form works with the prefixed cookie; the plain name (which a sister host could plant) is ignored.
    let kita = crate::support::kitas(&app, "rheine").await.remove(0);
    let res = b
        .post_form(
            &format!("{}/rheine/auswahl", app.addr),
            &[("csrf", &token), ("action", "add"), ("facility_id", &kita)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(b.cookie("127.0.0.1", "__Host-step_session").is_some(), "the session cookie is host-only");
    let planted = reqwest::Client::new()
        .post(format!("{}/rheine/auswahl", app.addr))
        .header("cookie", format!("step_csrf={token}"))
        .form(&[("csrf", token.as_str()), ("action", "add"), ("facility_id", kita.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(planted.status(), StatusCode::FORBIDDEN, "a cookie without the prefix counts for nothing");
    app.cleanup().await;
}
