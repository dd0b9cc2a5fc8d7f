//! Dates, ages and sizes as readers of the page's language write them (issue 18): 01.08.2027 in
//! German, Turkish, Russian, Ukrainian and Polish (as on German paper); "1 August 2027" in English
//! (a number-only date reads differently in Britain and America); 01/08/2027 in Arabic (Western
//! digits, as on German paper, which the page keeps left to right); decimal commas except in
//! English and Arabic. Date fields of forms are ISO dates (`type="date"`) in every language.

use crate::web::i18n::text;
use crate::web::language::{current, current_code};

/// A date in the page's language: 01.08.2027, 1 August 2027 in English, 01/08/2027 in Arabic.
pub fn date_text(d: time::Date) -> String {
    match current_code() {
        "en" => format!("{} {} {}", d.day(), d.month(), d.year()),
        "ar" => format!("{:02}/{:02}/{}", d.day(), d.month() as u8, d.year()),
        _ => format!("{:02}.{:02}.{}", d.day(), d.month() as u8, d.year()),
    }
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

/// A number with one decimal in the page's language: "2,5", or "2.5" in English and Arabic.
pub fn decimal_text(x: f64) -> String {
    let text = format!("{x:.1}");
    if matches!(current_code(), "en" | "ar") { text } else { text.replace('.', ",") }
}

/// A file size: "120 KB", "2,4 MB" ("2.4 MB" in English and Arabic).
pub fn human_size(bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{} MB", decimal_text(bytes as f64 / 1024.0 / 1024.0))
    } else {
        format!("{} KB", (bytes + 1023) / 1024)
    }
}

/// A moment as people in Germany read it: local time (CET, CEST from the last Sunday of March to
/// the last Sunday of October, switching at 01:00 UTC), "06.12.2026 14:05".
pub fn moment_text(t: time::OffsetDateTime) -> String {
    let local = step_domain::talk::berlin(t);
    format!("{} {:02}:{:02}", date_text(local.date()), local.hour(), local.minute())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_the_way_of_the_language() {
        use crate::web::language::speaking_sync;
        let d = time::macros::date!(2027 - 08 - 01);
        assert_eq!(date_text(d), "01.08.2027");
        assert_eq!(speaking_sync("tr", || date_text(d)), "01.08.2027");
        assert_eq!(speaking_sync("en", || date_text(d)), "1 August 2027");
        assert_eq!(speaking_sync("ar", || date_text(d)), "01/08/2027");
        assert_eq!(human_size(2_500_000), "2,4 MB");
        assert_eq!(speaking_sync("en", || human_size(2_500_000)), "2.4 MB");
        assert_eq!(speaking_sync("ru", || age_label(25)), "2 года 1 месяц");
        assert_eq!(speaking_sync("pl", || age_label(60)), "5 lat");
        assert_eq!(speaking_sync("ar", || age_label(2)).replace(['\u{2068}', '\u{2069}'], ""), "شهران");
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
        assert_eq!(moment_text(datetime!(2026-12-06 13:05 UTC)), "06.12.2026 14:05", "winter: CET");
        assert_eq!(moment_text(datetime!(2026-07-01 22:30 UTC)), "02.07.2026 00:30", "summer: CEST");
        assert_eq!(moment_text(datetime!(2026-03-29 00:59 UTC)), "29.03.2026 01:59", "before the switch");
        assert_eq!(moment_text(datetime!(2026-03-29 01:00 UTC)), "29.03.2026 03:00", "after the switch");
        assert_eq!(moment_text(datetime!(2026-10-25 00:59 UTC)), "25.10.2026 02:59");
        assert_eq!(moment_text(datetime!(2026-10-25 01:00 UTC)), "25.10.2026 02:00", "back to CET");
    }
}
