//! The parent's whole journey through the pages, signed in for real through the dev provider's
//! login form: search → select three → sign in → family → child → register at the three →
//! account and inbox → withdraw one.

use reqwest::{Method, StatusCode};
use step_domain::search::{format_date, next_kita_year_start};
use step_e2e::browser_client::{Browser, input_value, parent};
use step_e2e::{Seed, TestApp};

#[tokio::test]
async fn a_parent_searches_selects_signs_in_registers_and_withdraws() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let b = Browser::new();
    let base = &app.addr;

    // Search (sets the CSRF cookie) and pick three Kitas that take a 3-year-old for 35 hours.
    let start = next_kita_year_start(time::OffsetDateTime::now_utc().date());
    let birth = start - time::Duration::days(3 * 365 + 100);
    let (_, res) =
        b.get_following(&format!("{base}/rheine/suche?kind=kita&hours=35&birth_date={}", format_date(birth))).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains("Kita/KTP auswählen"));
    let csrf = b.cookie("127.0.0.1", "step_csrf").expect("csrf cookie");
    let picks: Vec<String> =
        app.all_facilities("rheine", &format!("kind=kita&hours=35&birth_date={}", format_date(birth))).await[..3]
            .iter()
            .map(|f| f["id"].as_str().unwrap().to_owned())
            .collect();
    for id in &picks {
        let (url, page) = b
            .post_following(
                &format!("{base}/rheine/auswahl"),
                &[("csrf", &csrf), ("action", "add"), ("facility_id", id)],
            )
            .await;
        assert!(url.contains("/rheine/auswahl?hinweis=added"), "{url}");
        assert_eq!(page.status(), StatusCode::OK);
    }
    let (_, page) = b.get_following(&format!("{base}/rheine/auswahl")).await;
    let html = page.text().await.unwrap();
    assert!(html.contains("Meine Auswahl (3)"));
    assert!(html.contains("Um Ihr Kind vorzumerken, melden Sie sich an"));
    assert!(html.contains("/rheine/login?return_to=/rheine/auswahl\""), "the header's sign-in link comes back here");

    // Sign in through the provider's form; the selection survives and the session id changes.
    let anonymous = b.cookie("127.0.0.1", "step_session").expect("a session holds the selection");
    let (url, page) = b.sign_in(&format!("{base}/rheine/login?return_to=/rheine/auswahl"), &parent(0)).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(url.ends_with("/rheine/auswahl"), "back where the parent came from: {url}");
    assert_ne!(b.cookie("127.0.0.1", "step_session").unwrap(), anonymous, "a new session id at sign-in");
    let html = page.text().await.unwrap();
    assert!(html.contains("Meine Auswahl (3)") && html.contains("Abmelden"));
    assert!(html.contains("Zuerst Familiendaten angeben"));

    // Family profile, prefilled from the ID token.
    let (_, page) = b.get_following(&format!("{base}/rheine/konto/familie")).await;
    let html = page.text().await.unwrap();
    assert_eq!(input_value(&html, "email").as_deref(), Some(parent(0).email.as_str()));
    // Sign-in gave the session a new form token (issue 19.1): the one from before is refused, the
    // page carries the new one.
    let stale = b.post_form(&format!("{base}/rheine/konto/familie"), &[("csrf", &csrf), ("first_name", "X")]).await;
    assert_eq!(stale.status(), StatusCode::FORBIDDEN, "the token from before sign-in is spent");
    let csrf = input_value(&html, "csrf").expect("the form's token");
    assert_ne!(csrf, b.cookie("127.0.0.1", "step_session").unwrap());
    let family = [
        ("csrf", csrf.as_str()),
        ("first_name", "Anna"),
        ("last_name", "Müller"),
        ("street", "Bahnhofstraße 3"),
        ("postcode", "48431"),
        ("city", "Rheine"),
        ("phone", "05971 123-45"),
        ("email", "anna.mueller@example.org"),
        ("language", "de"),
    ];
    let (url, _) = b.post_following(&format!("{base}/rheine/konto/familie"), &family).await;
    assert!(url.contains("/rheine/konto/kinder"), "a new family goes on to its first child: {url}");

    // A child: first with every mistake at once (issue 16.4), nothing saved, then right with a
    // German date.
    let res = b
        .post_form(
            &format!("{base}/rheine/konto/kinder"),
            &[
                ("csrf", &csrf),
                ("first_name", ""),
                ("last_name", ""),
                ("birth_date", "30.02.2024"),
                ("expected_birth_date", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let html = res.text().await.unwrap();
    assert!(html.contains("Bitte korrigieren Sie diese 3 Angaben"), "{html}");
    for field in ["first_name", "last_name", "birth_date"] {
        assert!(html.contains(&format!("<a href=\"#{field}\">")), "{field}: {html}");
    }
    assert!(html.contains("max=\"") && html.contains("min=\""), "the date field carries min and max");
    let german = format!("{:02}.{:02}.{}", birth.day(), u8::from(birth.month()), birth.year());
    let (url, page) = b
        .post_following(
            &format!("{base}/rheine/konto/kinder"),
            &[
                ("csrf", &csrf),
                ("first_name", "Mia"),
                ("last_name", "Müller"),
                ("birth_date", &german),
                ("expected_birth_date", ""),
            ],
        )
        .await;
    assert!(url.contains("/rheine/auswahl?hinweis=child-saved"), "{url}");
    let html = page.text().await.unwrap();
    let child_id = input_value(&html, "child_id").or_else(|| {
        let at = html.find("<option value=\"")? + 15;
        Some(html[at..at + 36].to_owned())
    });
    let child_id = child_id.unwrap_or_else(|| panic!("the registration form offers the child: {html}"));

    // Register at the three.
    let mut fields: Vec<(String, String)> = vec![
        ("csrf".into(), csrf.clone()),
        ("child_id".into(), child_id.clone()),
        ("start".into(), format_date(start)),
    ];
    for id in &picks {
        fields.push((format!("hours_{id}"), "35".into()));
        fields.push((format!("note_{id}"), "Wir freuen uns!".into()));
    }
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (url, page) = b.post_following(&format!("{base}/rheine/vormerken"), &refs).await;
    assert!(url.contains("/rheine/konto?hinweis=registered"), "{url}");
    let html = page.text().await.unwrap();
    assert_eq!(html.matches("<strong class=\"status\">Vorgemerkt").count(), 3, "{html}");
    assert!(html.contains("Nachrichten (3 ungelesen)"));
    assert!(html.contains("Mia Müller"));

    // The API agrees, signed in by the same session.
    let (status, regs) = b.json(Method::GET, &format!("{base}/api/v1/tenants/rheine/registrations"), None).await;
    assert_eq!(status, StatusCode::OK);
    let regs = regs.as_array().unwrap().clone();
    assert_eq!(regs.len(), 3);
    let ranks: Vec<i64> = regs.iter().map(|r| r["rank"].as_i64().unwrap()).collect();
    assert_eq!(ranks, vec![1, 2, 3], "the selection's order is the priority");
    assert!(regs.iter().all(|r| r["status"] == "registered" && r["waiting_same_start"].as_i64() == Some(1)));
    let (_, inbox) = b.json(Method::GET, &format!("{base}/api/v1/tenants/rheine/inbox"), None).await;
    assert_eq!(inbox["unread"], 3);

    // Withdraw one, with confirmation.
    let victim = regs[1]["id"].as_str().unwrap();
    let (_, confirm) = b.get_following(&format!("{base}/rheine/konto/vormerkungen/{victim}/zurueckziehen")).await;
    let html = confirm.text().await.unwrap();
    assert!(html.contains("wirklich zurückziehen") && html.contains("Ja, zurückziehen"));
    let (url, page) =
        b.post_following(&format!("{base}/rheine/konto/vormerkungen/{victim}/zurueckziehen"), &[("csrf", &csrf)]).await;
    assert!(url.contains("hinweis=withdrawn"));
    let html = page.text().await.unwrap();
    assert_eq!(html.matches("<strong class=\"status\">Vorgemerkt").count(), 2);
    assert!(html.contains("Zurückgezogen"));
    assert!(html.contains("Nachrichten (4 ungelesen)"));

    // Reading the inbox marks it read.
    let (_, inbox_page) = b.get_following(&format!("{base}/rheine/konto/nachrichten")).await;
    let html = inbox_page.text().await.unwrap();
    assert!(html.contains("zurückgezogen") && html.matches("Vormerkung bei").count() >= 3);
    for r in &regs {
        let name = r["facility_name"].as_str().unwrap();
        assert!(html.contains(&format!("Vormerkung bei {name}")), "the message names {name}");
    }
    assert!(html.contains("Mia ist bei") && !html.contains('\u{1}'), "the child's name is in the message text");
    let (_, inbox) = b.json(Method::GET, &format!("{base}/api/v1/tenants/rheine/inbox"), None).await;
    assert_eq!((inbox["unread"].as_i64(), inbox["messages"].as_array().unwrap().len()), (Some(0), 4));

    // Signing out ends the portal session (and sends the browser to the provider's end-session page).
    let res = b.post_form(&format!("{base}/rheine/logout"), &[("csrf", &csrf)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let end = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(end.starts_with(step_e2e::dev_idp()));
    assert!(end.contains("post_logout_redirect_uri=") && end.contains("%2Frheine%2F%3Fhinweis%3Dabgemeldet"), "{end}");
    let (status, _) = b.json(Method::GET, &format!("{base}/api/v1/tenants/rheine/registrations"), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Where the provider sends the browser back, the home page says so (a signed-in visitor is not told).
    let home = b.get(&format!("{base}/rheine/?hinweis=abgemeldet")).await.text().await.unwrap();
    assert!(home.contains("Sie sind abgemeldet."), "the home page confirms the sign-out");
    let other = b.get(&format!("{base}/rheine/?hinweis=%3Cscript%3E")).await.text().await.unwrap();
    assert!(!other.contains("role=\"status\""), "an unknown notice key shows nothing");
    app.cleanup().await;
}
