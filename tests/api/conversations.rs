//! Conversations per registration (issue 21): the family and the facility write to each other, the
//! other side gets a notice and an e-mail without the content, read markers move, the office reads
//! (audited) but does not write; bad input, the daily limit and a closed registration are refused
//! and store nothing; nobody else reads.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use step_e2e::browser_client::Browser;
use step_e2e::{Seed, TestApp};

use crate::desk::{SONNENSCHEIN, staff};
use crate::support::{parent_with_child, register, season};

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&mut app.db().await).await.unwrap()
}

async fn send(b: &Browser, app: &TestApp, reg: &str, body: &str) -> (StatusCode, Value) {
    let url = format!("{}/api/v1/tenants/steinfurt/registrations/{reg}/messages", app.addr);
    b.json(Method::POST, &url, Some(json!({ "body": body }))).await
}

async fn read(b: &Browser, app: &TestApp, reg: &str) -> (StatusCode, Value) {
    b.json(Method::GET, &format!("{}/api/v1/tenants/steinfurt/registrations/{reg}/messages", app.addr), None).await
}

#[tokio::test]
async fn family_and_facility_write_to_each_other_and_the_office_reads_along() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (parent, child) = parent_with_child(&app, 0, "steinfurt", 1300).await;
    let (status, body) = register(&app, &parent, "steinfurt", &child, SONNENSCHEIN, 35, &season().to_string()).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let reg = body["id"].as_str().unwrap().to_owned();
    assert_eq!(read(&parent, &app, &reg).await.1, json!([]));

    // Bad input: nothing stored.
    for (text, why) in [("   ", "empty"), (&"x".repeat(5001)[..], "too long")] {
        let (status, err) = send(&parent, &app, &reg, text).await;
        assert_eq!((status, err["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("body")), "{why}: {err}");
    }
    assert_eq!(count(&app, "select count(*) from t_steinfurt.conversation_messages").await, 0);

    // The family writes: the facility is told on the desk and by e-mail, without the content.
    let question = "Wann können wir uns die Kita ansehen?";
    assert_eq!(send(&parent, &app, &reg, question).await.0, StatusCode::CREATED);
    let mails = "select count(*) from t_steinfurt.outbox where subject like 'Neue Nachricht der Familie%' and body not like '%ansehen%'";
    assert_eq!(count(&app, mails).await, 1);
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let desk = lead.get(&format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}", app.addr)).await.text().await.unwrap();
    assert!(desk.contains("Nachrichten von Familien") && desk.contains("1 ungelesen"), "the desk lists it unread");
    let (status, seen) = read(&lead, &app, &reg).await;
    assert_eq!(
        (status, seen[0]["body"].as_str(), seen[0]["side"].as_str()),
        (StatusCode::OK, Some(question), Some("family"))
    );
    let desk = lead.get(&format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}", app.addr)).await.text().await.unwrap();
    assert!(!desk.contains("ungelesen"), "read now");

    // The facility answers: the family gets an inbox message and an e-mail, without the content.
    assert_eq!(send(&lead, &app, &reg, "Gerne am Dienstag um 15 Uhr.").await.0, StatusCode::CREATED);
    let family_mail = "select count(*) from t_steinfurt.outbox where subject like 'Neue Nachricht von%' and body not like '%Dienstag%'";
    assert_eq!(count(&app, family_mail).await, 1);
    let page = parent.get(&format!("{}/steinfurt/nachrichten/{reg}", app.addr)).await.text().await.unwrap();
    assert!(page.contains("Gerne am Dienstag um 15 Uhr.") && page.contains(question), "the family's page: {page}");

    // The office reads (audited) and does not write; another family reads nothing.
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    assert_eq!(read(&office, &app, &reg).await.0, StatusCode::OK);
    assert_eq!(count(&app, "select count(*) from t_steinfurt.audit_log where action = 'conversation_read'").await, 1);
    assert_eq!(send(&office, &app, &reg, "Hallo").await.0, StatusCode::FORBIDDEN);
    let (stranger, _) = parent_with_child(&app, 1, "steinfurt", 1300).await;
    assert_eq!(read(&stranger, &app, &reg).await.0, StatusCode::NOT_FOUND);
    assert_eq!(send(&stranger, &app, &reg, "Hallo").await.0, StatusCode::NOT_FOUND);
    let rheine = staff(&app, "jugendamt.rheine", "steinfurt").await;
    assert_eq!(read(&rheine, &app, &reg).await.0, StatusCode::NOT_FOUND);

    // A file with a message: PDF, JPEG or PNG through the document store's checks; both sides read it.
    let files = format!("{}/api/v1/tenants/steinfurt/registrations/{reg}/messages/files", app.addr);
    let wrong = parent
        .post_multipart(&files, &[("body", "Hier der Impfpass")], Some(("impfpass.pdf", b"GIF89a...".to_vec())))
        .await;
    assert_eq!(wrong.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let empty = parent.post_multipart(&files, &[("body", " ")], Some(("impfpass.pdf", PDF.to_vec()))).await;
    assert_eq!(empty.status(), StatusCode::BAD_REQUEST);
    assert_eq!(count(&app, "select count(*) from t_steinfurt.documents where kind = 'attachment'").await, 0);
    let sent =
        parent.post_multipart(&files, &[("body", "Hier der Impfpass")], Some(("impfpass.pdf", PDF.to_vec()))).await;
    assert_eq!(sent.status(), StatusCode::CREATED);
    let (_, seen) = read(&lead, &app, &reg).await;
    let attached = &seen[2]["attachment"];
    assert_eq!(attached["filename"], "impfpass.pdf", "{seen}");
    let download = lead.get(&format!("{}/steinfurt/dokumente/{}", app.addr, attached["id"].as_str().unwrap())).await;
    assert_eq!(download.bytes().await.unwrap().as_ref(), PDF, "the facility reads the file");
    // Through the page's form too, and a refused file keeps the typed text.
    let page_url = format!("{}/steinfurt/nachrichten/{reg}", app.addr);
    let html = parent.get(&page_url).await.text().await.unwrap();
    let token = html.split("name=\"csrf\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let refused = parent
        .post_multipart(
            &page_url,
            &[("csrf", &token), ("body", "Noch ein Bild")],
            Some(("bild.png", b"kein bild".to_vec())),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(refused.text().await.unwrap().contains("Noch ein Bild"), "the text is kept");
    let ok = parent.post_multipart(&page_url, &[("csrf", &token), ("body", "Ohne Datei")], None).await;
    assert!(ok.status().is_success() || ok.status().is_redirection(), "{}", ok.status());
    assert_eq!(count(&app, "select count(*) from t_steinfurt.conversation_messages").await, 4);

    // At most 20 messages a day per side; a withdrawn registration takes none.
    for i in 3..20 {
        assert_eq!(send(&parent, &app, &reg, &format!("Nachricht {i}")).await.0, StatusCode::CREATED);
    }
    let (status, err) = send(&parent, &app, &reg, "eine zu viel").await;
    assert_eq!(status, StatusCode::CONFLICT, "{err}");
    assert!(err["error"]["message"].as_str().unwrap().contains("20 Nachrichten"), "{err}");
    let withdraw = format!("{}/api/v1/tenants/steinfurt/registrations/{reg}/withdraw", app.addr);
    assert_eq!(parent.json(Method::POST, &withdraw, None).await.0, StatusCode::OK);
    assert_eq!(send(&lead, &app, &reg, "Noch eine Frage").await.0, StatusCode::CONFLICT);
    assert_eq!(count(&app, "select count(*) from t_steinfurt.conversation_messages").await, 21);
    app.cleanup().await;
}

#[tokio::test]
async fn the_inbox_lists_open_conversations_and_an_announcement_reaches_every_waiting_family() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let start = season().to_string();
    let mut families = Vec::new();
    for n in 0..2 {
        let (parent, child) = parent_with_child(&app, n, "steinfurt", 1300).await;
        let (status, body) = register(&app, &parent, "steinfurt", &child, SONNENSCHEIN, 35, &start).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        families.push((parent, body["id"].as_str().unwrap().to_owned()));
    }
    assert_eq!(send(&families[0].0, &app, &families[0].1, "Eine Frage zur Eingewöhnung").await.0, StatusCode::CREATED);
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let inbox_url = format!("{}/api/v1/tenants/steinfurt/facilities/{SONNENSCHEIN}/inbox", app.addr);
    let (status, inbox) = lead.json(Method::GET, &inbox_url, None).await;
    assert_eq!((status, inbox["unread"].as_i64()), (StatusCode::OK, Some(1)), "{inbox}");
    assert_eq!(inbox["conversations"][0]["registration"].as_str(), Some(families[0].1.as_str()));
    assert_eq!(inbox["starts"][0]["families"].as_i64(), Some(2), "{inbox}");
    let page = lead.get(&format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}/nachrichten", app.addr)).await;
    let page = page.text().await.unwrap();
    assert!(page.contains("Ein offenes Gespräch, 1 ungelesen") && page.contains("1 ungelesen"), "the inbox page");
    // Families, the office and another facility's staff read no inbox.
    assert_eq!(families[1].0.json(Method::GET, &inbox_url, None).await.0, StatusCode::FORBIDDEN);

    // Bad announcements: nothing stored.
    let announce = format!("{}/api/v1/tenants/steinfurt/facilities/{SONNENSCHEIN}/announcements", app.addr);
    let later = (season() + time::Duration::days(1)).to_string();
    for (body, status, field) in [
        (json!({ "start": "bald", "subject": "Tag der offenen Tür", "body": "Am 12. März" }), 400, Some("start")),
        (json!({ "start": start, "subject": " ", "body": "Am 12. März" }), 400, Some("subject")),
        (json!({ "start": start, "subject": "Tag der offenen Tür", "body": "x".repeat(5001) }), 400, Some("body")),
        (json!({ "start": later, "subject": "Tag der offenen Tür", "body": "Am 12. März" }), 409, None),
    ] {
        let (got, err) = lead.json(Method::POST, &announce, Some(body)).await;
        assert_eq!((got.as_u16(), err["error"]["field"].as_str()), (status, field), "{err}");
    }
    let body = json!({ "start": start, "subject": "Tag der offenen Tür", "body": "Am 12. März von 15 bis 17 Uhr." });
    assert_eq!(families[0].0.json(Method::POST, &announce, Some(body.clone())).await.0, StatusCode::FORBIDDEN);
    assert_eq!(count(&app, "select count(*) from t_steinfurt.announcements").await, 0);

    // Both families get it in their inbox; the e-mails say only that it is there.
    let (status, sent) = lead.json(Method::POST, &announce, Some(body)).await;
    assert_eq!((status, sent["families"].as_i64()), (StatusCode::CREATED, Some(2)), "{sent}");
    for (parent, _) in &families {
        let inbox = parent.get(&format!("{}/steinfurt/konto/nachrichten", app.addr)).await.text().await.unwrap();
        assert!(inbox.contains("Am 12. März von 15 bis 17 Uhr."), "each family reads it");
    }
    let mails = "select count(*) from t_steinfurt.outbox where subject like 'Neue Mitteilung von%' and body like '%/steinfurt/konto/nachrichten' and body not like '%März%'";
    assert_eq!(count(&app, mails).await, 2);
    app.cleanup().await;
}
