//! The family languages are the catalogues the portal has (issue 18: a language is added as one
//! file, `services/portal/locales/<code>/family.ftl`): German first, the others by code; the
//! pseudo-locale `qps` is for tests and never a family's language.

use std::path::Path;

fn main() {
    let locales = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../portal/locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    for entry in std::fs::read_dir(&locales).expect("services/portal/locales is readable").flatten() {
        println!("cargo:rerun-if-changed={}", entry.path().join("family.ftl").display());
    }
    let mut codes: Vec<String> = std::fs::read_dir(&locales)
        .expect("services/portal/locales is readable")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("family.ftl").is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|c| c != "qps" && c != "de")
        .collect();
    codes.sort();
    codes.insert(0, "de".into());
    let list: Vec<String> = codes.iter().map(|c| format!("{c:?}")).collect();
    // Written right to left: the catalogue says `language-direction = rtl`.
    let rtl: Vec<String> = codes
        .iter()
        .filter(|c| {
            let text = std::fs::read_to_string(locales.join(c).join("family.ftl")).unwrap_or_default();
            text.lines()
                .any(|l| l.split_once(" =").is_some_and(|(k, v)| k == "language-direction" && v.trim() == "rtl"))
        })
        .map(|c| format!("{c:?}"))
        .collect();
    let code = format!(
        "/// The family languages: one per catalogue in services/portal/locales (listed by build.rs).\n\
         pub const LANGUAGES: &[&str] = &[{}];\n\
         /// The family languages written right to left (`language-direction = rtl`).\n\
         pub const RTL_LANGUAGES: &[&str] = &[{}];\n",
        list.join(", "),
        rtl.join(", ")
    );
    std::fs::write(Path::new(&std::env::var("OUT_DIR").unwrap()).join("languages.rs"), code).unwrap();
}
