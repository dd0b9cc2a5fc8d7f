//! The matching day against the database (issue 17): a town the size of Rheine (Ibbenbüren, whose
//! season nothing else in the bench touches) with `children` children of three wishes each over its
//! Kitas and a place for each; a dry run (live inputs read, the algorithm, inputs and result frozen
//! with their hash) and the publish (every assignment an offer with history, inbox message and
//! e-mail row, one explanation per child), each timed.

use std::time::Instant;

use step_domain::Tenant;
use step_domain::matching::Mechanism;
use step_domain::search::next_kita_year_start;
use step_store::{Actor, InboxMessage, Store};

pub async fn run(store: &Store, town: &Tenant, today: time::Date, children: usize) -> anyhow::Result<Vec<String>> {
    let s = town.schema.as_str();
    let season = next_kita_year_start(today);
    let pool = store.raw_pool();
    let prepared = Instant::now();
    crate::season::families_with_a_child(store, town, "round", children, season - time::Duration::days(1250)).await?;
    crate::season::register_at_three_kitas(store, town, "round", 1, season).await?;
    let kitas: i64 = sqlx::query_scalar(&format!(
        "select count(*) from {s}.facilities where kind = 'kita' and 35 = any(hours_offered) and age_min_months <= 40"
    ))
    .fetch_one(pool)
    .await?;
    let per = (children as u64).div_ceil(kitas.max(1) as u64) as i64 + 2;
    sqlx::query(&format!("delete from {s}.places where start_date <= $1 and start_date >= $1 - 366"))
        .bind(season)
        .execute(pool)
        .await?;
    sqlx::query(&format!(
        "insert into {s}.places (facility_id, start_date, age_band, hours, free_places)
         select id, $1, 'ue3', 0, $2 from {s}.facilities
         where kind = 'kita' and 35 = any(hours_offered) and age_min_months <= 40"
    ))
    .bind(season)
    .bind(per as i16)
    .execute(pool)
    .await?;
    let mut lines = vec![format!(
        "round: {} with {children} children x 3 wishes over {kitas} Kitas, {per} places each, prepared in {:.1} s",
        town.name,
        prepared.elapsed().as_secs_f64()
    )];
    let db = store.tenant(&town.schema);
    let actor = Actor { id: "bench".into(), role: "office_staff".into() };
    let round = db.create_round(&actor, season, Mechanism::ChildProposing, 17).await?;
    let t = Instant::now();
    let result = db.run_round(&actor, round.id).await?;
    lines.push(format!(
        "round dry run (read, match, freeze)   {:.2} s: {} wishes, {} placed",
        t.elapsed().as_secs_f64(),
        result.inputs.wishes.len(),
        result.matching.assigned.len()
    ));
    let t = Instant::now();
    let msg = |_: &str, _: &str, _: &str| InboxMessage { subject: "Platzangebot".into(), body: "Angebot".into() };
    let why =
        |_: &[step_store::WishExplanation]| InboxMessage { subject: "Vergaberunde".into(), body: "Ergebnis".into() };
    let offers = db.publish_round(&actor, round.id, season, msg, why).await?;
    lines.push(format!("round publish (offers, messages, mails) {:.2} s: {offers} offers", t.elapsed().as_secs_f64()));
    Ok(lines)
}
