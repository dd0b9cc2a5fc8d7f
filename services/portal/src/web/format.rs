//! Dates, ages and sizes as German readers write them.

use crate::web::i18n::{DEFAULT_LANG, text};

/// A date as German readers write it: 01.08.2027.
pub fn date_de(d: time::Date) -> String {
    format!("{:02}.{:02}.{}", d.day(), d.month() as u8, d.year())
}

/// Age range as people say it: "ab 4 Monaten", "bis 6 Jahre".
pub fn age_label(months: i16) -> String {
    let (y, m) = (months / 12, months % 12);
    match (y, m) {
        (0, m) => text(&DEFAULT_LANG, "age-months", &[("months", m.to_string())]),
        (y, 0) => text(&DEFAULT_LANG, "age-years", &[("years", y.to_string())]),
        (y, m) => text(&DEFAULT_LANG, "age-years-months", &[("years", y.to_string()), ("months", m.to_string())]),
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
}
