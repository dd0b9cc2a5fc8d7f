//! The matching day for the office (issue 17): create a round for a start date, run it dry as often
//! as needed, read its result per facility and per child, publish it as ordinary offers. Pages and
//! the JSON API share these.

use serde::{Deserialize, Serialize};
use step_access::OfficeCap;
use step_domain::ParamError;
use step_domain::matching::Mechanism;
use step_domain::search::{format_date, parse_date};
use step_store::{Actor, Round, RunResult};
use time::Date;
use uuid::Uuid;

use crate::web::error::{AppError, Result};
use crate::web::format::date_text;
use crate::web::i18n::text;
use crate::web::language::current;
use crate::web::letters;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// The form that creates a round.
#[derive(Debug, Default, Deserialize, Serialize)]
pub struct RoundForm {
    #[serde(default)]
    pub start: String,
    #[serde(default)]
    pub mechanism: String,
}

impl RoundForm {
    /// Every mistake at its field, or the start date and mechanism.
    pub fn check(&self, today: Date) -> std::result::Result<(Date, Mechanism), Vec<ParamError>> {
        let start = match parse_date(&self.start) {
            None => Err(ParamError::new("start", "err-date-format")),
            Some(d) if d <= today => Err(ParamError::new("start", "err-round-past")),
            Some(d) => Ok(d),
        };
        let mechanism = match self.mechanism.trim() {
            "" => Ok(Mechanism::ChildProposing),
            m => Mechanism::parse(m).ok_or_else(|| ParamError::new("mechanism", "err-mechanism")),
        };
        match (start, mechanism) {
            (Ok(s), Ok(m)) => Ok((s, m)),
            (s, m) => Err([s.err(), m.err()].into_iter().flatten().collect()),
        }
    }
}

/// The office's capability to run rounds in this municipality (office staff of its office).
pub fn round_actor(cap: &OfficeCap) -> Result<Actor> {
    if cap.may_run_rounds() { Ok(Actor::account(cap.account(), cap.role())) } else { Err(AppError::Forbidden) }
}

/// Creates a draft round with a fresh seed (refusals: bad form, no places, an open round exists).
pub async fn create(ctx: &TenantCtx, actor: &Actor, start: Date, mechanism: Mechanism) -> Result<Round> {
    let seed = i64::from_be_bytes(Uuid::new_v4().as_bytes()[..8].try_into().unwrap_or_default()) & i64::MAX;
    Ok(ctx.db.create_round(actor, start, mechanism, seed).await?)
}

/// Publishes the round's last dry run with the office's answer period.
pub async fn publish(state: &AppState, ctx: &TenantCtx, actor: &Actor, id: Uuid) -> Result<usize> {
    let days = i64::from(ctx.db.desk_settings().await?.offer_answer_days);
    let answer_by = state.today() + time::Duration::days(days);
    let office = ctx.tenant.office.name.clone();
    let explain = |w: &[step_store::WishExplanation]| {
        letters::round_explanation(w, &office, w.first().map_or("de", |w| w.language.as_str()))
    };
    Ok(ctx.db.publish_round(actor, id, answer_by, |c, f, l| letters::offered(c, f, l, answer_by), explain).await?)
}

/// A facility's line of the result.
#[derive(Debug, Serialize)]
pub struct FacilityLine {
    pub facility_id: Uuid,
    pub facility: String,
    pub band: String,
    pub places: i32,
    pub assigned: usize,
    pub unfilled: i32,
    /// The last child taken: points, registration day, lottery number (or nothing).
    pub cutoff: Option<String>,
}

/// A child's line of the result.
#[derive(Debug, Serialize)]
pub struct ChildLine {
    pub child_id: Uuid,
    pub child: String,
    /// `Kita X (2. Wunsch)` or nothing.
    pub placed: Option<String>,
    pub placed_rank: Option<i16>,
    /// One year or older on the start date: a legal entitlement to a place.
    pub entitled: bool,
    /// Wishes that could not take part, said so: no places for the child's band, not admissible.
    pub notes: Vec<String>,
}

/// The result in the office's words: per facility, per child, and totals by wish.
#[derive(Debug, Serialize)]
pub struct ResultView {
    pub sha256: String,
    pub facilities: Vec<FacilityLine>,
    pub children: Vec<ChildLine>,
    /// (wish, children placed at it), 1st to 5th.
    pub by_rank: Vec<(i16, usize)>,
    pub placed: usize,
    pub unplaced: usize,
    /// Of the unplaced, those with a legal entitlement (§ 24 SGB VIII: one year or older).
    pub unplaced_entitled: usize,
    pub empty_places: i32,
    /// Children placed differently than in the run before (empty after the first run).
    pub changes: Vec<String>,
    /// The other mechanism on the same inputs: its name and the children it would place
    /// differently, with their wishes.
    pub other_mechanism: String,
    pub other_differences: Vec<String>,
}

pub fn band_label(band: &str) -> String {
    text(current(), &format!("band-{band}"), &[])
}

pub fn result_view(round: &Round, r: &RunResult) -> ResultView {
    let taken = r.matching.taken();
    let facilities: Vec<FacilityLine> = r
        .inputs
        .programmes
        .iter()
        .map(|p| {
            let key = (p.facility_id, p.age_band.clone());
            let assigned = taken.get(&key).copied().unwrap_or(0);
            let cutoff = r.matching.cutoff.get(&key).map(|c| {
                let day = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(c.registered_at) * 1000)
                    .map(|t| date_text(t.date()))
                    .unwrap_or_default();
                text(current(), "round-cutoff", &[("points", c.points.to_string()), ("date", day)])
            });
            FacilityLine {
                facility_id: p.facility_id,
                facility: p.facility_name.clone(),
                band: band_label(&p.age_band),
                places: p.capacity,
                assigned,
                unfilled: p.capacity - i32::try_from(assigned).unwrap_or(0),
                cutoff,
            }
        })
        .collect();
    let children = child_lines(r);
    let by_rank = (1..=5).map(|k| (k, children.iter().filter(|c| c.placed_rank == Some(k)).count())).collect();
    let placed = children.iter().filter(|c| c.placed.is_some()).count();
    let (other_mechanism, other_differences) = compare_mechanisms(round, r, &children);
    ResultView {
        changes: changes_since(round, r, &children),
        other_mechanism,
        other_differences,
        sha256: r.sha256.clone(),
        empty_places: facilities.iter().map(|f| f.unfilled).sum(),
        facilities,
        unplaced: children.len() - placed,
        unplaced_entitled: children.iter().filter(|c| c.placed.is_none() && c.entitled).count(),
        placed,
        children,
        by_rank,
    }
}

/// Each child's line: where it is placed (and at which wish), and which wishes could not take part.
fn child_lines(r: &RunResult) -> Vec<ChildLine> {
    let programmes: std::collections::BTreeSet<(Uuid, &str)> =
        r.inputs.programmes.iter().map(|p| (p.facility_id, p.age_band.as_str())).collect();
    let mut children: Vec<ChildLine> = Vec::new();
    for w in &r.inputs.wishes {
        if children.last().is_none_or(|c| c.child_id != w.child_id) {
            children.push(ChildLine {
                child_id: w.child_id,
                child: w.child_name.clone(),
                placed: None,
                placed_rank: None,
                entitled: w.entitled,
                notes: Vec::new(),
            });
        }
        let line = children.last_mut().expect("just pushed");
        let args =
            [("facility", w.facility_name.clone()), ("rank", w.rank.to_string()), ("band", band_label(&w.age_band))];
        if r.assigned(w) {
            line.placed = Some(text(current(), "round-placed", &args));
            line.placed_rank = Some(w.rank);
        } else if !w.admissible {
            line.notes.push(text(current(), "round-note-inadmissible", &args));
        } else if !programmes.contains(&(w.facility_id, w.age_band.as_str())) {
            line.notes.push(text(current(), "round-note-no-places", &args));
        }
    }
    children.sort_by(|a, b| a.child.cmp(&b.child).then(a.child_id.cmp(&b.child_id)));
    children
}

/// Where each child is placed: (facility, rank), from a matching over the round's inputs.
fn places(
    r: &RunResult,
    m: &step_domain::matching::Matching<Uuid, (Uuid, String)>,
) -> std::collections::HashMap<Uuid, (String, i16)> {
    r.inputs
        .wishes
        .iter()
        .filter(|w| m.assigned.get(&w.child_id) == Some(&(w.facility_id, w.age_band.clone())))
        .map(|w| (w.child_id, (w.facility_name.clone(), w.rank)))
        .collect()
}

fn place_text(place: Option<(&str, i16)>) -> String {
    match place {
        Some((facility, rank)) => {
            text(current(), "round-place", &[("facility", facility.to_owned()), ("rank", rank.to_string())])
        }
        None => text(current(), "round-no-place", &[]),
    }
}

/// The children placed differently than in the run before this one.
fn changes_since(round: &Round, r: &RunResult, children: &[ChildLine]) -> Vec<String> {
    let Some(previous) = round.previous.as_ref().filter(|_| round.runs > 1) else { return Vec::new() };
    let now = places(r, &r.matching);
    children
        .iter()
        .filter_map(|c| {
            let before = previous.0.get(&c.child_id).map(|p| (p.facility.as_str(), p.rank));
            let after = now.get(&c.child_id).map(|(f, k)| (f.as_str(), *k));
            (before != after).then(|| {
                let args = [("child", c.child.clone()), ("before", place_text(before)), ("after", place_text(after))];
                text(current(), "round-change", &args)
            })
        })
        .collect()
}

/// The other mechanism on the same inputs, and the children it would place differently.
fn compare_mechanisms(round: &Round, r: &RunResult, children: &[ChildLine]) -> (String, Vec<String>) {
    let this = Mechanism::parse(&round.mechanism).unwrap_or(Mechanism::ChildProposing);
    let other = match this {
        Mechanism::ChildProposing => Mechanism::FacilityProposing,
        Mechanism::FacilityProposing => Mechanism::ChildProposing,
    };
    let theirs = RunResult::compute(other, r.inputs.clone());
    let (mine, theirs) = (places(r, &r.matching), places(&theirs, &theirs.matching));
    let differences = children
        .iter()
        .filter_map(|c| {
            let (a, b) = (mine.get(&c.child_id), theirs.get(&c.child_id));
            (a != b).then(|| {
                let show = |p: Option<&(String, i16)>| place_text(p.map(|(f, k)| (f.as_str(), *k)));
                let args = [("child", c.child.clone()), ("here", show(a)), ("there", show(b))];
                text(current(), "round-other", &args)
            })
        })
        .collect();
    (text(current(), &format!("mechanism-{}", other.as_str().replace('_', "-")), &[]), differences)
}

pub fn round_status(round: &Round) -> String {
    text(current(), &format!("round-status-{}", round.status.replace('_', "-")), &[])
}

pub fn default_start(state: &AppState) -> String {
    format_date(step_domain::search::next_kita_year_start(state.today()))
}
