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

/// A parent in Rheine registers a child at the first `n` Kitas: `n` e-mails wait in the outbox.
async fn registered_at_kitas(app: &TestApp, n: usize) {
    let ids = kitas(app, "rheine").await;
    let (b, child) = parent_with_child(app, 0, "rheine", 1300).await;
    let start = step_domain::search::format_date(season());
    for id in &ids[..n] {
        assert_eq!(register(app, &b, "rheine", &child, id, 35, &start).await.0, reqwest::StatusCode::CREATED);
    }
}

#[tokio::test]
async fn a_registration_email_reaches_the_smtp_server_once_with_the_municipalitys_contact() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    let smtp = SmtpSink::start(SmtpSink::free_port());
    registered_at_kitas(&app, 1).await;

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
    registered_at_kitas(&app, 3).await;
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

#[tokio::test]
async fn an_smtp_dialogue_that_hangs_holds_no_database_connection_and_its_email_is_not_taken_twice() {
    let app = TestApp::spawn_with(Seed::Only(&["rheine"])).await;
    registered_at_kitas(&app, 1).await;
    // A server that accepts connections and never greets: the dialogue waits for its timeout.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_port = silent.local_addr().unwrap().port();
    // A portal whose pool has a single connection.
    let mut opts = app.store_options.clone();
    opts.max_connections = 1;
    let store = step_store::Store::connect(&opts).await.unwrap();
    let tenants = app.tenants.clone();
    let worker = tokio::spawn({
        let (store, tenants) = (store.clone(), tenants.clone());
        async move { deliver_once(&store, &tenants, &mailer(silent_port), 10).await }
    });
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    assert!(!worker.is_finished(), "the dialogue is still waiting");
    // The one connection is free for a page's statement while the dialogue waits.
    let db = store.tenant(&app.tenant("rheine").schema);
    let pending = tokio::time::timeout(std::time::Duration::from_secs(2), db.outbox_pending())
        .await
        .expect("a connection is free during the SMTP dialogue")
        .unwrap();
    assert_eq!(pending, 1, "not sent yet");
    // Another round, with a server that answers, does not take the e-mail that is out.
    let port = SmtpSink::free_port();
    let smtp = SmtpSink::start(port);
    let other = deliver_once(&store, &tenants, &mailer(port), 10).await.unwrap();
    assert_eq!((other.sent, other.failed), (0, 0));
    assert!(smtp.messages().is_empty(), "nothing doubled");
    worker.abort();
    drop(silent);
    app.cleanup().await;
}
