//! The municipality form of the pages: fields as typed (kept on error so nothing is lost), each
//! checked on its own so all mistakes show at once, and the logo sent with it (multipart).

use std::collections::HashMap;

use serde::Serialize;
use step_domain::{Logo, ParamError, Tenant, TenantSlug};

use crate::district::ops::municipalities::{MunicipalityContactIn, MunicipalityIn, bad, logo_error};
use crate::web::error::Result;
use crate::web::extract::{Upload, multipart_error};

/// A multipart form with a logo. Larger than the logo's limit, so that a too large logo is read
/// past (not kept) and the form comes back with everything else that was typed.
pub const FORM_LIMIT: usize = 4 * 1024 * 1024;

/// The form's fields as typed (kept on error so nothing is lost).
#[derive(Debug, Default, Serialize)]
pub struct FormView {
    pub values: HashMap<String, String>,
}

impl FormView {
    pub fn from_tenant(t: &Tenant) -> Self {
        let i = MunicipalityIn::from(t);
        let c = &i.contact;
        let values = [
            ("m_slug", i.slug.clone()),
            ("m_name", i.name.clone()),
            ("m_kind", i.kind.clone()),
            ("m_office", i.office.clone()),
            ("m_population", i.population.to_string()),
            ("m_hosts", i.hosts.join("\n")),
            ("m_lat", de_number(i.lat)),
            ("m_lon", de_number(i.lon)),
            ("m_radius_km", de_number(i.radius_km)),
            ("m_postcodes", i.postcodes.join(", ")),
            ("m_primary_color", i.primary_color.clone()),
            ("m_contact_name", c.name.clone()),
            ("m_contact_street", c.street.clone()),
            ("m_contact_postcode", c.postcode.clone()),
            ("m_contact_city", c.city.clone()),
            ("m_contact_phone", c.phone.clone()),
            ("m_contact_email", c.email.clone()),
            ("m_contact_demo", if c.demo { "on".into() } else { String::new() }),
        ];
        Self { values: values.into_iter().map(|(k, v)| (k.to_owned(), v)).collect() }
    }

    pub fn get(&self, key: &str) -> &str {
        self.values.get(key).map_or("", |v| v.trim())
    }

    /// Every field checked on its own, so the form reports all mistakes at once (the full check of
    /// the parser runs afterwards and finds what depends on several fields or on the district).
    pub fn precheck(&self, new: bool, offices: &[String]) -> Vec<ParamError> {
        let mut errors = Vec::new();
        let mut need = |ok: bool, field: &'static str, key: &'static str| {
            if !ok {
                errors.push(bad(field, key));
            }
        };
        let filled = |k: &str| !self.get(k).is_empty();
        let number = |k: &str| self.get(k).replace(',', ".").parse::<f64>().ok().filter(|n| n.is_finite());
        let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
        need(filled("m_name"), "m_name", "tadm-err-required");
        if new {
            need(TenantSlug::parse(self.get("m_slug")).is_some(), "m_slug", "tadm-err-slug");
            need(offices.iter().any(|o| o == self.get("m_office")), "m_office", "tadm-err-office");
        }
        need(matches!(self.get("m_kind"), "Stadt" | "Gemeinde"), "m_kind", "tadm-err-kind");
        let population = self.get("m_population").replace(['.', ' '], "").parse::<u32>().ok();
        need(population.is_some_and(|p| p > 0), "m_population", "tadm-err-population");
        let color = self.color();
        let format_ok = color.len() == 7 && color[1..].chars().all(|c| c.is_ascii_hexdigit());
        need(format_ok, "m_primary_color", "tadm-err-color-format");
        need(!format_ok || step_domain::BrandColor::parse(&color).is_ok(), "m_primary_color", "tadm-err-color");
        for (field, key) in [
            ("m_contact_name", "tadm-err-required"),
            ("m_contact_street", "tadm-err-required"),
            ("m_contact_city", "tadm-err-required"),
        ] {
            need(filled(field), field, key);
        }
        need(digits(self.get("m_contact_postcode"), 5), "m_contact_postcode", "tadm-err-postcode");
        need(
            self.get("m_contact_phone").chars().filter(char::is_ascii_digit).count() >= 3,
            "m_contact_phone",
            "tadm-err-phone",
        );
        let email = self.get("m_contact_email");
        need(email.contains('@') && !email.contains(char::is_whitespace), "m_contact_email", "tadm-err-email");
        let host_ok =
            |h: &String| h.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-');
        need(self.list("m_hosts").iter().all(host_ok), "m_hosts", "tadm-err-hosts");
        need(number("m_lat").is_some_and(|n| (-90.0..=90.0).contains(&n)), "m_lat", "tadm-err-lat");
        need(number("m_lon").is_some_and(|n| (-180.0..=180.0).contains(&n)), "m_lon", "tadm-err-lon");
        need(number("m_radius_km").is_some_and(|n| (0.5..=30.0).contains(&n)), "m_radius_km", "tadm-err-radius");
        let postcodes = self.list("m_postcodes");
        need(!postcodes.is_empty() && postcodes.iter().all(|p| digits(p, 5)), "m_postcodes", "tadm-err-postcodes");
        errors
    }

    /// The colour as typed, with the `#` added when only the six digits were typed.
    fn color(&self) -> String {
        let c = self.get("m_primary_color");
        if c.len() == 6 && c.chars().all(|ch| ch.is_ascii_hexdigit()) { format!("#{c}") } else { c.to_owned() }
    }

    /// A list field: separated by commas, semicolons or white space; lower case.
    fn list(&self, key: &str) -> Vec<String> {
        self.get(key)
            .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(|s| s.to_ascii_lowercase())
            .collect()
    }

    /// The typed values as input; numbers may use a decimal comma.
    pub fn input(&self) -> std::result::Result<MunicipalityIn, ParamError> {
        let number = |key: &'static str, msg: &'static str| -> std::result::Result<f64, ParamError> {
            self.get(key).replace(',', ".").parse::<f64>().ok().filter(|n| n.is_finite()).ok_or_else(|| bad(key, msg))
        };
        let list = |key: &str| self.list(key);
        let population = self
            .get("m_population")
            .replace(['.', ' '], "")
            .parse::<u32>()
            .map_err(|_| bad("m_population", "tadm-err-population"))?;
        Ok(MunicipalityIn {
            slug: self.get("m_slug").to_owned(),
            name: self.get("m_name").to_owned(),
            kind: self.get("m_kind").to_owned(),
            office: self.get("m_office").to_owned(),
            population,
            hosts: list("m_hosts"),
            lat: number("m_lat", "tadm-err-geo")?,
            lon: number("m_lon", "tadm-err-geo")?,
            radius_km: number("m_radius_km", "tadm-err-radius")?,
            postcodes: list("m_postcodes"),
            primary_color: self.color(),
            contact: MunicipalityContactIn {
                name: self.get("m_contact_name").to_owned(),
                street: self.get("m_contact_street").to_owned(),
                postcode: self.get("m_contact_postcode").to_owned(),
                city: self.get("m_contact_city").to_owned(),
                phone: self.get("m_contact_phone").to_owned(),
                email: self.get("m_contact_email").to_owned(),
                demo: !self.get("m_contact_demo").is_empty(),
            },
        })
    }
}

pub fn de_number(n: f64) -> String {
    n.to_string().replace('.', ",")
}

/// A logo sent with the form.
pub enum SentLogo {
    None,
    Bytes(Vec<u8>),
    /// Over 256 KiB: read past, not kept.
    TooLarge,
}

/// Reads the multipart form: text fields and an optional logo (in memory: at most 256 KiB are
/// kept). The CSRF token, its first part, was checked by `web::forgery`.
pub async fn read_form(Upload(mut form): Upload) -> Result<(FormView, SentLogo)> {
    let mut view = FormView::default();
    let mut logo = SentLogo::None;
    let too_large = multipart_error;
    while let Some(mut field) = form.next_field().await.map_err(too_large)? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "m_logo" {
            let (mut bytes, mut over) = (Vec::new(), false);
            while let Some(chunk) = field.chunk().await.map_err(too_large)? {
                over |= bytes.len() + chunk.len() > step_domain::Logo::MAX_BYTES;
                if !over {
                    bytes.extend_from_slice(&chunk);
                }
            }
            // An empty file input sends a part without a file name and bytes: no new logo.
            if over {
                logo = SentLogo::TooLarge;
            } else if !bytes.is_empty() || field.file_name().is_some_and(|n| !n.is_empty()) {
                logo = SentLogo::Bytes(bytes);
            }
        } else if name != "csrf" && view.values.len() < 40 {
            // The logo kept from a refused submit comes back as base64 (at most 256 KiB of image).
            let limit = if name == "m_logo_kept" { step_domain::Logo::MAX_BYTES * 4 / 3 + 4 } else { 2000 };
            let value = field.text().await.map_err(too_large)?;
            view.values.insert(name, value.chars().take(limit).collect());
        }
    }
    Ok((view, logo))
}

/// The logo of this submit: a new file, else the one kept from a refused submit. Refusals go to
/// `errors`; a checked logo comes back with its bytes.
pub fn checked_logo(form: &FormView, sent: SentLogo, errors: &mut Vec<ParamError>) -> Option<(Vec<u8>, Logo)> {
    use base64::Engine as _;
    let bytes = match sent {
        SentLogo::TooLarge => {
            errors.push(bad("m_logo", "tadm-err-logo-large"));
            return None;
        }
        SentLogo::Bytes(bytes) => bytes,
        SentLogo::None => match form.get("m_logo_kept") {
            "" => return None,
            kept => match base64::engine::general_purpose::STANDARD.decode(kept) {
                Ok(bytes) => bytes,
                Err(_) => {
                    errors.push(bad("m_logo", "tadm-err-logo-type"));
                    return None;
                }
            },
        },
    };
    match Logo::parse(bytes.clone()) {
        Ok(logo) => Some((bytes, logo)),
        Err(e) => {
            errors.push(logo_error(e));
            None
        }
    }
}
