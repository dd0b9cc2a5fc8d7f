//! Plausible municipalities for the platform at scale (issue 22): `step tenants generate N` makes
//! the N definitions here, the same on every machine (number `i` always gives the same
//! municipality): a German-sounding name, a kind by its size, an office of the registry's in turn,
//! a place inside Germany, a postcode, a population between 300 and 80,000 (most of them small,
//! as in Germany), a colour, and the municipality's contact marked as demo data.

use crate::demo::Rng;

/// Name parts: a prefix (sometimes), a stem and an ending, as in "Oberlindenfeld" or "Eichhausen".
const PREFIXES: [&str; 8] = ["Alt", "Neu", "Ober", "Nieder", "Groß", "Klein", "Bad ", "Sankt "];
const STEMS: [&str; 16] = [
    "Eich", "Linden", "Rosen", "Buchen", "Tann", "Wies", "Stein", "Mühl", "Kirch", "Hohen", "Lang", "Schön", "Fried",
    "Wald", "Sonnen", "Birken",
];
const ENDINGS: [&str; 15] = [
    "berg", "dorf", "feld", "hausen", "heim", "stedt", "bach", "burg", "ingen", "rode", "hagen", "brück", "kirchen",
    "au", "wald",
];
const COLORS: [&str; 8] = ["#283593", "#1b5e20", "#b71c1c", "#4a148c", "#0d47a1", "#8d3a00", "#004d40", "#3e2723"];

/// The name of municipality `i`.
pub fn name(i: usize) -> String {
    let mut r = Rng::seeded(i as u64 ^ 0x5354_4550);
    let prefix = if r.unit() < 0.3 { *r.pick(&PREFIXES) } else { "" };
    let stem = *r.pick(&STEMS);
    let ending = *r.pick(&ENDINGS);
    let lower_stem = if prefix.is_empty() || prefix.ends_with(' ') { stem.to_owned() } else { stem.to_lowercase() };
    format!("{prefix}{lower_stem}{ending}")
}

/// The slug of municipality `i`: its number and its name, `g00042-eichhausen`.
pub fn slug(i: usize) -> String {
    format!("g{i:05}-{}", crate::demo::slugify(&name(i)))
}

/// The definition of municipality `i` in the format of `tenants/*.toml`, in office
/// `offices[i % offices.len()]`.
pub fn definition(i: usize, offices: &[&str]) -> String {
    let mut r = Rng::seeded((i as u64).wrapping_mul(0x2545_F491_4F6C_DD1D) ^ 0x004B_5245_4953);
    let name = name(i);
    let slug = slug(i);
    // Log-uniform between 300 and 80,000: many villages, few towns.
    let population = (300.0 * (80_000.0f64 / 300.0).powf(r.unit() * r.unit())).round() as u32;
    let kind = if population >= 20_000 { "Stadt" } else { "Gemeinde" };
    // Inside Germany's mainland, roughly.
    let lat = 47.6 + r.unit() * 6.9;
    let lon = 6.2 + r.unit() * 8.6;
    let radius = 2.0 + (population as f64 / 80_000.0) * 8.0;
    let postcode = format!("{:05}", 1067 + r.next() % 98_000);
    let office = offices[i % offices.len()];
    let color = *r.pick(&COLORS);
    let schema = slug.replace('-', "_");
    format!(
        r#"# Generated municipality {i} (step tenants generate, issue 22): not a real place.
slug = "{slug}"
name = "{name}"
kind = "{kind}"
schema = "t_{schema}"
office = "{office}"
population = {population}
hosts = []

[geo]
lat = {lat:.4}
lon = {lon:.4}
radius_km = {radius:.1}
postcodes = ["{postcode}"]

[branding]
primary_color = "{color}"

[contact]
name = "Gemeinde {name}, Kita-Platzvergabe"
street = "Rathausplatz 1"
postcode = "{postcode}"
city = "{name}"
phone = "0000 000-100 (Demo)"
email = "kita@{slug}.example"
demo = true
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_number_gives_the_same_municipality_and_slugs_are_unique() {
        assert_eq!(definition(42, &["a", "b"]), definition(42, &["a", "b"]));
        let slugs: std::collections::HashSet<String> = (0..20_000).map(slug).collect();
        assert_eq!(slugs.len(), 20_000);
        assert!(slugs.iter().all(|s| crate::tenant::TenantSlug::parse(s).is_some()), "every slug is valid");
        let sizes: Vec<u32> = (0..1000)
            .map(|i| {
                let d = definition(i, &["a"]);
                let line = d.lines().find(|l| l.starts_with("population = ")).unwrap();
                line["population = ".len()..].parse().unwrap()
            })
            .collect();
        assert!(sizes.iter().all(|p| (300..=80_000).contains(p)));
        let small = sizes.iter().filter(|p| **p < 5_000).count();
        assert!(small > 500, "most are villages: {small} of 1000 under 5,000");
    }

    #[test]
    fn every_generated_definition_is_a_valid_tenant_file() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tenants");
        let offices = crate::tenant::offices_of(&crate::tenant::load_dir(&dir).unwrap());
        let ids: Vec<&str> = offices.keys().map(String::as_str).collect();
        for i in 0..500 {
            let t = crate::tenant::parse_tenant("generated", &definition(i, &ids), &offices, |_| Err("no logo".into()))
                .unwrap_or_else(|e| panic!("{i}: {e}"));
            assert_eq!(t.slug.as_str(), slug(i));
        }
    }
}
