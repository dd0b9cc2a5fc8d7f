//! Output encoding (ASVS V1.2, issue 19.13): markup typed into the family's, the child's and the
//! registration's fields, and into a facility's decline note, is shown as text on every page that
//! shows it — to the parent, to the facility's lead and to the office — never as markup.

use reqwest::{Method, StatusCode};
use serde_json::json;
use step_e2e::browser_client::Browser;
use step_e2e::{Seed, TestApp};

use crate::desk::{SONNENSCHEIN, places, staff};
use crate::support::season;

/// What is typed, the `alert(n)` that must show as text, and the tag that must never reach a page.
const TYPED: [(&str, &str, &str); 6] = [
    ("first_name", "<script>alert(1)</script>", "<script>alert(1)"),
    ("last_name", "\"><img src=x onerror=alert(2)>", "<img src=x"),
    ("child_first", "<svg onload=alert(3)>", "<svg onload"),
    ("child_last", "</title><script>alert(4)</script>", "<script>alert(4)"),
    ("note", "<iframe src=javascript:alert(5)>", "<iframe"),
    ("decline", "<a href=javascript:alert(6)>hier</a>", "<a href=javascript"),
];

fn typed(key: &str) -> &'static str {
    TYPED.iter().find(|t| t.0 == key).map(|t| t.1).unwrap()
}

/// `html` shows each of `alerts` as text and none of the typed tags as markup.
fn escaped(page: &str, html: &str, alerts: &[u8]) {
    for (_, _, tag) in TYPED {
        assert!(!html.contains(tag), "{page} renders `{tag}` as markup");
    }
    for n in alerts {
        assert!(html.contains(&format!("alert({n})")), "{page} does not show what was typed (alert({n}))");
    }
}

async fn page(app: &TestApp, b: &Browser, path: String) -> String {
    let url = format!("{}{path}", app.addr);
    let res = b.get(&url).await;
    assert_eq!(res.status(), StatusCode::OK, "{url}");
    res.text().await.unwrap()
}

#[tokio::test]
async fn markup_typed_into_forms_is_shown_as_text_on_every_page_that_shows_it() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt"])).await;
    places(&app, 5).await;
    let base = format!("{}/api/v1/tenants/steinfurt", app.addr);
    let parent = staff(&app, "eltern.mueller", "steinfurt").await;
    let family = json!({"first_name": typed("first_name"), "last_name": typed("last_name"), "street": "Markt 1",
        "postcode": "48565", "city": "Steinfurt", "phone": "02551 1", "email": "anna@example.org"});
    let (status, body) = parent.json(Method::PUT, &format!("{base}/family"), Some(family)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let birth = season() - time::Duration::days(1300);
    let child =
        json!({"first_name": typed("child_first"), "last_name": typed("child_last"), "birth_date": birth.to_string()});
    let (status, child) = parent.json(Method::POST, &format!("{base}/children"), Some(child)).await;
    assert_eq!(status, StatusCode::CREATED, "{child}");
    let registration = json!({"child_id": child["id"], "facility_id": SONNENSCHEIN, "start": season().to_string(),
        "hours": 35, "rank": 1, "note": typed("note")});
    let (status, reg) = parent.json(Method::POST, &format!("{base}/registrations"), Some(registration)).await;
    assert_eq!(status, StatusCode::CREATED, "{reg}");
    let reg = reg["id"].as_str().unwrap().to_owned();

    // The parent's own pages.
    escaped("account", &page(&app, &parent, "/steinfurt/konto".into()).await, &[3, 4]);
    escaped("family form", &page(&app, &parent, "/steinfurt/konto/familie".into()).await, &[1, 2]);
    escaped("child form", &page(&app, &parent, "/steinfurt/konto/kinder".into()).await, &[]);
    escaped("inbox", &page(&app, &parent, "/steinfurt/konto/nachrichten".into()).await, &[3]);
    // The facility's lead: the waiting list and the registration with the note.
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    escaped("waiting list", &page(&app, &lead, format!("/steinfurt/einrichtung/{SONNENSCHEIN}")).await, &[3]);
    let desk = page(&app, &lead, format!("/steinfurt/einrichtung/{SONNENSCHEIN}/vormerkungen/{reg}")).await;
    escaped("desk registration", &desk, &[1, 3, 5]);
    // The lead declines with markup in the note; the parent reads it as text.
    let decline = json!({"reason": "other", "note": typed("decline")});
    let (status, body) = lead.json(Method::POST, &format!("{base}/registrations/{reg}/decline"), Some(decline)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    escaped("account after the decline", &page(&app, &parent, "/steinfurt/konto".into()).await, &[3, 6]);
    escaped("inbox after the decline", &page(&app, &parent, "/steinfurt/konto/nachrichten".into()).await, &[6]);
    // The office: the audit log names the registration, the overview counts it; neither renders markup.
    let office = staff(&app, "jugendamt.kreis", "steinfurt").await;
    escaped("office overview", &page(&app, &office, "/steinfurt/amt".into()).await, &[]);
    app.cleanup().await;
}
