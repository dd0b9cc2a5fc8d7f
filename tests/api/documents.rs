//! Documents end to end (issue 6): the care contract from an accepted offer to `contracted`, uploads
//! checked by content and size, downloads behind the permission check, the family's export and
//! deletion, the retention period, the sweeper, and the S3 backend against a real S3 server
//! (s3s-fs on loopback), stopped in the middle of the test.

use std::sync::Arc;

use reqwest::{Method, StatusCode};
use serde_json::Value;
use step_documents::ObjectStore;
use step_e2e::browser_client::{Browser, input_value};
use step_e2e::{S3Server, Seed, TestApp};
use tokio::io::AsyncReadExt;

use crate::desk::{SONNENSCHEIN, api, in_days, places, registered_family, staff, status};

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

pub fn reg_path(reg: &str, tail: &str) -> String {
    format!("/api/v1/tenants/steinfurt/registrations/{reg}{tail}")
}

/// A parent whose child accepted an offer of Kita Sonnenschein; and the Kita's lead.
pub async fn accepted(app: &TestApp, n: usize) -> (Browser, Browser, String) {
    places(app, 3).await;
    let (parent, reg, _) = registered_family(app, n, 0).await;
    let lead = staff(app, "leitung.sonnenschein", "steinfurt").await;
    let (s, body) =
        api(&lead, app, Method::POST, &reg_path(&reg, "/offer"), Some(serde_json::json!({"answer_by": in_days(7)})))
            .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let (s, body) = api(&parent, app, Method::POST, &reg_path(&reg, "/accept"), None).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    (parent, lead, reg)
}

async fn upload(
    b: &Browser,
    app: &TestApp,
    path: &str,
    kind: Option<&str>,
    name: &str,
    bytes: Vec<u8>,
) -> (StatusCode, Value) {
    let fields: Vec<(&str, &str)> = kind.map(|k| vec![("kind", k)]).unwrap_or_default();
    let res = b.post_multipart(&format!("{}{path}", app.addr), &fields, Some((name, bytes))).await;
    let status = res.status();
    let text = res.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

async fn document_rows(app: &TestApp) -> i64 {
    let mut db = app.db().await;
    sqlx::query_scalar("select count(*) from t_steinfurt.documents").fetch_one(&mut db).await.unwrap()
}

/// The text of a PDF written by step_documents::pdf: its `(…) Tj` strings (WinAnsi) joined by spaces.
fn pdf_text(pdf: &[u8]) -> String {
    let s: String = pdf.iter().map(|&b| b as char).collect();
    let mut out = Vec::new();
    for part in s.split(") Tj").filter_map(|p| p.rsplit_once(" Td (").map(|(_, t)| t)) {
        out.push(part.replace("\\(", "(").replace("\\)", ")"));
    }
    out.join(" ")
}

fn files_under(dir: &std::path::Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries.flatten().map(|e| if e.path().is_dir() { files_under(&e.path()) } else { 1 }).sum()
}

#[tokio::test]
async fn an_accepted_offer_becomes_a_contract_signed_uploaded_confirmed_and_contracted() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (parent, lead, reg) = accepted(&app, 0).await;

    // Before the facility made it, there is no contract and nothing to sign.
    assert_eq!(api(&parent, &app, Method::GET, &reg_path(&reg, "/contract"), None).await.0, StatusCode::NOT_FOUND);
    let (s, body) = upload(&parent, &app, &reg_path(&reg, "/contract/signed"), None, "v.pdf", PDF.to_vec()).await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    assert!(body["error"]["message"].as_str().unwrap().contains("erst hochgeladen werden"), "{body}");

    // The lead prepares the contract (issue 16.10): proposed terms, a preview, every mistake at
    // its field with nothing stored, then issues it.
    let detail = format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}/vormerkungen/{reg}", app.addr);
    let html = lead.get(&detail).await.text().await.unwrap();
    assert!(html.contains("Betreuungsvertrag vorbereiten"), "{html}");
    let prepare = format!("{detail}/vertrag");
    let html = lead.get(&prepare).await.text().await.unwrap();
    assert_eq!(input_value(&html, "care_from").as_deref(), Some("07:30"), "proposed from the weekly hours");
    assert_eq!(input_value(&html, "care_until").as_deref(), Some("14:30"));
    assert!(
        html.contains("Vorschau: So liest die Familie den Vertrag") && html.contains("Eingewöhnung beginnt am"),
        "{html}"
    );
    let token = input_value(&html, "csrf").unwrap();
    let post = |from: &str, until: &str, group: &str, settling: &str, step: &str| {
        let fields: Vec<(String, String)> = [
            ("csrf", token.as_str()),
            ("care_from", from),
            ("care_until", until),
            ("group", group),
            ("settling_in", settling),
            ("schritt", step),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        let (lead, prepare) = (&lead, &prepare);
        async move {
            let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            lead.post_form(prepare, &refs).await
        }
    };
    let res = post("5 Uhr", "halb drei", "", "01.01.2020", "ausstellen").await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let html = res.text().await.unwrap();
    assert!(html.contains("Bitte korrigieren Sie diese 3 Angaben"), "{html}");
    for (field, says) in [
        ("care_from", "zwischen 06:00 und 20:00 Uhr"),
        ("care_until", "Bitte geben Sie eine Uhrzeit an"),
        ("settling_in", "in der Vergangenheit"),
    ] {
        assert!(html.contains(&format!("<a href=\"#{field}\">")) && html.contains(says), "{field}: {html}");
    }
    assert_eq!(input_value(&html, "care_until").as_deref(), Some("halb drei"), "what was typed stays");
    let res = post("8:00", "12:00", "", "", "ausstellen").await;
    let html = res.text().await.unwrap();
    assert!(html.contains("weniger als die vereinbarten 35 Wochenstunden"), "{html}");
    assert_eq!(document_rows(&app).await, 0, "a refused contract stores nothing");
    let day = crate::support::season() + time::Duration::days(2);
    let settling_de = format!("{:02}.{:02}.{}", day.day(), u8::from(day.month()), day.year());
    let res = post("7.30", "15 Uhr", "Bärengruppe", &settling_de, "vorschau").await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("von 07:30 bis 15:00 Uhr") && html.contains("„Bärengruppe“"),
        "the preview shows the terms: {html}"
    );
    assert_eq!(document_rows(&app).await, 0, "a preview stores nothing");
    let res = post("7.30", "15 Uhr", "Bärengruppe", &step_domain::search::format_date(day), "ausstellen").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = lead.get_following(&format!("{}{}", app.addr, res.headers()["location"].to_str().unwrap())).await;
    let html = page.text().await.unwrap();
    assert!(
        html.contains("Der Betreuungsvertrag wurde erstellt") && html.contains("Betreuungsvertrag-Kind-Test-v1.pdf"),
        "{html}"
    );

    // The parent finds it in the account and downloads the PDF with the child, guardian and hours.
    let account = parent.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    assert!(account.contains("Betreuungsvertrag:"), "{account}");
    let (_, inbox) = api(&parent, &app, Method::GET, "/api/v1/tenants/steinfurt/inbox", None).await;
    assert!(inbox.to_string().contains("Betreuungsvertrag für Kind bei Kita Sonnenschein"), "{inbox}");
    let res = parent.get(&format!("{}{}", app.addr, reg_path(&reg, "/contract"))).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert!(res.headers()["content-disposition"].to_str().unwrap().starts_with("attachment;"));
    let pdf = res.bytes().await.unwrap();
    assert!(pdf.starts_with(b"%PDF-1.4"));
    let text = pdf_text(&pdf);
    let settling = format!("Eingewöhnung beginnt am {settling_de}");
    for needle in [
        "Kind Test",
        "Eva Test",
        "35 Stunden pro Woche",
        "Kita Sonnenschein",
        "Betreuungsvertrag",
        "Beginn",
        "von 07:30 bis 15:00 Uhr",
        "Bärengruppe",
        settling.as_str(),
    ] {
        assert!(text.contains(needle), "the PDF says {needle}: {text}");
    }

    // Confirming without a signed copy is refused; the parent uploads the signed copy on the page.
    let (s, _) = api(&lead, &app, Method::POST, &reg_path(&reg, "/contract/confirm"), None).await;
    assert_eq!(s, StatusCode::CONFLICT);
    let docs_page = format!("{}/steinfurt/konto/vormerkungen/{reg}/dokumente", app.addr);
    let html = parent.get(&docs_page).await.text().await.unwrap();
    assert!(html.contains("Unterschriebener Vertrag"), "{html}");
    let token = input_value(&html, "csrf").unwrap();
    let signed = [PDF, b"signed by Eva Test".as_slice()].concat();
    let res = parent
        .post_multipart(
            &docs_page,
            &[("csrf", &token), ("kind", "signed")],
            Some(("Vertrag unterschrieben.pdf", signed.clone())),
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "{}", res.text().await.unwrap());
    let html = parent.get(&format!("{docs_page}?hinweis=uploaded")).await.text().await.unwrap();
    assert!(html.contains("Das Dokument wurde gespeichert") && html.contains("Vertrag unterschrieben.pdf"), "{html}");

    // The facility's inbox on the desk says so; the lead confirms through the API.
    let list = lead.get(&format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}", app.addr)).await.text().await.unwrap();
    assert!(list.contains("Neues Dokument: Unterschriebener Vertrag für Kind"), "{list}");
    let (s, body) = api(&lead, &app, Method::POST, &reg_path(&reg, "/contract/confirm"), None).await;
    assert_eq!((s, body["status"].as_str()), (StatusCode::OK, Some("contracted")), "{body}");
    assert_eq!(status(&app, &reg).await, "contracted");
    let (s, _) = api(&lead, &app, Method::POST, &reg_path(&reg, "/contract/confirm"), None).await;
    assert_eq!(s, StatusCode::CONFLICT, "confirmed once");
    let list = lead.get(&format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}", app.addr)).await.text().await.unwrap();
    assert!(list.contains("Vertrag bestätigt: Kind"), "{list}");

    // The account shows `contracted` with download links for the contract and the signed copy.
    let account = parent.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    assert!(account.contains("Betreuungsvertrag geschlossen"), "{account}");
    assert!(account.contains("Unterschriebener Vertrag"), "{account}");
    let (_, docs) = api(&parent, &app, Method::GET, &reg_path(&reg, "/documents"), None).await;
    let signed_doc = docs.as_array().unwrap().iter().find(|d| d["kind"] == "signed").expect("signed copy listed");
    assert_eq!(signed_doc["size"], signed.len());
    let res = parent.get(&format!("{}{}", app.addr, signed_doc["download"].as_str().unwrap())).await;
    assert_eq!(res.bytes().await.unwrap().to_vec(), signed, "the signed copy comes back byte for byte");
    let (_, inbox) = api(&parent, &app, Method::GET, "/api/v1/tenants/steinfurt/inbox", None).await;
    assert!(inbox.to_string().contains("Betreuungsvertrag für Kind bestätigt"), "{inbox}");

    // Every step is in the audit log.
    let mut db = app.db().await;
    let actions: Vec<String> =
        sqlx::query_scalar("select action from t_steinfurt.audit_log order by id").fetch_all(&mut db).await.unwrap();
    for a in ["document_stored", "contract_confirmed"] {
        assert!(actions.iter().any(|x| x == a), "{a} in {actions:?}");
    }
    app.cleanup().await;
}

#[tokio::test]
async fn bad_uploads_are_refused_with_a_message_and_leave_nothing_behind() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (parent, _lead, reg) = accepted(&app, 0).await;
    let path = reg_path(&reg, "/documents");
    let zip_named_pdf = [b"PK\x03\x04".as_slice(), &[0u8; 200]].concat();
    let eleven_mb = [PDF, &vec![b'x'; 11 * 1024 * 1024]].concat();
    let cases: Vec<(&str, &str, Vec<u8>, StatusCode, &str)> = vec![
        (
            "wrong type with a PDF name",
            "bedarf.pdf",
            zip_named_pdf,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "kein PDF, JPEG oder PNG",
        ),
        ("11 MB", "gross.pdf", eleven_mb, StatusCode::PAYLOAD_TOO_LARGE, "größer als 10 MB"),
        ("empty", "leer.pdf", Vec::new(), StatusCode::BAD_REQUEST, "Die Datei ist leer"),
        ("path separators", "../../etc/passwd.pdf", PDF.to_vec(), StatusCode::BAD_REQUEST, "Schräg"),
        ("backslashes", "C:\\Users\\eva\\bedarf.pdf", PDF.to_vec(), StatusCode::BAD_REQUEST, "Schräg"),
    ];
    for (what, name, bytes, want, message) in cases {
        let (s, body) = upload(&parent, &app, &path, Some("need"), name, bytes).await;
        assert_eq!(s, want, "{what}: {body}");
        assert!(body["error"]["message"].as_str().unwrap_or_default().contains(message), "{what}: {body}");
    }
    let (s, body) = upload(&parent, &app, &path, Some("passport"), "a.pdf", PDF.to_vec()).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "an unknown kind: {body}");
    // The page shows the refusal in German with the form again.
    let docs_page = format!("{}/steinfurt/konto/vormerkungen/{reg}/dokumente", app.addr);
    let token = input_value(&parent.get(&docs_page).await.text().await.unwrap(), "csrf").unwrap();
    let res = parent
        .post_multipart(&docs_page, &[("csrf", &token), ("kind", "need")], Some(("bild.pdf", b"GIF89a....".to_vec())))
        .await;
    assert_eq!(res.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let html = res.text().await.unwrap();
    assert!(html.contains("Geprüft wird der Inhalt der Datei") && html.contains("<form"), "{html}");
    // Nothing stored: no rows, no objects, no spool files.
    assert_eq!(document_rows(&app).await, 0);
    assert_eq!(files_under(&app.documents_dir), 0);
    assert_eq!(files_under(&app.state.config().documents.spool_dir), 0, "refused uploads leave no spool file");
    // A good one goes through.
    let png = [b"\x89PNG\r\n\x1a\n".as_slice(), &[1u8; 5000]].concat();
    let (s, body) = upload(&parent, &app, &path, Some("need"), "Bedarf.pdf", PDF.to_vec()).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "a declaration of need is for 45 hours, this child has 35: {body}");
    assert!(body["error"]["message"].as_str().unwrap().contains("nur für 45 Wochenstunden"), "{body}");
    let (s, body) = upload(&parent, &app, &path, Some("measles"), "Impfpass Müller.png", png).await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    assert_eq!((body["content_type"].as_str(), body["kind"].as_str()), (Some("image/png"), Some("measles")));
    assert_eq!(document_rows(&app).await, 1);
    assert_eq!(files_under(&app.documents_dir), 1);
    app.cleanup().await;
}

#[tokio::test]
async fn documents_of_another_family_or_municipality_are_404_and_staff_reads_are_audited() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt", "rheine"])).await;
    let (parent, lead, reg) = accepted(&app, 0).await;
    let (s, doc) = api(&lead, &app, Method::POST, &reg_path(&reg, "/contract"), None).await;
    assert_eq!(s, StatusCode::CREATED, "{doc}");
    let id = doc["id"].as_str().unwrap();
    let own = format!("/api/v1/tenants/steinfurt/documents/{id}");
    assert_eq!(api(&parent, &app, Method::GET, &own, None).await.0, StatusCode::OK);

    // Another family in the same municipality, the same id under another municipality, a random id.
    let (other, _) = crate::support::parent_with_child(&app, 1, "steinfurt", 1300).await;
    assert_eq!(api(&other, &app, Method::GET, &own, None).await.0, StatusCode::NOT_FOUND);
    assert_eq!(other.get(&format!("{}/steinfurt/dokumente/{id}", app.addr)).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(api(&other, &app, Method::GET, &reg_path(&reg, "/contract"), None).await.0, StatusCode::NOT_FOUND);
    let foreign = format!("/api/v1/tenants/rheine/documents/{id}");
    assert_eq!(api(&parent, &app, Method::GET, &foreign, None).await.0, StatusCode::NOT_FOUND);
    let random = format!("/api/v1/tenants/steinfurt/documents/{}", uuid::Uuid::new_v4());
    assert_eq!(api(&parent, &app, Method::GET, &random, None).await.0, StatusCode::NOT_FOUND);
    // Signed out: 401 from the API, sign-in from the page.
    assert_eq!(api(&Browser::new(), &app, Method::GET, &own, None).await.0, StatusCode::UNAUTHORIZED);
    let res = Browser::new().get(&format!("{}/steinfurt/dokumente/{id}", app.addr)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // Staff without a role for this facility: 404; Rheine's office: 404; the Kreisjugendamt: allowed, audited.
    let adviser = staff(&app, "fachberatung.tecklenburg", "steinfurt").await;
    assert_eq!(api(&adviser, &app, Method::GET, &own, None).await.0, StatusCode::NOT_FOUND);
    let rheine = staff(&app, "jugendamt.rheine", "steinfurt").await;
    assert_eq!(api(&rheine, &app, Method::GET, &own, None).await.0, StatusCode::NOT_FOUND);
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    assert_eq!(api(&office, &app, Method::GET, &own, None).await.0, StatusCode::OK);
    let mut db = app.db().await;
    let reads: i64 = sqlx::query_scalar(
        "select count(*) from t_steinfurt.audit_log where action = 'document_read' and object = 'document:' || $1",
    )
    .bind(id)
    .fetch_one(&mut db)
    .await
    .unwrap();
    assert_eq!(reads, 1, "the office's read is audited (the family's own reads are not staff reads)");
    app.cleanup().await;
}

#[tokio::test]
async fn the_export_holds_every_row_and_document_of_the_family_and_nothing_of_another() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (parent, lead, reg) = accepted(&app, 0).await;
    assert_eq!(api(&lead, &app, Method::POST, &reg_path(&reg, "/contract"), None).await.0, StatusCode::CREATED);
    let (s, _) =
        upload(&parent, &app, &reg_path(&reg, "/documents"), Some("measles"), "impfpass.pdf", PDF.to_vec()).await;
    assert_eq!(s, StatusCode::CREATED);
    // Another family with its own document.
    let (other, other_reg, _) = registered_family(&app, 1, 0).await;
    let mut db = app.db().await;
    sqlx::query("update t_steinfurt.families set last_name = 'Anders' where email = 'eva@example.org' and account_id <> (select account_id from t_steinfurt.families f join t_steinfurt.children c on c.family_id = f.id join t_steinfurt.registrations r on r.child_id = c.id where r.id = $1::uuid)")
        .bind(&reg)
        .execute(&mut db)
        .await
        .unwrap();
    let (s, _) =
        upload(&other, &app, &reg_path(&other_reg, "/documents"), Some("urgency"), "dringend.pdf", PDF.to_vec()).await;
    assert_eq!(s, StatusCode::CREATED);

    let res = parent.get(&format!("{}/api/v1/tenants/steinfurt/family/export", app.addr)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "application/zip");
    let bytes = res.bytes().await.unwrap();
    let path = std::env::temp_dir().join(format!("step-export-{}.zip", uuid::Uuid::new_v4()));
    std::fs::write(&path, &bytes).unwrap();
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys, json, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; \
            print(json.dumps({'names': sorted(z.namelist()), 'data': json.loads(z.read('familie.json'))}))",
        ])
        .arg(&path)
        .output()
        .unwrap();
    std::fs::remove_file(&path).unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let zip: Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = zip["names"].as_array().unwrap().iter().map(|n| n.as_str().unwrap()).collect();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(names.contains(&"familie.json") && names.contains(&"LIESMICH.txt"), "{names:?}");
    assert!(names.contains(&"dokumente/Masernschutz-v1-impfpass.pdf"), "{names:?}");
    assert!(names.iter().any(|n| n.starts_with("dokumente/Betreuungsvertrag-v1-")), "{names:?}");
    let data = &zip["data"];
    assert_eq!(data["family"]["first_name"], "Eva");
    assert_eq!(data["children"].as_array().unwrap().len(), 1);
    assert_eq!(data["registrations"].as_array().unwrap().len(), 1);
    assert_eq!(data["registrations"][0]["id"], reg.as_str());
    assert!(data["registrations"][0]["history"].as_array().unwrap().len() >= 3, "registered, offered, accepted …");
    assert!(!data["messages"].as_array().unwrap().is_empty());
    assert_eq!(data["documents"].as_array().unwrap().len(), 2);
    let text = data.to_string();
    assert!(
        !text.contains("Anders") && !text.contains("dringend.pdf") && !text.contains(&other_reg),
        "nothing of the other family"
    );
    assert!(!text.contains("object_key") && !text.contains("account_id"), "no internal keys");
    let exports: i64 = sqlx::query_scalar("select count(*) from t_steinfurt.audit_log where action = 'data_export'")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(exports, 1);
    app.cleanup().await;
}

#[tokio::test]
async fn deleting_the_account_removes_everything_but_the_confirmed_contract() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (parent, lead, reg) = accepted(&app, 0).await;
    assert_eq!(api(&lead, &app, Method::POST, &reg_path(&reg, "/contract"), None).await.0, StatusCode::CREATED);
    for (kind, name) in [("signed", "unterschrieben.pdf"), ("urgency", "dringend.pdf")] {
        let (s, b) = upload(&parent, &app, &reg_path(&reg, "/documents"), Some(kind), name, PDF.to_vec()).await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
    }
    assert_eq!(api(&lead, &app, Method::POST, &reg_path(&reg, "/contract/confirm"), None).await.0, StatusCode::OK);
    assert_eq!(files_under(&app.documents_dir), 3);

    // The page asks for confirmation; without the tick nothing happens.
    let page = format!("{}/steinfurt/konto/loeschen", app.addr);
    let html = parent.get(&page).await.text().await.unwrap();
    assert!(html.contains("Ihr hochgeladenes Dokument wird gelöscht"), "{html}");
    assert!(
        html.contains("2 Dokumente bestätigter Betreuungsverträge bleiben erhalten") && html.contains("3 Jahre"),
        "{html}"
    );
    assert!(html.contains("kündigt keinen Betreuungsvertrag"), "{html}");
    let token = input_value(&html, "csrf").unwrap();
    let res = parent.post_form(&page, &[("csrf", &token)]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.text().await.unwrap().contains("Bitte bestätigen Sie das Löschen"));
    assert_eq!(document_rows(&app).await, 3);

    let res = parent.post_form(&page, &[("csrf", &token), ("confirm", "ja")]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Ihre Daten wurden gelöscht")
            && html.contains("2 Dokumente bestätigter Betreuungsverträge werden"),
        "{html}"
    );
    let signout = html.split("href=\"").find(|h| h.contains("Beim Anmeldedienst abmelden")).unwrap_or_default();
    assert!(signout.starts_with(step_e2e::dev_idp()), "the page offers the provider's sign-out: {signout}");
    let mut db = app.db().await;
    let families: i64 =
        sqlx::query_scalar("select count(*) from t_steinfurt.families").fetch_one(&mut db).await.unwrap();
    let regs: i64 =
        sqlx::query_scalar("select count(*) from t_steinfurt.registrations").fetch_one(&mut db).await.unwrap();
    assert_eq!((families, regs), (0, 0));
    let kept: Vec<(String, Option<uuid::Uuid>, Option<time::Date>)> =
        sqlx::query_as("select kind, family_id, retain_until from t_steinfurt.documents order by kind")
            .fetch_all(&mut db)
            .await
            .unwrap();
    assert_eq!(kept.iter().map(|k| k.0.as_str()).collect::<Vec<_>>(), ["contract", "signed"], "the contract is kept");
    assert!(kept.iter().all(|k| k.1.is_none() && k.2.is_some()), "kept detached, with a date: {kept:?}");
    assert_eq!(files_under(&app.documents_dir), 2, "the attachment's object is gone");
    let audit: i64 = sqlx::query_scalar("select count(*) from t_steinfurt.audit_log where action = 'account_deleted'")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(audit, 1);
    // The facility finds the kept contract and its signed copy on its desk and can open them.
    let list = lead.get(&format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}", app.addr)).await.text().await.unwrap();
    assert!(
        list.contains("Aufbewahrte Verträge") && list.contains("Betreuungsvertrag – Kind Test – Kita Sonnenschein"),
        "{list}"
    );
    let kept_id = list.split("/steinfurt/dokumente/").nth(1).and_then(|t| t.split('"').next()).unwrap().to_owned();
    assert_eq!(lead.get(&format!("{}/steinfurt/dokumente/{kept_id}", app.addr)).await.status(), StatusCode::OK);
    // Signed out: the account page asks for sign-in again.
    assert_eq!(parent.get(&format!("{}/steinfurt/konto", app.addr)).await.status(), StatusCode::SEE_OTHER);
    // The platform forgets the family's name and e-mail from the sign-in (issue 16).
    let mut db = app.db().await;
    let kept: i64 = sqlx::query_scalar(
        "select count(*) from platform.accounts a join platform.identities i on i.account_id = a.id
         where i.subject = $1 and (a.display_name is not null or a.email is not null)",
    )
    .bind(&step_e2e::browser_client::parent(0).sub)
    .fetch_one(&mut db)
    .await
    .unwrap();
    assert_eq!(kept, 0);
    app.cleanup().await;
}

#[tokio::test]
async fn unanswered_registrations_go_after_the_retention_period_and_the_sweeper_removes_orphans() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (parent, reg, others) = registered_family(&app, 0, 1).await;
    let (s, _) = upload(&parent, &app, &reg_path(&reg, "/documents"), Some("urgency"), "d.pdf", PDF.to_vec()).await;
    assert_eq!(s, StatusCode::CREATED);
    // No contract for a child that is still waiting; nothing is stored.
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let (s, body) = api(&lead, &app, Method::POST, &reg_path(&reg, "/contract"), None).await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    assert!(body["error"]["message"].as_str().unwrap().contains("den Platz angenommen hat"), "{body}");
    assert_eq!(document_rows(&app).await, 1);
    let mut db = app.db().await;
    // Sonnenschein's registration is 400 days old and never answered; the other is new.
    sqlx::query("update t_steinfurt.registrations set created_at = now() - interval '400 days' where id = $1::uuid")
        .bind(&reg)
        .execute(&mut db)
        .await
        .unwrap();
    assert_eq!(app.state.apply_retention().await, 1);
    let left: Vec<uuid::Uuid> =
        sqlx::query_scalar("select id from t_steinfurt.registrations").fetch_all(&mut db).await.unwrap();
    assert_eq!(left.iter().map(ToString::to_string).collect::<Vec<_>>(), others, "only the old one went");
    assert_eq!((document_rows(&app).await, files_under(&app.documents_dir)), (0, 0), "with its attachment");
    let (_, inbox) = api(&parent, &app, Method::GET, "/api/v1/tenants/steinfurt/inbox", None).await;
    assert!(inbox.to_string().contains("nach Ablauf der Aufbewahrungsfrist gelöscht"), "{inbox}");
    assert_eq!(app.state.apply_retention().await, 0, "nothing more is due");

    // An object no row points at (a crash between the two writes) is swept; a referenced one stays.
    let (s, _) =
        upload(&parent, &app, &reg_path(&others[0], "/documents"), Some("measles"), "n.pdf", PDF.to_vec()).await;
    assert_eq!(s, StatusCode::CREATED);
    let orphan = app.documents_dir.join("steinfurt/measles/00000000-0000-0000-0000-000000000000");
    std::fs::write(&orphan, PDF).unwrap();
    // The portal marks the municipality for the sweeper before it stores an object (here the
    // crash came after the mark and the object, before the row).
    let schema = app.tenant("steinfurt").schema.clone();
    app.store.mark_due(&schema, step_store::Work::Sweep, time::OffsetDateTime::now_utc()).await.unwrap();
    assert_eq!(app.state.sweep_orphans(std::time::Duration::from_secs(3600)).await, Ok(0), "young objects stay");
    // … and the sweeper comes back when the young object is old enough (an hour on, here now).
    let back: (time::OffsetDateTime,) =
        sqlx::query_as("select due_at from step_work.due where schema = 't_steinfurt' and kind = 'sweep'")
            .fetch_one(&mut db)
            .await
            .unwrap();
    let wait = back.0 - time::OffsetDateTime::now_utc();
    assert!((3500..=3600).contains(&wait.whole_seconds()), "due again in an hour: {wait}");
    sqlx::query("update step_work.due set due_at = now() where schema = 't_steinfurt' and kind = 'sweep'")
        .execute(&mut db)
        .await
        .unwrap();
    assert_eq!(app.state.sweep_orphans(std::time::Duration::ZERO).await, Ok(1));
    assert!(!orphan.exists());
    assert_eq!(files_under(&app.documents_dir), 1, "the referenced object stays");
    app.cleanup().await;
}

/// A TCP proxy to `target` on loopback that records every byte the client sends.
async fn recording_proxy(target: u16) -> (u16, Arc<std::sync::Mutex<Vec<u8>>>) {
    use tokio::io::AsyncWriteExt;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = seen.clone();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let record = record.clone();
            tokio::spawn(async move {
                let upstream = tokio::net::TcpStream::connect(("127.0.0.1", target)).await.unwrap();
                let (mut from_client, mut to_client) = client.into_split();
                let (mut from_server, mut to_server) = upstream.into_split();
                tokio::spawn(async move {
                    let _ = tokio::io::copy(&mut from_server, &mut to_client).await;
                });
                let mut buf = vec![0u8; 16 * 1024];
                while let Ok(n) = from_client.read(&mut buf).await {
                    if n == 0 || to_server.write_all(&buf[..n]).await.is_err() {
                        break;
                    }
                    record.lock().unwrap().extend_from_slice(&buf[..n]);
                }
            });
        }
    });
    (port, seen)
}

#[tokio::test]
async fn the_s3_backend_stores_lists_serves_presigns_encrypts_and_survives_an_outage() {
    let mut server = S3Server::start_new();
    let s3 = Arc::new(server.store("step-test").await);

    // Direct: upload, list, download, presigned URL over plain HTTP, encryption reported.
    let file = std::env::temp_dir().join(format!("step-s3-src-{}", uuid::Uuid::new_v4()));
    std::fs::write(&file, PDF).unwrap();
    s3.put_file("steinfurt/contract/a", &file, PDF.len() as u64, "application/pdf").await.unwrap();
    s3.put_file("rheine/contract/b", &file, PDF.len() as u64, "application/pdf").await.unwrap();
    let listed = s3.list("steinfurt/").await.unwrap();
    assert_eq!(
        listed.iter().map(|o| (o.key.as_str(), o.size)).collect::<Vec<_>>(),
        [("steinfurt/contract/a", PDF.len() as u64)]
    );
    let mut body = Vec::new();
    s3.get("steinfurt/contract/a").await.unwrap().read_to_end(&mut body).await.unwrap();
    assert_eq!(body, PDF);
    // Encryption is requested on every write. s3s-fs neither encrypts nor echoes it, so the request
    // is read on the wire, through a recording proxy in front of the same server.
    let (proxy, wire) = recording_proxy(server.port).await;
    let via_proxy = step_s3::S3Store::new(&step_s3::S3Settings {
        endpoint: format!("http://127.0.0.1:{proxy}"),
        ..server.settings("step-test")
    });
    via_proxy.put_file("steinfurt/contract/enc", &file, PDF.len() as u64, "application/pdf").await.unwrap();
    let request = String::from_utf8_lossy(&wire.lock().unwrap()).to_ascii_lowercase();
    assert!(request.contains("x-amz-server-side-encryption: aes256"), "{request}");
    via_proxy.delete("steinfurt/contract/enc").await.unwrap();
    let url = s3
        .presign_get(
            "steinfurt/contract/a",
            std::time::Duration::from_secs(60),
            "Vertrag Müller.pdf",
            "application/pdf",
        )
        .await
        .unwrap()
        .expect("S3 presigns");
    let res = reqwest::get(&url).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-disposition"].to_str().unwrap().contains("Vertrag%20M%C3%BCller.pdf"));
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);
    let tampered = url.replace("X-Amz-Expires=60", "X-Amz-Expires=600");
    assert_eq!(
        reqwest::get(&tampered).await.unwrap().status(),
        StatusCode::FORBIDDEN,
        "the signature covers the expiry"
    );
    assert!(matches!(s3.get("steinfurt/contract/none").await, Err(step_documents::StoreError::NotFound)));
    std::fs::remove_file(&file).unwrap();

    // Through the portal: uploads land in S3; downloads redirect to a presigned URL.
    let app = TestApp::spawn_full(Seed::Only(&["steinfurt"]), Some(s3.clone()), |d| d.presigned_downloads = true).await;
    let (parent, lead, reg) = accepted(&app, 0).await;
    let path = reg_path(&reg, "/documents");
    let (s, doc) = upload(&parent, &app, &path, Some("measles"), "impfpass.pdf", PDF.to_vec()).await;
    assert_eq!(s, StatusCode::CREATED, "{doc}");
    let res = parent.get(&format!("{}{}", app.addr, doc["download"].as_str().unwrap())).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let presigned = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(presigned.starts_with(&server.endpoint()) && presigned.contains("X-Amz-Signature="), "{presigned}");
    assert_eq!(reqwest::get(&presigned).await.unwrap().bytes().await.unwrap().as_ref(), PDF);

    // The S3 server stops: a clear error, no row, no object; once it is back the retry works.
    server.stop();
    let before = document_rows(&app).await;
    let (s, body) = upload(&parent, &app, &path, Some("urgency"), "dringend.pdf", PDF.to_vec()).await;
    assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert!(body["error"]["message"].as_str().unwrap().contains("Es wurde nichts gespeichert"), "{body}");
    assert_eq!(document_rows(&app).await, before, "no row for an object that was not stored");
    let docs_page = format!("{}/steinfurt/konto/vormerkungen/{reg}/dokumente", app.addr);
    let token = input_value(&parent.get(&docs_page).await.text().await.unwrap(), "csrf").unwrap();
    let res = parent
        .post_multipart(&docs_page, &[("csrf", &token), ("kind", "urgency")], Some(("dringend.pdf", PDF.to_vec())))
        .await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(res.text().await.unwrap().contains("Dokumentenablage ist gerade nicht erreichbar"));
    // The contract too (issue 19.12): the facility's PDF is refused whole, no row, no version.
    let contract = reg_path(&reg, "/contract");
    let (s, body) = api(&lead, &app, Method::POST, &contract, None).await;
    assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert!(body["error"]["message"].as_str().unwrap().contains("Es wurde nichts gespeichert"), "{body}");
    assert_eq!(document_rows(&app).await, before, "no contract row for a PDF that was not stored");
    assert_eq!(api(&parent, &app, Method::GET, &contract, None).await.0, StatusCode::NOT_FOUND);
    server.start();
    let (s, body) = upload(&parent, &app, &path, Some("urgency"), "dringend.pdf", PDF.to_vec()).await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let (s, body) = api(&lead, &app, Method::POST, &contract, None).await;
    assert_eq!((s, body["version"].as_i64()), (StatusCode::CREATED, Some(1)), "the retry works: {body}");
    assert_eq!(document_rows(&app).await, before + 2);
    let objects = s3.list("steinfurt/").await.unwrap();
    let keys = app.store.tenant(&app.tenant("steinfurt").schema).document_keys().await.unwrap();
    assert_eq!(objects.len(), 4, "a, measles, urgency, contract: {objects:?}");
    assert!(objects.iter().filter(|o| o.key != "steinfurt/contract/a").all(|o| keys.contains(&o.key)), "no orphan");
    app.cleanup().await;
}

#[tokio::test]
async fn the_office_sets_the_retention_periods_and_bad_input_changes_nothing() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    let page = format!("{}/steinfurt/amt/aufbewahrung", app.addr);
    let html = office.get(&page).await.text().await.unwrap();
    assert!(html.contains("value=\"365\"") && html.contains("value=\"3\""), "the defaults are shown: {html}");
    let token = input_value(&html, "csrf").unwrap();
    for (days, years, message) in [
        ("10", "3", "zwischen 30 und 3650"),
        ("365", "31", "zwischen 0 und 30"),
        ("viele", "3", "ganze Zahl"),
        ("viele", "31", "Bitte korrigieren Sie diese 2 Angaben"),
    ] {
        let res =
            office.post_form(&page, &[("csrf", &token), ("retention_days", days), ("contract_years", years)]).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        let html = res.text().await.unwrap();
        assert!(
            html.contains(message) && html.contains(&format!("value=\"{days}\"")),
            "input kept, German message: {html}"
        );
    }
    let db = app.store.tenant(&app.tenant("steinfurt").schema);
    assert_eq!(db.retention_settings().await.unwrap(), (365, 3), "nothing changed");
    let res = office.post_form(&page, &[("csrf", &token), ("retention_days", "180"), ("contract_years", "5")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(db.retention_settings().await.unwrap(), (180, 5));
    // A parent may not.
    let (parent, _) = crate::support::parent_with_child(&app, 0, "steinfurt", 1300).await;
    let token = input_value(&parent.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap(), "csrf");
    let res = parent
        .post_form(&page, &[("csrf", &token.unwrap_or_default()), ("retention_days", "30"), ("contract_years", "0")])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(db.retention_settings().await.unwrap(), (180, 5));
    app.cleanup().await;
}

#[tokio::test]
async fn a_parent_removes_a_wrong_attachment_but_never_a_contract_or_anothers() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (parent, lead, reg) = accepted(&app, 0).await;
    let (s, wrong) =
        upload(&parent, &app, &reg_path(&reg, "/documents"), Some("urgency"), "falsch.pdf", PDF.to_vec()).await;
    assert_eq!(s, StatusCode::CREATED);
    let (_, contract) = api(&lead, &app, Method::POST, &reg_path(&reg, "/contract"), None).await;
    let (other, _) = crate::support::parent_with_child(&app, 1, "steinfurt", 1300).await;
    let path = |d: &Value| format!("/api/v1/tenants/steinfurt/documents/{}", d["id"].as_str().unwrap());
    // Another family, the contract, an unknown id: refused, nothing removed.
    assert_eq!(api(&other, &app, Method::DELETE, &path(&wrong), None).await.0, StatusCode::NOT_FOUND);
    let (s, body) = api(&parent, &app, Method::DELETE, &path(&contract), None).await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    assert!(body["error"]["message"].as_str().unwrap().contains("können nicht entfernt werden"), "{body}");
    let random = format!("/api/v1/tenants/steinfurt/documents/{}", uuid::Uuid::new_v4());
    assert_eq!(api(&parent, &app, Method::DELETE, &random, None).await.0, StatusCode::NOT_FOUND);
    assert_eq!((document_rows(&app).await, files_under(&app.documents_dir)), (2, 2));
    // The page's button removes it: row and object gone, the rest stays; twice is 404.
    let docs_page = format!("{}/steinfurt/konto/vormerkungen/{reg}/dokumente", app.addr);
    let html = parent.get(&docs_page).await.text().await.unwrap();
    assert_eq!(html.matches("Entfernen</button>").count(), 1, "only the attachment has the button: {html}");
    let token = input_value(&html, "csrf").unwrap();
    let url = format!("{}/steinfurt/konto/dokumente/{}/entfernen", app.addr, wrong["id"].as_str().unwrap());
    let res = parent.post_form(&url, &[("csrf", &token)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = parent.follow(&url, res).await;
    assert!(page.text().await.unwrap().contains("Das Dokument wurde entfernt"));
    assert_eq!((document_rows(&app).await, files_under(&app.documents_dir)), (1, 1));
    assert_eq!(api(&parent, &app, Method::DELETE, &path(&wrong), None).await.0, StatusCode::NOT_FOUND);
    app.cleanup().await;
}

/// Issue 16.10: where the office allows it, the family accepts the contract online after signing
/// in again; a newer version, a missing tick or an old sign-in are refused and change nothing;
/// who, when and which version are stored, and the desk sees it.
#[tokio::test]
async fn the_family_accepts_the_contract_online_after_signing_in_again() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (parent, lead, reg) = accepted(&app, 0).await;
    assert_eq!(api(&lead, &app, Method::POST, &reg_path(&reg, "/contract"), None).await.0, StatusCode::CREATED);
    let account = parent.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    assert!(account.contains("Vertrag ansehen und annehmen"), "{account}");
    let page = format!("{}/steinfurt/konto/vormerkungen/{reg}/vertrag", app.addr);
    let html = parent.get(&page).await.text().await.unwrap();
    assert!(
        html.contains("07:30 bis 14:30 Uhr") && html.contains("Bitte drucken Sie den Vertrag aus"),
        "off by default: {html}"
    );
    let accept = |v: i32| Some(serde_json::json!({"version": v}));
    let (s, body) = api(&parent, &app, Method::POST, &reg_path(&reg, "/contract/accept"), accept(1)).await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");

    // The office switches online acceptance on (a bad switch value changes nothing).
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    let overview = office.get(&format!("{}/steinfurt/amt", app.addr)).await.text().await.unwrap();
    assert!(overview.contains("Online-Annahme ist ausgeschaltet"), "{overview}");
    let token = input_value(&overview, "csrf").unwrap();
    let switch = format!("{}/steinfurt/amt/vertrag-online", app.addr);
    let res = office.post_form(&switch, &[("csrf", &token), ("online_contract", "vielleicht")]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        office.post_form(&switch, &[("csrf", &token), ("online_contract", "on")]).await.status(),
        StatusCode::SEE_OTHER
    );
    let overview = office.get(&format!("{}/steinfurt/amt", app.addr)).await.text().await.unwrap();
    assert!(overview.contains("Online-Annahme ist eingeschaltet"), "{overview}");

    // Without signing in again: the page asks for it, the form and the API refuse.
    let html = parent.get(&page).await.text().await.unwrap();
    assert!(html.contains("Erneut anmelden") && !html.contains("verbindlich annehmen</button>"), "{html}");
    let token = input_value(&html, "csrf").unwrap();
    let res = parent.post_form(&page, &[("csrf", &token), ("version", "1"), ("confirm", "ja")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(res.headers()["location"].to_str().unwrap().contains("/steinfurt/login?erneut=1&return_to="));
    let (s, body) = api(&parent, &app, Method::POST, &reg_path(&reg, "/contract/accept"), accept(1)).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(body["error"]["message"].as_str().unwrap().contains("noch einmal an"), "{body}");

    // Signing in again: the provider asks for the password although its session is live.
    let (_, back) = parent
        .sign_in(
            &format!("{}/steinfurt/login?erneut=1&return_to=/steinfurt/konto/vormerkungen/{reg}/vertrag", app.addr),
            &step_e2e::browser_client::parent(0),
        )
        .await;
    let html = back.text().await.unwrap();
    assert!(html.contains("verbindlich annehmen</button>"), "back on the contract page with the form: {html}");
    let token = input_value(&html, "csrf").unwrap();
    let res = parent.post_form(&page, &[("csrf", &token), ("version", "1")]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST, "the box must be ticked");
    assert!(res.text().await.unwrap().contains("Bitte bestätigen Sie"));
    // The facility issues a newer version meanwhile: accepting the old one is refused.
    assert_eq!(api(&lead, &app, Method::POST, &reg_path(&reg, "/contract"), None).await.0, StatusCode::CREATED);
    let res = parent.post_form(&page, &[("csrf", &token), ("version", "1"), ("confirm", "ja")]).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(res.text().await.unwrap().contains("neue Fassung"));
    assert_eq!(status(&app, &reg).await, "accepted", "nothing changed");

    let res = parent.post_form(&page, &[("csrf", &token), ("version", "2"), ("confirm", "ja")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], format!("/steinfurt/konto?hinweis=contract-accepted#r-{reg}").as_str());
    assert_eq!(status(&app, &reg).await, "contracted");
    let mut db = app.db().await;
    let (how, by, version): (String, String, i32) = sqlx::query_as(
        "select r.contracted_how, r.contracted_by, r.contracted_version from t_steinfurt.registrations r where r.id = $1::uuid",
    )
    .bind(&reg)
    .fetch_one(&mut db)
    .await
    .unwrap();
    let family_account: String = sqlx::query_scalar(
        "select f.account_id::text from t_steinfurt.families f join t_steinfurt.children c on c.family_id = f.id
         join t_steinfurt.registrations r on r.child_id = c.id where r.id = $1::uuid",
    )
    .bind(&reg)
    .fetch_one(&mut db)
    .await
    .unwrap();
    assert_eq!((how.as_str(), by, version), ("online", family_account, 2));
    let audited: i64 =
        sqlx::query_scalar("select count(*) from t_steinfurt.audit_log where action = 'contract_accepted_online'")
            .fetch_one(&mut db)
            .await
            .unwrap();
    assert_eq!(audited, 1);
    let desk = lead.get(&format!("{}/steinfurt/einrichtung/{SONNENSCHEIN}/vormerkungen/{reg}", app.addr)).await;
    assert!(desk.text().await.unwrap().contains("Die Familie hat den Betreuungsvertrag (Fassung 2) am"));
    let (s, _) = api(&parent, &app, Method::POST, &reg_path(&reg, "/contract/accept"), accept(2)).await;
    assert_eq!(s, StatusCode::CONFLICT, "already contracted");
    app.cleanup().await;
}

/// Issue 19.7: the status rule is asked again in the transaction that writes the document's row,
/// so an upload whose registration was withdrawn (or whose contract was confirmed) while the file
/// was being stored is refused and leaves no row.
#[tokio::test]
async fn a_document_whose_registration_changed_meanwhile_is_refused_where_the_row_is_written() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let (parent, child) = crate::support::parent_with_child(&app, 0, "rheine", 1300).await;
    let kitas = crate::support::kitas(&app, "rheine").await;
    let start = step_domain::search::format_date(crate::support::season());
    let mut regs = Vec::new();
    for kita in &kitas[..2] {
        let (status, r) = crate::support::register(&app, &parent, "rheine", &child, kita, 35, &start).await;
        assert_eq!(status, StatusCode::CREATED, "{r}");
        regs.push(uuid::Uuid::parse_str(r["id"].as_str().unwrap()).unwrap());
    }
    // One is withdrawn, the other's contract confirmed, after the portal's own check passed.
    let (status, _) = parent
        .json(Method::POST, &format!("{}/api/v1/tenants/rheine/registrations/{}/withdraw", app.addr, regs[0]), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let mut db = app.db().await;
    sqlx::query("update t_rheine.registrations set status = 'contracted' where id = $1")
        .bind(regs[1])
        .execute(&mut db)
        .await
        .unwrap();
    let tenant = app.store.tenant(&app.tenant("rheine").schema);
    let actor = step_store::Actor { id: "test".into(), role: "parent".into() };
    for (reg, kind, refusal) in [
        (regs[0], "measles", "registration_not_active"),
        (regs[1], "contract", "contract_confirmed"),
        (regs[1], "signed", "contract_confirmed"),
    ] {
        let doc = step_store::NewDocument {
            id: uuid::Uuid::new_v4(),
            registration: reg,
            kind,
            object_key: "rheine/test/none",
            filename: "a.pdf",
            size: 10,
            sha256: "00",
            content_type: "application/pdf",
            title: "Test",
        };
        match tenant.insert_document(&actor, &doc, None, None).await {
            Err(step_store::Error::Rule(code)) => assert_eq!(code, refusal, "{kind}"),
            other => panic!("{kind}: {other:?}"),
        }
    }
    let rows: i64 = sqlx::query_scalar("select count(*) from t_rheine.documents").fetch_one(&mut db).await.unwrap();
    assert_eq!(rows, 0, "no row was written");
    app.cleanup().await;
}
