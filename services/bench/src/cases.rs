//! The youth welfare office's worklist (issue 20): `GET /steinfurt/amt/faelle` as the
//! Kreisjugendamt's staff, over its municipalities in season (`per_tenant` entitled children without
//! a place in each, 20,000 in all by default), through a real `step serve`: the first page of the
//! merged list, and the same list as CSV; then the formal notices (`notices`) and a Kita's inbox
//! (`conversations`) on the same server.

use std::path::Path;

use anyhow::Context;
use step_store::{RoleAssignment, Store, StoreOptions};

use crate::district::{get, serve, session_cookie, step_cmd};

/// Families with one entitled child each, registered at the municipality's first Kita.
async fn waiting_children(store: &Store, schema: &str, season: time::Date, count: usize) -> anyhow::Result<()> {
    let facility: uuid::Uuid = sqlx::query_scalar(&format!(
        "select id from {schema}.facilities where kind = 'kita' and age_min_months <= 24 and age_max_months >= 48
             and 35 = any(hours_offered) order by id limit 1"
    ))
    .fetch_one(store.raw_pool())
    .await?;
    sqlx::query(&format!(
        "with f as (insert into {schema}.families (first_name, last_name, street, postcode, city, phone, email, origin)
             select 'Bench', 'Familie ' || g, 'Markt 1', '48565', 'Ort', '0000 1', 'bench' || g || '@example.org', 'paper'
             from generate_series(1, $1) g returning id, last_name),
         c as (insert into {schema}.children (family_id, first_name, last_name, birth_date)
             select id, 'Kind', last_name, $2::date - (800 + (hashtext(last_name) & 511)) from f returning id)
         insert into {schema}.registrations (child_id, facility_id, start_date, hours, rank, status, origin, created_at)
         select id, $3, $2, 35, 1, 'registered', 'paper', now() - make_interval(days => (hashtext(id::text) & 255)) from c"
    ))
    .bind(count as i32)
    .bind(season)
    .bind(facility)
    .execute(store.raw_pool())
    .await?;
    Ok(())
}

/// The posting batch's size (issue 20: 500 notices in under 30 s with flat memory).
const NOTICES: usize = 500;
/// Open conversations of one Kita (issue 21: its inbox in under 100 ms).
const CONVERSATIONS: usize = 500;

pub async fn run(
    step: &Path,
    pg: &str,
    tenants_dir: &Path,
    today: time::Date,
    per_tenant: usize,
) -> anyhow::Result<Vec<String>> {
    let tenants = step_domain::tenant::load_dir(tenants_dir).context("registry")?;
    let office: Vec<_> = tenants.iter().filter(|t| t.office.id == "kreisjugendamt").collect();
    let url = crate::recreate_db(pg, "step_bench_cases").await?;
    step_cmd(step, &url, tenants_dir, &["migrate"])?;
    let store = Store::connect(&StoreOptions::new(url.clone())).await?;
    let season = step_domain::search::next_kita_year_start(today);
    step_cmd(step, &url, tenants_dir, &["seed-demo"])?;
    for t in &office {
        // Only the generated children: the demo season is taken out of the registrations.
        sqlx::query(&format!("delete from {}.registrations", t.schema)).execute(store.raw_pool()).await?;
        waiting_children(&store, t.schema.as_str(), season, per_tenant).await?;
    }
    let account = store.platform().account_for_identity("bench", "bench-office").await?;
    for t in &office {
        let grant = RoleAssignment {
            account_id: account,
            role: "office_staff".into(),
            domain: t.slug.to_string(),
            scope: String::new(),
        };
        store.platform().grant_role(&grant, "bench").await?;
    }
    let cookie = session_cookie(&store, account).await?;
    let (mut server, addr) = serve(step, &url, tenants_dir).await?;
    let timed = |path: &'static str, runs: usize| {
        let (addr, cookie) = (&addr, &cookie);
        async move {
            let mut times = Vec::new();
            let mut size = 0;
            for i in 0..runs + 2 {
                let (status, body, took) = get(addr, path, cookie).await?;
                anyhow::ensure!(status == 200, "{path} answered {status}");
                size = body.len();
                if i >= 2 {
                    times.push(took);
                }
            }
            times.sort();
            Ok::<_, anyhow::Error>((times[times.len() / 2], times[times.len() - 1], size))
        }
    };
    let (p50, max, _) = timed("/steinfurt/amt/faelle", 10).await?;
    let (csv50, _, csv_bytes) = timed("/steinfurt/amt/faelle.csv", 3).await?;
    let line = format!(
        "worklist, {} municipalities x {per_tenant} children: first page p50 {:.0} ms, max {:.0} ms; CSV of all p50 {:.0} ms ({:.1} MB)",
        office.len(),
        p50.as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3,
        csv50.as_secs_f64() * 1e3,
        csv_bytes as f64 / 1e6
    );
    let pid = server.id().context("server pid")?;
    let mut lines = vec![line];
    lines.extend(crate::notices::run(&store, &addr, &cookie, pid, NOTICES).await?);
    lines.extend(crate::conversations::run(&store, &addr, CONVERSATIONS).await?);
    let _ = server.kill().await;
    store.close().await;
    crate::drop_db(pg, "step_bench_cases").await;
    Ok(lines)
}
