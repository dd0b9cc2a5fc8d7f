//! Lists every Tera template under `templates/` (one folder per room) for the i18n loader, so no
//! list of names is kept by hand: a template is known by its path, e.g. `desk/list.html`. Askama's
//! compiled templates (`*.askama.html`) are left to askama.

use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).expect("templates/ is readable").map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "html") && !path.to_string_lossy().ends_with(".askama.html") {
            out.push(path);
        }
    }
}

fn main() {
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("templates");
    println!("cargo:rerun-if-changed=templates");
    let mut files = Vec::new();
    collect(&root, &mut files);
    let mut code = String::from(
        "/// Every Tera template: (name relative to templates/, source).\npub const TEMPLATES: &[(&str, &str)] = &[\n",
    );
    for path in &files {
        let name = path.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
        code.push_str(&format!("    ({name:?}, include_str!({:?})),\n", path.to_string_lossy()));
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("templates.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
