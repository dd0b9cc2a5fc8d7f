//! Formal notices (Bescheide, issue 20): templates need their appeal instructions and known
//! placeholders; a notice is a PDF that never changes; a family with an account finds it there with
//! an e-mail, a paper family's waits to be posted, printed as one PDF and marked posted. Bad input
//! changes nothing; nobody else issues or reads.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use step_e2e::browser_client::Browser;
use step_e2e::{Seed, TestApp};

use crate::desk::{SONNENSCHEIN, staff};
use crate::languages::pdftotext;
use crate::support::{parent_with_child, register, season};

const APPEAL: &str = "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Münster erhoben werden.";

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&mut app.db().await).await.unwrap()
}

async fn post(b: &Browser, app: &TestApp, path: &str, body: Value) -> (StatusCode, Value) {
    b.json(Method::POST, &format!("{}/api/v1/tenants/steinfurt/{path}", app.addr), Some(body)).await
}

/// A paper family's child (no account), entitled and waiting: on the worklist.
async fn paper_child(app: &TestApp) -> String {
    let id: uuid::Uuid = sqlx::query_scalar(
        "with f as (insert into t_steinfurt.families (first_name, last_name, street, postcode, city, phone, email, origin)
             values ('Erika', 'Papier', 'Markt 2', '48565', 'Steinfurt', '02551 1', 'papier@example.org', 'paper') returning id),
         c as (insert into t_steinfurt.children (family_id, first_name, last_name, birth_date)
             select id, 'Paula', 'Papier', $1 from f returning id),
         r as (insert into t_steinfurt.registrations (child_id, facility_id, start_date, hours, rank, origin)
             select c.id, $2::uuid, $3, 35, 1, 'paper' from c)
         select id from c",
    )
    .bind(season() - time::Duration::days(900))
    .bind(SONNENSCHEIN)
    .bind(season())
    .fetch_one(&mut app.db().await)
    .await
    .unwrap();
    id.to_string()
}

#[tokio::test]
async fn the_office_issues_notices_the_family_reads_them_and_the_post_goes_out_as_one_pdf() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    let (parent, child) = parent_with_child(&app, 0, "steinfurt", 900).await;
    let start = season().to_string();
    assert_eq!(register(&app, &parent, "steinfurt", &child, SONNENSCHEIN, 35, &start).await.0, StatusCode::CREATED);
    let paula = paper_child(&app).await;
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;

    // No template yet: refused at the kind, nothing stored.
    let (status, err) = post(&office, &app, "notices", json!({"child": child, "kind": "no_place"})).await;
    assert_eq!((status, err["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("kind")), "{err}");
    assert!(err["error"]["message"].as_str().unwrap().contains("Rechtsbehelfsbelehrung"));
    // Templates: the appeal instructions are required, placeholders must be known.
    let body = "Für {child}, geboren am {birth}, konnte noch kein Platz angeboten werden. {office}";
    for (form, field) in [
        (json!({"kind": "no_place", "body": body, "appeal": "  "}), "appeal"),
        (json!({"kind": "no_place", "body": "Für {kind} gibt es nichts.", "appeal": APPEAL}), "body"),
        (json!({"kind": "anders", "body": body, "appeal": APPEAL}), "kind"),
    ] {
        let (status, err) = post(&office, &app, "notice-templates", form).await;
        assert_eq!((status, err["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some(field)), "{err}");
    }
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let good = json!({"kind": "no_place", "body": body, "appeal": APPEAL});
    assert_eq!(post(&lead, &app, "notice-templates", good.clone()).await.0, StatusCode::FORBIDDEN);
    assert_eq!(count(&app, "select count(*) from platform.notice_templates").await, 0, "nothing saved");
    assert_eq!(post(&office, &app, "notice-templates", good.clone()).await.1["version"], 1);
    assert_eq!(post(&office, &app, "notice-templates", good).await.1["version"], 2, "a new version");

    // An offer notice needs a registration with an open offer.
    let (status, err) = post(&office, &app, "notices", json!({"child": child, "kind": "offer"})).await;
    assert_eq!((status, err["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("registration")), "{err}");
    // Another office and a lead issue nothing.
    let rheine = staff(&app, "jugendamt.rheine", "steinfurt").await;
    for b in [&rheine, &lead] {
        assert_eq!(
            post(b, &app, "notices", json!({"child": child, "kind": "no_place"})).await.0,
            StatusCode::FORBIDDEN
        );
    }
    assert_eq!(count(&app, "select count(*) from t_steinfurt.notices").await, 0);

    // The online family: in its account, with a message and an e-mail.
    let (status, online) = post(&office, &app, "notices", json!({"child": child, "kind": "no_place"})).await;
    assert_eq!(
        (status, online["delivery"].as_str(), online["template_version"].as_i64()),
        (StatusCode::CREATED, Some("email"), Some(2)),
        "{online}"
    );
    let account = parent.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap();
    assert!(account.contains("Bescheide des Jugendamts"), "the account lists it");
    let pdf_url = format!("{}/steinfurt/konto/bescheide/{}", app.addr, online["id"].as_str().unwrap());
    let res = parent.get(&pdf_url).await;
    assert_eq!(res.headers()["content-type"], "application/pdf");
    let text = pdftotext(&res.bytes().await.unwrap());
    assert!(
        text.contains("Kind Test")
            && text.contains("Rechtsbehelfsbelehrung")
            && text.contains("Verwaltungsgericht Münster"),
        "{text}"
    );
    assert!(text.contains("Kreisjugendamt Steinfurt"), "the office's name is filled in: {text}");
    assert_eq!(
        count(&app, "select count(*) from t_steinfurt.outbox where subject like 'Ein Bescheid des Jugendamts%'").await,
        1
    );
    let stranger = parent_with_child(&app, 1, "steinfurt", 900).await.0;
    assert_eq!(stranger.get(&pdf_url).await.status(), StatusCode::NOT_FOUND, "another family's notice is not found");

    // The paper family's notice is to be posted: one PDF, then marked posted.
    let (status, paper) = post(&office, &app, "notices", json!({"child": paula, "kind": "no_place"})).await;
    assert_eq!((status, paper["delivery"].as_str()), (StatusCode::CREATED, Some("post")), "{paper}");
    let (_, list) =
        office.json(Method::GET, &format!("{}/api/v1/tenants/steinfurt/notices?to_post=true", app.addr), None).await;
    assert_eq!(list["to_post"], 1, "{list}");
    let until = list["until"].as_str().unwrap().to_owned();
    let batch =
        office.get(&format!("{}/steinfurt/amt/bescheide/versand.pdf?bis={}", app.addr, urlencoding(&until))).await;
    assert_eq!(batch.status(), StatusCode::OK);
    let text = pdftotext(&batch.bytes().await.unwrap());
    assert!(text.contains("Paula Papier") && text.contains("Erika Papier") && !text.contains("Kind Test"), "{text}");
    let (status, err) = post(&office, &app, "notices/posted", json!({"until": "gestern"})).await;
    assert_eq!((status, err["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("until")));
    assert_eq!(post(&office, &app, "notices/posted", json!({"until": until})).await.1["posted"], 1);
    assert_eq!(
        count(&app, "select count(*) from t_steinfurt.notices where delivery = 'post' and posted_at is null").await,
        0
    );

    // An issued notice never changes.
    let changed = sqlx::query("update t_steinfurt.notices set body = 'anders'").execute(&mut app.db().await).await;
    assert!(changed.is_err(), "the database refuses a change");
    let audit = "select count(*) from t_steinfurt.audit_log where action in ('notice_no_place', 'notices_posted')";
    assert_eq!(count(&app, audit).await, 3);
    app.cleanup().await;
}

fn urlencoding(s: &str) -> String {
    s.replace(':', "%3A").replace('+', "%2B")
}
