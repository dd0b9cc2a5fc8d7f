//! Dates, ages and sizes as German readers write them.

use crate::web::i18n::text;
use crate::web::language::current;

/// A date as German readers write it: 01.08.2027.
pub fn date_de(d: time::Date) -> String {
    format!("{:02}.{:02}.{}", d.day(), d.month() as u8, d.year())
}

/// Age range as people say it: "ab 4 Monaten", "bis 6 Jahre".
pub fn age_label(months: i16) -> String {
    let (y, m) = (months / 12, months % 12);
    match (y, m) {
        (0, m) => text(current(), "age-months", &[("months", m.to_string())]),
        (y, 0) => text(current(), "age-years", &[("years", y.to_string())]),
        (y, m) => text(current(), "age-years-months", &[("years", y.to_string()), ("months", m.to_string())]),
    }
}

/// A file size: "120 KB", "2,4 MB".
pub fn human_size(bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / 1024.0 / 1024.0).replace('.', ",")
    } else {
        format!("{} KB", (bytes + 1023) / 1024)
    }
}

/// A moment as people in Germany read it: local time (CET, CEST from the last Sunday of March to
/// the last Sunday of October, switching at 01:00 UTC), "06.12.2026 14:05".
pub fn local_de(t: time::OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    let last_sunday = |month: time::Month| {
        let last = time::Date::from_calendar_date(t.year(), month, 31).expect("March and October have 31 days");
        last - time::Duration::days(i64::from(last.weekday().number_days_from_sunday()))
    };
    let summer_from = last_sunday(time::Month::March).with_hms(1, 0, 0).expect("valid time").assume_utc();
    let summer_to = last_sunday(time::Month::October).with_hms(1, 0, 0).expect("valid time").assume_utc();
    let hours = if t >= summer_from && t < summer_to { 2 } else { 1 };
    let local = t + time::Duration::hours(hours);
    format!("{} {:02}:{:02}", date_de(local.date()), local.hour(), local.minute())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_the_german_way() {
        assert_eq!(date_de(time::macros::date!(2027 - 08 - 01)), "01.08.2027");
    }

    #[test]
    fn ages_read_in_years_and_months() {
        assert_eq!(age_label(4), "4 Monate");
        assert_eq!(age_label(1), "1 Monat");
        assert_eq!(age_label(24), "2 Jahre");
        assert_eq!(age_label(83), "6 Jahre 11 Monate");
    }

    #[test]
    fn times_read_in_german_local_time() {
        use time::macros::datetime;
        assert_eq!(local_de(datetime!(2026-12-06 13:05 UTC)), "06.12.2026 14:05", "winter: CET");
        assert_eq!(local_de(datetime!(2026-07-01 22:30 UTC)), "02.07.2026 00:30", "summer: CEST");
        assert_eq!(local_de(datetime!(2026-03-29 00:59 UTC)), "29.03.2026 01:59", "before the switch");
        assert_eq!(local_de(datetime!(2026-03-29 01:00 UTC)), "29.03.2026 03:00", "after the switch");
        assert_eq!(local_de(datetime!(2026-10-25 00:59 UTC)), "25.10.2026 02:59");
        assert_eq!(local_de(datetime!(2026-10-25 01:00 UTC)), "25.10.2026 02:00", "back to CET");
    }
}
