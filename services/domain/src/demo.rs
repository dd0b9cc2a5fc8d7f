//! Deterministic demo content: plausible Kitas and childminders for a municipality, sized by its
//! population. The same tenant and season always give the same facilities (same ids, names, places),
//! so `step seed-demo` can run any number of times. Every contact made here is marked as demo.

use time::{Date, Month};
use uuid::Uuid;

use crate::geo::LatLon;
use crate::search::FacilityKind;
use crate::tenant::Tenant;

/// SplitMix64: tiny, fast and stable across versions, which a seeded generator from a crate is not
/// guaranteed to be. Also the generator of `generate` (issue 22).
pub(crate) struct Rng(u64);

impl Rng {
    /// Seeded with a number as it is.
    pub(crate) fn seeded(seed: u64) -> Self {
        Self(seed)
    }
    fn new(seed: &str) -> Self {
        // FNV-1a of the seed text.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in seed.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        Self(h)
    }
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// A number in `0.0..1.0`.
    pub(crate) fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn uuid(&mut self) -> Uuid {
        let bytes = (u128::from(self.next()) << 64 | u128::from(self.next())).to_be_bytes();
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }
}

#[derive(Debug, Clone)]
pub struct DemoStreet {
    pub name: String,
    pub position: LatLon,
}

#[derive(Debug, Clone)]
pub struct DemoCriterion {
    pub label: String,
    pub points: i16,
}

/// Free places announced for one start date and age band (`u3` under three, `ue3` three and older).
#[derive(Debug, Clone)]
pub struct DemoPlaces {
    pub start_date: Date,
    pub age_band: &'static str,
    pub free_places: i16,
}

#[derive(Debug, Clone)]
pub struct DemoFacility {
    pub id: Uuid,
    pub kind: FacilityKind,
    pub name: String,
    pub provider_org: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub position: LatLon,
    pub age_min_months: i16,
    pub age_max_months: i16,
    pub hours_offered: Vec<i16>,
    pub group_forms: Vec<String>,
    pub opening_hours: String,
    pub concepts: Vec<String>,
    pub description: String,
    pub contact_name: String,
    pub phone: String,
    pub email: String,
    pub criteria: Vec<DemoCriterion>,
    pub places: Vec<DemoPlaces>,
}

pub struct DemoData {
    pub streets: Vec<DemoStreet>,
    pub facilities: Vec<DemoFacility>,
}

const STREETS: &[&str] = &[
    "Bahnhofstraße",
    "Hauptstraße",
    "Kirchstraße",
    "Schulstraße",
    "Gartenstraße",
    "Lindenstraße",
    "Mühlenweg",
    "Am Markt",
    "Birkenweg",
    "Eichendorffstraße",
    "Emsstraße",
    "Friedhofstraße",
    "Goethestraße",
    "Grüner Weg",
    "Hansaring",
    "Im Sundern",
    "Kastanienallee",
    "Lerchenweg",
    "Münsterstraße",
    "Nordring",
    "Overbergstraße",
    "Parkstraße",
    "Raiffeisenstraße",
    "Rosenstraße",
    "Schillerstraße",
    "Sonnenweg",
    "Südring",
    "Tannenweg",
    "Vennweg",
    "Wiesenstraße",
    "Ahornweg",
    "Buchenweg",
    "Droste-Hülshoff-Straße",
    "Feldstraße",
    "Heideweg",
];

const KITA_NAMES: &[&str] = &[
    "Sonnenschein",
    "Regenbogen",
    "Pusteblume",
    "Arche Noah",
    "Spatzennest",
    "Kleine Strolche",
    "Zwergenland",
    "Löwenzahn",
    "Wirbelwind",
    "Sternschnuppe",
    "Kunterbunt",
    "Villa Kunterbunt",
    "Schatzkiste",
    "Am Park",
    "Sankt Marien",
    "Sankt Josef",
    "Sankt Ludgerus",
    "Sankt Dionysius",
    "Lummerland",
    "Rappelkiste",
    "Waldwichtel",
    "Sonnenblume",
    "Farbklecks",
    "Wolkenburg",
    "Die Wühlmäuse",
    "Kinderinsel",
    "Emspiraten",
    "Kleine Füße",
    "Bullerbü",
    "Himmelszelt",
];

/// Provider organisations (Träger) by kind; `{city}` is replaced by the municipality.
const PROVIDERS: &[&str] = &[
    "{kind} {city}",
    "Kath. Kirchengemeinde {city}",
    "Ev. Kirchengemeinde {city}",
    "AWO Unterbezirk Münsterland-Recklinghausen",
    "DRK-Kreisverband Steinfurt",
    "Elterninitiative {city} e. V.",
    "Caritasverband Rheine",
    "Lebenshilfe Kreis Steinfurt",
];

const CONCEPTS: &[&str] = &[
    "Situationsansatz",
    "Offene Arbeit",
    "Montessori",
    "Waldpädagogik",
    "Bewegungskindergarten",
    "Inklusion",
    "Sprachförderung",
    "Reggio",
    "Naturnahe Pädagogik",
    "Familienzentrum",
    "Musikalische Früherziehung",
    "Bilingual (Deutsch/Englisch)",
];

const FIRST_NAMES: &[&str] = &[
    "Anna", "Birgit", "Claudia", "Daniela", "Elke", "Frauke", "Gabi", "Heike", "Ines", "Julia", "Katrin", "Laura",
    "Maria", "Nadine", "Petra", "Sabine", "Tanja", "Ulrike", "Vera", "Yvonne", "Markus", "Stefan", "Thomas",
];

const LAST_NAMES: &[&str] = &[
    "Brüning",
    "Dreyer",
    "Elpers",
    "Feldkamp",
    "Große-Kleimann",
    "Hölscher",
    "Kottmann",
    "Lammers",
    "Möllers",
    "Niehues",
    "Overmeyer",
    "Pöppelmann",
    "Rüschhoff",
    "Schulte",
    "Terhaar",
    "Vennemann",
    "Wessels",
    "Bäumer",
];

const KITA_CRITERIA: &[(&str, i16)] = &[
    ("Geschwisterkind bereits in der Einrichtung", 30),
    ("Rechtsanspruch zum Aufnahmedatum (§ 24 SGB VIII)", 25),
    ("Alleinerziehender, berufstätiger Elternteil", 20),
    ("Beide Elternteile berufstätig oder in Ausbildung", 15),
    ("Besondere soziale oder familiäre Härte", 25),
    ("Wohnort im Einzugsbereich der Einrichtung", 10),
    ("Zugehörigkeit zur Kirchengemeinde", 5),
    ("Datum der Vormerkung", 1),
];

/// Lower-case ASCII with hyphens: "Groß Mühle" → "gross-muehle" (also the generated slugs).
pub(crate) fn slugify(text: &str) -> String {
    text.to_lowercase()
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Number of Kitas and childminders for a population: about one Kita per 1,500 inhabitants and one
/// childminder per 3,500 (the district has roughly 300 Kitas and 130 childminders at 450,000 people).
pub fn sizes(population: u32) -> (usize, usize) {
    let kitas = (population as f64 / 1500.0).round().max(3.0) as usize;
    let ktp = (population as f64 / 3500.0).round().max(2.0) as usize;
    (kitas, ktp)
}

fn date(year: i32, month: Month) -> Date {
    Date::from_calendar_date(year, month, 1).unwrap_or(Date::MIN)
}

/// Generates the demo content of `tenant` for the Kita year that starts on `season_start` (1 August).
pub fn generate(tenant: &Tenant, season_start: Date) -> DemoData {
    let mut rng = Rng::new(tenant.slug.as_str());
    let city = tenant.name.as_str();
    let street_count = STREETS.len().min(8 + (tenant.population / 4000) as usize);
    let streets: Vec<DemoStreet> = STREETS[..street_count]
        .iter()
        .map(|name| {
            let distance = tenant.radius_km * rng.unit().sqrt() * 0.85;
            DemoStreet { name: (*name).to_owned(), position: tenant.center.offset(distance, rng.unit() * 360.0) }
        })
        .collect();

    let (kitas, ktps) = sizes(tenant.population);
    let mut facilities = Vec::with_capacity(kitas + ktps);
    let year = season_start.year();
    let mut used_names = std::collections::BTreeSet::new();
    for i in 0..kitas + ktps {
        let kind = if i < kitas { FacilityKind::Kita } else { FacilityKind::Ktp };
        let street = rng.pick(&streets).clone();
        let position = street.position.offset(rng.unit() * 0.3, rng.unit() * 360.0);
        let house_no = 1 + rng.below(120);
        let postcode = rng.pick(&tenant.postcodes).clone();
        let contact_first = *rng.pick(FIRST_NAMES);
        let contact_last = *rng.pick(LAST_NAMES);
        let mut concepts: Vec<String> = Vec::new();
        for _ in 0..1 + rng.below(3) {
            let c = (*rng.pick(CONCEPTS)).to_owned();
            if !concepts.contains(&c) {
                concepts.push(c);
            }
        }
        let facility = match kind {
            FacilityKind::Kita => {
                let mut base = format!("Kita {}", rng.pick(KITA_NAMES));
                if !used_names.insert(base.clone()) {
                    base = format!("{base} ({})", street.name);
                    used_names.insert(base.clone());
                }
                let provider = rng.pick(PROVIDERS).replace("{city}", city).replace("{kind}", &tenant.kind);
                // Group forms per KiBiz: I (2 years to school), II (0-3), III (3 to school).
                let forms: Vec<&str> = match rng.below(4) {
                    0 => vec!["I", "III", "III"],
                    1 => vec!["I", "II", "III"],
                    2 => vec!["II", "III", "III", "III"],
                    _ => vec!["I", "I", "II", "III"],
                };
                let age_min = if forms.contains(&"II") { 4 + 4 * rng.below(3) as i16 } else { 24 };
                let mut hours = vec![35, 45];
                if rng.chance(0.7) {
                    hours.insert(0, 25);
                }
                let opens = *rng.pick(&["7:00", "7:15", "7:30"]);
                let closes = *rng.pick(&["16:00", "16:30", "17:00"]);
                let mut criteria: Vec<DemoCriterion> = KITA_CRITERIA
                    .iter()
                    .filter(|(label, _)| !label.contains("Kirchengemeinde") || provider.contains("Kirchengemeinde"))
                    .filter(|_| rng.chance(0.85))
                    .map(|(label, points)| DemoCriterion { label: (*label).into(), points: *points })
                    .collect();
                if criteria.is_empty() {
                    criteria.push(DemoCriterion { label: KITA_CRITERIA[1].0.into(), points: KITA_CRITERIA[1].1 });
                }
                // About a third of the Kitas are fully booked, as in a real season.
                let booked = if rng.chance(0.3) { 0 } else { 1 };
                let mut places = vec![DemoPlaces {
                    start_date: season_start,
                    age_band: "ue3",
                    free_places: booked * rng.below(9) as i16,
                }];
                if age_min < 36 {
                    places.push(DemoPlaces {
                        start_date: season_start,
                        age_band: "u3",
                        free_places: booked * rng.below(5) as i16,
                    });
                    // Under-3 places also free up during the year.
                    places.push(DemoPlaces {
                        start_date: date(year + 1, Month::February),
                        age_band: "u3",
                        free_places: booked * rng.below(3) as i16,
                    });
                }
                DemoFacility {
                    id: rng.uuid(),
                    kind,
                    description: format!(
                        "{base} in {city} betreut Kinder in {} Gruppen (Gruppenformen {}). Schwerpunkte: {}.",
                        forms.len(),
                        forms.join(", "),
                        concepts.join(", ")
                    ),
                    email: format!("{}@kita-{}.example", slugify(&base), tenant.slug),
                    name: base,
                    provider_org: provider,
                    street: format!("{} {house_no}", street.name),
                    postcode,
                    city: city.into(),
                    position,
                    age_min_months: age_min,
                    age_max_months: 6 * 12 + 11,
                    hours_offered: hours,
                    group_forms: forms.into_iter().map(String::from).collect(),
                    opening_hours: format!("Mo–Fr {opens}–{closes} Uhr"),
                    concepts,
                    contact_name: format!("{contact_first} {contact_last} (Leitung)"),
                    phone: format!("0000 {:03}-{:03} (Demo)", rng.below(1000), rng.below(1000)),
                    criteria,
                    places,
                }
            }
            FacilityKind::Ktp => {
                let first = *rng.pick(FIRST_NAMES);
                let last = *rng.pick(LAST_NAMES);
                let name = format!("Kindertagespflege {first} {last}");
                let max_hours = *rng.pick(&[35i16, 40, 45, 50]);
                let places = vec![
                    DemoPlaces { start_date: season_start, age_band: "u3", free_places: rng.below(4) as i16 },
                    DemoPlaces {
                        start_date: date(year, Month::November),
                        age_band: "u3",
                        free_places: rng.below(2) as i16,
                    },
                ];
                DemoFacility {
                    id: rng.uuid(),
                    kind,
                    email: format!("{}@ktp-{}.example", slugify(&name), tenant.slug),
                    description: format!(
                        "Qualifizierte Kindertagespflegeperson in {city}, bis zu fünf Kinder gleichzeitig, familiennahe Betreuung in eigenen Räumen."
                    ),
                    name,
                    provider_org: "Kindertagespflege (selbstständig)".into(),
                    street: format!("{} {house_no}", street.name),
                    postcode,
                    city: city.into(),
                    position,
                    age_min_months: 4,
                    age_max_months: 35,
                    // Childminders offer flexible hours: every 5 hours from 15 to their maximum.
                    hours_offered: (15..=max_hours).step_by(5).collect(),
                    group_forms: vec!["Kindertagespflege".into()],
                    opening_hours: format!("Mo–Fr nach Absprache, bis zu {max_hours} Stunden pro Woche"),
                    concepts,
                    contact_name: format!("{first} {last}"),
                    phone: format!("0000 {:03}-{:03} (Demo)", rng.below(1000), rng.below(1000)),
                    criteria: vec![
                        DemoCriterion { label: "Rechtsanspruch zum Aufnahmedatum (§ 24 SGB VIII)".into(), points: 25 },
                        DemoCriterion { label: "Berufstätigkeit der Eltern".into(), points: 15 },
                        DemoCriterion { label: "Datum der Vormerkung".into(), points: 1 },
                    ],
                    places,
                }
            }
        };
        facilities.push(facility);
    }
    DemoData { streets, facilities }
}
