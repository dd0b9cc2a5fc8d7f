//! The catalogues as data (issue 18): the messages of a Fluent file, the placeables each uses, and
//! the pseudo-locale `qps` made from the German family texts (every text bracketed, accented and a
//! third longer), so a browser test shows hard-coded German and layouts that break on longer texts.
//! The tests here fail `./dev test` when a family language lacks a German id, has one German does
//! not, uses other placeables, does not parse, or when a template names an id no catalogue has.

/// The messages of a Fluent file in order: id and the whole value (continuation lines included).
pub fn messages(source: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut open = false;
    for line in source.lines() {
        let entry = line
            .split_once(" =")
            .filter(|(id, _)| id.starts_with(|c: char| c.is_ascii_lowercase()) && !id.contains(' '));
        if let Some((id, value)) = entry {
            out.push((id.to_owned(), value.to_owned()));
            open = true;
        } else if line.starts_with('#') {
            open = false;
        } else if open && let Some((_, value)) = out.last_mut() {
            value.push('\n');
            value.push_str(line);
        }
    }
    out
}

/// The variables a message uses (`{ $name }` → name), sorted and without repeats.
pub fn placeables(value: &str) -> Vec<&str> {
    let mut names: Vec<&str> = value
        .split('$')
        .skip(1)
        .map(|rest| rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).next().unwrap_or_default())
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// One line of a message in the pseudo-locale: text outside placeables accented and bracketed
/// ⟦…⟧ and a third longer; placeables, selectors and variant keys as they are.
fn pseudo_line(line: &str) -> String {
    // The structural head: leading space and a variant key (`   *[other] `).
    let body_at = line.len() - line.trim_start().len();
    let trimmed = &line[body_at..];
    let head_len = if trimmed.starts_with('[') || trimmed.starts_with("*[") {
        trimmed.find("] ").map_or(trimmed.len(), |i| i + 2)
    } else {
        0
    };
    let (head, rest) = line.split_at(body_at + head_len);
    let pieces = pieces_of(rest);
    let first = pieces.iter().position(|(t, p)| *t && !p.trim().is_empty());
    let last = pieces.iter().rposition(|(t, p)| *t && !p.trim().is_empty());
    let (Some(first), Some(last)) = (first, last) else { return line.to_owned() };
    let letters: usize = pieces.iter().filter(|(t, _)| *t).map(|(_, p)| p.chars().count()).sum();
    let mut out = String::from(head);
    for (i, (is_text, piece)) in pieces.into_iter().enumerate() {
        if !is_text {
            out.push_str(piece);
            continue;
        }
        let from = if i == first { piece.len() - piece.trim_start().len() } else { 0 };
        let to = if i == last { piece.trim_end().len() } else { piece.len() };
        out.push_str(&piece[..from]);
        if i == first {
            out.push('⟦');
        }
        out.push_str(&accent(&piece[from..to]));
        if i == last {
            out.push_str(&padding((letters * 3).div_ceil(10).max(1)));
            out.push('⟧');
        }
        out.push_str(&piece[to..]);
    }
    out
}

/// The pieces of a line: (is_text, piece). A `{…}` within the line is a placeable; an unclosed `{`
/// opens a selector (the rest of the line is structure); a lone `}` closes one.
fn pieces_of(rest: &str) -> Vec<(bool, &str)> {
    let mut pieces: Vec<(bool, &str)> = Vec::new();
    let mut at = 0;
    let bytes = rest.as_bytes();
    let mut text_from = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'{' => {
                pieces.push((true, &rest[text_from..at]));
                let end = rest[at..].find('}').map_or(rest.len(), |i| at + i + 1);
                pieces.push((false, &rest[at..end]));
                at = end;
                text_from = end;
            }
            b'}' => {
                pieces.push((true, &rest[text_from..at]));
                pieces.push((false, "}"));
                at += 1;
                text_from = at;
            }
            _ => at += 1,
        }
    }
    pieces.push((true, &rest[text_from..]));
    pieces
}

/// `n` characters of padding in words of at most five, so a long text still wraps.
fn padding(n: usize) -> String {
    let mut out = String::new();
    let mut left = n;
    while left > 0 {
        let word = left.min(5);
        out.push(' ');
        out.push_str(&"~".repeat(word));
        left -= word;
    }
    out
}

fn accent(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            'A' => 'Á',
            'E' => 'É',
            'O' => 'Ó',
            'U' => 'Ú',
            other => other,
        })
        .collect()
}

/// The pseudo-locale's file, made from the German family catalogue.
pub fn pseudo_catalogue(german: &str) -> String {
    let mut out = String::from(
        "# The pseudo-locale qps, made from de/family.ftl by the test `pseudo_locale_is_made_from_german`\n\
         # (STEP_BLESS=1 writes it). Do not edit: change the German file and run the test.\n\n",
    );
    for (id, value) in messages(german) {
        let mut lines = value.split('\n');
        out.push_str(&id);
        out.push_str(" =");
        out.push_str(&pseudo_line(lines.next().unwrap_or_default()));
        out.push('\n');
        for line in lines {
            out.push_str(&pseudo_line(line));
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_templates::fluent_bundle::FluentResource;

    const GERMAN: &str = include_str!("../../locales/de/family.ftl");

    /// Every family catalogue (one per family language, as built) and the pseudo-locale, as on disk.
    fn catalogues() -> Vec<(String, String)> {
        step_domain::family::LANGUAGES
            .iter()
            .copied()
            .chain(["qps"])
            .map(|code| {
                let path = format!("{}/locales/{code}/family.ftl", env!("CARGO_MANIFEST_DIR"));
                (code.to_owned(), std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
            })
            .collect()
    }

    /// The CLDR plural categories of a language; a language not listed may use all six.
    fn plural_categories(lang: &str) -> &'static [&'static str] {
        match lang {
            "de" | "en" | "tr" | "qps" => &["one", "other"],
            "ar" => &["zero", "one", "two", "few", "many", "other"],
            "ru" | "uk" | "pl" => &["one", "few", "many", "other"],
            _ => &["zero", "one", "two", "few", "many", "other"],
        }
    }

    /// Variant keys of a message that are neither a number nor a plural category of `lang`.
    fn foreign_variants<'a>(lang: &str, value: &'a str) -> Vec<&'a str> {
        value
            .lines()
            .filter_map(|l| l.trim_start().trim_start_matches('*').strip_prefix('['))
            .filter_map(|l| l.split_once(']').map(|(k, _)| k.trim()))
            .filter(|k| k.parse::<f64>().is_err() && !plural_categories(lang).contains(k))
            .collect()
    }

    #[test]
    fn catalogues_are_complete() {
        let german = messages(GERMAN);
        assert!(german.len() > 400, "{}", german.len());
        let mut problems = Vec::new();
        let all = catalogues();
        assert!(all.len() >= 8, "seven family languages and the pseudo-locale: {}", all.len());
        for (lang, source) in &all {
            if let Err((_, errors)) = FluentResource::try_new(source.clone()) {
                problems.push(format!("{lang}: does not parse: {errors:?}"));
            }
            let theirs = messages(source);
            for (id, value) in &theirs {
                let foreign = foreign_variants(lang, value);
                if !foreign.is_empty() {
                    problems.push(format!("{lang}: {id} has variants {foreign:?}, not plural categories of {lang}"));
                }
            }
            for (id, value) in &german {
                match theirs.iter().find(|(i, _)| i == id) {
                    None => problems.push(format!("{lang}: {id} is missing")),
                    Some((_, v)) if placeables(v) != placeables(value) => {
                        problems.push(format!("{lang}: {id} uses {:?}, German {:?}", placeables(v), placeables(value)))
                    }
                    Some(_) => {}
                }
            }
            for (id, _) in &theirs {
                if !german.iter().any(|(g, _)| g == id) {
                    problems.push(format!("{lang}: {id} is not in German"));
                }
            }
        }
        assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    }

    #[test]
    fn the_check_finds_a_foreign_plural_category() {
        let value = " { $count ->\n    [0] keine\n    [one] eins\n    [few] wenige\n   *[other] viele\n}";
        assert_eq!(foreign_variants("de", value), ["few"]);
        assert!(foreign_variants("pl", value).is_empty());
    }

    #[test]
    fn the_check_finds_a_missing_id_and_another_placeable() {
        let german = messages("a = Hallo { $name }\nb = { $count ->\n    [one] eins\n   *[other] { $count }\n}\n");
        let other = messages("a = Hello { $nam }\n");
        assert_eq!(german.len(), 2);
        assert_eq!(placeables(&german[1].1), ["count"]);
        assert_ne!(placeables(&other[0].1), placeables(&german[0].1));
        assert!(!other.iter().any(|(id, _)| id == "b"));
    }

    #[test]
    fn pseudo_locale_is_made_from_german() {
        let made = pseudo_catalogue(GERMAN);
        if std::env::var_os("STEP_BLESS").is_some() {
            std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/qps/family.ftl"), &made).unwrap();
        }
        assert!(
            made == include_str!("../../locales/qps/family.ftl"),
            "locales/qps/family.ftl is stale: run `STEP_BLESS=1 cargo test -p step-portal pseudo_locale`"
        );
    }

    #[test]
    fn pseudo_texts_are_bracketed_longer_and_keep_their_placeables() {
        assert_eq!(pseudo_line(" Mein Konto"), " ⟦Méín Kóntó ~~~⟧");
        assert_eq!(pseudo_line(" Hallo { $name }!"), " ⟦Hálló { $name }! ~~~⟧");
        assert_eq!(pseudo_line(" { $count ->"), " { $count ->");
        assert_eq!(pseudo_line("   *[other] { $count } Angebote"), "   *[other] { $count } ⟦Ángébóté ~~~⟧");
        assert_eq!(padding(12), " ~~~~~ ~~~~~ ~~", "long padding wraps");
        assert_eq!(pseudo_line("}"), "}");
        assert_eq!(pseudo_line(""), "");
    }

    #[test]
    fn templates_name_only_ids_a_catalogue_has() {
        let keys = crate::web::i18n::catalogue_keys();
        let mut unknown = Vec::new();
        for (name, source) in crate::web::i18n::TEMPLATES {
            for part in source.split("t(key=\"").skip(1) {
                let id = &part[..part.find('"').unwrap_or(0)];
                let dynamic = part[id.len() + 1..].trim_start().starts_with('~');
                let known = if dynamic { keys.iter().any(|k| k.starts_with(id)) } else { keys.iter().any(|k| k == id) };
                if !known {
                    unknown.push(format!("{name}: {id}"));
                }
            }
        }
        assert!(unknown.is_empty(), "{unknown:?}");
    }
}
