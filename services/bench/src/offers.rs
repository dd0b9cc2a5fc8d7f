//! The offer day (issue 5): `count` waiting registrations in one municipality, of them `big` at one
//! facility; the waiting list of that facility rendered over HTTP; then an offer for every
//! registration made in one go (the store's offer: place, status, history, inbox message, e-mail
//! and audit entry in one transaction each); then the e-mail worker's rounds deliver every e-mail
//! to a real SMTP server on loopback (aiosmtpd), counted for losses and doubles.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use step_domain::Tenant;
use step_domain::search::next_kita_year_start;
use step_store::{Actor, InboxMessage, RoleAssignment, Store};
use uuid::Uuid;

/// The facility lead's account for the waiting-list page, granted before the server starts (the
/// portal loads role assignments at start and every 15 s).
pub async fn grant_lead(store: &Store, tenant: &Tenant) -> anyhow::Result<(Uuid, String)> {
    let facility: Uuid = sqlx::query_scalar(&format!(
        "select id from {}.facilities where kind = 'kita' and 35 = any(hours_offered) and age_min_months <= 40 order by id limit 1",
        tenant.schema
    ))
    .fetch_one(store.raw_pool())
    .await?;
    let account = store.platform().account_for_identity("bench", "bench-lead").await?;
    let grant = RoleAssignment {
        account_id: account,
        role: "facility_lead".into(),
        domain: tenant.slug.to_string(),
        scope: facility.to_string(),
    };
    store.platform().grant_role(&grant, "bench").await?;
    let session = store
        .platform()
        .create_session(Some(account), &serde_json::json!({}), Some(crate::BENCH_TOKEN), &Default::default())
        .await?;
    Ok((facility, session.id))
}

/// `count` registrations of as many children (one each, 3.4 years old at the season start) at
/// the Kitas of `tenant`, the first `big` of them at `facility`; plenty of free places; criteria
/// ticked on about half. Written with set-based SQL (the registration rules' trigger still runs).
pub async fn prepare(
    store: &Store,
    tenant: &Tenant,
    facility: Uuid,
    today: time::Date,
    count: usize,
    big: usize,
) -> anyhow::Result<Vec<Uuid>> {
    let s = tenant.schema.as_str();
    let season = next_kita_year_start(today);
    let pool = store.raw_pool();
    crate::season::families_with_a_child(store, tenant, "offer", count, season - time::Duration::days(1250)).await?;
    sqlx::query(&format!(
        "with kitas as (
            select id, row_number() over (order by id) - 1 as n, count(*) over () as total from {s}.facilities
            where kind = 'kita' and 35 = any(hours_offered) and age_min_months <= 40 and id <> $1
         ), kids as (
            select c.id, row_number() over (order by c.id) as n from {s}.children c
            join {s}.families f on f.id = c.family_id where f.email like 'offer%@example.org'
         )
         insert into {s}.registrations (child_id, facility_id, start_date, hours, rank)
         select k.id, case when k.n <= $2 then $1 else (select id from kitas where kitas.n = k.n % kitas.total) end, $3, 35, 1
         from kids k"
    ))
    .bind(facility)
    .bind(big as i64)
    .bind(season)
    .execute(pool)
    .await?;
    sqlx::query(&format!(
        "insert into {s}.places (facility_id, start_date, age_band, hours, free_places)
         select id, $1, 'ue3', 0, 30000 from {s}.facilities where kind = 'kita'
         on conflict (facility_id, start_date, age_band, hours) do update set free_places = 30000"
    ))
    .bind(season)
    .execute(pool)
    .await?;
    sqlx::query(&format!(
        "insert into {s}.registration_criteria (registration_id, facility_id, position)
         select r.id, a.facility_id, a.position from {s}.registrations r
         join {s}.admission_criteria a on a.facility_id = r.facility_id
         where (hashtext(r.id::text || a.position) & 1) = 0"
    ))
    .execute(pool)
    .await?;
    // Statistics as autovacuum would have them after a season of registrations (the tenant pool
    // uses generic plans, built from the statistics when a connection first prepares a statement).
    for table in ["families", "children", "registrations", "registration_criteria", "places"] {
        sqlx::query(&format!("analyze {s}.{table}")).execute(pool).await?;
    }
    Ok(sqlx::query_scalar(&format!("select id from {s}.registrations where status = 'registered' order by id"))
        .fetch_all(pool)
        .await?)
}

pub struct OfferReport {
    pub elapsed: Duration,
    pub offered: i64,
    pub messages: i64,
    pub outbox: i64,
    pub errors: usize,
}

/// Makes an offer for every registration with `workers` concurrent desk users.
pub async fn offer_all(
    store: &Store,
    tenant: &Tenant,
    registrations: Vec<Uuid>,
    today: time::Date,
    workers: usize,
) -> anyhow::Result<OfferReport> {
    let db = store.tenant(&tenant.schema);
    let facilities: Vec<(Uuid, Uuid)> = sqlx::query_as(&format!(
        "select id, facility_id from {}.registrations where status = 'registered'",
        tenant.schema
    ))
    .fetch_all(store.raw_pool())
    .await?;
    let by_id: std::collections::HashMap<Uuid, Uuid> = facilities.into_iter().collect();
    let work: Arc<Vec<(Uuid, Uuid)>> =
        Arc::new(registrations.iter().filter_map(|r| by_id.get(r).map(|f| (*r, *f))).collect());
    let next = Arc::new(AtomicUsize::new(0));
    let answer_by = today + time::Duration::days(14);
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..workers {
        let (db, work, next) = (db.clone(), work.clone(), next.clone());
        tasks.spawn(async move {
            let actor = Actor { id: "bench-lead".into(), role: "facility_lead".into() };
            let mut errors = 0;
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((reg, facility)) = work.get(i) else { break };
                let offered = db
                    .offer(&actor, *facility, *reg, answer_by, |child, facility, _| InboxMessage {
                        subject: format!("Platzangebot von {facility}"),
                        body: format!("{facility} bietet {child} einen Platz an. Bitte antworten Sie bis {answer_by}."),
                    })
                    .await;
                errors += usize::from(offered.is_err());
            }
            errors
        });
    }
    let mut errors = 0;
    while let Some(e) = tasks.join_next().await {
        errors += e?;
    }
    let elapsed = started.elapsed();
    let s = tenant.schema.as_str();
    let (offered, messages, outbox): (i64, i64, i64) = sqlx::query_as(&format!(
        "select (select count(*) from {s}.registrations where status = 'offered'),
                (select count(*) from {s}.messages m join {s}.registrations r on r.id = m.registration_id where r.status = 'offered'),
                (select count(*) from {s}.outbox)"
    ))
    .fetch_one(store.raw_pool())
    .await?;
    Ok(OfferReport { elapsed, offered, messages, outbox, errors })
}

pub struct DeliveryReport {
    pub elapsed: Duration,
    pub sent: usize,
    pub received: usize,
    pub distinct: usize,
    pub pending: i64,
}

/// Starts aiosmtpd (its `Mailbox` handler writes one file per e-mail) and runs the e-mail worker's
/// rounds until the outbox is empty or `limit` has passed.
pub async fn deliver_all(
    store: &Store,
    tenant: &Tenant,
    python: &Path,
    limit: Duration,
) -> anyhow::Result<DeliveryReport> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let dir = std::env::temp_dir().join(format!("step-bench-smtp-{port}"));
    let _ = std::fs::remove_dir_all(&dir);
    let mut smtp = tokio::process::Command::new(python)
        .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}"), "-c", "aiosmtpd.handlers.Mailbox"])
        .arg(&dir)
        .kill_on_drop(true)
        .spawn()
        .context("starting aiosmtpd (scripts/tools.sh smtp)")?;
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mailer = step_mail::Mailer::new(&step_mail::MailConfig {
        smtp_host: "127.0.0.1".into(),
        smtp_port: port,
        tls: false,
        username: None,
        password: None,
        from: "Kita-Portal Kreis Steinfurt <kita-portal@kreis-steinfurt.example>".into(),
    })
    .map_err(|e| anyhow::anyhow!(e))?;
    let tenants = [tenant.clone()];
    let db = store.tenant(&tenant.schema);
    let started = Instant::now();
    let mut sent = 0;
    while started.elapsed() < limit {
        let d = step_mail::deliver_once(store, &tenants, &mailer, 500).await?;
        sent += d.sent;
        if d.sent == 0 && db.outbox_pending().await? == 0 {
            break;
        }
    }
    let elapsed = started.elapsed();
    let pending = db.outbox_pending().await?;
    let _ = smtp.kill().await;
    let mut ids = std::collections::HashSet::new();
    let mut received = 0;
    for entry in std::fs::read_dir(dir.join("new")).into_iter().flatten().flatten() {
        received += 1;
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        if let Some(id) = text.lines().find(|l| l.to_ascii_lowercase().starts_with("message-id:")) {
            ids.insert(id.to_owned());
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(DeliveryReport { elapsed, sent, received, distinct: ids.len(), pending })
}
