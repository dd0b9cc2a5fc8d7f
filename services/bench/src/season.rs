//! A municipality as it looks in the middle of a registration season, before the parent's hot paths
//! are timed: `families` families with one child each, registered at three Kitas for the next
//! season start, each registration with its history event and inbox message. Without it the
//! account page was timed in a municipality of 64 families, where PostgreSQL reads whole tables
//! instead of indexes and the figures say little about a real one.

use step_domain::Tenant;
use step_domain::search::next_kita_year_start;
use step_store::Store;

/// `count` families whose e-mail starts with `tag`, each with one child born on `birth`, written
/// set-based (the offer day uses them too).
pub async fn families_with_a_child(
    store: &Store,
    tenant: &Tenant,
    tag: &str,
    count: usize,
    birth: time::Date,
) -> anyhow::Result<()> {
    let s = tenant.schema.as_str();
    sqlx::query(&format!(
        "insert into {s}.families (first_name, last_name, street, postcode, city, phone, email)
         select 'Bench', 'Familie ' || g, 'Markt 1', $2, $3, '0000 1', $4 || g || '@example.org'
         from generate_series(1, $1) g"
    ))
    .bind(count as i32)
    .bind(&tenant.postcodes[0])
    .bind(&tenant.name)
    .bind(tag)
    .execute(store.raw_pool())
    .await?;
    sqlx::query(&format!(
        "insert into {s}.children (family_id, first_name, last_name, birth_date)
         select id, 'Kind', last_name, $1 from {s}.families where email like $2 || '%@example.org'"
    ))
    .bind(birth)
    .bind(tag)
    .execute(store.raw_pool())
    .await?;
    Ok(())
}

/// Writes the season with set-based SQL (the registration rules' trigger still runs on every row)
/// and analyzes the tables, as autovacuum would have done by then.
pub async fn prepare(store: &Store, tenant: &Tenant, today: time::Date, families: usize) -> anyhow::Result<()> {
    let s = tenant.schema.as_str();
    let season = next_kita_year_start(today);
    let pool = store.raw_pool();
    families_with_a_child(store, tenant, "season", families, season - time::Duration::days(1250)).await?;
    register_at_three_kitas(store, tenant, "season", 7, season).await?;
    let statements = [
        format!(
            "insert into {s}.registration_events (registration_id, status, actor)
             select r.id, 'registered', 'parent' from {s}.registrations r join {s}.children c on c.id = r.child_id
             join {s}.families f on f.id = c.family_id where f.email like 'season%@example.org'"
        ),
        format!(
            "insert into {s}.messages (family_id, registration_id, subject, body)
             select f.id, r.id, 'Vormerkung', 'Saison' from {s}.registrations r join {s}.children c on c.id = r.child_id
             join {s}.families f on f.id = c.family_id where f.email like 'season%@example.org'"
        ),
    ];
    for sql in &statements {
        sqlx::query(sql).execute(pool).await?;
    }
    for table in ["families", "children", "registrations", "registration_events", "messages"] {
        sqlx::query(&format!("vacuum analyze {s}.{table}")).execute(pool).await?;
    }
    Ok(())
}

/// Registers each child of the `prefix` families at three Kitas that take a 3-year-old for 35 hours,
/// spread over them: child n at Kitas (n·`spread` + 3·rank) mod their count, ranks 1 to 3.
pub async fn register_at_three_kitas(
    store: &Store,
    tenant: &Tenant,
    prefix: &str,
    spread: i64,
    season: time::Date,
) -> anyhow::Result<()> {
    let s = tenant.schema.as_str();
    sqlx::query(&format!(
        "with kitas as (
            select id, row_number() over (order by id) - 1 as n, count(*) over () as total from {s}.facilities
            where kind = 'kita' and 35 = any(hours_offered) and age_min_months <= 40 and age_max_months >= 41
         ), kids as (
            select c.id, row_number() over (order by c.id) as n from {s}.children c
            join {s}.families f on f.id = c.family_id where f.email like $2 || '%@example.org'
         )
         insert into {s}.registrations (child_id, facility_id, start_date, hours, rank)
         select k.id, kitas.id, $1, 35, rank.r from kids k cross join generate_series(1, 3) as rank(r)
         join kitas on kitas.n = (k.n * $3 + rank.r * 3) % kitas.total"
    ))
    .bind(season)
    .bind(prefix)
    .bind(spread)
    .execute(store.raw_pool())
    .await?;
    Ok(())
}
