//! The contract's variable parts the facility fills in before issuing it (issue 16.10): daily care
//! times, the group and the start of settling in. Typed as people type them ("7:30", "7.30 Uhr",
//! "14", "01.08.2027"), every mistake named at its field.

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Time};

use crate::ParamError;
use crate::search::{format_date, parse_date};

/// The form as the desk sends it (everything as typed).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct TermsForm {
    #[serde(default)]
    pub care_from: String,
    #[serde(default)]
    pub care_until: String,
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub settling_in: String,
}

/// The checked terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Terms {
    pub care_from: Time,
    pub care_until: Time,
    pub group: String,
    pub settling_in: Date,
}

/// Earliest and latest daily care time a contract may name (Kitas open 6:00–20:00 at most).
const OPENS: (u8, u8) = (6, 0);
const CLOSES: (u8, u8) = (20, 0);
/// Care days per week the weekly hours are spread over.
const DAYS: i64 = 5;
/// Settling in begins at the latest this long after the contract's start.
const SETTLING_WITHIN_DAYS: i64 = 92;

/// "7:30", "07:30", "7.30", "7", "7 Uhr", "7:30 Uhr" → 07:30.
pub fn parse_time(text: &str) -> Option<Time> {
    let t = text.trim().trim_end_matches("Uhr").trim_end_matches("uhr").trim();
    let (h, m) = match t.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 => (h, m),
        Some(_) => return None,
        None => (t, "0"),
    };
    if h.is_empty() || h.len() > 2 || !h.chars().all(|c| c.is_ascii_digit()) || !m.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Time::from_hms(h.parse().ok()?, m.parse().ok()?, 0).ok()
}

pub fn time_text(t: Time) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

impl TermsForm {
    /// Proposed terms for a contract starting `start` with `hours` a week: care from 7:30 for
    /// `hours / 5` a day, settling in on the first day.
    pub fn proposal(start: Date, hours: i16) -> Self {
        let from = Time::from_hms(7, 30, 0).unwrap_or(Time::MIDNIGHT);
        let until = from + Duration::minutes(i64::from(hours) * 60 / DAYS);
        Self {
            care_from: time_text(from),
            care_until: time_text(until),
            group: String::new(),
            settling_in: format_date(start),
        }
    }

    /// Every mistake at its field, or the terms. `start` and `hours` are the registration's; the
    /// daily times must cover the weekly hours over five days; settling in is not in the past and
    /// begins within three months of the start.
    pub fn check(&self, today: Date, start: Date, hours: i16) -> Result<Terms, Vec<ParamError>> {
        let mut mistakes = Vec::new();
        let opens = Time::from_hms(OPENS.0, OPENS.1, 0).unwrap_or(Time::MIDNIGHT);
        let closes = Time::from_hms(CLOSES.0, CLOSES.1, 0).unwrap_or(Time::MIDNIGHT);
        let mut time = |field: &'static str, text: &str| match parse_time(text) {
            None => {
                mistakes.push(ParamError::new(field, "err-time"));
                None
            }
            Some(t) if t < opens || t > closes => {
                mistakes.push(ParamError::new(field, "err-time-range").arg("from", "06:00").arg("until", "20:00"));
                None
            }
            Some(t) => Some(t),
        };
        let from = time("care_from", &self.care_from);
        let until = time("care_until", &self.care_until);
        if let (Some(f), Some(u)) = (from, until) {
            let minutes = (u - f).whole_minutes();
            if minutes <= 0 {
                mistakes.push(ParamError::new("care_until", "err-time-order"));
            } else if minutes * DAYS < i64::from(hours) * 60 {
                mistakes.push(ParamError::new("care_until", "err-time-short").arg("hours", hours));
            }
        }
        let group = self.group.trim();
        if group.chars().count() > 60 || group.chars().any(char::is_control) {
            mistakes.push(ParamError::new("group", "err-text-too-long").arg("max", 60));
        }
        let settling = match parse_date(&self.settling_in) {
            None => {
                mistakes.push(ParamError::new("settling_in", "err-date"));
                None
            }
            Some(d) if d < today => {
                mistakes.push(ParamError::new("settling_in", "err-date-past"));
                None
            }
            Some(d) if d < start || d > start + Duration::days(SETTLING_WITHIN_DAYS) => {
                let last = format_date(start + Duration::days(SETTLING_WITHIN_DAYS));
                mistakes.push(
                    ParamError::new("settling_in", "err-settling").arg("start", format_date(start)).arg("last", last),
                );
                None
            }
            Some(d) => Some(d),
        };
        match (from, until, settling) {
            (Some(care_from), Some(care_until), Some(settling_in)) if mistakes.is_empty() => {
                Ok(Terms { care_from, care_until, group: group.to_owned(), settling_in })
            }
            _ => Err(mistakes),
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::{date, time};

    use super::*;

    #[test]
    fn times_are_read_as_people_type_them() {
        for (typed, want) in [
            ("7:30", Some(time!(7:30))),
            ("07:30", Some(time!(7:30))),
            ("7.30", Some(time!(7:30))),
            ("7", Some(time!(7:00))),
            ("14 Uhr", Some(time!(14:00))),
            (" 14:15 Uhr ", Some(time!(14:15))),
            ("7:3", None),
            ("25:00", None),
            ("7:60", None),
            ("sieben", None),
            ("", None),
            ("-7", None),
        ] {
            assert_eq!(parse_time(typed), want, "{typed:?}");
        }
    }

    fn form(from: &str, until: &str, group: &str, settling: &str) -> TermsForm {
        TermsForm {
            care_from: from.into(),
            care_until: until.into(),
            group: group.into(),
            settling_in: settling.into(),
        }
    }

    #[test]
    fn the_proposal_passes_its_own_check() {
        let start = date!(2027 - 08 - 01);
        let p = TermsForm::proposal(start, 35);
        assert_eq!((p.care_from.as_str(), p.care_until.as_str()), ("07:30", "14:30"));
        let terms = p.check(date!(2027 - 01 - 10), start, 35).unwrap();
        assert_eq!(terms.settling_in, start);
    }

    #[test]
    fn every_mistake_is_named_at_its_field() {
        let (today, start) = (date!(2027 - 01 - 10), date!(2027 - 08 - 01));
        let fields = |f: TermsForm| -> Vec<(&'static str, &'static str)> {
            f.check(today, start, 35).unwrap_err().iter().map(|p| (p.field, p.key)).collect()
        };
        assert_eq!(
            fields(form("5:00", "abc", &"x".repeat(61), "01.01.2027")),
            [
                ("care_from", "err-time-range"),
                ("care_until", "err-time"),
                ("group", "err-text-too-long"),
                ("settling_in", "err-date-past")
            ]
        );
        assert_eq!(fields(form("14:00", "8:00", "", "01.08.2027")), [("care_until", "err-time-order")]);
        assert_eq!(fields(form("8:00", "12:00", "", "01.08.2027")), [("care_until", "err-time-short")]);
        assert_eq!(fields(form("8:00", "15:00", "", "01.12.2027")), [("settling_in", "err-settling")]);
        assert_eq!(fields(form("8:00", "15:00", "", "31.07.2027")), [("settling_in", "err-settling")]);
        assert_eq!(fields(form("8:00", "15:00", "Bären\u{7}", "1.8.2027")), [("group", "err-text-too-long")]);
        let ok = form("7.30", "14:30 Uhr", " Bärengruppe ", "02.08.2027").check(today, start, 35).unwrap();
        assert_eq!(ok.group, "Bärengruppe");
    }
}
