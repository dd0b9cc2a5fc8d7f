//! Background work visits only the municipalities whose work is due (issue 22): the tenants' own
//! writes mark it in the cluster's `step_work.due` in the same transaction. A round over idle
//! municipalities reads nothing but the due rows, however many there are; a write marks its own
//! municipality, and only that one is visited.

use reqwest::{Method, StatusCode};
use serde_json::json;
use step_e2e::{Seed, TestApp};
use step_store::Work;

use crate::desk::{api, in_days, offer_path, places, registered_family, staff};
use crate::mail::mailer;
use crate::support::{kitas, parent_with_child, register, season};

/// Runs every job once, so the marks every schema gets from its migrations are settled.
pub async fn run_jobs(app: &TestApp) {
    app.state.offer_deadlines().await;
    app.state.refresh_figures().await;
    app.state.apply_retention().await;
    app.state.sweep_orphans(std::time::Duration::ZERO).await.unwrap();
    let smtp = step_e2e::SmtpSink::start(step_e2e::SmtpSink::free_port());
    step_mail::deliver_once(&app.store, &app.tenants, &mailer(smtp.port), 100).await.unwrap();
}

/// The (schema, kind) pairs due now, sorted.
async fn due_now(app: &TestApp) -> Vec<(String, String)> {
    sqlx::query_as("select schema, kind from step_work.due where due_at <= now() order by 1, 2")
        .fetch_all(&mut app.db().await)
        .await
        .unwrap()
}

#[tokio::test]
async fn jobs_visit_only_municipalities_whose_work_a_write_marked_due_however_many_are_idle() {
    let app = TestApp::spawn_with(Seed::Only(&["steinfurt", "rheine"])).await;
    run_jobs(&app).await;
    assert_eq!(due_now(&app).await, Vec::<(String, String)>::new(), "all 24 idle after the first rounds");
    // 5,000 more idle municipalities, each with its work settled for later.
    sqlx::query(
        "insert into step_work.due (schema, kind, due_at)
         select 'g_idle_' || i, kind, now() + interval '30 days'
         from generate_series(1, 5000) i, unnest(array['mail', 'offers', 'retention', 'sweep', 'figures']) kind",
    )
    .execute(&mut app.db().await)
    .await
    .unwrap();
    assert_eq!(app.state.offer_deadlines().await.visited, 0, "no municipality visited for offers");
    assert_eq!(app.state.refresh_figures().await, 0, "no figures recomputed");
    for kind in Work::ALL {
        assert_eq!(app.store.due_count(kind).await.unwrap(), 0, "{kind:?}");
    }

    // A family registers in Rheine: Rheine's e-mail and figures are due, nothing else.
    let (parent, child) = parent_with_child(&app, 1, "rheine", 1300).await;
    let kita = kitas(&app, "rheine").await.remove(0);
    let start = step_domain::search::format_date(season());
    assert_eq!(register(&app, &parent, "rheine", &child, &kita, 35, &start).await.0, StatusCode::CREATED);
    let marked = vec![("t_rheine".to_owned(), "figures".to_owned()), ("t_rheine".to_owned(), "mail".to_owned())];
    assert_eq!(due_now(&app).await, marked);
    let smtp = step_e2e::SmtpSink::start(step_e2e::SmtpSink::free_port());
    let sent = step_mail::deliver_once(&app.store, &app.tenants, &mailer(smtp.port), 100).await.unwrap();
    assert_eq!(sent.sent, 1, "Rheine's confirmation went out");
    assert_eq!(app.state.refresh_figures().await, 1, "Rheine's figures, no other");
    assert_eq!(due_now(&app).await, Vec::<(String, String)>::new(), "settled");

    // A refused offer in Steinfurt marks nothing; an offer marks Steinfurt's deadlines, settled
    // for the German midnight two days before the answer is due.
    places(&app, 1).await;
    let (_, reg, _) = registered_family(&app, 0, 0).await;
    run_jobs(&app).await;
    let lead = staff(&app, "leitung.sonnenschein", "steinfurt").await;
    let (s, _) = api(&lead, &app, Method::POST, &offer_path(&reg), Some(json!({"answer_by": "bald"}))).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_eq!(due_now(&app).await, Vec::<(String, String)>::new(), "a refused offer marks nothing");
    let (s, _) = api(&lead, &app, Method::POST, &offer_path(&reg), Some(json!({"answer_by": in_days(5)}))).await;
    assert_eq!(s, StatusCode::OK);
    assert!(due_now(&app).await.contains(&("t_steinfurt".to_owned(), "offers".to_owned())));
    let round = app.state.offer_deadlines().await;
    assert_eq!((round.visited, round.expired, round.reminded), (1, 0, 0), "Steinfurt only, nothing due yet");
    let (next, expected): (time::OffsetDateTime, time::OffsetDateTime) = sqlx::query_as(
        "select d.due_at, ((r.answer_by - 2)::timestamp at time zone 'Europe/Berlin')
         from step_work.due d, t_steinfurt.registrations r
         where d.schema = 't_steinfurt' and d.kind = 'offers' and r.id = $1::uuid",
    )
    .bind(&reg)
    .fetch_one(&mut app.db().await)
    .await
    .unwrap();
    assert_eq!(next, expected, "looked at again on the day of the reminder");
    assert_eq!(app.state.offer_deadlines().await.visited, 0, "and not before");
    app.cleanup().await;
}
