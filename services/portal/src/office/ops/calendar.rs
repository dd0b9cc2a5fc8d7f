//! The office's procedure calendar (issue 20), as its page and the JSON API share it: the intakes
//! with the starts each covers and whether its registrations are closed, the record of changes,
//! and setting or deleting an intake. The calendar belongs to the office; every municipality of
//! the office shows and applies the same one.

use serde::Serialize;
use step_domain::ParamError;
use step_domain::calendar::{self, CalendarEntry, CalendarForm};
use step_domain::search::{format_date, parse_date};
use utoipa::ToSchema;

use crate::web::error::{AppError, Result};
use crate::web::format::{date_text, moment_text};
use crate::web::i18n::text;
use crate::web::json::rfc3339;
use crate::web::language::current;
use crate::web::state::AppState;
use crate::web::tenancy::TenantCtx;

/// An intake of the calendar.
#[derive(Serialize, ToSchema)]
pub struct IntakeOut {
    /// `YYYY-MM-DD`, each.
    start: String,
    registration_deadline: String,
    matching_day: String,
    answer_until: String,
    second_round: Option<String>,
    /// The last desired start the intake covers (the day before the next intake, at most 31 July).
    covers_until: String,
    /// Its registration deadline has passed: registrations for a start it covers are refused.
    closed: bool,
    /// The dates as the page shows them.
    start_text: String,
    registration_deadline_text: String,
    matching_day_text: String,
    answer_until_text: String,
    second_round_text: Option<String>,
    covers_until_text: String,
}

/// A change of the calendar.
#[derive(Serialize, ToSchema)]
pub struct CalendarChangeOut {
    start: String,
    start_text: String,
    /// `set` or `deleted`
    action: String,
    dates: String,
    /// Who changed it (the provider's name, else the account id).
    by: String,
    at: String,
    at_text: String,
}

/// The office's calendar: its intakes and the next date from today.
#[derive(Serialize, ToSchema)]
pub struct CalendarOut {
    /// The office (id) whose calendar this is; all its municipalities share it.
    office: String,
    office_name: String,
    intakes: Vec<IntakeOut>,
    /// The next date from today: `deadline`, `matching`, `answer` or `second`, its day and the
    /// intake's start.
    next: Option<NextOut>,
}

#[derive(Serialize, ToSchema)]
pub struct NextOut {
    what: String,
    date: String,
    start: String,
}

fn intake_out(e: &CalendarEntry, all: &[CalendarEntry], today: time::Date) -> IntakeOut {
    let until = e.covers_until(all);
    IntakeOut {
        start: format_date(e.start),
        registration_deadline: format_date(e.registration_deadline),
        matching_day: format_date(e.matching_day),
        answer_until: format_date(e.answer_until),
        second_round: e.second_round.map(format_date),
        covers_until: format_date(until),
        closed: today > e.registration_deadline,
        start_text: date_text(e.start),
        registration_deadline_text: date_text(e.registration_deadline),
        matching_day_text: date_text(e.matching_day),
        answer_until_text: date_text(e.answer_until),
        second_round_text: e.second_round.map(date_text),
        covers_until_text: date_text(until),
    }
}

/// The calendar of the municipality's office.
pub async fn calendar(state: &AppState, ctx: &TenantCtx) -> Result<CalendarOut> {
    let office = &ctx.tenant.office;
    let all = state.store().platform().calendar(&office.id).await?;
    let today = state.today();
    Ok(CalendarOut {
        office: office.id.clone(),
        office_name: office.name.clone(),
        intakes: all.iter().map(|e| intake_out(e, &all, today)).collect(),
        next: calendar::next_date(&all, today).map(|(what, day, start)| NextOut {
            what: what.to_owned(),
            date: format_date(day),
            start: format_date(start),
        }),
    })
}

/// The newest changes of the office's calendar, with the names of who made them.
pub async fn changes(state: &AppState, ctx: &TenantCtx) -> Result<Vec<CalendarChangeOut>> {
    let rows = state.store().platform().calendar_changes(&ctx.tenant.office.id, 50).await?;
    let ids: Vec<uuid::Uuid> = rows.iter().filter_map(|r| r.changed_by.parse().ok()).collect();
    let people = state.store().platform().people(&ids).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let by = people
                .iter()
                .find(|p| p.id.to_string() == r.changed_by)
                .and_then(|p| p.display_name.clone().or_else(|| p.email.clone()))
                .unwrap_or_else(|| r.changed_by.clone());
            CalendarChangeOut {
                start: format_date(r.start_date),
                start_text: date_text(r.start_date),
                action: r.action,
                dates: r.dates,
                by,
                at: rfc3339(r.created_at),
                at_text: moment_text(r.created_at),
            }
        })
        .collect())
}

/// The form for a new intake: the next Kita year without an intake, its deadline from the
/// municipality's procedure file (`registration_deadline`, e.g. `10-31`).
pub fn new_intake(state: &AppState, ctx: &TenantCtx, cal: &CalendarOut) -> CalendarForm {
    let mut start = step_domain::search::next_kita_year_start(state.today());
    while cal.intakes.iter().any(|i| i.start == format_date(start)) {
        start = start.replace_year(start.year() + 1).unwrap_or(start);
    }
    let deadline = calendar::default_deadline(&ctx.tenant.procedure.registration_deadline, start);
    CalendarForm {
        start: format_date(start),
        registration_deadline: deadline.map(format_date).unwrap_or_default(),
        ..CalendarForm::default()
    }
}

/// The intake as one line of the change record, in the page's words.
fn dates_line(e: &CalendarEntry) -> String {
    let second = e.second_round.map(|s| text(current(), "cal-line-second", &[("date", date_text(s))]));
    let args = [
        ("start", date_text(e.start)),
        ("deadline", date_text(e.registration_deadline)),
        ("matching", date_text(e.matching_day)),
        ("answer", date_text(e.answer_until)),
        ("second", second.unwrap_or_default()),
    ];
    text(current(), "cal-line", &args)
}

/// Sets (adds or changes) an intake: dates out of order are refused at their field, nothing saved.
pub async fn set(state: &AppState, ctx: &TenantCtx, by: &str, form: &CalendarForm) -> Result<CalendarEntry> {
    let entry = form.validate().map_err(AppError::BadParam)?;
    state.store().platform().set_calendar_entry(&ctx.tenant.office.id, &entry, &dates_line(&entry), by).await?;
    Ok(entry)
}

/// Deletes the intake starting on `start` (`YYYY-MM-DD`); 404 when there is none.
pub async fn delete(state: &AppState, ctx: &TenantCtx, by: &str, start: &str) -> Result<()> {
    let start = parse_date(start).ok_or(AppError::BadParam(ParamError::new("start", "err-date-format")))?;
    let done = state.store().platform().delete_calendar_entry(&ctx.tenant.office.id, start, by).await?;
    if done { Ok(()) } else { Err(AppError::NotFound) }
}
