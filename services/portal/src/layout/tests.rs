//! The layout check on small made-up trees: each rule refuses what it should.

use super::parse::{tokens, use_paths};
use super::*;

fn tree(files: &[(&str, &str)]) -> Vec<SourceFile> {
    files.iter().map(|(p, t)| SourceFile { path: (*p).into(), module: module_of(p), text: (*t).into() }).collect()
}

fn found(files: &[(&str, &str)]) -> Vec<String> {
    violations(&tree(files), &[])
}

const CLEAN: &[(&str, &str)] = &[
    ("lib.rs", "mod web; mod documents; mod family;\npub use web::state::AppState;"),
    ("web/mod.rs", "pub mod state; pub mod page;"),
    ("web/state.rs", "pub struct AppState;"),
    (
        "web/page.rs",
        "use crate::web::state::AppState;\n// crate::family::pages is only named in a comment\nfn f() { let _ = \"crate::desk::api\"; }",
    ),
    ("documents/mod.rs", "pub mod ops; pub mod view;"),
    ("documents/ops.rs", "use crate::web::state::AppState;"),
    ("documents/view.rs", "pub fn doc_views() {}"),
    ("family/mod.rs", "pub mod api; pub mod ops; pub mod pages;"),
    ("family/ops.rs", "use crate::documents::ops as docs;\nfn f() { docs::x(); }"),
    ("family/pages.rs", "use crate::family::ops;\nuse crate::documents::view::doc_views;"),
    ("family/api.rs", "use super::ops;\nfn f() { crate::web::page::x(); }"),
];

#[test]
fn a_tree_that_keeps_the_rules_passes() {
    assert_eq!(found(CLEAN), Vec::<String>::new());
}

fn with(extra: (&'static str, &'static str)) -> Vec<String> {
    let mut files: Vec<(&str, &str)> = CLEAN.iter().filter(|(p, _)| *p != extra.0).copied().collect();
    files.push(extra);
    found(&files)
}

#[test]
fn the_shared_layer_importing_a_feature_is_refused() {
    let v = with(("web/state.rs", "use crate::family::ops::withdraw;"));
    assert!(v.iter().any(|m| m.contains("web::state uses family::ops") && m.contains("imports no feature")), "{v:?}");
}

#[test]
fn pages_and_api_importing_each_other_is_refused() {
    let v = with(("family/api.rs", "use crate::family::pages::x;"));
    assert!(v.iter().any(|m| m.contains("pages and api never import each other")), "{v:?}");
    let v = with(("family/pages.rs", "fn f() { super::api::x(); }"));
    assert!(v.iter().any(|m| m.contains("family::pages uses family::api")), "{v:?}");
}

#[test]
fn another_feature_only_through_ops_or_view_and_in_one_direction() {
    let v = with(("family/pages.rs", "use crate::documents::pages::x;"));
    assert!(v.iter().any(|m| m.contains("only through its ops or view")), "{v:?}");
    let v = with(("documents/ops.rs", "use crate::family::ops as f;"));
    assert!(v.iter().any(|m| m.contains("documents may not use family")), "{v:?}");
    // An alias is followed: `use crate::documents;` then `documents::pages::x()`.
    let v = with(("family/ops.rs", "use crate::documents;\nfn f() { documents::pages::x(); }"));
    assert!(v.iter().any(|m| m.contains("family::ops uses documents") && m.contains("ops or view")), "{v:?}");
}

#[test]
fn a_module_cycle_is_refused() {
    let v = with(("web/state.rs", "use crate::web::page::x;"));
    assert!(v.iter().any(|m| m == "module cycle: web::page ↔ web::state"), "{v:?}");
}

#[test]
fn long_files_and_long_functions_are_refused() {
    let body = format!("fn long() {{\n{}}}\n", "    let x = 1;\n".repeat(60));
    let v = with(("documents/view.rs", Box::leak(body.into_boxed_str())));
    assert!(v.iter().any(|m| m.contains("fn long: 62 lines")), "{v:?}");
    let file = "// a line\n".repeat(501);
    let v = with(("documents/view.rs", Box::leak(file.into_boxed_str())));
    assert!(v.iter().any(|m| m.contains("documents/view.rs: 501 lines")), "{v:?}");
}

#[test]
fn use_trees_expand_with_their_aliases() {
    let t = tokens("crate::web::{error::{self, AppError}, state as st, page::*}");
    let paths: Vec<(String, String)> = use_paths(&t).into_iter().map(|(p, n)| (p.join("::"), n)).collect();
    assert_eq!(
        paths,
        [
            ("crate::web::error".to_owned(), "error".to_owned()),
            ("crate::web::error::AppError".into(), "AppError".into()),
            ("crate::web::state".into(), "st".into()),
            ("crate::web::page".into(), "page".into()),
        ]
    );
}
