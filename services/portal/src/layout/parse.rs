//! Reading Rust source as the layout check needs it: code without comments and literals, without
//! test modules, as tokens, and `use` trees expanded into paths.

/// Where a comment or a string or character literal that starts at `i` ends (exclusive), if one does.
fn literal_end(b: &[char], i: usize) -> Option<usize> {
    let (c, next) = (b[i], b.get(i + 1).copied().unwrap_or('\0'));
    let until = |from: usize, stop: &dyn Fn(usize) -> bool| (from..b.len()).find(|&j| stop(j)).unwrap_or(b.len());
    let quoted = |from: usize, q: char| {
        let mut j = from;
        while j < b.len() && b[j] != q {
            j += if b[j] == '\\' { 2 } else { 1 };
        }
        (j + 1).min(b.len())
    };
    let ident_before = i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_');
    match c {
        '/' if next == '/' => Some(until(i, &|j| b[j] == '\n')),
        '/' if next == '*' => Some((until(i + 2, &|j| b[j] == '*' && b.get(j + 1) == Some(&'/')) + 2).min(b.len())),
        'r' if (next == '"' || next == '#') && !ident_before => {
            let hashes = b[i + 1..].iter().take_while(|c| **c == '#').count();
            if b.get(i + 1 + hashes) != Some(&'"') {
                return None;
            }
            let close = until(i + 2 + hashes, &|j| b[j] == '"' && (0..hashes).all(|k| b.get(j + 1 + k) == Some(&'#')));
            Some((close + 1 + hashes).min(b.len()))
        }
        '"' => Some(quoted(i + 1, '"')),
        '\'' if next == '\\' || b.get(i + 2) == Some(&'\'') => Some(quoted(i + 1, '\'')),
        _ => None,
    }
}

/// Blanks comments, string and character literals (keeping line breaks), so that only code is read.
pub fn code_only(src: &str) -> String {
    let b: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        match literal_end(&b, i) {
            Some(end) => {
                out.extend(b[i..end].iter().map(|c| if *c == '\n' { '\n' } else { ' ' }));
                i = end;
            }
            None => {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    out
}

/// Leaves out `#[cfg(test)] mod … { … }` (tests may reach into what they test).
pub fn without_tests(code: &str) -> String {
    let mut out = code.to_owned();
    while let Some(at) = out.find("#[cfg(test)]") {
        let rest = &out[at..];
        let Some(open) = rest.find(['{', ';']) else { break };
        let is_mod = rest[..open].split_whitespace().any(|w| w == "mod") && rest[open..].starts_with('{');
        let mut depth = 0;
        let mut end = rest.len();
        for (k, ch) in rest.char_indices().skip(open) {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = k + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        let cut = if is_mod { end } else { "#[cfg(test)]".len() };
        let blanked: String = out[at..at + cut].chars().map(|c| if c == '\n' { '\n' } else { ' ' }).collect();
        out.replace_range(at..at + cut, &blanked);
    }
    out
}

#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    Ident(String),
    Path, // ::
    Open,
    Close,
    Comma,
    Semi,
    Star,
    Other,
}

pub fn tokens(code: &str) -> Vec<Token> {
    let b: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < b.len() && (b[i].is_alphanumeric() || b[i] == '_') {
                i += 1;
            }
            out.push(Token::Ident(b[start..i].iter().collect()));
            continue;
        }
        match c {
            ':' if b.get(i + 1) == Some(&':') => {
                out.push(Token::Path);
                i += 1;
            }
            '{' => out.push(Token::Open),
            '}' => out.push(Token::Close),
            ',' => out.push(Token::Comma),
            ';' => out.push(Token::Semi),
            '*' => out.push(Token::Star),
            c if c.is_whitespace() => {}
            _ => out.push(Token::Other),
        }
        i += 1;
    }
    out
}

/// Expands a `use` tree (tokens after `use`, up to `;`) into paths, each with its local name.
pub fn use_paths(t: &[Token]) -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    use_tree(t, &mut i, &[], &mut out);
    out
}

/// One element of a use tree (a path, a group, a glob or an alias) after `prefix`.
fn use_tree(t: &[Token], i: &mut usize, prefix: &[String], out: &mut Vec<(Vec<String>, String)>) {
    let mut path = prefix.to_vec();
    loop {
        match t.get(*i) {
            Some(Token::Ident(s)) if s == "as" => {
                *i += 1;
                if let Some(Token::Ident(alias)) = t.get(*i) {
                    *i += 1;
                    let mut p = path.clone();
                    if p.last().is_some_and(|l| l == "self") {
                        p.pop();
                    }
                    out.push((p, alias.clone()));
                }
                return;
            }
            Some(Token::Ident(s)) => {
                path.push(s.clone());
                *i += 1;
            }
            Some(Token::Path) => *i += 1,
            Some(Token::Open) => {
                *i += 1;
                loop {
                    use_tree(t, i, &path, out);
                    match t.get(*i) {
                        Some(Token::Comma) => *i += 1,
                        Some(Token::Close) => {
                            *i += 1;
                            return;
                        }
                        _ => return,
                    }
                    if t.get(*i) == Some(&Token::Close) {
                        *i += 1;
                        return;
                    }
                }
            }
            other => {
                if other == Some(&Token::Star) {
                    *i += 1;
                }
                if path.len() > prefix.len() || path.last().is_some_and(|l| l == "self") {
                    let mut p = path.clone();
                    if p.last().is_some_and(|l| l == "self") {
                        p.pop();
                    }
                    let name = p.last().cloned().unwrap_or_default();
                    out.push((p, name));
                }
                return;
            }
        }
    }
}
