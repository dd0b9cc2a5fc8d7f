//! `step rounds`: the matching day for operators (issue 17). `run` creates the open round of a
//! start date if there is none and runs it dry; `publish` publishes that round's last dry run;
//! `verify` recomputes a round from its frozen inputs and checks their SHA-256.

use anyhow::Context;
use clap::Subcommand;
use step_domain::Tenant;
use step_domain::matching::Mechanism;
use step_store::{Store, TenantDb};
use uuid::Uuid;

#[derive(Subcommand)]
pub enum RoundsCommand {
    /// Run the open round of a start date dry (created first if there is none).
    Run {
        slug: String,
        /// The start date, YYYY-MM-DD or TT.MM.JJJJ.
        start: String,
    },
    /// Publish the open round of a start date (its last dry run) as offers.
    Publish { slug: String, start: String },
    /// Recompute a round from its frozen inputs; fails when the hash or the result differ.
    Verify { slug: String, round: Uuid },
}

fn parse_start(text: &str) -> anyhow::Result<time::Date> {
    step_domain::search::parse_date(text).with_context(|| format!("`{text}` ist kein Datum (TT.MM.JJJJ)"))
}

async fn open_round(db: &TenantDb, start: time::Date) -> anyhow::Result<Option<step_store::Round>> {
    Ok(db.rounds().await?.into_iter().find(|r| r.start_date == start && r.status != "published"))
}

pub async fn rounds(store: &Store, tenants: &[Tenant], command: RoundsCommand) -> anyhow::Result<()> {
    let tenant = |slug: &str| {
        tenants
            .iter()
            .find(|t| t.slug.as_str() == slug)
            .with_context(|| format!("unbekannte Gemeinde `{slug}`: `step tenants list` zeigt alle"))
    };
    let actor = crate::cli::cli_actor();
    match command {
        RoundsCommand::Run { slug, start } => {
            let db = store.tenant(&tenant(&slug)?.schema);
            let start = parse_start(&start)?;
            let round = match open_round(&db, start).await? {
                Some(r) => r,
                None => {
                    let seed = i64::from_be_bytes(Uuid::new_v4().as_bytes()[..8].try_into()?) & i64::MAX;
                    db.create_round(&actor, start, Mechanism::ChildProposing, seed).await?
                }
            };
            let t = std::time::Instant::now();
            let result = db.run_round(&actor, round.id).await?;
            let children: std::collections::BTreeSet<Uuid> = result.inputs.wishes.iter().map(|w| w.child_id).collect();
            println!(
                "Runde {} ({start}): {} Kinder, {} Plätze in {} Angeboten; {} zugeteilt in {:.2} s; SHA-256 {}",
                round.id,
                children.len(),
                result.inputs.programmes.iter().map(|p| p.capacity).sum::<i32>(),
                result.inputs.programmes.len(),
                result.matching.assigned.len(),
                t.elapsed().as_secs_f64(),
                result.sha256
            );
        }
        RoundsCommand::Publish { slug, start } => {
            let db = store.tenant(&tenant(&slug)?.schema);
            let start = parse_start(&start)?;
            let round = open_round(&db, start).await?.context("keine offene Runde für diesen Starttermin")?;
            let days = i64::from(db.desk_settings().await?.offer_answer_days);
            let answer_by = time::OffsetDateTime::now_utc().date() + time::Duration::days(days);
            let t = std::time::Instant::now();
            let office = tenant(&slug)?.office.name.clone();
            let offer = |c: &str, f: &str, l: &str| step_portal::offer_letter(c, f, l, answer_by);
            let explain = |w: &[step_store::WishExplanation]| step_portal::round_letter(w, &office);
            let n = db.publish_round(&actor, round.id, answer_by, offer, explain).await?;
            println!("Runde {} veröffentlicht: {n} Angebote in {:.2} s", round.id, t.elapsed().as_secs_f64());
        }
        RoundsCommand::Verify { slug, round } => {
            let db = store.tenant(&tenant(&slug)?.schema);
            let (hash, result) = db.verify_round(round).await?;
            println!("Eingaben (SHA-256): {}", if hash { "stimmen" } else { "WEICHEN AB" });
            println!("Ergebnis neu berechnet: {}", if result { "gleich" } else { "WEICHT AB" });
            if !(hash && result) {
                anyhow::bail!("Runde {round} lässt sich nicht bestätigen");
            }
        }
    }
    Ok(())
}
