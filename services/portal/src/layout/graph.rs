//! The module graph of the crate: which module (file) uses which, resolved from `crate::`,
//! `super::`, `self::`, imported-alias and child-module paths; and its cycles.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::parse::{Token, code_only, tokens, use_paths, without_tests};
use super::{Module, SourceFile};

/// The crate's modules and who imports whom.
pub struct Graph {
    pub modules: BTreeSet<Module>,
    /// module → modules it uses, with the path written in the source (for the message).
    pub edges: BTreeMap<Module, BTreeMap<Module, String>>,
}

/// The module a path names (its longest prefix that is a module) and whether the whole path is one.
pub fn resolve(
    modules: &BTreeSet<Module>,
    here: &Module,
    aliases: &HashMap<String, Module>,
    path: &[String],
) -> Option<(Module, bool)> {
    let (mut at, rest): (Module, &[String]) = match path.first().map(String::as_str) {
        Some("crate") => (Vec::new(), &path[1..]),
        Some("super") => {
            let mut m = here.clone();
            let mut rest = path;
            while rest.first().is_some_and(|s| s == "super") {
                m.pop();
                rest = &rest[1..];
            }
            (m, rest)
        }
        Some("self") => (here.clone(), &path[1..]),
        Some(first) if aliases.contains_key(first) => (aliases[first].clone(), &path[1..]),
        Some(first) => {
            let mut child = here.clone();
            child.push(first.to_owned());
            if !modules.contains(&child) {
                return None;
            }
            (child, &path[1..])
        }
        None => return None,
    };
    let mut whole = true;
    for seg in rest {
        let mut next = at.clone();
        next.push(seg.clone());
        if modules.contains(&next) {
            at = next;
        } else {
            whole = false;
            break;
        }
    }
    Some((at, whole))
}

/// The crate's modules and who imports whom, read from the files.
pub fn graph(files: &[SourceFile]) -> Graph {
    let modules: BTreeSet<Module> = files.iter().map(|f| f.module.clone()).collect();
    let mut edges: BTreeMap<Module, BTreeMap<Module, String>> = BTreeMap::new();
    for f in files {
        let t = tokens(&without_tests(&code_only(&f.text)));
        let (aliases, mut found, in_use) = use_statements(&modules, &f.module, &t);
        found.extend(written_paths(&t, &in_use));
        for path in found {
            if let Some((target, _)) = resolve(&modules, &f.module, &aliases, &path)
                && target != f.module
                // A module's own ancestors only declare their children (`mod x;`).
                && !f.module.starts_with(&target)
            {
                edges.entry(f.module.clone()).or_default().entry(target).or_insert_with(|| path.join("::"));
            }
        }
    }
    Graph { modules, edges }
}

type Uses = (HashMap<String, Module>, Vec<Vec<String>>, Vec<bool>);

/// The paths of a file's `use` statements, the aliases they bring in (imported modules, which the
/// code then writes paths from), and which tokens belong to a `use` statement.
fn use_statements(modules: &BTreeSet<Module>, here: &Module, t: &[Token]) -> Uses {
    let mut aliases: HashMap<String, Module> = HashMap::new();
    let mut found = Vec::new();
    let mut in_use = vec![false; t.len()];
    let mut i = 0;
    while i < t.len() {
        if t[i] == Token::Ident("use".into()) {
            let end = t[i..].iter().position(|x| *x == Token::Semi).map_or(t.len(), |p| i + p);
            in_use[i..end].iter_mut().for_each(|u| *u = true);
            for (path, name) in use_paths(&t[i + 1..end]) {
                if let Some((m, true)) = resolve(modules, here, &aliases, &path) {
                    aliases.insert(name, m);
                }
                found.push(path);
            }
            i = end;
        }
        i += 1;
    }
    (aliases, found, in_use)
}

/// Every path written out in the code outside `use` statements: `a::b::c`.
fn written_paths(t: &[Token], in_use: &[bool]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if !in_use[i]
            && let Token::Ident(first) = &t[i]
            && t.get(i + 1) == Some(&Token::Path)
            && (i == 0 || t[i - 1] != Token::Path)
        {
            let mut path = vec![first.clone()];
            let mut j = i + 1;
            while t.get(j) == Some(&Token::Path)
                && let Some(Token::Ident(s)) = t.get(j + 1)
            {
                path.push(s.clone());
                j += 2;
            }
            found.push(path);
            i = j;
            continue;
        }
        i += 1;
    }
    found
}

pub fn name(m: &Module) -> String {
    if m.is_empty() { "crate".into() } else { m.join("::") }
}

/// Every set of modules that import each other around a circle (Tarjan's strongly connected components).
pub fn cycles(g: &Graph) -> Vec<String> {
    let mut t = Tarjan { g, index: HashMap::new(), low: HashMap::new(), stack: Vec::new(), next: 0, found: Vec::new() };
    for m in &g.modules {
        if !t.index.contains_key(m) {
            t.visit(m);
        }
    }
    t.found
        .into_iter()
        .map(|c| {
            let mut names: Vec<String> = c.iter().map(|m| name(m)).collect();
            names.sort();
            format!("module cycle: {}", names.join(" ↔ "))
        })
        .collect()
}

struct Tarjan<'a> {
    g: &'a Graph,
    index: HashMap<&'a Module, usize>,
    low: HashMap<&'a Module, usize>,
    stack: Vec<&'a Module>,
    next: usize,
    found: Vec<Vec<&'a Module>>,
}

impl<'a> Tarjan<'a> {
    fn visit(&mut self, v: &'a Module) {
        self.index.insert(v, self.next);
        self.low.insert(v, self.next);
        self.next += 1;
        self.stack.push(v);
        for w in self.g.edges.get(v).into_iter().flat_map(|t| t.keys()) {
            if !self.index.contains_key(w) {
                self.visit(w);
                let low = self.low[v].min(self.low[w]);
                self.low.insert(v, low);
            } else if self.stack.contains(&w) {
                let low = self.low[v].min(self.index[w]);
                self.low.insert(v, low);
            }
        }
        if self.low[v] == self.index[v] {
            let at = self.stack.iter().position(|m| *m == v).unwrap_or(0);
            let component = self.stack.split_off(at);
            if component.len() > 1 {
                self.found.push(component);
            }
        }
    }
}
