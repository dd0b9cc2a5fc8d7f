//! The search for daycare offers: raw query parameters in, a validated [`SearchFilter`] out. The same
//! rules serve the HTML search page and the JSON API, so both refuse the same bad input with the same
//! message. Messages are catalogue keys (see `services/portal/locales`), never German text here.

use serde::{Deserialize, Serialize};
use time::{Date, Month, format_description::BorrowedFormatItem, macros::format_description};

use crate::geo::LatLon;

const DATE: &[BorrowedFormatItem<'static>] = format_description!("[year]-[month]-[day]");
pub const MAX_TEXT_LEN: usize = 100;
pub const MAX_PER_PAGE: u32 = 100;
pub const DEFAULT_PER_PAGE: u32 = 20;
pub const MAX_PAGE: u32 = 10_000;
pub const MAX_RADIUS_KM: f64 = 50.0;
/// Weekly hours a Kita place is booked in (KiBiz: 25, 35 or 45 hours).
pub const KITA_HOURS: [u8; 3] = [25, 35, 45];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FacilityKind {
    Kita,
    Ktp,
}

impl FacilityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Kita => "kita",
            Self::Ktp => "ktp",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "kita" => Some(Self::Kita),
            "ktp" => Some(Self::Ktp),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    Distance,
    FreePlaces,
    Name,
}

impl Sort {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Distance => "distance",
            Self::FreePlaces => "free_places",
            Self::Name => "name",
        }
    }
}

/// Raw query parameters exactly as they arrive; every field is text so that bad input can be answered
/// with a message naming the field instead of a generic deserialisation error.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct SearchQuery {
    pub kind: Option<String>,
    pub birth_date: Option<String>,
    pub start: Option<String>,
    pub hours: Option<String>,
    pub near: Option<String>,
    pub radius_km: Option<String>,
    pub q: Option<String>,
    pub provider: Option<String>,
    pub concept: Option<String>,
    pub free_only: Option<String>,
    pub sort: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

/// One refused parameter: the field and a message-catalogue key with its arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParamError {
    pub field: &'static str,
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl ParamError {
    pub fn new(field: &'static str, key: &'static str) -> Self {
        Self { field, key, args: Vec::new() }
    }
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SearchFilter {
    pub kind: Option<FacilityKind>,
    pub birth_date: Option<Date>,
    /// Desired start; the next 1 August (start of the Kita year, KiBiz § 1(3)) when none is given.
    pub start: Date,
    /// Age of the child in full months at `start`, when a birth date is given.
    pub age_months: Option<i32>,
    pub hours: Option<u8>,
    pub near: Option<LatLon>,
    pub radius_km: Option<f64>,
    pub q: Option<String>,
    pub provider: Option<String>,
    pub concept: Option<String>,
    pub free_only: bool,
    pub sort: Sort,
    pub page: u32,
    pub per_page: u32,
}

impl SearchFilter {
    pub fn offset(&self) -> i64 {
        i64::from(self.page - 1) * i64::from(self.per_page)
    }
}

/// A day as people type it (issue 16.4): `2027-08-01` (what date fields send), `01.08.2027` or
/// `1.8.2027`.
pub fn parse_date(text: &str) -> Option<Date> {
    let t = text.trim();
    if let Ok(d) = Date::parse(t, DATE) {
        return Some(d);
    }
    let mut parts = t.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits =
        |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(d, 1..=2) || !digits(m, 1..=2) || !digits(y, 4..=4) {
        return None;
    }
    let month = time::Month::try_from(m.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?).ok()
}

/// A month as people type it: `2027-08`, `08/2027`, `8/2027` or `08.2027`; as `2027-08`.
pub fn parse_month(text: &str) -> Option<String> {
    let t = text.trim();
    let (y, m) = match t.split_once(['/', '.']) {
        Some((m, y)) => (y, m),
        None => t.split_once('-')?,
    };
    let ok = y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) && (1..=2).contains(&m.len());
    let month: u8 = m.parse().ok().filter(|m| ok && (1..=12).contains(m))?;
    Some(format!("{y}-{month:02}"))
}

/// A decimal number with a comma or a point (`2,5`, `2.5`).
pub fn parse_decimal(text: &str) -> Option<f64> {
    text.trim().replace(',', ".").parse().ok()
}

pub fn format_date(date: Date) -> String {
    date.format(DATE).unwrap_or_default()
}

/// 1 August on or after `day`: the main intake date of the next Kita year.
pub fn next_kita_year_start(day: Date) -> Date {
    let this_year = Date::from_calendar_date(day.year(), Month::August, 1).unwrap_or(day);
    if day <= this_year { this_year } else { Date::from_calendar_date(day.year() + 1, Month::August, 1).unwrap_or(day) }
}

/// 1 August that opened the Kita year containing `day`.
pub fn kita_year_start(day: Date) -> Date {
    let year = if day.month() as u8 >= 8 { day.year() } else { day.year() - 1 };
    Date::from_calendar_date(year, Month::August, 1).unwrap_or(day)
}

/// Full months from `birth` to `at` (negative when the child is not yet born).
pub fn age_in_months(birth: Date, at: Date) -> i32 {
    let mut months = (at.year() - birth.year()) * 12 + (at.month() as i32 - birth.month() as i32);
    if months > 0 && at.day() < birth.day() {
        months -= 1;
    } else if months < 0 && at.day() > birth.day() {
        months += 1;
    }
    months
}

/// Treats an empty or blank parameter as absent: an HTML form sends every field, filled or not.
fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn text(field: &'static str, value: &Option<String>) -> Result<Option<String>, ParamError> {
    let Some(v) = present(value) else {
        return Ok(None);
    };
    if v.chars().count() > MAX_TEXT_LEN {
        return Err(ParamError::new(field, "err-text-too-long").arg("max", MAX_TEXT_LEN));
    }
    if v.chars().any(char::is_control) {
        return Err(ParamError::new(field, "err-text-control"));
    }
    Ok(Some(v.to_owned()))
}

fn integer(field: &'static str, value: &str, min: u32, max: u32) -> Result<u32, ParamError> {
    let n: u64 = value.parse().map_err(|_| ParamError::new(field, "err-not-a-number"))?;
    if n < u64::from(min) || n > u64::from(max) {
        return Err(ParamError::new(field, "err-number-range").arg("min", min).arg("max", max));
    }
    Ok(n as u32)
}

fn date(field: &'static str, value: &str) -> Result<Date, ParamError> {
    parse_date(value).ok_or_else(|| ParamError::new(field, "err-date-format"))
}

/// Validates raw parameters against `today`. Returns the first refused parameter.
pub fn parse_filter(q: &SearchQuery, today: Date) -> Result<SearchFilter, ParamError> {
    let kind = match present(&q.kind) {
        None => None,
        Some(k) => Some(FacilityKind::parse(k).ok_or_else(|| ParamError::new("kind", "err-kind"))?),
    };
    let start = match present(&q.start) {
        None => next_kita_year_start(today),
        Some(s) => {
            let d = date("start", s)?;
            if d < today {
                return Err(ParamError::new("start", "err-start-past"));
            }
            if d > today.saturating_add(time::Duration::days(3 * 366)) {
                return Err(ParamError::new("start", "err-start-too-far"));
            }
            d
        }
    };
    let birth_date = match present(&q.birth_date) {
        None => None,
        Some(s) => {
            let d = date("birth_date", s)?;
            if d > today.saturating_add(time::Duration::days(300)) {
                return Err(ParamError::new("birth_date", "err-birth-too-far"));
            }
            if age_in_months(d, today) > 14 * 12 {
                return Err(ParamError::new("birth_date", "err-birth-too-old"));
            }
            if d > start {
                return Err(ParamError::new("birth_date", "err-birth-after-start"));
            }
            Some(d)
        }
    };
    let hours = match present(&q.hours) {
        None => None,
        Some(h) => {
            let h = integer("hours", h, 1, 60)? as u8;
            if kind == Some(FacilityKind::Kita) && !KITA_HOURS.contains(&h) {
                return Err(ParamError::new("hours", "err-kita-hours"));
            }
            Some(h)
        }
    };
    let near = match present(&q.near) {
        None => None,
        Some(n) => Some(LatLon::parse(n).ok_or_else(|| ParamError::new("near", "err-near"))?),
    };
    let radius_km = match present(&q.radius_km) {
        None => None,
        Some(r) => {
            let r: f64 = parse_decimal(r).ok_or_else(|| ParamError::new("radius_km", "err-not-a-number"))?;
            if !(r.is_finite() && r > 0.0 && r <= MAX_RADIUS_KM) {
                return Err(ParamError::new("radius_km", "err-radius").arg("max", MAX_RADIUS_KM));
            }
            if near.is_none() {
                return Err(ParamError::new("radius_km", "err-radius-needs-near"));
            }
            Some(r)
        }
    };
    let free_only = match present(&q.free_only) {
        None | Some("false") | Some("0") => false,
        Some("true") | Some("1") | Some("on") => true,
        Some(_) => return Err(ParamError::new("free_only", "err-boolean")),
    };
    let sort = match present(&q.sort) {
        None if near.is_some() => Sort::Distance,
        None | Some("name") => Sort::Name,
        Some("free_places") => Sort::FreePlaces,
        Some("distance") if near.is_some() => Sort::Distance,
        Some("distance") => return Err(ParamError::new("sort", "err-sort-needs-near")),
        Some(_) => return Err(ParamError::new("sort", "err-sort")),
    };
    let page = present(&q.page).map(|p| integer("page", p, 1, MAX_PAGE)).transpose()?.unwrap_or(1);
    let per_page =
        present(&q.per_page).map(|p| integer("per_page", p, 1, MAX_PER_PAGE)).transpose()?.unwrap_or(DEFAULT_PER_PAGE);
    Ok(SearchFilter {
        kind,
        age_months: birth_date.map(|b| age_in_months(b, start)),
        birth_date,
        start,
        hours,
        near,
        radius_km,
        q: text("q", &q.q)?,
        provider: text("provider", &q.provider)?,
        concept: text("concept", &q.concept)?,
        free_only,
        sort,
        page,
        per_page,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 24);

    fn query(pairs: &[(&str, &str)]) -> SearchQuery {
        let mut q = SearchQuery::default();
        for (k, v) in pairs {
            let v = Some((*v).to_owned());
            match *k {
                "kind" => q.kind = v,
                "birth_date" => q.birth_date = v,
                "start" => q.start = v,
                "hours" => q.hours = v,
                "near" => q.near = v,
                "radius_km" => q.radius_km = v,
                "q" => q.q = v,
                "free_only" => q.free_only = v,
                "sort" => q.sort = v,
                "page" => q.page = v,
                "per_page" => q.per_page = v,
                other => panic!("unknown {other}"),
            }
        }
        q
    }

    fn refused(pairs: &[(&str, &str)]) -> (&'static str, &'static str) {
        let e = parse_filter(&query(pairs), TODAY).unwrap_err();
        (e.field, e.key)
    }

    #[test]
    fn no_parameters_mean_next_august_sorted_by_name() {
        let f = parse_filter(&SearchQuery::default(), TODAY).unwrap();
        assert_eq!(f.start, date!(2027 - 08 - 01));
        assert_eq!((f.sort, f.page, f.per_page, f.free_only), (Sort::Name, 1, 20, false));
    }

    #[test]
    fn age_at_start_counts_full_months() {
        assert_eq!(age_in_months(date!(2025 - 03 - 15), date!(2027 - 08 - 01)), 28);
        assert_eq!(age_in_months(date!(2025 - 08 - 01), date!(2027 - 08 - 01)), 24);
        assert_eq!(age_in_months(date!(2027 - 01 - 10), date!(2027 - 01 - 10)), 0);
        let f = parse_filter(&query(&[("birth_date", "2025-03-15"), ("start", "2027-08-01")]), TODAY).unwrap();
        assert_eq!(f.age_months, Some(28));
    }

    #[test]
    fn a_child_may_be_searched_for_before_birth() {
        let f = parse_filter(&query(&[("birth_date", "2027-02-01")]), TODAY).unwrap();
        assert_eq!(f.age_months, Some(6));
    }

    #[test]
    fn near_defaults_the_sort_to_distance() {
        let f = parse_filter(&query(&[("near", "52.28,7.44"), ("radius_km", "2.5")]), TODAY).unwrap();
        assert_eq!(f.sort, Sort::Distance);
        assert_eq!(f.radius_km, Some(2.5));
    }

    #[test]
    fn bad_parameters_are_refused_with_the_field_named() {
        type Case<'a> = (&'a [(&'a str, &'a str)], (&'a str, &'a str));
        let cases: &[Case<'_>] = &[
            (&[("kind", "school")], ("kind", "err-kind")),
            (&[("start", "2026-13-01")], ("start", "err-date-format")),
            (&[("start", "01/08/2027")], ("start", "err-date-format")),
            (&[("start", "2020-08-01")], ("start", "err-start-past")),
            (&[("start", "2035-08-01")], ("start", "err-start-too-far")),
            (&[("birth_date", "2000-01-01")], ("birth_date", "err-birth-too-old")),
            (&[("birth_date", "2029-01-01")], ("birth_date", "err-birth-too-far")),
            (&[("birth_date", "2027-05-01"), ("start", "2027-03-01")], ("birth_date", "err-birth-after-start")),
            (&[("hours", "abc")], ("hours", "err-not-a-number")),
            (&[("hours", "-5")], ("hours", "err-not-a-number")),
            (&[("hours", "99999999999999999999999")], ("hours", "err-not-a-number")),
            (&[("hours", "0")], ("hours", "err-number-range")),
            (&[("kind", "kita"), ("hours", "30")], ("hours", "err-kita-hours")),
            (&[("near", "x,y")], ("near", "err-near")),
            (&[("near", "52,7"), ("radius_km", "NaN")], ("radius_km", "err-radius")),
            (&[("near", "52,7"), ("radius_km", "1e9")], ("radius_km", "err-radius")),
            (&[("radius_km", "3")], ("radius_km", "err-radius-needs-near")),
            (&[("free_only", "yes please")], ("free_only", "err-boolean")),
            (&[("sort", "price")], ("sort", "err-sort")),
            (&[("sort", "distance")], ("sort", "err-sort-needs-near")),
            (&[("page", "0")], ("page", "err-number-range")),
            (&[("per_page", "1000")], ("per_page", "err-number-range")),
        ];
        for (pairs, expected) in cases {
            assert_eq!(refused(pairs), *expected, "{pairs:?}");
        }
        let long = "x".repeat(101);
        assert_eq!(refused(&[("q", &long)]), ("q", "err-text-too-long"));
        assert_eq!(refused(&[("q", "a\u{0}b")]), ("q", "err-text-control"));
    }

    #[test]
    fn blank_form_fields_count_as_absent() {
        let f = parse_filter(&query(&[("kind", ""), ("hours", " "), ("q", "  ")]), TODAY).unwrap();
        assert_eq!((f.kind, f.hours, f.q), (None, None, None));
    }

    #[test]
    fn kita_year_boundaries() {
        assert_eq!(next_kita_year_start(date!(2027 - 08 - 01)), date!(2027 - 08 - 01));
        assert_eq!(next_kita_year_start(date!(2027 - 08 - 02)), date!(2028 - 08 - 01));
        assert_eq!(kita_year_start(date!(2027 - 03 - 01)), date!(2026 - 08 - 01));
        assert_eq!(kita_year_start(date!(2027 - 08 - 01)), date!(2027 - 08 - 01));
    }

    #[test]
    fn days_months_and_decimals_are_read_as_people_type_them() {
        use time::macros::date;
        for (typed, want) in [
            ("2027-08-01", Some(date!(2027 - 08 - 01))),
            ("01.08.2027", Some(date!(2027 - 08 - 01))),
            (" 1.8.2027 ", Some(date!(2027 - 08 - 01))),
            ("31.02.2027", None),
            ("1.8.27", None),
            ("08/2027", None),
            ("1..2027", None),
            ("+1.8.2027", None),
        ] {
            assert_eq!(parse_date(typed), want, "{typed:?}");
        }
        for (typed, want) in [
            ("2027-08", Some("2027-08")),
            ("08/2027", Some("2027-08")),
            ("8/2027", Some("2027-08")),
            ("08.2027", Some("2027-08")),
            ("13/2027", None),
            ("08/27", None),
            ("2027", None),
            ("0/2027", None),
        ] {
            assert_eq!(parse_month(typed).as_deref(), want, "{typed:?}");
        }
        assert_eq!(parse_decimal("2,5"), Some(2.5));
        assert_eq!(parse_decimal("zwei"), None);
    }
}
