//! What parents type about their family, children and registrations, validated before it reaches
//! the database. The same rules serve the pages and the JSON API; each refusal names the field and
//! a message-catalogue key (see `search::ParamError`).

use serde::{Deserialize, Serialize};
use time::Date;
use uuid::Uuid;

use crate::search::{ParamError, parse_date};

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The family profile as submitted (form fields or JSON), all text.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct FamilyForm {
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    pub street: String,
    #[serde(default)]
    pub postcode: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub guardian2_first_name: Option<String>,
    #[serde(default)]
    pub guardian2_last_name: Option<String>,
    #[serde(default)]
    pub guardian2_phone: Option<String>,
    #[serde(default)]
    pub guardian2_email: Option<String>,
}

/// A validated family profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FamilyInput {
    pub first_name: String,
    pub last_name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub phone: String,
    pub email: String,
    pub language: String,
    pub guardian2_first_name: Option<String>,
    pub guardian2_last_name: Option<String>,
    pub guardian2_phone: Option<String>,
    pub guardian2_email: Option<String>,
}

pub(crate) fn required(field: &'static str, value: &str, max: usize) -> Result<String, ParamError> {
    let v = value.trim();
    if v.is_empty() {
        return Err(ParamError::new(field, "err-required"));
    }
    optional(field, Some(v), max).map(|o| o.unwrap_or_default())
}

pub(crate) fn optional(field: &'static str, value: Option<&str>, max: usize) -> Result<Option<String>, ParamError> {
    let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else { return Ok(None) };
    if v.chars().count() > max {
        return Err(ParamError::new(field, "err-text-too-long").arg("max", max));
    }
    if v.chars().any(char::is_control) {
        return Err(ParamError::new(field, "err-text-control"));
    }
    Ok(Some(v.to_owned()))
}

/// A plausible e-mail address: one `@`, a dot in the domain, no spaces. The provider confirms it.
pub fn valid_email(v: &str) -> bool {
    let Some((local, domain)) = v.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !v.chars().any(char::is_whitespace)
        && v.len() <= 200
}

pub(crate) fn email(field: &'static str, value: Option<&str>, required_: bool) -> Result<Option<String>, ParamError> {
    match optional(field, value, 200)? {
        None if required_ => Err(ParamError::new(field, "err-required")),
        None => Ok(None),
        Some(v) if valid_email(&v) => Ok(Some(v)),
        Some(_) => Err(ParamError::new(field, "err-email")),
    }
}

pub(crate) fn phone(field: &'static str, value: Option<&str>, required_: bool) -> Result<Option<String>, ParamError> {
    match optional(field, value, 40)? {
        None if required_ => Err(ParamError::new(field, "err-required")),
        None => Ok(None),
        Some(v)
            if v.chars().filter(char::is_ascii_digit).count() >= 3
                && v.chars().all(|c| c.is_ascii_digit() || " +-/()".contains(c)) =>
        {
            Ok(Some(v))
        }
        Some(_) => Err(ParamError::new(field, "err-phone")),
    }
}

impl FamilyForm {
    /// Every mistake of the form, each field checked on its own, in the form's order (issue 16:
    /// pages show them all at once; the API answers with the one [`Self::validate`] finds first).
    pub fn mistakes(&self) -> Vec<ParamError> {
        let postcode = required("postcode", &self.postcode, 5).and_then(|p| {
            if p.len() == 5 && p.chars().all(|c| c.is_ascii_digit()) {
                Ok(p)
            } else {
                Err(ParamError::new("postcode", "err-postcode"))
            }
        });
        let language = match self.language.trim() {
            "" => Ok(()),
            l if LANGUAGES.contains(&l) => Ok(()),
            _ => Err(ParamError::new("language", "err-language")),
        };
        [
            required("first_name", &self.first_name, 100).err(),
            required("last_name", &self.last_name, 100).err(),
            required("street", &self.street, 200).err(),
            postcode.err(),
            required("city", &self.city, 100).err(),
            phone("phone", Some(&self.phone), true).err(),
            email("email", Some(&self.email), true).err(),
            language.err(),
            optional("guardian2_first_name", self.guardian2_first_name.as_deref(), 100).err(),
            optional("guardian2_last_name", self.guardian2_last_name.as_deref(), 100).err(),
            phone("guardian2_phone", self.guardian2_phone.as_deref(), false).err(),
            email("guardian2_email", self.guardian2_email.as_deref(), false).err(),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    pub fn validate(&self) -> Result<FamilyInput, ParamError> {
        let postcode = required("postcode", &self.postcode, 5)?;
        if postcode.len() != 5 || !postcode.chars().all(|c| c.is_ascii_digit()) {
            return Err(ParamError::new("postcode", "err-postcode"));
        }
        let language = match self.language.trim() {
            "" => "de".to_owned(),
            l if LANGUAGES.contains(&l) => l.to_owned(),
            _ => return Err(ParamError::new("language", "err-language")),
        };
        Ok(FamilyInput {
            first_name: required("first_name", &self.first_name, 100)?,
            last_name: required("last_name", &self.last_name, 100)?,
            street: required("street", &self.street, 200)?,
            postcode,
            city: required("city", &self.city, 100)?,
            phone: phone("phone", Some(&self.phone), true)?.unwrap_or_default(),
            email: email("email", Some(&self.email), true)?.unwrap_or_default(),
            language,
            guardian2_first_name: optional("guardian2_first_name", self.guardian2_first_name.as_deref(), 100)?,
            guardian2_last_name: optional("guardian2_last_name", self.guardian2_last_name.as_deref(), 100)?,
            guardian2_phone: phone("guardian2_phone", self.guardian2_phone.as_deref(), false)?,
            guardian2_email: email("guardian2_email", self.guardian2_email.as_deref(), false)?,
        })
    }
}

/// A child as submitted: a birth date, or an expected birth date for a child not yet born.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct ChildForm {
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    pub birth_date: Option<String>,
    #[serde(default)]
    pub expected_birth_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChildInput {
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Option<Date>,
    pub expected_birth_date: Option<Date>,
}

impl ChildForm {
    /// The first mistake (the API's answer); see [`Self::check`].
    pub fn validate(&self, today: Date) -> Result<ChildInput, ParamError> {
        self.check(today).map_err(|mut all| all.remove(0))
    }

    /// Every mistake at its field (issue 16.4), or the child. Dates as people type them.
    pub fn check(&self, today: Date) -> Result<ChildInput, Vec<ParamError>> {
        let first_name = required("first_name", &self.first_name, 100);
        let last_name = required("last_name", &self.last_name, 100);
        let given = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
        let (birth, expected) = (given(&self.birth_date), given(&self.expected_birth_date));
        let dates = match (birth, expected) {
            (Some(_), Some(_)) => Err(ParamError::new("birth_date", "err-birth-or-expected")),
            (None, None) => Err(ParamError::new("birth_date", "err-birth-missing")),
            (Some(b), None) => match parse_date(&b) {
                None => Err(ParamError::new("birth_date", "err-date-format")),
                Some(d) if d > today => Err(ParamError::new("birth_date", "err-birth-future")),
                Some(d) if d < earliest_birth(today) => Err(ParamError::new("birth_date", "err-birth-too-old")),
                Some(d) => Ok((Some(d), None)),
            },
            (None, Some(e)) => match parse_date(&e) {
                None => Err(ParamError::new("expected_birth_date", "err-date-format")),
                Some(d) if !expected_range(today).contains(&d) => {
                    Err(ParamError::new("expected_birth_date", "err-expected-range"))
                }
                Some(d) => Ok((None, Some(d))),
            },
        };
        match (first_name, last_name, dates) {
            (Ok(first_name), Ok(last_name), Ok((birth_date, expected_birth_date))) => {
                Ok(ChildInput { first_name, last_name, birth_date, expected_birth_date })
            }
            (f, l, d) => Err([f.err(), l.err(), d.err()].into_iter().flatten().collect()),
        }
    }
}

/// The days an expected birth date may name: from a month ago (a late birth not yet entered) to
/// 300 days ahead.
pub fn expected_range(today: Date) -> std::ops::RangeInclusive<Date> {
    today.saturating_sub(time::Duration::days(31))..=today.saturating_add(time::Duration::days(300))
}

/// The earliest birth date of a child the portal takes (14 years).
pub fn earliest_birth(today: Date) -> Date {
    today.replace_year(today.year() - 14).unwrap_or(today)
}

/// A registration as submitted.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct RegistrationForm {
    #[serde(default)]
    pub child_id: String,
    #[serde(default)]
    pub facility_id: String,
    #[serde(default)]
    pub start: String,
    #[serde(default)]
    pub hours: serde_json::Value,
    #[serde(default)]
    pub rank: serde_json::Value,
    #[serde(default)]
    pub note: Option<String>,
    /// Positions of the facility's admission criteria the family declares (issue 16).
    #[serde(default)]
    pub criteria: Vec<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegistrationInput {
    pub child_id: Uuid,
    pub facility_id: Uuid,
    pub start: Date,
    pub hours: i16,
    pub rank: i16,
    pub note: String,
    /// Declared admission criteria (positions in the facility's catalogue), each once.
    pub criteria: Vec<i16>,
}

/// The latest start a registration may ask for (three years ahead).
pub fn latest_start(today: Date) -> Date {
    today.saturating_add(time::Duration::days(3 * 366))
}

/// The desired start as typed: a day (`01.08.2027` or `2027-08-01`), not in the past, at most
/// three years ahead; the mistake is named at the `start` field.
pub fn check_start(typed: &str, today: Date) -> Result<Date, ParamError> {
    let start = parse_date(typed).ok_or_else(|| ParamError::new("start", "err-date-format"))?;
    if start < today {
        return Err(ParamError::new("start", "err-start-past"));
    }
    if start > latest_start(today) {
        return Err(ParamError::new("start", "err-start-too-far"));
    }
    Ok(start)
}

/// At most this many criteria can be declared (a catalogue has at most 20).
pub const MAX_DECLARED_CRITERIA: usize = 20;

/// A number from JSON (`35`) or a form (`"35"`).
pub(crate) fn small_number(field: &'static str, v: &serde_json::Value, min: i64, max: i64) -> Result<i16, ParamError> {
    let n = match v {
        serde_json::Value::Number(n) => n.as_i64(),
        serde_json::Value::String(s) => s.trim().parse::<i64>().ok(),
        serde_json::Value::Null => return Err(ParamError::new(field, "err-required")),
        _ => None,
    };
    let n = n.ok_or_else(|| ParamError::new(field, "err-not-a-number"))?;
    if !(min..=max).contains(&n) {
        return Err(ParamError::new(field, "err-number-range").arg("min", min).arg("max", max));
    }
    Ok(n as i16)
}

impl RegistrationForm {
    /// Checks the form itself; the rules that need the facility and the child (hours offered, age,
    /// limit, duplicates) are enforced by the database.
    pub fn validate(&self, today: Date) -> Result<RegistrationInput, ParamError> {
        let child_id = Uuid::parse_str(self.child_id.trim()).map_err(|_| ParamError::new("child_id", "err-child"))?;
        let facility_id =
            Uuid::parse_str(self.facility_id.trim()).map_err(|_| ParamError::new("facility_id", "err-facility"))?;
        let start = check_start(&self.start, today)?;
        let hours = small_number("hours", &self.hours, 1, 60)?;
        let rank = small_number("rank", &self.rank, 1, 10)?;
        let note = optional("note", self.note.as_deref(), 1000)?.unwrap_or_default();
        if self.criteria.len() > MAX_DECLARED_CRITERIA {
            return Err(ParamError::new("criteria", "err-too-many").arg("max", MAX_DECLARED_CRITERIA));
        }
        let mut criteria = Vec::with_capacity(self.criteria.len());
        for c in &self.criteria {
            let position =
                small_number("criteria", c, 0, 999).map_err(|_| ParamError::new("criteria", "err-criterion"))?;
            if !criteria.contains(&position) {
                criteria.push(position);
            }
        }
        Ok(RegistrationInput { child_id, facility_id, start, hours, rank, note, criteria })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 24);

    fn family() -> FamilyForm {
        FamilyForm {
            first_name: "Anna".into(),
            last_name: "Müller".into(),
            street: "Bahnhofstraße 3".into(),
            postcode: "48431".into(),
            city: "Rheine".into(),
            phone: "05971 123-45".into(),
            email: "anna@example.org".into(),
            ..FamilyForm::default()
        }
    }

    #[test]
    fn a_complete_family_is_accepted_with_german_as_default_language() {
        let f = family().validate().unwrap();
        assert_eq!(f.language, "de");
        assert_eq!(f.guardian2_email, None);
    }

    #[test]
    fn bad_family_fields_are_named() {
        let cases: Vec<(FamilyForm, &str, &str)> = vec![
            (FamilyForm { first_name: " ".into(), ..family() }, "first_name", "err-required"),
            (FamilyForm { postcode: "4843".into(), ..family() }, "postcode", "err-postcode"),
            (FamilyForm { email: "anna.example.org".into(), ..family() }, "email", "err-email"),
            (FamilyForm { phone: "call me".into(), ..family() }, "phone", "err-phone"),
            (FamilyForm { language: "xx".into(), ..family() }, "language", "err-language"),
            (FamilyForm { city: "R".repeat(101), ..family() }, "city", "err-text-too-long"),
            (FamilyForm { guardian2_email: Some("x@".into()), ..family() }, "guardian2_email", "err-email"),
        ];
        for (form, field, key) in cases {
            let e = form.validate().unwrap_err();
            assert_eq!((e.field, e.key), (field, key));
        }
    }

    #[test]
    fn a_child_has_either_a_birth_date_or_an_expected_one() {
        let child = |b: Option<&str>, e: Option<&str>| ChildForm {
            first_name: "Mia".into(),
            last_name: "Müller".into(),
            birth_date: b.map(String::from),
            expected_birth_date: e.map(String::from),
        };
        assert!(child(Some("2025-03-01"), None).validate(TODAY).is_ok());
        assert!(child(None, Some("2027-02-01")).validate(TODAY).is_ok());
        assert_eq!(child(None, None).validate(TODAY).unwrap_err().key, "err-birth-missing");
        assert_eq!(
            child(Some("2025-03-01"), Some("2027-02-01")).validate(TODAY).unwrap_err().key,
            "err-birth-or-expected"
        );
        assert_eq!(child(Some("2027-01-01"), None).validate(TODAY).unwrap_err().key, "err-birth-future");
        assert_eq!(child(None, Some("2028-06-01")).validate(TODAY).unwrap_err().key, "err-expected-range");
    }

    #[test]
    fn registration_numbers_come_from_json_or_forms() {
        let form = |hours: serde_json::Value| RegistrationForm {
            child_id: Uuid::nil().to_string(),
            facility_id: Uuid::nil().to_string(),
            start: "2027-08-01".into(),
            hours,
            rank: serde_json::json!(1),
            note: None,
            criteria: Vec::new(),
        };
        assert_eq!(form(serde_json::json!(35)).validate(TODAY).unwrap().hours, 35);
        assert_eq!(form(serde_json::json!("45")).validate(TODAY).unwrap().hours, 45);
        assert_eq!(form(serde_json::json!("x")).validate(TODAY).unwrap_err().key, "err-not-a-number");
        assert_eq!(form(serde_json::json!(99)).validate(TODAY).unwrap_err().key, "err-number-range");
        assert_eq!(form(serde_json::json!(null)).validate(TODAY).unwrap_err().key, "err-required");
    }

    #[test]
    fn declared_criteria_are_positions_each_once_and_bad_ones_are_refused() {
        let form = |criteria: serde_json::Value| RegistrationForm {
            child_id: Uuid::nil().to_string(),
            facility_id: Uuid::nil().to_string(),
            start: "2027-08-01".into(),
            hours: serde_json::json!(35),
            rank: serde_json::json!(1),
            note: None,
            criteria: serde_json::from_value(criteria).unwrap(),
        };
        assert_eq!(form(serde_json::json!([2, "0", 2])).validate(TODAY).unwrap().criteria, vec![2, 0]);
        assert_eq!(form(serde_json::json!([])).validate(TODAY).unwrap().criteria, Vec::<i16>::new());
        for bad in
            [serde_json::json!(["x"]), serde_json::json!([-1]), serde_json::json!([1000]), serde_json::json!([null])]
        {
            assert_eq!(form(bad.clone()).validate(TODAY).unwrap_err().field, "criteria", "{bad}");
        }
        let too_many: Vec<i64> = (0..21).collect();
        assert_eq!(form(serde_json::json!(too_many)).validate(TODAY).unwrap_err().key, "err-too-many");
    }

    #[test]
    fn a_family_form_names_every_mistake_at_once() {
        let form = FamilyForm {
            first_name: String::new(),
            last_name: "Müller".into(),
            street: "Markt 1".into(),
            postcode: "123".into(),
            city: "Rheine".into(),
            phone: "x".into(),
            email: "nicht-mail".into(),
            ..FamilyForm::default()
        };
        let fields: Vec<&str> = form.mistakes().iter().map(|p| p.field).collect();
        assert_eq!(fields, ["first_name", "postcode", "phone", "email"]);
        assert!(form.validate().is_err());
    }

    #[test]
    fn the_child_form_names_every_mistake_and_reads_german_dates() {
        let child = |first: &str, last: &str, birth: Option<&str>, expected: Option<&str>| ChildForm {
            first_name: first.into(),
            last_name: last.into(),
            birth_date: birth.map(Into::into),
            expected_birth_date: expected.map(Into::into),
        };
        let fields = |f: ChildForm| -> Vec<(&'static str, &'static str)> {
            f.check(TODAY).unwrap_err().iter().map(|p| (p.field, p.key)).collect()
        };
        assert_eq!(
            fields(child("", " ", Some("31.02.2025"), None)),
            [("first_name", "err-required"), ("last_name", "err-required"), ("birth_date", "err-date-format")]
        );
        assert_eq!(
            fields(child("Mia", "", None, None)),
            [("last_name", "err-required"), ("birth_date", "err-birth-missing")]
        );
        assert_eq!(
            fields(child("Mia", "Test", None, Some("01.01.2030"))),
            [("expected_birth_date", "err-expected-range")]
        );
        let ok = child("Mia", "Test", Some("3.5.2024"), None).check(TODAY).unwrap();
        assert_eq!(ok.birth_date, Some(date!(2024 - 05 - 03)));
        assert_eq!(child("", "", None, None).validate(TODAY).unwrap_err().field, "first_name", "the API's first");
    }
}
