//! The procedure calendar of a youth welfare office (issue 20): for each intake (a start date, most
//! often 1 August) the registration deadline, the matching day, the end of the answer period and
//! an optional second round. An intake covers the desired starts from its start date up to the day
//! before the office's next intake, at most to the end of that Kita year (31 July). Once its
//! deadline has passed, registrations for a covered start are refused; a later start stays open
//! (under-three places free up all year).

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month};

use crate::ParamError;
use crate::search::{kita_year_start, parse_date};

/// One intake of an office's calendar; the dates are in order (deadline < matching day < end of
/// the answer period < second round < start).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CalendarEntry {
    pub start: Date,
    pub registration_deadline: Date,
    pub matching_day: Date,
    pub answer_until: Date,
    pub second_round: Option<Date>,
}

/// An intake as typed on the office's page or sent to the API: dates as `YYYY-MM-DD` or
/// `DD.MM.YYYY`; the second round may stay empty.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct CalendarForm {
    /// The intake's start (the first day of care it covers), e.g. `2028-08-01`.
    #[serde(default)]
    pub start: String,
    /// The last day to register for a start this intake covers.
    #[serde(default)]
    pub registration_deadline: String,
    /// The day places are allocated (the allocation round).
    #[serde(default)]
    pub matching_day: String,
    /// The last day families answer their offers.
    #[serde(default)]
    pub answer_until: String,
    /// The second round for places left over (optional).
    #[serde(default)]
    pub second_round: Option<String>,
}

fn day(field: &'static str, text: &str) -> Result<Date, ParamError> {
    let error = ParamError::new(field, "err-date-format");
    // The intake's start is labelled as such, not as the family's desired start.
    let error = if field == "start" { error.arg("field_label", "cal-field-start") } else { error };
    parse_date(text.trim()).ok_or(error)
}

impl CalendarForm {
    /// The intake, or the first mistake at its field: an unreadable date, or dates out of order.
    pub fn validate(&self) -> Result<CalendarEntry, ParamError> {
        let start = day("start", &self.start)?;
        let deadline = day("registration_deadline", &self.registration_deadline)?;
        let matching = day("matching_day", &self.matching_day)?;
        let answer = day("answer_until", &self.answer_until)?;
        let second = match self.second_round.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => Some(day("second_round", s)?),
        };
        if matching <= deadline {
            return Err(ParamError::new("matching_day", "cal-err-matching-order"));
        }
        if answer <= matching {
            return Err(ParamError::new("answer_until", "cal-err-answer-order"));
        }
        if second.is_some_and(|s| s <= answer) {
            return Err(ParamError::new("second_round", "cal-err-second-order"));
        }
        let last = if second.is_some() { "second_round" } else { "answer_until" };
        if second.unwrap_or(answer) >= start {
            return Err(ParamError::new(last, "cal-err-before-start"));
        }
        Ok(CalendarEntry {
            start,
            registration_deadline: deadline,
            matching_day: matching,
            answer_until: answer,
            second_round: second,
        })
    }
}

impl CalendarEntry {
    /// The last desired start this intake covers: the day before the office's next intake, at
    /// most the end of its Kita year.
    pub fn covers_until(&self, all: &[CalendarEntry]) -> Date {
        let year_end =
            Date::from_calendar_date(kita_year_start(self.start).year() + 1, Month::July, 31).unwrap_or(self.start);
        let next = all.iter().map(|e| e.start).filter(|s| *s > self.start).min();
        next.map_or(year_end, |n| (n - Duration::days(1)).min(year_end))
    }
}

/// The intake whose deadline has passed and that covers `start`, if any: a registration for
/// `start` is refused today.
pub fn closed_for(all: &[CalendarEntry], start: Date, today: Date) -> Option<(&CalendarEntry, Date)> {
    all.iter()
        .filter(|e| e.start <= start && today > e.registration_deadline)
        .map(|e| (e, e.covers_until(all)))
        .find(|(_, until)| start <= *until)
}

/// The next date of the calendar from `today` on: which (`deadline`, `matching`, `answer`,
/// `second`), the day, and the intake's start.
pub fn next_date(all: &[CalendarEntry], today: Date) -> Option<(&'static str, Date, Date)> {
    all.iter()
        .flat_map(|e| {
            [
                Some(("deadline", e.registration_deadline)),
                Some(("matching", e.matching_day)),
                Some(("answer", e.answer_until)),
                e.second_round.map(|d| ("second", d)),
            ]
            .into_iter()
            .flatten()
            .map(move |(what, d)| (what, d, e.start))
        })
        .filter(|(_, d, _)| *d >= today)
        .min_by_key(|(_, d, start)| (*d, *start))
}

/// The deadline a tenant file's `MM-DD` gives for an intake at `start`: that day in the last year
/// before the start (the Kreisjugendamt's `10-31` for 1 August 2028 is 31 October 2027).
pub fn default_deadline(month_day: &str, start: Date) -> Option<Date> {
    let (m, d) = month_day.split_once('-')?;
    let month = Month::try_from(m.parse::<u8>().ok()?).ok()?;
    let day: u8 = d.parse().ok()?;
    let this = Date::from_calendar_date(start.year(), month, day).ok()?;
    if this < start { Some(this) } else { Date::from_calendar_date(start.year() - 1, month, day).ok() }
}

/// The demo data's intake for an office (issue 20): the first Kita year whose deadline from the
/// procedure file (`MM-DD`) is still ahead of `today`, the matching day 100 days after it, two
/// weeks to answer and a second round two weeks later.
pub fn demo_intake(month_day: &str, today: Date) -> Option<CalendarEntry> {
    let mut start = crate::search::next_kita_year_start(today);
    let mut deadline = default_deadline(month_day, start)?;
    if deadline < today {
        start = start.replace_year(start.year() + 1).ok()?;
        deadline = default_deadline(month_day, start)?;
    }
    let matching_day = deadline + Duration::days(100);
    let answer_until = matching_day + Duration::days(14);
    let second_round = answer_until + Duration::days(14);
    (second_round < start).then_some(CalendarEntry {
        start,
        registration_deadline: deadline,
        matching_day,
        answer_until,
        second_round: Some(second_round),
    })
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    fn entry(start: Date, deadline: Date) -> CalendarEntry {
        CalendarEntry {
            start,
            registration_deadline: deadline,
            matching_day: deadline + Duration::days(30),
            answer_until: deadline + Duration::days(45),
            second_round: None,
        }
    }

    #[test]
    fn the_dates_must_be_in_order_each_refused_at_its_field() {
        let form = |d: &str, m: &str, a: &str, s: Option<&str>| CalendarForm {
            start: "2028-08-01".into(),
            registration_deadline: d.into(),
            matching_day: m.into(),
            answer_until: a.into(),
            second_round: s.map(str::to_owned),
        };
        let ok = form("31.10.2027", "2028-02-15", "2028-03-01", Some("2028-03-15")).validate().unwrap();
        assert_eq!((ok.registration_deadline, ok.second_round), (date!(2027 - 10 - 31), Some(date!(2028 - 03 - 15))));
        let field = |f: CalendarForm| f.validate().unwrap_err().field;
        assert_eq!(field(form("2028-02-15", "2028-02-15", "2028-03-01", None)), "matching_day");
        assert_eq!(field(form("2027-10-31", "2028-03-01", "2028-02-15", None)), "answer_until");
        assert_eq!(field(form("2027-10-31", "2028-02-15", "2028-03-01", Some("2028-03-01"))), "second_round");
        assert_eq!(field(form("2027-10-31", "2028-02-15", "2028-08-01", None)), "answer_until");
        assert_eq!(field(form("2027-10-31", "2028-02-15", "2028-03-01", Some("2028-09-01"))), "second_round");
        assert_eq!(field(form("gestern", "2028-02-15", "2028-03-01", None)), "registration_deadline");
        assert!(form("2027-10-31", "2028-02-15", "2028-03-01", Some(" ")).validate().unwrap().second_round.is_none());
    }

    #[test]
    fn a_passed_deadline_closes_the_starts_its_intake_covers() {
        let august = entry(date!(2027 - 08 - 01), date!(2026 - 10 - 31));
        let february = entry(date!(2028 - 02 - 01), date!(2027 - 09 - 30));
        let all = [august.clone(), february.clone()];
        assert_eq!(august.covers_until(&all), date!(2028 - 01 - 31));
        assert_eq!(february.covers_until(&all), date!(2028 - 07 - 31));
        let today = date!(2026 - 12 - 06);
        assert_eq!(closed_for(&all, date!(2027 - 08 - 01), today).map(|c| c.1), Some(date!(2028 - 01 - 31)));
        assert_eq!(closed_for(&all, date!(2028 - 01 - 31), today).map(|c| c.0.start), Some(august.start));
        assert!(closed_for(&all, date!(2028 - 02 - 01), today).is_none(), "the February intake is still open");
        assert!(closed_for(&all, date!(2028 - 08 - 01), today).is_none(), "the next Kita year has no intake");
        assert!(closed_for(&all, date!(2027 - 07 - 31), today).is_none(), "before the first intake");
        assert!(closed_for(&all, date!(2027 - 08 - 01), date!(2026 - 10 - 31)).is_none(), "open on the deadline");
    }

    #[test]
    fn the_next_date_is_the_first_from_today() {
        let mut e = entry(date!(2028 - 08 - 01), date!(2027 - 10 - 31));
        e.second_round = Some(date!(2028 - 06 - 01));
        let all = [e];
        assert_eq!(
            next_date(&all, date!(2026 - 12 - 06)),
            Some(("deadline", date!(2027 - 10 - 31), date!(2028 - 08 - 01)))
        );
        assert_eq!(next_date(&all, date!(2027 - 11 - 01)).map(|n| n.0), Some("matching"));
        assert_eq!(next_date(&all, date!(2028 - 05 - 01)).map(|n| n.0), Some("second"));
        assert_eq!(next_date(&all, date!(2028 - 06 - 02)), None);
    }

    #[test]
    fn the_demo_intake_lies_ahead_and_in_order() {
        let e = demo_intake("10-31", date!(2026 - 12 - 06)).unwrap();
        assert_eq!((e.start, e.registration_deadline), (date!(2028 - 08 - 01), date!(2027 - 10 - 31)));
        let e = demo_intake("10-31", date!(2026 - 09 - 01)).unwrap();
        assert_eq!((e.start, e.registration_deadline), (date!(2027 - 08 - 01), date!(2026 - 10 - 31)));
        let form = CalendarForm {
            start: e.start.to_string(),
            registration_deadline: e.registration_deadline.to_string(),
            matching_day: e.matching_day.to_string(),
            answer_until: e.answer_until.to_string(),
            second_round: e.second_round.map(|d| d.to_string()),
        };
        assert_eq!(form.validate().unwrap(), e);
    }

    #[test]
    fn the_files_month_and_day_give_the_deadline_before_the_start() {
        assert_eq!(default_deadline("10-31", date!(2028 - 08 - 01)), Some(date!(2027 - 10 - 31)));
        assert_eq!(default_deadline("03-01", date!(2028 - 08 - 01)), Some(date!(2028 - 03 - 01)));
        assert_eq!(default_deadline("12-01", date!(2028 - 02 - 01)), Some(date!(2027 - 12 - 01)));
        assert_eq!(default_deadline("", date!(2028 - 08 - 01)), None);
    }
}
