//! The house rules of the portal's source (issue 15), checked over the tree by `cargo test`, so
//! that `./dev test` fails the day one is broken:
//! - `web/` (the shared layer) imports no feature and nothing of the crate root's assembly;
//! - a feature's `pages` and any `api` never import each other;
//! - a feature uses another only through its `ops` or `view`, and only one listed before it in
//!   [`ROOMS`] (documents ← family, documents ← desk ← office/district);
//! - no two modules import each other, directly or around a circle;
//! - no file over 500 lines (portal and store), no function over 60 lines (portal).
//!
//! The source is read as text: comments and string literals are blanked, `#[cfg(test)]` modules
//! left out, and every `crate::`, `super::`, `self::`, imported-alias and child-module path is
//! resolved to the module (file) it names.

use std::path::{Path, PathBuf};

mod graph;
mod parse;
#[cfg(test)]
mod tests;

use graph::{Graph, cycles, graph, name};
use parse::{code_only, without_tests};

/// The features, in the one direction they may use each other: a room may use only rooms before it.
const ROOMS: &[&str] = &["public", "auth", "documents", "conversations", "family", "desk", "office", "district"];
const MAX_FILE_LINES: usize = 500;
const MAX_FN_LINES: usize = 60;

pub type Module = Vec<String>;

/// A source file: its module path (`["desk", "pages", "waiting"]`) and its text.
pub struct SourceFile {
    pub path: String,
    pub module: Module,
    pub text: String,
}

fn module_of(relative: &str) -> Module {
    let trimmed = relative.trim_end_matches(".rs");
    let mut parts: Module = trimmed.split('/').map(str::to_owned).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

fn read_tree(root: &Path) -> Vec<SourceFile> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    let mut paths = Vec::new();
    walk(root, &mut paths);
    paths
        .into_iter()
        .map(|p| {
            let relative = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            SourceFile { module: module_of(&relative), text: std::fs::read_to_string(&p).unwrap(), path: relative }
        })
        .collect()
}

fn room(m: &Module) -> Option<usize> {
    m.first().and_then(|r| ROOMS.iter().position(|x| x == r))
}

/// The rules about who may import whom.
fn import_violations(g: &Graph) -> Vec<String> {
    let mut out = Vec::new();
    for (from, targets) in &g.edges {
        for (to, written) in targets {
            let what = format!("{} uses {} (`{written}`)", name(from), name(to));
            let first = |m: &Module| m.first().cloned().unwrap_or_default();
            if first(from) == "web" && first(to) != "web" {
                out.push(format!("{what}: web/ is the shared layer and imports no feature"));
            }
            let kind = |m: &Module| m.get(1).cloned().unwrap_or_default();
            if room(from).is_some() && room(to).is_some() {
                let (k1, k2) = (kind(from), kind(to));
                if (k1 == "pages" && k2 == "api") || (k1 == "api" && k2 == "pages") {
                    out.push(format!("{what}: pages and api never import each other (shared work goes to ops/view)"));
                }
                if first(from) != first(to) {
                    if !matches!(k2.as_str(), "ops" | "view") {
                        out.push(format!("{what}: another feature is used only through its ops or view"));
                    }
                    if room(to) > room(from) {
                        out.push(format!(
                            "{what}: {} may not use {} (rooms are used in one direction: {})",
                            first(from),
                            first(to),
                            ROOMS.join(" ← ")
                        ));
                    }
                }
            }
        }
    }
    out
}

/// Files over [`MAX_FILE_LINES`].
fn long_files(files: &[SourceFile], prefix: &str) -> Vec<String> {
    files
        .iter()
        .filter(|f| f.text.lines().count() > MAX_FILE_LINES)
        .map(|f| {
            format!(
                "{prefix}{}: {} lines (a file over {MAX_FILE_LINES} becomes a folder)",
                f.path,
                f.text.lines().count()
            )
        })
        .collect()
}

/// Functions over [`MAX_FN_LINES`], from their `fn` line to their closing brace. The route table
/// (`routes.rs`) is one list by design, read top to bottom like a site map.
fn long_functions(files: &[SourceFile]) -> Vec<String> {
    let mut out = Vec::new();
    for f in files.iter().filter(|f| f.path != "routes.rs") {
        let code = without_tests(&code_only(&f.text));
        let lines: Vec<&str> = code.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            let words: Vec<&str> = line.split_whitespace().collect();
            let Some(at) = words.iter().position(|w| *w == "fn") else { continue };
            let Some(fn_name) = words.get(at + 1).and_then(|w| w.split(['(', '<']).next()).filter(|w| !w.is_empty())
            else {
                continue;
            };
            // From the signature to the body's closing brace (a declaration without body ends at `;`).
            let (mut depth, mut opened) = (0i32, false);
            let mut end = None;
            'scan: for (k, l) in lines.iter().enumerate().skip(n) {
                for ch in l.chars() {
                    match ch {
                        '{' => {
                            depth += 1;
                            opened = true;
                        }
                        '}' => {
                            depth -= 1;
                            if opened && depth == 0 {
                                end = Some(k);
                                break 'scan;
                            }
                        }
                        ';' if !opened => break 'scan,
                        _ => {}
                    }
                }
            }
            if let Some(end) = end
                && end - n + 1 > MAX_FN_LINES
            {
                out.push(format!("{}:{} fn {fn_name}: {} lines (at most {MAX_FN_LINES})", f.path, n + 1, end - n + 1));
            }
        }
    }
    out
}

/// Every broken rule of the tree at `portal` (and the file sizes of `store`).
fn violations(portal: &[SourceFile], store: &[SourceFile]) -> Vec<String> {
    let g = graph(portal);
    let mut out = import_violations(&g);
    out.extend(cycles(&g));
    out.extend(long_files(portal, "services/portal/src/"));
    out.extend(long_files(store, "services/store/src/"));
    out.extend(long_functions(portal));
    out
}

#[test]
fn the_portal_keeps_its_house_rules() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let portal = read_tree(&here.join("src"));
    let store = read_tree(&here.join("../store/src"));
    assert!(portal.len() > 40 && store.len() > 20, "the trees were read");
    let found = violations(&portal, &store);
    assert!(found.is_empty(), "the portal's house rules are broken:\n{}", found.join("\n"));
}
