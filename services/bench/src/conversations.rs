//! Conversations (issue 21): a Kita with `count` open conversations (six messages each, the last
//! two of the family unread) opens its inbox, the page and the JSON twin, as its lead through a
//! real `step serve`; then the lead writes one message into each of 50 conversations (the
//! message, its read marker, the family's inbox message and the e-mail row in one transaction).

use std::time::{Duration, Instant};

use anyhow::Context;
use step_store::{RoleAssignment, Store};

use crate::district::{get, session_cookie};

fn p50_max(mut times: Vec<Duration>) -> (f64, f64) {
    times.sort();
    (times[times.len() / 2].as_secs_f64() * 1e3, times[times.len() - 1].as_secs_f64() * 1e3)
}

pub async fn run(store: &Store, addr: &str, count: usize) -> anyhow::Result<Vec<String>> {
    let facility: uuid::Uuid = sqlx::query_scalar(
        "select r.facility_id from t_steinfurt.registrations r where r.status = 'registered'
         group by r.facility_id order by count(*) desc limit 1",
    )
    .fetch_one(store.raw_pool())
    .await?;
    let regs: Vec<uuid::Uuid> = sqlx::query_scalar(
        "with r as (select id from t_steinfurt.registrations where facility_id = $1 and status = 'registered'
                    order by id limit $2),
              c as (insert into t_steinfurt.conversations (registration_id, facility_id, family_read_at, facility_read_at, last_message_at)
                    select id, $1, now(), now() - interval '2 hours', now() - make_interval(mins => (hashtext(id::text) & 1023)) from r
                    returning registration_id)
         select registration_id from c",
    )
    .bind(facility)
    .bind(count as i64)
    .fetch_all(store.raw_pool())
    .await?;
    anyhow::ensure!(regs.len() == count, "only {} registrations at the busiest Kita", regs.len());
    sqlx::query(
        "insert into t_steinfurt.conversation_messages (registration_id, side, author, body, created_at)
         select r, case when g % 2 = 0 then 'facility' else 'family' end, 'bench', 'Nachricht ' || g,
                now() - make_interval(hours => 7 - g)
         from unnest($1::uuid[]) r, generate_series(1, 6) g",
    )
    .bind(&regs)
    .execute(store.raw_pool())
    .await?;
    let account = store.platform().account_for_identity("bench", "bench-lead").await?;
    let grant = RoleAssignment {
        account_id: account,
        role: "facility_lead".into(),
        domain: "steinfurt".into(),
        scope: facility.to_string(),
    };
    store.platform().grant_role(&grant, "bench").await?;
    let cookie = session_cookie(store, account).await?;
    let mut lines = Vec::new();
    for (what, path) in [
        ("inbox page", format!("/steinfurt/einrichtung/{facility}/nachrichten")),
        ("inbox JSON", format!("/api/v1/tenants/steinfurt/facilities/{facility}/inbox")),
    ] {
        let mut times = Vec::new();
        let mut size = 0;
        for i in 0..12 {
            let (status, body, took) = get(addr, &path, &cookie).await?;
            anyhow::ensure!(status == 200, "{path} answered {status}");
            anyhow::ensure!(String::from_utf8_lossy(&body).contains("Kind"), "{path} lists no child");
            size = body.len();
            if i >= 2 {
                times.push(took);
            }
        }
        let (p50, max) = p50_max(times);
        lines.push(format!(
            "{what:<28} {count} open conversations: p50 {p50:.0} ms, max {max:.0} ms (target < 100 ms), {:.0} KB",
            size as f64 / 1024.0
        ));
    }
    let mut times = Vec::new();
    for reg in regs.iter().take(50) {
        let path = format!("/api/v1/tenants/steinfurt/registrations/{reg}/messages");
        let started = Instant::now();
        let (status, out) =
            crate::notices::post_json(addr, &path, &cookie, r#"{"body": "Gerne am Dienstag."}"#.into()).await?;
        anyhow::ensure!(status == 201, "sending answered {status}: {}", String::from_utf8_lossy(&out));
        times.push(started.elapsed());
    }
    let mails: i64 =
        sqlx::query_scalar("select count(*) from t_steinfurt.outbox where subject like 'Neue Nachricht von%'")
            .fetch_one(store.raw_pool())
            .await
            .context("outbox")?;
    anyhow::ensure!(mails == 50, "{mails} e-mail rows for 50 messages");
    let (p50, max) = p50_max(times);
    lines.push(format!(
        "message sent                 50 messages (row, read marker, inbox message, e-mail row in one transaction): p50 {p50:.1} ms, max {max:.1} ms"
    ));
    Ok(lines)
}
