//! Issue 19.5: e-mail that cannot be delivered ends as failed with its reason, listed for the
//! office with the family to contact; temporary refusals back off up to a cap; one municipality's
//! database error does not hold up another's mail.

use reqwest::StatusCode;
use step_e2e::{Seed, SmtpSink, TestApp};
use step_mail::deliver_once;

use crate::desk::staff;
use crate::mail::mailer;
use crate::support::{kitas, parent_with_child, register, season};

/// (recipient, attempts, failed?, failure) of every outbox row of Rheine.
async fn outbox(app: &TestApp) -> Vec<(String, i32, bool, Option<String>)> {
    let mut db = app.db().await;
    sqlx::query_as("select recipient, attempts, failed_at is not null, failure from t_rheine.outbox order by id")
        .fetch_all(&mut db)
        .await
        .unwrap()
}

#[tokio::test]
async fn refused_and_unparseable_addresses_end_as_failed_and_the_office_sees_whom_to_call() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let smtp = SmtpSink::start_refusing(SmtpSink::free_port());
    // A family's registration e-mail to an address the server does not know (550) …
    let (parent, child) = parent_with_child(&app, 0, "rheine", 1300).await;
    let kita = kitas(&app, "rheine").await.remove(0);
    let start = step_domain::search::format_date(season());
    assert_eq!(register(&app, &parent, "rheine", &child, &kita, 35, &start).await.0, StatusCode::CREATED);
    let mut db = app.db().await;
    sqlx::query("update t_rheine.outbox set recipient = 'unbekannt@example.org'").execute(&mut db).await.unwrap();
    // … an address that cannot be parsed, one the server asks to try later (451), and a good one.
    let tenant = app.store.tenant(&app.tenant("rheine").schema);
    tenant.queue_mail("kein at zeichen", "Einladung", "Text").await.unwrap();
    tenant.queue_mail("spaeter@example.org", "Einladung", "Text").await.unwrap();
    tenant.queue_mail("leitung@example.org", "Einladung", "Text").await.unwrap();

    let mailer = mailer(smtp.port);
    for _ in 0..4 {
        deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap();
    }
    let rows = outbox(&app).await;
    let find = |to: &str| rows.iter().find(|r| r.0 == to).unwrap_or_else(|| panic!("{to}: {rows:?}")).clone();
    let refused = find("unbekannt@example.org");
    assert!(refused.2 && refused.1 == 1, "550: failed after one attempt: {refused:?}");
    assert!(refused.3.as_deref().unwrap().contains("550"), "the server's answer is the reason: {refused:?}");
    let unparseable = find("kein at zeichen");
    assert!(unparseable.2 && unparseable.3.as_deref().unwrap().contains("kein at zeichen"), "{unparseable:?}");
    let later = find("spaeter@example.org");
    assert!(!later.2 && later.1 == 1, "451: tried again later, not given up: {later:?}");
    assert_eq!(smtp.messages().len(), 1, "the good address got its e-mail");
    assert_eq!(tenant.outbox_pending().await.unwrap(), 1, "only the 451 is still waiting");

    // Temporary refusals end too, after the cap of attempts.
    sqlx::query(&format!(
        "update t_rheine.outbox set attempts = {}, next_attempt_at = now() where recipient = 'spaeter@example.org'",
        step_store::MAX_ATTEMPTS - 1
    ))
    .execute(&mut db)
    .await
    .unwrap();
    deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap();
    let later = outbox(&app).await.into_iter().find(|r| r.0 == "spaeter@example.org").unwrap();
    assert!(later.2 && later.3.as_deref().unwrap().contains("451"), "given up after the cap: {later:?}");
    let again = deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap();
    assert_eq!((again.sent, again.failed), (0, 0), "failed e-mails are never tried again");

    // The office sees each one, the family's with whom to call or write instead.
    let office = staff(&app, "jugendamt.rheine", "rheine").await;
    let (_, page) = office.get_following(&format!("{}/rheine/amt/unzustellbar", app.addr)).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    for text in [
        "Unzustellbare E-Mails",
        "unbekannt@example.org",
        "Eva Test",
        "05971 1",
        "Markt 1, 48431 Rheine",
        "550",
        "451",
        "kein at zeichen",
    ] {
        assert!(html.contains(text), "{text}: {html}");
    }
    let (status, list) = office
        .json(reqwest::Method::GET, &format!("{}/api/v1/tenants/rheine/outbox/undeliverable", app.addr), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list.as_array().unwrap().len(), 3, "{list}");
    // A parent is not the office.
    let (status, _) = parent
        .json(reqwest::Method::GET, &format!("{}/api/v1/tenants/rheine/outbox/undeliverable", app.addr), None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let res = parent.get(&format!("{}/rheine/amt/unzustellbar", app.addr)).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    app.cleanup().await;
}

#[tokio::test]
async fn one_municipalitys_database_error_does_not_stop_anothers_mail() {
    let app = TestApp::spawn_with(Seed::Only(&["emsdetten", "rheine"])).await;
    let smtp = SmtpSink::start(SmtpSink::free_port());
    app.store
        .tenant(&app.tenant("rheine").schema)
        .queue_mail("leitung@example.org", "Einladung", "Text")
        .await
        .unwrap();
    let mut db = app.db().await;
    sqlx::query("alter table t_emsdetten.outbox rename to outbox_broken").execute(&mut db).await.unwrap();
    let broken_first: Vec<_> = ["emsdetten", "rheine"].iter().map(|s| app.tenant(s).clone()).collect();
    let d = deliver_once(&app.store, &broken_first, &mailer(smtp.port), 100).await.unwrap();
    assert_eq!(d.sent, 1, "Rheine's e-mail went out although Emsdetten's outbox could not be read");
    assert_eq!(smtp.messages().len(), 1);
    app.cleanup().await;
}
