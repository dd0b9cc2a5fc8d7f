//! What the desk shows: a waiting list's rows (with each distinct catalogue text formatted once),
//! the capacity table, the notices after an action, and the office's proposals (issue 20) as the
//! desk, the office's case page and both JSON APIs show them.

use serde::Serialize;
use step_domain::desk::DECLINE_REASONS;
use step_domain::search::format_date;
use step_store::{Capacity, CatalogueCriterion, Proposal, RegistrationEvent, StaffRegistration, WaitingRow};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::web::format::{date_text, moment_text};
use crate::web::i18n::text;
use crate::web::json::rfc3339;
use crate::web::language::current;

/// Notices after a desk action, by whitelisted key.
pub const NOTICES: &[&str] = &[
    "offered",
    "proposal-confirmed",
    "proposal-refused",
    "rejected",
    "criteria-saved",
    "profile-saved",
    "capacity-saved",
    "catalogue-saved",
    "paper-saved",
    "contract-created",
    "signed-uploaded",
    "contracted",
];

#[derive(Serialize)]
pub struct FacilityLine {
    pub id: Uuid,
    pub name: String,
    pub kind: String,
    pub waiting: i64,
    pub offered: i64,
}

#[derive(Serialize)]
pub struct RowView {
    place: usize,
    id: Uuid,
    child: String,
    /// "3 J. 5 M. zum Beginn · Priorität 1 · auf Papier"
    detail: String,
    start: String,
    hours_label: String,
    points: i64,
    criteria: Vec<String>,
    /// Declared by the family and not reviewed yet: shown beside the confirmed ones, no points.
    declared: Vec<String>,
    criteria_reviewed: bool,
    status: String,
    status_label: String,
    answer_by: Option<String>,
    paused: bool,
    reason: Option<String>,
    /// The allocation round's view (issue 17): "not admissible", "assigned here in the dry run",
    /// "considered, no place here".
    round: Option<String>,
    /// When the admission talk is booked, "12.01.2027 15:30".
    talk: Option<String>,
}

/// Catalogue texts for the rows of a list, each distinct one formatted once (a waiting list of
/// 2,000 rows would otherwise format tens of thousands of messages).
#[derive(Default)]
pub struct Labels(std::collections::HashMap<(&'static str, String), String>);

impl Labels {
    pub fn get(&mut self, key: &'static str, arg: (&'static str, String)) -> String {
        self.0.entry((key, arg.1.clone())).or_insert_with(|| text(current(), key, &[arg])).clone()
    }

    fn plain(&mut self, key: String) -> String {
        self.0.entry(("", key.clone())).or_insert_with(|| text(current(), &key, &[])).clone()
    }
}

/// Age at the desired start in whole months, `None` before birth.
pub fn months_at_start(row: &WaitingRow) -> Option<i32> {
    let born = row.birth_date.or(row.expected_birth_date)?;
    if born > row.start_date {
        return None;
    }
    let mut months = (row.start_date.year() - born.year()) * 12 + row.start_date.month() as i32 - born.month() as i32;
    if row.start_date.day() < born.day() {
        months -= 1;
    }
    Some(months)
}

pub fn row_view(labels: &mut Labels, place: usize, r: &WaitingRow) -> RowView {
    let age = match months_at_start(r) {
        Some(m) => {
            let key = ("desk-age", format!("{m}"));
            labels
                .0
                .entry(key)
                .or_insert_with(|| {
                    text(current(), "desk-age", &[("years", (m / 12).to_string()), ("months", (m % 12).to_string())])
                })
                .clone()
        }
        None => labels.plain("desk-age-unborn".into()),
    };
    // Not the family's priority: facilities do not learn where else or how keenly a child is registered.
    let mut detail = age;
    if r.origin == "paper" {
        detail.push_str(" · ");
        detail.push_str(&labels.plain("desk-paper-mark".into()));
    }
    RowView {
        place,
        id: r.id,
        child: format!("{} {}", r.child_first_name, r.child_last_name),
        detail,
        start: date_text(r.start_date),
        hours_label: labels.get("hours-option", ("hours", r.hours.to_string())),
        points: r.points,
        criteria: r.criteria.clone(),
        declared: if r.criteria_reviewed { Vec::new() } else { r.declared.clone() },
        criteria_reviewed: r.criteria_reviewed,
        status: r.status.clone(),
        status_label: labels.plain(format!("status-{}", r.status)),
        // The deadline matters only while the offer is open.
        answer_by: r.answer_by.filter(|_| r.status == "offered").map(date_text),
        paused: r.paused,
        reason: r.reason.as_ref().map(|k| labels.plain(format!("reason-{k}"))),
        round: match (r.inadmissible, r.round_assigned) {
            (true, _) => Some(labels.plain("desk-round-state-inadmissible".to_owned())),
            (false, Some(true)) => Some(labels.plain("desk-round-state-assigned".to_owned())),
            (false, Some(false)) => Some(labels.plain("desk-round-state-considered".to_owned())),
            (false, None) => None,
        },
        talk: r.talk_at.map(moment_text),
    }
}

#[derive(Serialize)]
pub struct CapacityView {
    start: String,
    start_iso: String,
    band: String,
    hours: i16,
    free: i16,
}

pub fn capacity_view(rows: &[Capacity]) -> Vec<CapacityView> {
    rows.iter()
        .map(|c| CapacityView {
            start: date_text(c.start_date),
            start_iso: format_date(c.start_date),
            band: c.age_band.clone(),
            hours: c.hours,
            free: c.free_places,
        })
        .collect()
}

/// Rows per page of a waiting list: a lead works from the top, and a phone shows 100 rows well.
pub const PAGE_ROWS: usize = 100;

/// The facility's admission criteria for a registration: those the facility confirmed are ticked,
/// and before its first review those the family declared too (issue 16). Declared ones are marked.
pub fn criteria_view(catalogue: &[CatalogueCriterion], reg: &StaffRegistration) -> Vec<serde_json::Value> {
    let ticked = |p: &i16| reg.ticked.contains(p) || (!reg.row.criteria_reviewed && reg.declared_positions.contains(p));
    catalogue
        .iter()
        .map(|c| {
            serde_json::json!({"position": c.position, "label": c.label, "points": c.points,
            "ticked": ticked(&c.position), "declared": reg.declared_positions.contains(&c.position)})
        })
        .collect()
}

/// The reasons a facility may give for a decline, with their German labels.
pub fn decline_reasons() -> Vec<(String, String)> {
    DECLINE_REASONS.iter().map(|r| ((*r).to_owned(), text(current(), &format!("reason-{r}"), &[]))).collect()
}

/// A registration's history for the desk: date, status, who.
pub fn history_view(history: &[RegistrationEvent]) -> Vec<(String, String, String)> {
    history
        .iter()
        .map(|e| {
            (date_text(e.created_at.date()), text(current(), &format!("status-{}", e.status), &[]), e.actor.clone())
        })
        .collect()
}

/// A proposal in the page's words.
#[derive(Serialize, Clone, ToSchema)]
pub struct ProposalOut {
    id: i64,
    child_id: Uuid,
    child: String,
    /// `YYYY-MM-DD`
    birth_date: String,
    facility_id: Uuid,
    facility: String,
    /// The child's start, `YYYY-MM-DD`.
    start: String,
    hours: i16,
    /// `u3` or `ue3` at the start.
    age_band: String,
    /// The office's note for the lead.
    note: String,
    /// `proposed`, `confirmed` (an offer went to the family) or `refused` (by the lead).
    status: String,
    proposed_at: String,
    decided_at: Option<String>,
    /// The lead's reason for a refusal.
    decision_note: String,
    /// The registration the offer was made on, once confirmed.
    registration_id: Option<Uuid>,
    /// The dates as the pages show them.
    birth_text: String,
    start_text: String,
    proposed_text: String,
    decided_text: Option<String>,
}

pub fn proposal_out(p: &Proposal) -> ProposalOut {
    ProposalOut {
        id: p.id,
        child_id: p.child_id,
        child: p.child.clone(),
        birth_date: format_date(p.birth_date),
        facility_id: p.facility_id,
        facility: p.facility.clone(),
        start: format_date(p.start_date),
        hours: p.hours,
        age_band: p.age_band.clone(),
        note: p.note.clone(),
        status: p.status.clone(),
        proposed_at: rfc3339(p.proposed_at),
        decided_at: p.decided_at.map(rfc3339),
        decision_note: p.decision_note.clone(),
        registration_id: p.registration_id,
        birth_text: date_text(p.birth_date),
        start_text: date_text(p.start_date),
        proposed_text: moment_text(p.proposed_at),
        decided_text: p.decided_at.map(moment_text),
    }
}
