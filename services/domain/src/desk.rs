//! What facility staff type at the desk: offers, declines, the profile, capacity, the criteria
//! catalogue and paper registrations. Validated here for pages and API alike; each refusal names
//! the field and a message-catalogue key.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::family::{ChildForm, ChildInput, FamilyForm, FamilyInput, email, optional, phone, required, small_number};
use crate::search::{ParamError, parse_date};

/// Reasons a facility gives for a decline (Absage). Parents see the German label (`reason-<key>`)
/// and the note: an NRW court faulted a city in 2017 for rejections without reasons.
pub const DECLINE_REASONS: &[&str] = &["no_place", "age_band", "hours", "criteria", "other"];

/// An offer (Platzzusage): the date by which the parent must answer.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct OfferForm {
    #[serde(default)]
    pub answer_by: String,
}

impl OfferForm {
    /// The deadline must be after today and at most the office's answer period away.
    pub fn validate(&self, today: Date, max_days: u16) -> Result<Date, ParamError> {
        let date = parse_date(&self.answer_by).ok_or_else(|| ParamError::new("answer_by", "err-date-format"))?;
        let latest = today.saturating_add(time::Duration::days(i64::from(max_days)));
        if date <= today || date > latest {
            return Err(ParamError::new("answer_by", "err-answer-by").arg("days", max_days));
        }
        Ok(date)
    }
}

/// A decline (Absage) with a reason from [`DECLINE_REASONS`] and a note (required for `other`).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct DeclineForm {
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub note: Option<String>,
}

impl DeclineForm {
    pub fn validate(&self) -> Result<(&'static str, String), ParamError> {
        let reason = DECLINE_REASONS
            .iter()
            .find(|r| **r == self.reason.trim())
            .ok_or_else(|| ParamError::new("reason", "err-reason"))?;
        let note = optional("note", self.note.as_deref(), 1000)?.unwrap_or_default();
        if *reason == "other" && note.is_empty() {
            return Err(ParamError::new("note", "err-reason-note"));
        }
        Ok((reason, note))
    }
}

/// The part of a facility's public profile the desk edits.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct ProfileForm {
    #[serde(default)]
    pub opening_hours: String,
    #[serde(default)]
    pub description: String,
    /// Comma-separated, e.g. "Bewegung, Natur".
    #[serde(default)]
    pub concepts: String,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileInput {
    pub opening_hours: String,
    pub description: String,
    pub concepts: Vec<String>,
    pub contact_name: String,
    pub phone: String,
    pub email: String,
}

impl ProfileForm {
    pub fn validate(&self) -> Result<ProfileInput, ParamError> {
        let mut concepts = Vec::new();
        for c in self.concepts.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let c = optional("concepts", Some(c), 60)?.unwrap_or_default();
            if !concepts.contains(&c) {
                concepts.push(c);
            }
        }
        if concepts.len() > 12 {
            return Err(ParamError::new("concepts", "err-too-many").arg("max", 12));
        }
        Ok(ProfileInput {
            opening_hours: required("opening_hours", &self.opening_hours, 200)?,
            description: optional("description", Some(&self.description), 2000)?.unwrap_or_default(),
            concepts,
            contact_name: required("contact_name", &self.contact_name, 100)?,
            phone: phone("phone", Some(&self.phone), true)?.unwrap_or_default(),
            email: email("email", Some(&self.email), true)?.unwrap_or_default(),
        })
    }
}

/// One capacity line: free places from a start date, for an age band and weekly hours (0 = any).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct CapacityForm {
    #[serde(default)]
    pub start: String,
    #[serde(default)]
    pub age_band: String,
    #[serde(default)]
    pub hours: String,
    #[serde(default)]
    pub free_places: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapacityInput {
    pub start: Date,
    pub age_band: &'static str,
    pub hours: i16,
    pub free_places: i16,
}

impl CapacityForm {
    pub fn validate(&self) -> Result<CapacityInput, ParamError> {
        let start = parse_date(&self.start).ok_or_else(|| ParamError::new("start", "err-date-format"))?;
        let age_band = match self.age_band.trim() {
            "u3" => "u3",
            "ue3" => "ue3",
            _ => return Err(ParamError::new("age_band", "err-age-band")),
        };
        let hours = if self.hours.trim().is_empty() {
            0
        } else {
            small_number("hours", &serde_json::Value::String(self.hours.clone()), 0, 60)?
        };
        let free_places = small_number("free_places", &serde_json::Value::String(self.free_places.clone()), 0, 500)?;
        Ok(CapacityInput { start, age_band, hours, free_places })
    }
}

/// One admission criterion of the catalogue with its points.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct CriterionForm {
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub points: String,
}

impl CriterionForm {
    pub fn validate(&self) -> Result<(String, i16), ParamError> {
        let label = required("label", &self.label, 200)?;
        let points = small_number("points", &serde_json::Value::String(self.points.clone()), 0, 100)?;
        Ok((label, points))
    }
}

/// A paper registration: the family, the child and the wish, typed in by the facility.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct PaperForm {
    #[serde(flatten)]
    pub family: FamilyForm,
    #[serde(default)]
    pub child_first_name: String,
    #[serde(default)]
    pub child_last_name: String,
    #[serde(default)]
    pub birth_date: Option<String>,
    #[serde(default)]
    pub expected_birth_date: Option<String>,
    #[serde(default)]
    pub start: String,
    #[serde(default)]
    pub hours: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone)]
pub struct PaperInput {
    pub family: FamilyInput,
    pub child: ChildInput,
    pub start: Date,
    pub hours: i16,
    pub note: String,
}

impl PaperForm {
    pub fn validate(&self, today: Date) -> Result<PaperInput, ParamError> {
        let family = self.family.validate()?;
        let child = ChildForm {
            first_name: self.child_first_name.clone(),
            last_name: self.child_last_name.clone(),
            birth_date: self.birth_date.clone(),
            expected_birth_date: self.expected_birth_date.clone(),
        }
        .validate(today)
        .map_err(|mut p| {
            // The child's name fields carry a prefix on this form.
            p.field = match p.field {
                "first_name" => "child_first_name",
                "last_name" => "child_last_name",
                other => other,
            };
            p
        })?;
        let start = parse_date(&self.start).ok_or_else(|| ParamError::new("start", "err-date-format"))?;
        if start < today {
            return Err(ParamError::new("start", "err-start-past"));
        }
        if start > today.saturating_add(time::Duration::days(3 * 366)) {
            return Err(ParamError::new("start", "err-start-too-far"));
        }
        let hours = small_number("hours", &serde_json::Value::String(self.hours.clone()), 1, 60)?;
        let note = optional("note", self.note.as_deref(), 1000)?.unwrap_or_default();
        Ok(PaperInput { family, child, start, hours, note })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 24);

    #[test]
    fn an_offer_deadline_lies_within_the_offices_answer_period() {
        let form = |d: &str| OfferForm { answer_by: d.into() }.validate(TODAY, 14);
        assert_eq!(form("2026-12-08").unwrap(), date!(2026 - 12 - 08));
        assert_eq!(form("2026-11-24").unwrap_err().key, "err-answer-by");
        assert_eq!(form("2026-12-09").unwrap_err().key, "err-answer-by");
        assert_eq!(form("8.12.2026").unwrap(), date!(2026 - 12 - 08), "a German date");
        assert_eq!(form("8/12/2026").unwrap_err().key, "err-date-format");
    }

    #[test]
    fn a_decline_needs_a_known_reason_and_for_other_a_note() {
        let d = |r: &str, n: Option<&str>| DeclineForm { reason: r.into(), note: n.map(Into::into) }.validate();
        assert_eq!(d("no_place", None).unwrap(), ("no_place", String::new()));
        assert_eq!(d("weil", None).unwrap_err().key, "err-reason");
        assert_eq!(d("other", Some("  ")).unwrap_err().field, "note");
        assert_eq!(d("other", Some("Umzug")).unwrap().1, "Umzug");
        assert_eq!(d("criteria", Some(&"x".repeat(1001))).unwrap_err().key, "err-text-too-long");
    }

    #[test]
    fn capacity_lines_are_checked_field_by_field() {
        let ok = CapacityForm {
            start: "2027-08-01".into(),
            age_band: "u3".into(),
            hours: "".into(),
            free_places: "3".into(),
        };
        assert_eq!(ok.validate().unwrap().hours, 0);
        let bad_band = CapacityForm { age_band: "baby".into(), ..ok.clone() };
        assert_eq!(bad_band.validate().unwrap_err().field, "age_band");
        let negative = CapacityForm { free_places: "-1".into(), ..ok.clone() };
        assert_eq!(negative.validate().unwrap_err().key, "err-number-range");
        let text = CapacityForm { hours: "viele".into(), ..ok };
        assert_eq!(text.validate().unwrap_err().key, "err-not-a-number");
    }

    #[test]
    fn the_profile_keeps_distinct_concepts_and_needs_contact_data() {
        let form = ProfileForm {
            opening_hours: "Mo–Fr 7–16 Uhr".into(),
            concepts: "Natur, Bewegung, Natur,".into(),
            contact_name: "Petra Schulte".into(),
            phone: "05451 123".into(),
            email: "leitung@example.org".into(),
            ..ProfileForm::default()
        };
        assert_eq!(form.validate().unwrap().concepts, vec!["Natur", "Bewegung"]);
        assert_eq!(ProfileForm { email: "x".into(), ..form.clone() }.validate().unwrap_err().field, "email");
        assert_eq!(ProfileForm { opening_hours: " ".into(), ..form }.validate().unwrap_err().key, "err-required");
    }

    #[test]
    fn a_paper_registration_names_the_childs_fields_apart_from_the_parents() {
        let form = PaperForm {
            family: FamilyForm {
                first_name: "Elif".into(),
                last_name: "Kaya".into(),
                street: "Markt 1".into(),
                postcode: "49477".into(),
                city: "Ibbenbüren".into(),
                phone: "05451 1".into(),
                email: "kaya@example.org".into(),
                ..FamilyForm::default()
            },
            child_first_name: "".into(),
            child_last_name: "Kaya".into(),
            birth_date: Some("2025-03-01".into()),
            start: "2027-08-01".into(),
            hours: "35".into(),
            ..PaperForm::default()
        };
        assert_eq!(form.validate(TODAY).unwrap_err().field, "child_first_name");
        let ok = PaperForm { child_first_name: "Deniz".into(), ..form };
        assert_eq!(ok.validate(TODAY).unwrap().hours, 35);
    }
}
