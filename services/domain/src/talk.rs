//! The admission talk (issue 21): a facility offers a family up to [`MAX_OPEN_SLOTS`] times for a
//! personal talk (date, time, length, and where: at a place, by phone or by video); the family
//! picks one. Times are typed and shown in German local time (Europe/Berlin) and stored in UTC; the
//! appointment goes out as an iCalendar file (RFC 5545) that calendar programs open.

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

use crate::ParamError;
use crate::search::parse_date;

/// Times a family may be offered at once and not yet have picked.
pub const MAX_OPEN_SLOTS: usize = 5;
/// The shortest and longest talk, in minutes.
pub const MINUTES: std::ops::RangeInclusive<i32> = 10..=240;
/// The longest place text.
pub const MAX_PLACE: usize = 200;

/// Where the talk takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TalkMode {
    /// At a place (the facility, by default), named in `place`.
    Place,
    Phone,
    Video,
}

impl TalkMode {
    pub fn parse(code: &str) -> Option<Self> {
        match code.trim() {
            "place" | "" => Some(Self::Place),
            "phone" => Some(Self::Phone),
            "video" => Some(Self::Video),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Self::Place => "place",
            Self::Phone => "phone",
            Self::Video => "video",
        }
    }
}

/// A time for the talk as typed on the page or sent to the API.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct SlotForm {
    /// The day, `YYYY-MM-DD` or `DD.MM.YYYY`.
    #[serde(default)]
    pub date: String,
    /// The time of day in German local time, `HH:MM`.
    #[serde(default)]
    pub time: String,
    /// The length in minutes (10 to 240; 30 when empty).
    #[serde(default)]
    pub minutes: Option<String>,
    /// `place`, `phone` or `video`.
    #[serde(default)]
    pub mode: String,
    /// Where (required at a place; for a video talk, how to join); at most 200 characters.
    #[serde(default)]
    pub place: String,
}

/// A validated time for the talk, in UTC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub mode: TalkMode,
    pub place: String,
}

impl SlotForm {
    /// Whether the row was left empty (the page shows five rows; empty ones are skipped).
    pub fn is_blank(&self) -> bool {
        self.date.trim().is_empty() && self.time.trim().is_empty()
    }

    /// The slot, or the first mistake at its field: a date or time that cannot be read, a time in
    /// the past (before `now`), a length out of range, an unknown mode, a place missing or too long.
    pub fn validate(&self, now: OffsetDateTime) -> Result<Slot, ParamError> {
        let date = parse_date(self.date.trim()).ok_or(ParamError::new("date", "err-date-format"))?;
        let time = parse_time(self.time.trim()).ok_or(ParamError::new("time", "talk-err-time"))?;
        let minutes = match self.minutes.as_deref().map(str::trim).filter(|m| !m.is_empty()) {
            None => 30,
            Some(m) => m.parse::<i32>().ok().filter(|m| MINUTES.contains(m)).ok_or(
                ParamError::new("minutes", "talk-err-minutes").arg("min", MINUTES.start()).arg("max", MINUTES.end()),
            )?,
        };
        let mode = TalkMode::parse(&self.mode).ok_or(ParamError::new("mode", "talk-err-mode"))?;
        let place = self.place.trim().to_owned();
        if mode == TalkMode::Place && place.is_empty() {
            return Err(ParamError::new("place", "talk-err-place"));
        }
        if place.chars().count() > MAX_PLACE {
            return Err(ParamError::new("place", "talk-err-place-long").arg("max", MAX_PLACE));
        }
        let starts_at = berlin_to_utc(PrimitiveDateTime::new(date, time));
        if starts_at <= now {
            return Err(ParamError::new("date", "talk-err-past"));
        }
        Ok(Slot { starts_at, ends_at: starts_at + Duration::minutes(i64::from(minutes)), mode, place })
    }
}

fn parse_time(text: &str) -> Option<Time> {
    let (h, m) = text.split_once(':').or_else(|| text.split_once('.'))?;
    let (h, m) = (h.trim().parse::<u8>().ok()?, m.trim().parse::<u8>().ok()?);
    Time::from_hms(h, m, 0).ok()
}

/// The UTC instants summer time (CEST, UTC+2) starts and ends in `year`: 01:00 UTC on the last
/// Sunday of March and of October (EU rule since 1996).
fn summer_time(year: i32) -> (OffsetDateTime, OffsetDateTime) {
    let last_sunday = |month: Month| {
        let last = Date::from_calendar_date(year, month, 31).expect("March and October have 31 days");
        last - Duration::days(i64::from(last.weekday().number_days_from_sunday()))
    };
    let at_one = |d: Date| d.with_hms(1, 0, 0).expect("valid time").assume_utc();
    (at_one(last_sunday(Month::March)), at_one(last_sunday(Month::October)))
}

/// German local time of an instant.
pub fn berlin(t: OffsetDateTime) -> PrimitiveDateTime {
    let t = t.to_offset(UtcOffset::UTC);
    let (from, to) = summer_time(t.year());
    let hours = if t >= from && t < to { 2 } else { 1 };
    let local = t + Duration::hours(hours);
    PrimitiveDateTime::new(local.date(), local.time())
}

/// The instant of a German local time. In the hour skipped in spring the time is read as winter
/// time; in the hour repeated in autumn, as the first (summer-time) one.
pub fn berlin_to_utc(local: PrimitiveDateTime) -> OffsetDateTime {
    let summer = local.assume_utc() - Duration::hours(2);
    if berlin(summer) == local { summer } else { local.assume_utc() - Duration::hours(1) }
}

/// What an appointment file says.
pub struct Appointment<'a> {
    /// Stable per registration: a moved talk replaces the earlier one in the calendar.
    pub uid: &'a str,
    /// Counts the changes (RFC 5545 SEQUENCE): the higher one wins.
    pub sequence: i64,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub summary: &'a str,
    pub location: &'a str,
    pub description: &'a str,
    /// A cancelled talk: calendar programs strike it out.
    pub cancelled: bool,
    pub stamp: OffsetDateTime,
}

fn utc_stamp(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a character), ended by CRLF.
fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

impl Appointment<'_> {
    /// The iCalendar file (`text/calendar`), one event, times in UTC.
    pub fn ics(&self) -> String {
        // A plain RFC 5545 file, no iTIP METHOD: that would ask for ORGANIZER and ATTENDEE (RFC
        // 5546); a cancellation is the same event with STATUS:CANCELLED and a higher SEQUENCE.
        let status = if self.cancelled { "CANCELLED" } else { "CONFIRMED" };
        let lines = [
            "BEGIN:VCALENDAR".to_owned(),
            "VERSION:2.0".to_owned(),
            "PRODID:-//Kreis Steinfurt//STEP Kita-Portal//DE".to_owned(),
            "CALSCALE:GREGORIAN".to_owned(),
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", self.uid),
            format!("SEQUENCE:{}", self.sequence),
            format!("DTSTAMP:{}", utc_stamp(self.stamp)),
            format!("DTSTART:{}", utc_stamp(self.starts_at)),
            format!("DTEND:{}", utc_stamp(self.ends_at)),
            format!("STATUS:{status}"),
            format!("SUMMARY:{}", escape(self.summary)),
            format!("LOCATION:{}", escape(self.location)),
            format!("DESCRIPTION:{}", escape(self.description)),
            "END:VEVENT".to_owned(),
            "END:VCALENDAR".to_owned(),
        ];
        let mut out = String::new();
        for l in &lines {
            fold(l, &mut out);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn form(date: &str, time: &str, mode: &str, place: &str) -> SlotForm {
        SlotForm { date: date.into(), time: time.into(), minutes: None, mode: mode.into(), place: place.into() }
    }

    #[test]
    fn local_times_convert_both_ways_across_summer_time() {
        let now = datetime!(2026-12-06 12:00 UTC);
        let winter = form("12.01.2027", "15:30", "place", "Kita Sonnenschein").validate(now).unwrap();
        assert_eq!(winter.starts_at, datetime!(2027-01-12 14:30 UTC));
        assert_eq!(winter.ends_at, datetime!(2027-01-12 15:00 UTC));
        let summer = form("2027-06-01", "9:00", "phone", "").validate(now).unwrap();
        assert_eq!(summer.starts_at, datetime!(2027-06-01 07:00 UTC));
        assert_eq!(berlin(summer.starts_at), datetime!(2027-06-01 09:00));
        // 02:30 on 28 March 2027 does not exist; it is read as winter time.
        assert_eq!(berlin_to_utc(datetime!(2027-03-28 02:30)), datetime!(2027-03-28 01:30 UTC));
        // 02:30 on 31 October 2027 happens twice; the first one is meant.
        assert_eq!(berlin_to_utc(datetime!(2027-10-31 02:30)), datetime!(2027-10-31 00:30 UTC));
    }

    #[test]
    fn mistakes_are_refused_at_their_field() {
        let now = datetime!(2026-12-06 12:00 UTC);
        let field = |f: SlotForm| f.validate(now).unwrap_err().field;
        assert_eq!(field(form("gestern", "10:00", "phone", "")), "date");
        assert_eq!(field(form("2027-01-12", "25:00", "phone", "")), "time");
        assert_eq!(field(form("2026-12-06", "12:00", "phone", "")), "date", "in the past");
        assert_eq!(field(form("2027-01-12", "10:00", "fax", "")), "mode");
        assert_eq!(field(form("2027-01-12", "10:00", "place", " ")), "place");
        assert_eq!(field(form("2027-01-12", "10:00", "video", &"x".repeat(201))), "place");
        let long = SlotForm { minutes: Some("300".into()), ..form("2027-01-12", "10:00", "phone", "") };
        assert_eq!(field(long), "minutes");
        assert!(form("", " ", "", "").is_blank());
    }

    #[test]
    fn the_file_is_folded_and_escaped() {
        let text = "Aufnahmegespräch für Mia, Kita Sonnenschein; bitte Impfpass mitbringen\nDanke".repeat(2);
        let a = Appointment {
            uid: "talk-1@steinfurt",
            sequence: 2,
            starts_at: datetime!(2027-01-12 14:30 UTC),
            ends_at: datetime!(2027-01-12 15:00 UTC),
            summary: "Aufnahmegespräch",
            location: "Kita Sonnenschein, Weg 1",
            description: &text,
            cancelled: false,
            stamp: datetime!(2026-12-06 12:00 UTC),
        };
        let ics = a.ics();
        assert!(
            ics.contains("DTSTART:20270112T143000Z\r\n") && ics.contains("LOCATION:Kita Sonnenschein\\, Weg 1\r\n")
        );
        assert!(ics.lines().all(|l| l.trim_end_matches('\r').len() <= 75), "{ics}");
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("Mia\\, Kita Sonnenschein\\; bitte Impfpass mitbringen\\nDanke"), "{unfolded}");
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }
}
