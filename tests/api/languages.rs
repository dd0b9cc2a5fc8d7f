//! Seven languages for families (issue 18): the language a page speaks (browser, switcher, profile),
//! staff pages in German, the API's errors in the language asked for, and the letters a family gets
//! in its own language even when a lead's German request writes them.

use reqwest::{Method, StatusCode};
use serde_json::json;
use step_e2e::browser_client::{Browser, input_value, parent};
use step_e2e::{SmtpSink, TestApp};

use crate::desk::{SONNENSCHEIN, api, offer_path, places, registered_family, staff};

fn t(lang: &str, key: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, String)> = args.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
    step_portal::text_in(lang, key, &args)
}

/// The language in the test family's profile in Steinfurt.
async fn profile_language(app: &TestApp) -> String {
    let mut db = app.db().await;
    sqlx::query_scalar("select language from t_steinfurt.families where email = 'eva@example.org'")
        .fetch_one(&mut db)
        .await
        .unwrap()
}

/// The `<html …>` tag of a page.
fn html_tag(page: &str) -> &str {
    let at = page.find("<html").expect("a page");
    &page[at..at + page[at..].find('>').unwrap() + 1]
}

#[tokio::test]
async fn a_page_speaks_the_browsers_language_and_says_so() {
    let app = TestApp::spawn().await;
    for (lang, dir) in [("tr", "ltr"), ("ar", "rtl"), ("uk", "ltr"), ("de", "ltr")] {
        let b = Browser::speaking(&format!("{lang};q=0.9, fr;q=1.0"));
        let res = b.get(&format!("{}/steinfurt/suche", app.addr)).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()["content-language"], lang);
        let vary = res.headers().get_all("vary").iter().map(|v| v.to_str().unwrap().to_owned()).collect::<Vec<_>>();
        assert!(vary.iter().any(|v| v.contains("Accept-Language") && v.contains("Cookie")), "{vary:?}");
        let page = res.text().await.unwrap();
        assert_eq!(html_tag(&page), format!("<html lang=\"{lang}\" dir=\"{dir}\">"));
        assert!(page.contains(&t(lang, "search-title", &[])), "{lang}: the search page's heading");
        // Every language offered in the switcher, each named in itself.
        for name in ["Deutsch", "English", "Türkçe", "العربية", "Русский", "Українська", "Polski"]
        {
            assert!(page.contains(&format!(">{name}</button>")), "{lang}: the switcher offers {name}");
        }
    }
    // An unknown language gets German; a page not found speaks the browser's language too.
    let b = Browser::speaking("fr-FR");
    assert!(html_tag(&b.get(&format!("{}/steinfurt/suche", app.addr)).await.text().await.unwrap()).contains("\"de\""));
    let res = Browser::speaking("pl").get(&format!("{}/steinfurt/einrichtungen/nope", app.addr)).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(res.text().await.unwrap().contains(&t("pl", "error-not-found-title", &[])));
    app.cleanup().await;
}

#[tokio::test]
async fn the_switcher_keeps_the_choice_and_refuses_what_it_does_not_know() {
    let app = TestApp::spawn().await;
    let (b, _, _) = registered_family(&app, 2, 0).await;
    let account = format!("{}/steinfurt/konto", app.addr);
    let html = b.get(&account).await.text().await.unwrap();
    let token = input_value(&html, "csrf").unwrap();
    let switch = format!("{}/steinfurt/sprache", app.addr);
    let language = || profile_language(&app);
    // Bad input changes nothing: an unknown language, no token, a foreign return address.
    let res = b.post_form(&switch, &[("csrf", &token), ("lang", "xx"), ("zurueck", "/steinfurt/konto")]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.text().await.unwrap().contains(&t("de", "err-language", &[])));
    let res = b.post_form(&switch, &[("lang", "ar"), ("zurueck", "/steinfurt/konto")]).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(language().await, "de");
    assert_eq!(b.cookie("127.0.0.1", "step_lang"), None);
    let res = b.post_form(&switch, &[("csrf", &token), ("lang", "qps"), ("zurueck", "/")]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST, "the pseudo-locale is not offered");

    // Arabic: the cookie, the profile, and the page the family came from in Arabic.
    let res = b.post_form(&switch, &[("csrf", &token), ("lang", "ar"), ("zurueck", "/steinfurt/konto")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/steinfurt/konto");
    assert_eq!(b.cookie("127.0.0.1", "step_lang").as_deref(), Some("ar"));
    assert_eq!(language().await, "ar");
    let page = b.get(&account).await.text().await.unwrap();
    assert_eq!(html_tag(&page), "<html lang=\"ar\" dir=\"rtl\">");
    assert!(page.contains(&t("ar", "account-title", &[])));
    // Somewhere else than the portal is never where the switcher sends a family.
    let res = b.post_form(&switch, &[("csrf", &token), ("lang", "pl"), ("zurueck", "//evil.example/")]).await;
    assert_eq!(res.headers()["location"], "/steinfurt/");

    // Signing in on another browser brings the profile's language along.
    let other = Browser::new();
    let (_, page) =
        other.sign_in(&format!("{}/steinfurt/login?return_to=/steinfurt/konto", app.addr), &parent(2)).await;
    assert!(page.status().is_success());
    assert_eq!(other.cookie("127.0.0.1", "step_lang").as_deref(), Some("pl"));

    // Staff pages stay German with any cookie and show no switcher.
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    lead.set_cookie("127.0.0.1", "step_lang", "ar");
    let desk = lead.get(&format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}", app.addr)).await;
    assert_eq!(desk.headers()["content-language"], "de");
    let desk = desk.text().await.unwrap();
    assert_eq!(html_tag(&desk), "<html lang=\"de\" dir=\"ltr\">");
    assert!(!desk.contains("lang-switch"), "no switcher on the desk");
    app.cleanup().await;
}

#[tokio::test]
async fn the_api_answers_in_the_asked_language_and_letters_speak_the_familys() {
    let app = TestApp::spawn().await;
    places(&app, 2).await;
    let (b, reg, _) = registered_family(&app, 1, 0).await;
    // A refused field in Polish, then in German: the same refusal, in each language.
    let bad = json!({"first_name": "Eva", "last_name": "Test", "street": "Markt 1", "postcode": "12",
                     "city": "Rheine", "phone": "05971 1", "email": "eva@example.org"});
    for lang in ["pl", "de", "ar"] {
        let res = b
            .json_with_language(
                Method::PUT,
                &format!("{}/api/v1/tenants/steinfurt/family", app.addr),
                Some(bad.clone()),
                lang,
            )
            .await;
        assert_eq!(res.0, StatusCode::BAD_REQUEST);
        let expected = format!("{}: {}", t(lang, "field-postcode", &[]), t(lang, "err-postcode", &[]));
        assert_eq!(res.1["error"]["message"], expected, "{lang}");
    }
    // The family reads Turkish; the lead's German request writes the offer's message in Turkish.
    let mut db = app.db().await;
    sqlx::query("update t_steinfurt.families set language = 'tr' where email = 'eva@example.org'")
        .execute(&mut db)
        .await
        .unwrap();
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let answer_by = crate::desk::in_days(7);
    let (status, body) = api(&lead, &app, Method::POST, &offer_path(&reg), Some(json!({"answer_by": answer_by}))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (subject, body): (String, String) = sqlx::query_as(
        "select subject, body from t_steinfurt.messages where registration_id = $1::uuid order by id desc limit 1",
    )
    .bind(&reg)
    .fetch_one(&mut db)
    .await
    .unwrap();
    assert_eq!(subject, t("tr", "msg-offered-subject", &[("facility", "Kita Sonnenschein")]));
    let date = step_domain::search::parse_date(&answer_by).unwrap();
    let date = format!("{:02}.{:02}.{}", date.day(), date.month() as u8, date.year());
    assert_eq!(
        body,
        t("tr", "msg-offered-body", &[("facility", "Kita Sonnenschein"), ("child", "Kind"), ("date", &date)])
    );
    let mail: String = sqlx::query_scalar("select subject from t_steinfurt.outbox order by id desc limit 1")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(mail, subject, "the e-mail is the message");

    // Through the real SMTP server: subject prefix, text and footer in Turkish.
    let smtp = SmtpSink::start(SmtpSink::free_port());
    let d = step_mail::deliver_once(&app.store, &app.tenants, &crate::mail::mailer(smtp.port), 100).await.unwrap();
    assert!(d.sent >= 1 && d.failed == 0, "{d:?}");
    let mails = smtp.decoded_messages();
    let offer = mails.iter().find(|m| m.contains(&subject)).unwrap_or_else(|| panic!("the offer: {mails:?}"));
    let prefix = t("tr", "mail-subject-prefix", &[("portal", "Steinfurt")]);
    assert!(offer.starts_with(&format!("Subject: {prefix} – {subject}")), "{offer}");
    let footer_start = t(
        "tr",
        "mail-footer",
        &[
            ("portal", "Steinfurt"),
            ("contact", "x"),
            ("street", "x"),
            ("postcode", "x"),
            ("city", "x"),
            ("phone", "x"),
            ("email", "x"),
        ],
    );
    let footer_start = footer_start.lines().next().unwrap();
    assert!(offer.contains(footer_start), "the footer in Turkish: {offer}");
    assert!(offer.contains(&body), "{offer}");
    app.cleanup().await;
}

/// The text poppler's pdftotext reads out of `pdf` (installed by `scripts/tools.sh pdftotext`).
pub fn pdftotext(pdf: &[u8]) -> String {
    let tool = std::env::var("STEP_PDFTOTEXT").unwrap_or_else(|_| "pdftotext".into());
    let path = std::env::temp_dir().join(format!("step-e2e-{}.pdf", uuid::Uuid::new_v4()));
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new(&tool).arg(&path).arg("-").output().expect("pdftotext runs");
    std::fs::remove_file(&path).ok();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().replace(['\u{202A}', '\u{202B}', '\u{202C}'], "")
}

#[tokio::test]
async fn an_arabic_familys_contract_opens_with_a_cover_letter_in_arabic() {
    let app = TestApp::spawn_with(step_e2e::Seed::Only(&["steinfurt"])).await;
    let (parent, lead, reg) = crate::documents::accepted(&app, 0).await;
    let mut db = app.db().await;
    sqlx::query("update t_steinfurt.families set language = 'ar' where email = 'eva@example.org'")
        .execute(&mut db)
        .await
        .unwrap();
    let (s, doc) = api(&lead, &app, Method::POST, &crate::documents::reg_path(&reg, "/contract"), None).await;
    assert_eq!(s, StatusCode::CREATED, "{doc}");
    let res = parent.get(&format!("{}{}", app.addr, crate::documents::reg_path(&reg, "/contract"))).await;
    assert_eq!(res.status(), StatusCode::OK);
    let text = pdftotext(&res.bytes().await.unwrap());
    // Each word of the Arabic cover's title and its sentence about the German text, then the contract in German.
    for key in ["cover-title", "cover-german"] {
        let sentence = t("ar", key, &[("child", "Kind")]).replace(['\u{2068}', '\u{2069}'], "");
        for word in sentence.split_whitespace() {
            let word = word.trim_matches(|c: char| "().:;,،".contains(c));
            assert!(text.contains(word), "{word:?} of {key} is in the PDF:\n{text}");
        }
    }
    assert!(text.contains("Betreuungsvertrag") && text.contains("Zwischen Eva Test"), "{text}");
    // The message that the contract is ready is in Arabic too.
    let subject: String = sqlx::query_scalar(
        "select subject from t_steinfurt.messages where registration_id = $1::uuid order by id desc limit 1",
    )
    .bind(&reg)
    .fetch_one(&mut db)
    .await
    .unwrap();
    let expected = t("ar", "msg-contract-created-subject", &[("child", "Kind"), ("facility", "Kita Sonnenschein")]);
    assert_eq!(subject, expected);
    app.cleanup().await;
}

#[tokio::test]
async fn a_language_chosen_before_signing_in_stays_and_goes_to_the_profile() {
    let app = TestApp::spawn_with(step_e2e::Seed::Only(&["steinfurt"])).await;
    let (b, _, _) = registered_family(&app, 0, 0).await;
    let profile = || profile_language(&app);
    assert_eq!(profile().await, "de", "a profile made through the API in German");
    drop(b);
    // A phone set to Turkish signs in: its language stays (the German profile does not win) and is kept.
    let phone = Browser::speaking("tr-TR");
    let (_, page) =
        phone.sign_in(&format!("{}/steinfurt/login?return_to=/steinfurt/konto", app.addr), &parent(0)).await;
    assert!(page.status().is_success());
    assert_eq!(phone.cookie("127.0.0.1", "step_lang"), None, "no cookie forced on the browser");
    assert!(html_tag(&page.text().await.unwrap()).contains("\"tr\""), "the account page in Turkish");
    // The switcher's Turkish in another browser, then signing in: kept, and saved to the profile.
    let other = Browser::new();
    other.set_cookie("127.0.0.1", "step_lang", "tr");
    let (_, page) =
        other.sign_in(&format!("{}/steinfurt/login?return_to=/steinfurt/konto", app.addr), &parent(0)).await;
    assert!(page.status().is_success());
    assert_eq!(profile().await, "tr");
    // The pseudo-locale never becomes a family's language.
    let tester = Browser::new();
    tester.set_cookie("127.0.0.1", "step_lang", "qps");
    tester.sign_in(&format!("{}/steinfurt/login?return_to=/steinfurt/konto", app.addr), &parent(0)).await;
    assert_eq!(profile().await, "tr");

    // Maintenance: a reading family can still switch; the cookie changes, the profile does not.
    let admin = staff(&app, "kreis.admin", "steinfurt").await;
    let patch = "/api/v1/district/tenants/steinfurt";
    assert_eq!(api(&admin, &app, Method::PATCH, patch, Some(json!({"maintenance": true}))).await.0, StatusCode::OK);
    let html = other.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    let token = input_value(&html, "csrf").unwrap();
    let res = other
        .post_form(
            &format!("{}/steinfurt/sprache", app.addr),
            &[("csrf", &token), ("lang", "uk"), ("zurueck", "/steinfurt/konto")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(other.cookie("127.0.0.1", "step_lang").as_deref(), Some("uk"));
    assert_eq!(profile().await, "tr", "nothing written in maintenance");
    // A return address beyond ASCII (not a path the portal makes) falls back to the home page.
    let res = other
        .post_form(&format!("{}/steinfurt/sprache", app.addr), &[("csrf", &token), ("lang", "uk"), ("zurueck", "/ü")])
        .await;
    assert_eq!(res.headers()["location"], "/steinfurt/");
    app.cleanup().await;
}

#[tokio::test]
async fn a_facility_reads_german_whatever_the_family_reads() {
    let app = TestApp::spawn_with(step_e2e::Seed::Only(&["steinfurt"])).await;
    places(&app, 2).await;
    let (b, reg, others) = registered_family(&app, 0, 1).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let (s, _) =
        api(&lead, &app, Method::POST, &offer_path(&reg), Some(json!({"answer_by": crate::desk::in_days(7)}))).await;
    assert_eq!(s, StatusCode::OK);
    // The parent accepts on an Arabic page: the other facility's e-mail about the withdrawal is German.
    let (s, body) = b
        .json_with_language(
            Method::POST,
            &format!("{}/api/v1/tenants/steinfurt/registrations/{reg}/accept", app.addr),
            None,
            "ar",
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let mut db = app.db().await;
    let (subject, text): (String, String) = sqlx::query_as(
        "select subject, body from t_steinfurt.outbox where message_id is null order by id desc limit 1",
    )
    .fetch_one(&mut db)
    .await
    .unwrap();
    let facility: String = sqlx::query_scalar(
        "select f.name from t_steinfurt.registrations r join t_steinfurt.facilities f on f.id = r.facility_id where r.id = $1::uuid",
    )
    .bind(others[0].as_str())
    .fetch_one(&mut db)
    .await
    .unwrap();
    assert_eq!(subject, t("de", "msg-facility-withdrawn-subject", &[("child", "Kind")]));
    assert_eq!(text, t("de", "msg-facility-withdrawn-body", &[("child", "Kind"), ("facility", &facility)]));
    app.cleanup().await;
}
