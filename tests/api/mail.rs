//! E-mails for status changes go through a real SMTP server (aiosmtpd on loopback): written to the
//! outbox with the change, delivered once, kept and retried while the server is down.

use step_e2e::{Seed, SmtpSink, TestApp};
use step_mail::{MailConfig, Mailer, deliver_once};

use crate::support::{kitas, parent_with_child, register, season};

pub fn mailer(port: u16) -> Mailer {
    Mailer::new(&MailConfig {
        smtp_host: "127.0.0.1".into(),
        smtp_port: port,
        tls: false,
        username: None,
        password: None,
        from: "Kita-Portal Kreis Steinfurt <kita-portal@kreis-steinfurt.example>".into(),
    })
    .expect("mailer")
}

#[tokio::test]
async fn a_registration_email_reaches_the_smtp_server_once_with_the_municipalitys_contact() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let smtp = SmtpSink::start(SmtpSink::free_port());
    let ids = kitas(&app, "rheine").await;
    let (b, child) = parent_with_child(&app, 0, "rheine", 1300).await;
    let start = step_domain::search::format_date(season());
    assert_eq!(register(&app, &b, "rheine", &child, &ids[0], 35, &start).await.0, reqwest::StatusCode::CREATED);

    let mailer = mailer(smtp.port);
    let d = deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap();
    assert_eq!((d.sent, d.failed), (1, 0));
    let again = deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap();
    assert_eq!((again.sent, again.failed), (0, 0), "nothing is sent twice");
    let mails = smtp.messages();
    assert_eq!(mails.len(), 1);
    let m = &mails[0];
    assert!(m.contains("To: eva@example.org"), "{m}");
    assert!(m.contains("Subject: Kita-Portal Rheine"), "{m}");
    assert!(m.contains("kita@rheine.example"), "the municipality's contact is in the footer: {m}");
    assert!(m.contains("Message-ID: <outbox-t_rheine-"), "{m}");
    app.cleanup().await;
}

#[tokio::test]
async fn while_the_smtp_server_is_down_emails_wait_and_go_out_once_when_it_is_back() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let ids = kitas(&app, "rheine").await;
    let (b, child) = parent_with_child(&app, 0, "rheine", 1300).await;
    let start = step_domain::search::format_date(season());
    for id in &ids[..3] {
        assert_eq!(register(&app, &b, "rheine", &child, id, 35, &start).await.0, reqwest::StatusCode::CREATED);
    }
    let port = SmtpSink::free_port();
    let mailer = mailer(port);
    // Nobody listens on the port: the round fails, the e-mails stay, the next try is scheduled.
    let d = deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap();
    assert_eq!((d.sent, d.failed), (0, 3), "each e-mail tried once by a concurrent sender, none sent");
    let db = app.store.tenant(&app.tenant("rheine").schema);
    assert_eq!(db.outbox_pending().await.unwrap(), 3);
    let mut conn = app.db().await;
    let (attempts, waits): (i32, bool) =
        sqlx::query_as("select max(attempts), bool_or(next_attempt_at > now()) from t_rheine.outbox")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert_eq!((attempts, waits), (1, true), "backoff before the next try");
    // Still nothing due right away.
    assert_eq!(deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap().sent, 0);

    // The server comes back and the backoff has passed.
    let smtp = SmtpSink::start(port);
    sqlx::query("update t_rheine.outbox set next_attempt_at = now()").execute(&mut conn).await.unwrap();
    let d = deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap();
    assert_eq!((d.sent, d.failed), (3, 0));
    assert_eq!(deliver_once(&app.store, &app.tenants, &mailer, 100).await.unwrap().sent, 0);
    assert_eq!(smtp.messages().len(), 3, "none lost, none doubled");
    assert_eq!(db.outbox_pending().await.unwrap(), 0);
    app.cleanup().await;
}
