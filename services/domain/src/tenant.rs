//! The tenant registry: one TOML file per municipality under `tenants/`, offices described once in
//! `tenants/offices.toml`. Parsing is strict and every error names the file and the field, because a
//! wrong file must stop start-up rather than serve a municipality with wrong branding or contact.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;
use toml::{Table, Value};

use crate::geo::LatLon;

/// Paths that can never be a tenant slug because the router uses them.
const RESERVED_SLUGS: &[&str] = &["api", "static", "healthz", "readyz", "district", "favicon", "robots", "gemeinden"];

#[derive(Debug, thiserror::Error)]
pub enum TenantError {
    #[error("{file}: field `{field}`: {message}")]
    Field { file: String, field: String, message: String },
    #[error("{file}: {message}")]
    File { file: String, message: String },
}

fn field_err(file: &str, field: &str, message: impl Into<String>) -> TenantError {
    TenantError::Field { file: file.into(), field: field.into(), message: message.into() }
}

/// A municipality's URL name such as `ibbenbueren` (umlauts spelled ae/oe/ue).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct TenantSlug(String);

impl TenantSlug {
    /// Lower-case ASCII letters, digits and single hyphens, 2 to 40 characters, starting with a letter.
    pub fn parse(text: &str) -> Option<Self> {
        let ok = (2..=40).contains(&text.len())
            && text.starts_with(|c: char| c.is_ascii_lowercase())
            && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !text.ends_with('-')
            && !text.contains("--")
            && !RESERVED_SLUGS.contains(&text);
        ok.then(|| Self(text.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TenantSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A tenant's PostgreSQL schema, `t_<slug>`. Only values that pass [`SchemaName::parse`] ever reach SQL
/// text, and they come from the registry, never from a request.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct SchemaName(String);

impl SchemaName {
    /// `^t_[a-z0-9_]{1,40}$`
    pub fn parse(text: &str) -> Option<Self> {
        let rest = text.strip_prefix("t_")?;
        let ok = (1..=40).contains(&rest.len())
            && rest.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        ok.then(|| Self(text.to_owned()))
    }
    pub fn for_slug(slug: &TenantSlug) -> Option<Self> {
        Self::parse(&format!("t_{}", slug.as_str().replace('-', "_")))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SchemaName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A brand colour `#rrggbb` that white text can sit on: WCAG 2.1 contrast of at least 4.5:1 against white
/// (BITV 2.0 requires AA), since headers and buttons print white text on it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct BrandColor(String);

impl BrandColor {
    pub fn parse(text: &str) -> Result<Self, String> {
        let hex = text.strip_prefix('#').filter(|h| h.len() == 6 && h.chars().all(|c| c.is_ascii_hexdigit()));
        let Some(hex) = hex else {
            return Err(format!("`{text}` is not a colour of the form #rrggbb"));
        };
        let ratio = contrast_with_white(hex);
        if ratio < 4.5 {
            return Err(format!(
                "colour {text} has a contrast of {ratio:.2}:1 against white; at least 4.5:1 is required (WCAG 2.1 AA)"
            ));
        }
        Ok(Self(format!("#{}", hex.to_ascii_lowercase())))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn contrast_with_white(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)) / 255.0;
        if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    let l = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    1.05 / (l + 0.05)
}

#[derive(Debug, Clone, Serialize)]
pub struct Contact {
    pub name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub phone: String,
    pub email: String,
    /// Demo contacts are shown with a "Demo" mark so nobody mistakes them for a real office.
    pub demo: bool,
}

/// Procedure settings of an office, inherited by its municipalities with per-municipality overrides.
#[derive(Debug, Clone, Serialize)]
pub struct Procedure {
    /// How many facilities a parent may pick per child (the flyer's "bis zu fünf").
    pub max_choices: u8,
    /// How many days an offer (Platzzusage) stays open for an answer.
    pub offer_answer_days: u16,
    /// Registration deadline of the season as `MM-DD` (Kreisjugendamt: 31 October).
    pub registration_deadline: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Office {
    pub id: String,
    pub name: String,
    pub contact: Contact,
    pub procedure: Procedure,
}

#[derive(Debug, Clone, Serialize)]
pub struct Branding {
    pub primary_color: BrandColor,
    /// The logo (SVG, PNG or JPEG), served at [`Logo::url`].
    #[serde(skip)]
    pub logo: Logo,
}

/// Why an uploaded logo is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LogoError {
    #[error("the logo is empty")]
    Empty,
    #[error("the logo is larger than 256 KiB (an SVG: 64 KiB)")]
    TooLarge,
    #[error("the logo must be an SVG, PNG or JPEG image")]
    UnknownType,
    #[error("the SVG logo contains scripts, event handlers or embedded documents")]
    UnsafeSvg,
}

/// A municipality's logo: the bytes as served, their type and a short version for cache-busting URLs.
#[derive(Debug, Clone, PartialEq)]
pub struct Logo {
    content_type: &'static str,
    bytes: std::sync::Arc<[u8]>,
    version: String,
    /// The badge drawn from name and colour (it follows them when they change).
    generated: bool,
}

impl Logo {
    pub const MAX_BYTES: usize = 256 * 1024;
    pub const MAX_SVG_BYTES: usize = 64 * 1024;

    /// Accepts SVG, PNG and JPEG, recognised by content (never by a file name). SVGs must not carry
    /// scripts, event handlers, `javascript:` links or embedded documents; they are also served with
    /// a CSP that forbids scripts.
    pub fn parse(bytes: Vec<u8>) -> Result<Self, LogoError> {
        if bytes.is_empty() {
            return Err(LogoError::Empty);
        }
        if bytes.len() > Self::MAX_BYTES {
            return Err(LogoError::TooLarge);
        }
        let content_type = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            "image/png"
        } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
            "image/jpeg"
        } else {
            let text = std::str::from_utf8(&bytes).map_err(|_| LogoError::UnknownType)?;
            let head = text.trim_start_matches('\u{feff}').trim_start();
            if !(head.starts_with("<svg") || head.starts_with("<?xml")) || !text.contains("<svg") {
                return Err(LogoError::UnknownType);
            }
            if bytes.len() > Self::MAX_SVG_BYTES {
                return Err(LogoError::TooLarge);
            }
            if !svg_is_inert(text) {
                return Err(LogoError::UnsafeSvg);
            }
            "image/svg+xml"
        };
        Ok(Self::new(content_type, bytes))
    }

    fn new(content_type: &'static str, bytes: Vec<u8>) -> Self {
        // FNV-1a: a cache-busting version, not a security property.
        let hash =
            bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3));
        Self { content_type, bytes: bytes.into(), version: format!("{:08x}", hash >> 32), generated: false }
    }

    /// The shield badge drawn for a municipality without a logo of its own: its brand colour and the
    /// first two letters of its name.
    pub fn badge(name: &str, color: &BrandColor) -> Self {
        let initials: String = name.chars().filter(|c| c.is_alphanumeric()).take(2).collect();
        let svg = format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64" role="img" aria-label="{name}">
  <path d="M32 3 L58 12 V32 C58 47 46 57 32 61 C18 57 6 47 6 32 V12 Z" fill="{color}"/>
  <path d="M32 9 L52 16 V32 C52 43 43 51 32 55 C21 51 12 43 12 32 V16 Z" fill="none" stroke="#ffffff" stroke-width="2"/>
  <text x="32" y="40" text-anchor="middle" font-family="sans-serif" font-size="20" font-weight="700" fill="#ffffff">{initials}</text>
</svg>
"##,
            name = xml_escape(name),
            color = color.as_str(),
            initials = xml_escape(&initials),
        );
        Self { generated: true, ..Self::new("image/svg+xml", svg.into_bytes()) }
    }

    /// Whether this is the generated badge rather than a logo of the municipality's own.
    pub fn is_generated(&self) -> bool {
        self.generated
    }

    pub fn content_type(&self) -> &'static str {
        self.content_type
    }
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
    pub fn version(&self) -> &str {
        &self.version
    }
    /// The file extension matching the type.
    pub fn extension(&self) -> &'static str {
        match self.content_type {
            "image/png" => "png",
            "image/jpeg" => "jpg",
            _ => "svg",
        }
    }
    /// Where the portal serves it; the version changes with the bytes, so a new logo shows at once.
    pub fn url(&self, slug: &TenantSlug) -> String {
        format!("/static/logos/{slug}.{}?v={}", self.extension(), self.version)
    }
}

/// Conservative: a logo needs shapes, text and maybe gradients, nothing active. Refused are any
/// mention of `script`, event-handler attributes (`on…=` after white space, `/` or a quote),
/// embedded documents, entity declarations and every link that is not a fragment (`#id`), which
/// also rules out `javascript:` however it is encoded.
fn svg_is_inert(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let handler = lower.match_indices("on").any(|(i, _)| {
        let before_ok = i > 0 && (bytes[i - 1].is_ascii_whitespace() || matches!(bytes[i - 1], b'/' | b'"' | b'\''));
        let rest = &lower[i + 2..];
        let name_len = rest.chars().take_while(|c| c.is_ascii_alphabetic()).count();
        before_ok && name_len > 0 && rest[name_len..].trim_start().starts_with('=')
    });
    let foreign_link = lower.match_indices("href").any(|(i, _)| {
        let rest = lower[i + 4..].trim_start();
        let Some(value) = rest.strip_prefix('=') else { return false };
        let value = value.trim_start().trim_start_matches(['"', '\'']).trim_start();
        !value.starts_with('#')
    });
    !(handler
        || foreign_link
        || ["script", "<foreignobject", "<iframe", "<embed", "<object", "<!entity", "<!doctype"]
            .iter()
            .any(|bad| lower.contains(bad)))
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[derive(Debug, Clone, Serialize)]
pub struct Tenant {
    pub slug: TenantSlug,
    pub name: String,
    pub kind: String,
    pub schema: SchemaName,
    pub office: Office,
    pub population: u32,
    pub hosts: Vec<String>,
    pub center: LatLon,
    pub radius_km: f64,
    pub postcodes: Vec<String>,
    pub branding: Branding,
    pub contact: Contact,
    pub procedure: Procedure,
}

/// Reads `offices.toml` and every other `*.toml` in `dir`, sorted by slug. Any error stops the load.
pub fn load_dir(dir: &Path) -> Result<Vec<Tenant>, TenantError> {
    let offices_path = dir.join("offices.toml");
    let offices = parse_offices(&display(&offices_path), &read(&offices_path)?)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| TenantError::File {
            file: dir.display().to_string(),
            message: format!("cannot read directory: {e}"),
        })?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.file_name().is_some_and(|n| n != "offices.toml"))
        .collect();
    files.sort();
    let mut tenants = Vec::with_capacity(files.len());
    for path in files {
        let file = display(&path);
        let logo_dir = path.parent().unwrap_or(dir).to_path_buf();
        let tenant = parse_tenant(&file, &read(&path)?, &offices, |rel| {
            let logo = logo_dir.join(rel);
            std::fs::read(&logo).map_err(|e| format!("cannot read logo {}: {e}", logo.display()))
        })?;
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        if stem != tenant.slug.as_str() {
            return Err(field_err(&file, "slug", format!("`{}` must equal the file name `{stem}`", tenant.slug)));
        }
        tenants.push(tenant);
    }
    check_unique(&tenants)?;
    Ok(tenants)
}

fn check_unique(tenants: &[Tenant]) -> Result<(), TenantError> {
    let mut hosts: BTreeMap<&str, &str> = BTreeMap::new();
    for t in tenants {
        for h in &t.hosts {
            if let Some(other) = hosts.insert(h.as_str(), t.slug.as_str()) {
                return Err(field_err(
                    &format!("{}.toml", t.slug),
                    "hosts",
                    format!("host `{h}` is also used by `{other}`"),
                ));
            }
        }
    }
    Ok(())
}

fn display(p: &Path) -> String {
    p.display().to_string()
}

fn read(path: &Path) -> Result<String, TenantError> {
    std::fs::read_to_string(path)
        .map_err(|e| TenantError::File { file: display(path), message: format!("cannot read: {e}") })
}

/// Typed access to a TOML table that names the dotted field on every error.
struct Fields<'a> {
    file: &'a str,
    prefix: String,
    table: &'a Table,
}

impl<'a> Fields<'a> {
    fn path(&self, key: &str) -> String {
        if self.prefix.is_empty() { key.to_owned() } else { format!("{}.{key}", self.prefix) }
    }
    fn err(&self, key: &str, message: impl Into<String>) -> TenantError {
        field_err(self.file, &self.path(key), message)
    }
    fn opt(&self, key: &str) -> Option<&'a Value> {
        self.table.get(key)
    }
    fn req(&self, key: &str) -> Result<&'a Value, TenantError> {
        self.opt(key).ok_or_else(|| self.err(key, "is missing"))
    }
    fn string(&self, key: &str) -> Result<String, TenantError> {
        match self.req(key)? {
            Value::String(s) if !s.trim().is_empty() => Ok(s.clone()),
            Value::String(_) => Err(self.err(key, "must not be empty")),
            other => Err(self.err(key, format!("must be a string, found {}", other.type_str()))),
        }
    }
    fn float(&self, key: &str) -> Result<f64, TenantError> {
        match self.req(key)? {
            Value::Float(f) => Ok(*f),
            Value::Integer(i) => Ok(*i as f64),
            other => Err(self.err(key, format!("must be a number, found {}", other.type_str()))),
        }
    }
    fn int_in(&self, key: &str, range: std::ops::RangeInclusive<i64>) -> Result<i64, TenantError> {
        match self.req(key)? {
            Value::Integer(i) if range.contains(i) => Ok(*i),
            Value::Integer(i) => Err(self.err(key, format!("{i} is outside {}..={}", range.start(), range.end()))),
            other => Err(self.err(key, format!("must be an integer, found {}", other.type_str()))),
        }
    }
    fn boolean(&self, key: &str) -> Result<bool, TenantError> {
        match self.req(key)? {
            Value::Boolean(b) => Ok(*b),
            other => Err(self.err(key, format!("must be true or false, found {}", other.type_str()))),
        }
    }
    fn strings(&self, key: &str) -> Result<Vec<String>, TenantError> {
        let Some(value) = self.opt(key) else {
            return Ok(Vec::new());
        };
        let Value::Array(items) = value else {
            return Err(self.err(key, "must be a list of strings"));
        };
        items
            .iter()
            .map(|v| v.as_str().map(str::to_owned).ok_or_else(|| self.err(key, "must be a list of strings")))
            .collect()
    }
    fn table(&self, key: &str) -> Result<Fields<'a>, TenantError> {
        match self.req(key)? {
            Value::Table(t) => Ok(Fields { file: self.file, prefix: self.path(key), table: t }),
            other => Err(self.err(key, format!("must be a table, found {}", other.type_str()))),
        }
    }
    fn deny_unknown(&self, known: &[&str]) -> Result<(), TenantError> {
        match self.table.keys().find(|k| !known.contains(&k.as_str())) {
            Some(k) => Err(self.err(k, "is not a known field (misspelt?)")),
            None => Ok(()),
        }
    }
}

fn parse_toml(file: &str, text: &str) -> Result<Table, TenantError> {
    text.parse::<Table>().map_err(|e| TenantError::File { file: file.into(), message: format!("not valid TOML: {e}") })
}

fn parse_contact(f: &Fields<'_>) -> Result<Contact, TenantError> {
    f.deny_unknown(&["name", "street", "postcode", "city", "phone", "email", "demo"])?;
    let email = f.string("email")?;
    if !email.contains('@') || email.contains(char::is_whitespace) {
        return Err(f.err("email", format!("`{email}` is not an e-mail address")));
    }
    let postcode = f.string("postcode")?;
    if postcode.len() != 5 || !postcode.chars().all(|c| c.is_ascii_digit()) {
        return Err(f.err("postcode", format!("`{postcode}` is not a five-digit postcode")));
    }
    let phone = f.string("phone")?;
    if phone.chars().filter(char::is_ascii_digit).count() < 3 {
        return Err(f.err("phone", format!("`{phone}` is not a phone number")));
    }
    Ok(Contact {
        name: f.string("name")?,
        street: f.string("street")?,
        postcode,
        city: f.string("city")?,
        phone,
        email,
        demo: f.boolean("demo")?,
    })
}

const PROCEDURE_KEYS: &[&str] = &["max_choices", "offer_answer_days", "registration_deadline"];

fn parse_procedure(f: &Fields<'_>, base: Option<&Procedure>) -> Result<Procedure, TenantError> {
    f.deny_unknown(PROCEDURE_KEYS)?;
    let has = |k: &str| f.opt(k).is_some() || base.is_none();
    let deadline = if has("registration_deadline") {
        let d = f.string("registration_deadline")?;
        let valid = d.len() == 5
            && d.as_bytes()[2] == b'-'
            && d[..2].parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
            && d[3..].parse::<u8>().is_ok_and(|day| (1..=31).contains(&day));
        if !valid {
            return Err(f.err("registration_deadline", format!("`{d}` is not a date of the form MM-DD")));
        }
        d
    } else {
        base.map(|b| b.registration_deadline.clone()).unwrap_or_default()
    };
    Ok(Procedure {
        max_choices: if has("max_choices") {
            f.int_in("max_choices", 1..=10)? as u8
        } else {
            base.map_or(5, |b| b.max_choices)
        },
        offer_answer_days: if has("offer_answer_days") {
            f.int_in("offer_answer_days", 1..=90)? as u16
        } else {
            base.map_or(14, |b| b.offer_answer_days)
        },
        registration_deadline: deadline,
    })
}

/// Parses `offices.toml`: `[offices.<id>]` tables with a contact and `[offices.<id>.procedure]`.
pub fn parse_offices(file: &str, text: &str) -> Result<BTreeMap<String, Office>, TenantError> {
    let root = parse_toml(file, text)?;
    let root = Fields { file, prefix: String::new(), table: &root };
    root.deny_unknown(&["offices"])?;
    let offices = root.table("offices")?;
    let mut out = BTreeMap::new();
    for id in offices.table.keys() {
        let valid = id.len() <= 40
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !valid {
            let why = format!(
                "office id `{id}`: lower-case letters, digits, `-` and `_`, starting with a letter, at most 40"
            );
            return Err(field_err(file, "offices", &why));
        }
        let o = offices.table(id)?;
        let mut contact_keys: Vec<&str> =
            vec!["name", "street", "postcode", "city", "phone", "email", "demo", "procedure"];
        contact_keys.sort_unstable();
        o.deny_unknown(&contact_keys)?;
        let contact_table: Table =
            o.table.iter().filter(|(k, _)| *k != "procedure").map(|(k, v)| (k.clone(), v.clone())).collect();
        let contact = parse_contact(&Fields { file, prefix: o.prefix.clone(), table: &contact_table })?;
        let procedure = parse_procedure(&o.table("procedure")?, None)?;
        out.insert(id.clone(), Office { id: id.clone(), name: contact.name.clone(), contact, procedure });
    }
    if out.is_empty() {
        return Err(field_err(file, "offices", "no office is described"));
    }
    Ok(out)
}

/// Parses one municipality file. `read_logo` reads the logo path given in `branding.logo`.
pub fn parse_tenant(
    file: &str,
    text: &str,
    offices: &BTreeMap<String, Office>,
    read_logo: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<Tenant, TenantError> {
    let table = parse_toml(file, text)?;
    let f = Fields { file, prefix: String::new(), table: &table };
    f.deny_unknown(&[
        "slug",
        "name",
        "kind",
        "schema",
        "office",
        "population",
        "hosts",
        "geo",
        "branding",
        "contact",
        "procedure",
    ])?;
    let slug_text = f.string("slug")?;
    let slug = TenantSlug::parse(&slug_text).ok_or_else(|| {
        f.err(
            "slug",
            format!("`{slug_text}` must be 2-40 lower-case letters, digits or hyphens and not a reserved path"),
        )
    })?;
    let schema_text = f.string("schema")?;
    let schema = SchemaName::parse(&schema_text)
        .ok_or_else(|| f.err("schema", format!("`{schema_text}` must match ^t_[a-z0-9_]{{1,40}}$")))?;
    if Some(&schema) != SchemaName::for_slug(&slug).as_ref() {
        return Err(f.err("schema", format!("`{schema_text}` must be `t_` followed by the slug")));
    }
    let office_id = f.string("office")?;
    let office = offices
        .get(&office_id)
        .ok_or_else(|| f.err("office", format!("`{office_id}` is not described in offices.toml")))?
        .clone();
    let kind = f.string("kind")?;
    if kind != "Stadt" && kind != "Gemeinde" {
        return Err(f.err("kind", format!("`{kind}` must be Stadt or Gemeinde")));
    }
    let mut hosts = f.strings("hosts")?;
    // The same host twice is one host.
    let mut seen = std::collections::HashSet::new();
    hosts.retain(|h| seen.insert(h.clone()));
    for h in &hosts {
        let ok = !h.is_empty()
            && h.len() <= 253
            && h.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-');
        if !ok {
            return Err(f.err("hosts", format!("`{h}` is not a lower-case host name")));
        }
    }

    let geo = f.table("geo")?;
    geo.deny_unknown(&["lat", "lon", "radius_km", "postcodes"])?;
    let center =
        LatLon::new(geo.float("lat")?, geo.float("lon")?).ok_or_else(|| geo.err("lat", "coordinates out of range"))?;
    let radius_km = geo.float("radius_km")?;
    if !(0.5..=30.0).contains(&radius_km) {
        return Err(geo.err("radius_km", format!("{radius_km} is outside 0.5..=30")));
    }
    let postcodes = geo.strings("postcodes")?;
    if postcodes.is_empty() || postcodes.iter().any(|p| p.len() != 5 || !p.chars().all(|c| c.is_ascii_digit())) {
        return Err(geo.err("postcodes", "must list the municipality's five-digit postcodes"));
    }

    let b = f.table("branding")?;
    b.deny_unknown(&["primary_color", "logo"])?;
    let primary_color = BrandColor::parse(&b.string("primary_color")?).map_err(|m| b.err("primary_color", m))?;
    let name = f.string("name")?;
    // Without a logo of its own a municipality gets the generated badge in its colour.
    let logo = match b.opt("logo") {
        None => Logo::badge(&name, &primary_color),
        Some(_) => {
            let logo_path = b.string("logo")?;
            if logo_path.contains("..") || logo_path.starts_with('/') {
                return Err(b.err("logo", "must be a path inside the tenants directory"));
            }
            let bytes = read_logo(&logo_path).map_err(|m| b.err("logo", m))?;
            Logo::parse(bytes).map_err(|e| b.err("logo", e.to_string()))?
        }
    };
    let contact = parse_contact(&f.table("contact")?)?;
    let procedure = match f.opt("procedure") {
        Some(_) => parse_procedure(&f.table("procedure")?, Some(&office.procedure))?,
        None => office.procedure.clone(),
    };
    Ok(Tenant {
        name,
        kind,
        population: f.int_in("population", 1..=10_000_000)? as u32,
        slug,
        schema,
        office,
        hosts,
        center,
        radius_km,
        postcodes,
        branding: Branding { primary_color, logo },
        contact,
        procedure,
    })
}

/// The value of `branding.logo` in a definition kept in the platform schema: the logo's bytes are
/// stored beside the definition.
pub const STORED_LOGO: &str = "stored";

impl Tenant {
    /// This municipality as a tenant file (the format of `tenants/*.toml`), for the platform schema.
    /// The procedure lists only what differs from the office's. `logo_stored` writes
    /// `branding.logo = "stored"`; without it the municipality gets the generated badge.
    pub fn definition_toml(&self, logo_stored: bool) -> String {
        use toml::Value as V;
        let strings = |v: &[String]| V::Array(v.iter().cloned().map(V::String).collect());
        let mut t = Table::new();
        t.insert("slug".into(), V::String(self.slug.to_string()));
        t.insert("name".into(), V::String(self.name.clone()));
        t.insert("kind".into(), V::String(self.kind.clone()));
        t.insert("schema".into(), V::String(self.schema.to_string()));
        t.insert("office".into(), V::String(self.office.id.clone()));
        t.insert("population".into(), V::Integer(i64::from(self.population)));
        t.insert("hosts".into(), strings(&self.hosts));
        let mut geo = Table::new();
        geo.insert("lat".into(), V::Float(self.center.lat));
        geo.insert("lon".into(), V::Float(self.center.lon));
        geo.insert("radius_km".into(), V::Float(self.radius_km));
        geo.insert("postcodes".into(), strings(&self.postcodes));
        t.insert("geo".into(), V::Table(geo));
        let mut branding = Table::new();
        branding.insert("primary_color".into(), V::String(self.branding.primary_color.as_str().into()));
        if logo_stored {
            branding.insert("logo".into(), V::String(STORED_LOGO.into()));
        }
        t.insert("branding".into(), V::Table(branding));
        let c = &self.contact;
        let mut contact = Table::new();
        for (k, v) in [("name", &c.name), ("street", &c.street), ("postcode", &c.postcode), ("city", &c.city)] {
            contact.insert(k.into(), V::String(v.clone()));
        }
        contact.insert("phone".into(), V::String(c.phone.clone()));
        contact.insert("email".into(), V::String(c.email.clone()));
        contact.insert("demo".into(), V::Boolean(c.demo));
        t.insert("contact".into(), V::Table(contact));
        let (p, base) = (&self.procedure, &self.office.procedure);
        let mut procedure = Table::new();
        if p.max_choices != base.max_choices {
            procedure.insert("max_choices".into(), V::Integer(i64::from(p.max_choices)));
        }
        if p.offer_answer_days != base.offer_answer_days {
            procedure.insert("offer_answer_days".into(), V::Integer(i64::from(p.offer_answer_days)));
        }
        if p.registration_deadline != base.registration_deadline {
            procedure.insert("registration_deadline".into(), V::String(p.registration_deadline.clone()));
        }
        if !procedure.is_empty() {
            t.insert("procedure".into(), V::Table(procedure));
        }
        toml::to_string(&t).unwrap_or_default()
    }
}

/// Parses a definition kept in the platform schema (same format and checks as a tenant file);
/// `logo` is the stored logo when the definition says `branding.logo = "stored"`.
pub fn parse_definition(
    slug: &str,
    text: &str,
    offices: &BTreeMap<String, Office>,
    logo: Option<&[u8]>,
) -> Result<Tenant, TenantError> {
    let file = format!("platform.tenant_definitions[{slug}]");
    let tenant = parse_tenant(&file, text, offices, |path| {
        if path != STORED_LOGO {
            return Err(format!("must be `{STORED_LOGO}` in a definition kept in the platform schema"));
        }
        logo.map(<[u8]>::to_vec).ok_or_else(|| "no logo is stored".to_owned())
    })?;
    if tenant.slug.as_str() != slug {
        return Err(field_err(&file, "slug", format!("`{}` must be `{slug}`", tenant.slug)));
    }
    Ok(tenant)
}

/// The offices the given municipalities belong to (run-time municipalities join one of these).
pub fn offices_of<T: std::borrow::Borrow<Tenant>>(tenants: &[T]) -> BTreeMap<String, Office> {
    tenants.iter().map(|t| &t.borrow().office).map(|o| (o.id.clone(), o.clone())).collect()
}

/// The municipalities served: the tenant files, with run-time definitions from the platform schema
/// winning over a file of the same slug and adding the others; sorted by slug. Host names stay
/// unique across all: a definition whose host names clash with the municipalities merged so far is
/// left out and returned with its error, and the rest still merge. Linear in the number of
/// municipalities (issue 22: 10,789 of them are merged at every start and after every change); the
/// portal merges shared ones (`Arc<Tenant>`), so a change copies no municipality.
pub fn merge<T: std::borrow::Borrow<Tenant>>(
    files: Vec<T>,
    runtime: impl IntoIterator<Item = T>,
) -> (Vec<T>, Vec<(String, TenantError)>) {
    let mut hosts: std::collections::HashMap<String, String> =
        files.iter().flat_map(|t| t.borrow().hosts.iter().map(|h| (h.clone(), t.borrow().slug.to_string()))).collect();
    let mut by_slug: BTreeMap<String, T> = files.into_iter().map(|t| (t.borrow().slug.to_string(), t)).collect();
    let mut skipped = Vec::new();
    for t in runtime {
        let new = t.borrow();
        let slug = new.slug.to_string();
        // A definition names each host once (the parser drops repeats), so only others can clash.
        let clash = new.hosts.iter().find_map(|h| match hosts.get(h) {
            Some(other) if *other != slug => Some(format!("host `{h}` is also used by `{other}`")),
            _ => None,
        });
        if let Some(message) = clash {
            skipped.push((slug.clone(), field_err(&format!("{slug}.toml"), "hosts", message)));
            continue;
        }
        if let Some(old) = by_slug.get(&slug) {
            for h in &old.borrow().hosts {
                hosts.remove(h);
            }
        }
        hosts.extend(new.hosts.iter().map(|h| (h.clone(), slug.clone())));
        by_slug.insert(slug, t);
    }
    (by_slug.into_values().collect(), skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFICES: &str = r#"
[offices.kja]
name = "Kreisjugendamt"
street = "Str. 1"
postcode = "48565"
city = "Steinfurt"
phone = "02551 1"
email = "a@b.example"
demo = true
[offices.kja.procedure]
max_choices = 5
offer_answer_days = 14
registration_deadline = "10-31"
"#;

    fn tenant_text() -> String {
        r##"slug = "laer"
name = "Laer"
kind = "Gemeinde"
schema = "t_laer"
office = "kja"
population = 6700
hosts = ["laer.step.localhost"]
[geo]
lat = 52.05
lon = 7.35
radius_km = 3.0
postcodes = ["48366"]
[branding]
primary_color = "#005a9c"
logo = "logos/laer.svg"
[contact]
name = "Gemeinde Laer"
street = "Markt 1"
postcode = "48366"
city = "Laer"
phone = "02554 0"
email = "kita@laer.example"
demo = true
[procedure]
offer_answer_days = 7
"##
        .to_owned()
    }

    fn parse(text: &str) -> Result<Tenant, TenantError> {
        let offices = parse_offices("offices.toml", OFFICES).unwrap();
        parse_tenant("laer.toml", text, &offices, |_| Ok(b"<svg></svg>".to_vec()))
    }

    /// Laer's test definition under another slug, schema and host names.
    fn named(slug: &str, hosts: &[&str]) -> Tenant {
        let list: Vec<String> = hosts.iter().map(|h| format!("\"{h}\"")).collect();
        let text = tenant_text()
            .replace("slug = \"laer\"", &format!("slug = \"{slug}\""))
            .replace("schema = \"t_laer\"", &format!("schema = \"t_{slug}\""))
            .replace("hosts = [\"laer.step.localhost\"]", &format!("hosts = [{}]", list.join(", ")));
        parse(&text).unwrap()
    }

    #[test]
    fn merge_lets_a_definition_replace_its_file_and_skips_only_a_clash() {
        let files = vec![named("laer", &["laer.example"]), named("ochtrup", &["ochtrup.example"])];
        let runtime = vec![
            // Replaces the file of the same slug; its old host becomes free.
            named("laer", &["neu.laer.example"]),
            named("saerbeck", &["laer.example"]),
            // Clashes with Ochtrup's file: left out, the others still merge.
            named("metelen", &["metelen.example", "ochtrup.example"]),
            // Metelen's own host stays free, since Metelen was left out; then it is Wettringen's.
            named("wettringen", &["metelen.example"]),
            named("emsdetten", &["metelen.example"]),
        ];
        let (tenants, skipped) = merge(files, runtime);
        let slugs: Vec<&str> = tenants.iter().map(|t| t.slug.as_str()).collect();
        assert_eq!(slugs, ["laer", "ochtrup", "saerbeck", "wettringen"]);
        assert_eq!(tenants[0].hosts, ["neu.laer.example"]);
        let errors: Vec<String> = skipped.iter().map(|(slug, e)| format!("{slug}: {e}")).collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with("metelen:") && errors[0].contains("used by `ochtrup`"), "{errors:?}");
        assert!(errors[1].starts_with("emsdetten:") && errors[1].contains("used by `wettringen`"), "{errors:?}");
    }

    #[test]
    fn a_valid_file_inherits_the_office_procedure_with_overrides() {
        let twice = tenant_text()
            .replace("hosts = [\"laer.step.localhost\"]", "hosts = [\"laer.step.localhost\", \"laer.step.localhost\"]");
        assert_eq!(parse(&twice).unwrap().hosts, vec!["laer.step.localhost"], "a host named twice is one host");
        let t = parse(&tenant_text()).unwrap();
        assert_eq!(t.slug.as_str(), "laer");
        assert_eq!(t.procedure.max_choices, 5);
        assert_eq!(t.procedure.offer_answer_days, 7);
        assert_eq!(t.procedure.registration_deadline, "10-31");
    }

    #[test]
    fn errors_name_the_file_and_the_field() {
        let cases = [
            (tenant_text().replace("#005a9c", "#ffff00"), "branding.primary_color"),
            (tenant_text().replace("lat = 52.05", "lat = \"north\""), "geo.lat"),
            (tenant_text().replace("office = \"kja\"", "office = \"nope\""), "office"),
            (tenant_text().replace("schema = \"t_laer\"", "schema = \"public\""), "schema"),
            (tenant_text().replace("phone = \"02554 0\"", "phone = \"ruf an\""), "contact.phone"),
            (tenant_text().replace("email = \"kita@laer.example\"", "email = \"none\""), "contact.email"),
            (tenant_text().replace("offer_answer_days = 7", "offer_answer_days = 0"), "procedure.offer_answer_days"),
            (tenant_text().replace("population = 6700", "populaton = 6700"), "populaton"),
            (tenant_text().replace("slug = \"laer\"", "slug = \"api\""), "slug"),
        ];
        for (text, field) in cases {
            let err = parse(&text).unwrap_err().to_string();
            assert!(err.starts_with("laer.toml: field `"), "{err}");
            assert!(err.contains(&format!("`{field}`")), "expected {field} in {err}");
        }
    }

    #[test]
    fn broken_toml_names_the_file() {
        let err = parse("slug = ").unwrap_err().to_string();
        assert!(err.starts_with("laer.toml: not valid TOML"), "{err}");
    }

    #[test]
    fn schema_names_are_strict_identifiers() {
        assert!(SchemaName::parse("t_rheine").is_some());
        for bad in ["rheine", "t_", "t_Rheine", "t_a;drop table x", "t_a-b", "public", &format!("t_{}", "a".repeat(41))]
        {
            assert!(SchemaName::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn brand_colours_need_contrast_against_white() {
        assert!(BrandColor::parse("#005a9c").is_ok());
        assert!(BrandColor::parse("#777777").is_err()); // 4.48:1
        assert!(BrandColor::parse("#767676").is_ok()); // 4.54:1
        assert!(BrandColor::parse("red").is_err());
    }

    #[test]
    fn a_definition_round_trips_through_the_platform_format() {
        let t = parse(&tenant_text()).unwrap();
        let offices = parse_offices("offices.toml", OFFICES).unwrap();
        let text = t.definition_toml(true);
        let back = parse_definition("laer", &text, &offices, Some(b"<svg xmlns='x'></svg>")).unwrap();
        assert_eq!(back.definition_toml(true), text);
        assert_eq!(back.procedure.offer_answer_days, 7, "the override survives");
        assert_eq!(back.branding.logo.content_type(), "image/svg+xml");
        // Another slug than the row's, or no stored logo, is refused.
        assert!(parse_definition("greven", &text, &offices, Some(b"<svg></svg>")).is_err());
        assert!(parse_definition("laer", &text, &offices, None).is_err());
        // Without a stored logo the municipality gets its badge.
        let badge = parse_definition("laer", &t.definition_toml(false), &offices, None).unwrap();
        assert!(String::from_utf8_lossy(badge.branding.logo.bytes()).contains(">La</text>"));
    }

    #[test]
    fn logos_are_recognised_by_content_and_inert() {
        let png = [b"\x89PNG\r\n\x1a\n".as_slice(), &[0u8; 16]].concat();
        assert_eq!(Logo::parse(png).unwrap().extension(), "png");
        assert_eq!(Logo::parse(vec![0xff, 0xd8, 0xff, 0xe0, 1, 2]).unwrap().content_type(), "image/jpeg");
        assert_eq!(Logo::parse(Vec::new()), Err(LogoError::Empty));
        assert_eq!(Logo::parse(b"GIF89a....".to_vec()), Err(LogoError::UnknownType));
        assert_eq!(Logo::parse([0xff, 0xd8, 0xff].repeat(100_000)), Err(LogoError::TooLarge));
        for bad in [
            "<svg><script>alert(1)</script></svg>",
            "<svg onload=\"alert(1)\"></svg>",
            "<svg>\n<rect\nonclick = 'x'/></svg>",
            "<svg><a href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<svg><foreignObject><div/></foreignObject></svg>",
            "<svg\ronload=\"alert(1)\"></svg>",
            "<svg><x:script xmlns:x=\"http://www.w3.org/2000/svg\">alert(1)</x:script></svg>",
            "<svg><a href=\"jav&#97;script:alert(1)\"><text>x</text></a></svg>",
            "<svg><a xlink:href = 'data:text/html,x'><text>x</text></a></svg>",
            "<svg><embed src=\"x\"/></svg>",
            "<svg/onload=alert(1)>",
        ] {
            assert_eq!(Logo::parse(bad.as_bytes().to_vec()), Err(LogoError::UnsafeSvg), "{bad}");
        }
        let ok = Logo::parse(
            b"<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><linearGradient id=\"g\"/></defs><use href=\"#g\"/><text font-family=\"sans\">Laer on top</text></svg>".to_vec(),
        );
        assert!(ok.is_ok(), "attributes that merely contain `on` are fine");
        let a = Logo::parse(b"<svg>a</svg>".to_vec()).unwrap();
        let b = Logo::parse(b"<svg>b</svg>".to_vec()).unwrap();
        assert_ne!(a.url(&TenantSlug::parse("laer").unwrap()), b.url(&TenantSlug::parse("laer").unwrap()));
    }

    #[test]
    fn the_badge_escapes_the_name() {
        let color = BrandColor::parse("#005a9c").unwrap();
        let svg = String::from_utf8(Logo::badge("<A&B>", &color).bytes().to_vec()).unwrap();
        assert!(svg.contains("aria-label=\"&lt;A&amp;B&gt;\"") && svg.contains(">AB</text>"), "{svg}");
    }
}
