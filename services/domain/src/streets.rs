//! Street names as people type them (issue 16): "Bahnhofstr. 12", "bahnhofstrasse", "Bahnhof-Straße"
//! all name the Bahnhofstraße. Names are compared in a normal form (lower case, ß as ss, umlauts
//! spelt out, "str." as "strasse", house numbers, punctuation and spaces dropped); a small typo is
//! forgiven by edit distance (one edit per six letters, two from twelve); a part of exactly one
//! name ("Markt" for "Am Markt") names it too. Everything else is unknown, with the names that
//! contain what was typed as suggestions: the search then shows its results without a location.

/// What a typed street name matched among a municipality's streets (indexes into the list given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StreetMatch {
    /// The same street, however it was spelt.
    Exact(usize),
    /// Close to these (best first): the first is taken, the others are offered ("Meinten Sie …?").
    Close(Vec<usize>),
    /// Not one of the streets; these contain what was typed (may be empty).
    Unknown(Vec<usize>),
}

/// How many suggestions at most are offered.
pub const MAX_SUGGESTIONS: usize = 5;

/// The normal form in which street names are compared: "Bahnhof-Str. 12a" → "bahnhofstrasse".
pub fn normal(typed: &str) -> String {
    let lower = typed.trim().to_lowercase().replace('ß', "ss").replace('ä', "ae").replace('ö', "oe").replace('ü', "ue");
    let mut out = String::new();
    for word in lower.split(|c: char| c.is_whitespace() || matches!(c, '-' | ',' | '/' | ';')) {
        // A house number ends the name: "12", "12a", "12-14", also glued on ("Bahnhofstr.12").
        let (name_part, number_follows) = match word.find(|c: char| c.is_ascii_digit()) {
            Some(at) => (&word[..at], true),
            None => (word, false),
        };
        let letters: String = name_part.chars().filter(|c| c.is_alphanumeric()).collect();
        out.push_str(&letters);
        // "str." / "str" at the end of a word is the common abbreviation of "straße".
        if letters.ends_with("str") {
            out.push_str("asse");
        }
        if number_follows {
            break;
        }
    }
    out
}

/// Edit distance with transpositions (optimal string alignment) between two normal forms.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// Typos forgiven for a name of this length: none below five letters, then one per six.
fn tolerance(len: usize) -> usize {
    if len < 5 { 0 } else { (len / 6).max(1) }
}

/// Matches what a parent typed against the municipality's street names.
pub fn find(typed: &str, names: &[&str]) -> StreetMatch {
    let t = normal(typed);
    if t.is_empty() {
        return StreetMatch::Unknown(Vec::new());
    }
    let forms: Vec<String> = names.iter().map(|n| normal(n)).collect();
    if let Some(i) = forms.iter().position(|f| *f == t) {
        return StreetMatch::Exact(i);
    }
    let mut close: Vec<(usize, usize)> = forms
        .iter()
        .enumerate()
        .map(|(i, f)| (distance(&t, f), i))
        .filter(|(d, i)| *d <= tolerance(t.chars().count().max(forms[*i].chars().count())))
        .collect();
    close.sort_by_key(|(d, i)| (*d, names[*i]));
    if !close.is_empty() {
        return StreetMatch::Close(close.into_iter().map(|(_, i)| i).take(MAX_SUGGESTIONS).collect());
    }
    let containing = containing(&t, &forms, names);
    match containing.as_slice() {
        [one] => StreetMatch::Close(vec![*one]),
        _ => StreetMatch::Unknown(containing.into_iter().take(MAX_SUGGESTIONS).collect()),
    }
}

/// Names whose normal form contains `t` (three letters at least), those starting with it first.
fn containing(t: &str, forms: &[String], names: &[&str]) -> Vec<usize> {
    if t.chars().count() < 3 {
        return Vec::new();
    }
    let mut hits: Vec<usize> = (0..forms.len()).filter(|i| forms[*i].contains(t)).collect();
    hits.sort_by_key(|i| (!forms[*i].starts_with(t), names[*i]));
    hits
}

/// Suggestions while a parent types: names starting with what was typed, then those containing it,
/// then those within a typo of it; at most `limit`, each once.
pub fn suggest(typed: &str, names: &[&str], limit: usize) -> Vec<usize> {
    let t = normal(typed);
    if t.chars().count() < 2 {
        return Vec::new();
    }
    let forms: Vec<String> = names.iter().map(|n| normal(n)).collect();
    let mut out = if t.chars().count() < 3 {
        let mut starting: Vec<usize> = (0..forms.len()).filter(|i| forms[*i].starts_with(&t)).collect();
        starting.sort_by_key(|i| names[*i]);
        starting
    } else {
        containing(&t, &forms, names)
    };
    if let StreetMatch::Close(close) = find(typed, names) {
        out.extend(close.into_iter().filter(|i| !out.contains(i)).collect::<Vec<_>>());
    }
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
        "Südring",
        "St.-Josef-Straße",
    ];

    fn matched(typed: &str) -> StreetMatch {
        find(typed, STREETS)
    }

    fn names(ix: &[usize]) -> Vec<&'static str> {
        ix.iter().map(|i| STREETS[*i]).collect()
    }

    /// Real-world spellings and what a parent means by them.
    #[test]
    fn spellings_people_type_find_their_street() {
        let table: &[(&str, &str)] = &[
            ("Bahnhofstraße", "Bahnhofstraße"),
            ("Bahnhofstr.", "Bahnhofstraße"),
            ("Bahnhofstr", "Bahnhofstraße"),
            ("Bahnhofstrasse", "Bahnhofstraße"),
            ("bahnhofstraße 12", "Bahnhofstraße"),
            ("Bahnhofstr. 12a", "Bahnhofstraße"),
            ("BAHNHOFSTRASSE", "Bahnhofstraße"),
            ("Bahnhof-Straße", "Bahnhofstraße"),
            ("Bahnhof Str. 5", "Bahnhofstraße"),
            ("bahnhofstr.,12", "Bahnhofstraße"),
            ("  Bahnhofstraße  ", "Bahnhofstraße"),
            ("Muensterstrasse", "Münsterstraße"),
            ("Münsterstr. 3", "Münsterstraße"),
            ("Grüner Weg", "Grüner Weg"),
            ("Gruener Weg 7", "Grüner Weg"),
            ("grünerweg", "Grüner Weg"),
            ("Am Markt 1", "Am Markt"),
            ("am markt", "Am Markt"),
            ("Eichendorffstr.", "Eichendorffstraße"),
            ("Kastanien-Allee", "Kastanienallee"),
            ("Im Sundern 12-14", "Im Sundern"),
            ("Goethe-Str. 2", "Goethestraße"),
            ("Hansa-Ring", "Hansaring"),
            ("St. Josef Str. 4", "St.-Josef-Straße"),
            ("Bahnhofstr.12", "Bahnhofstraße"),
            ("Hauptstraße12", "Hauptstraße"),
            ("Am Markt 1a-3", "Am Markt"),
        ];
        for (typed, street) in table {
            assert_eq!(
                matched(typed),
                StreetMatch::Exact(STREETS.iter().position(|s| s == street).unwrap()),
                "{typed}"
            );
        }
    }

    #[test]
    fn small_typos_are_forgiven_and_offered_first() {
        let table: &[(&str, &str)] = &[
            ("Bahnhofstrase", "Bahnhofstraße"),
            ("Banhofstraße", "Bahnhofstraße"),
            ("Bahnhofsstraße", "Bahnhofstraße"),
            ("Bahnhfostraße", "Bahnhofstraße"),
            ("Eichendorfstraße", "Eichendorffstraße"),
            ("Lindnstraße", "Lindenstraße"),
            ("Kirchstrase", "Kirchstraße"),
            ("Goetestraße", "Goethestraße"),
            ("Münsterstrße", "Münsterstraße"),
            ("Lerchenwg", "Lerchenweg"),
            ("Kastanienalee", "Kastanienallee"),
            ("Markt", "Am Markt"),
            ("Sundern", "Im Sundern"),
        ];
        for (typed, street) in table {
            match matched(typed) {
                StreetMatch::Close(ix) => assert_eq!(STREETS[ix[0]], *street, "{typed}"),
                other => panic!("{typed}: {other:?}"),
            }
        }
    }

    #[test]
    fn unknown_places_are_unknown_with_the_names_that_contain_them() {
        for typed in ["Elter Straße", "Nirgendwostraße", "Parkweg", "Rheiner Straße 3", "", "12", "x"] {
            assert!(matches!(matched(typed), StreetMatch::Unknown(_)), "{typed}: {:?}", matched(typed));
        }
        let StreetMatch::Unknown(ring) = matched("Ring") else { panic!("several rings") };
        assert_eq!(names(&ring), ["Hansaring", "Nordring", "Südring"]);
        // A part of exactly one name is taken as that name.
        assert_eq!(matched("Ems"), StreetMatch::Close(vec![10]));
    }

    #[test]
    fn suggestions_start_with_what_was_typed() {
        assert_eq!(names(&suggest("Ba", STREETS, 8)), ["Bahnhofstraße"]);
        assert_eq!(names(&suggest("bahnhofstr", STREETS, 8)), ["Bahnhofstraße"]);
        assert_eq!(names(&suggest("weg", STREETS, 3)), ["Birkenweg", "Grüner Weg", "Lerchenweg"]);
        assert_eq!(names(&suggest("Münst", STREETS, 8)), ["Münsterstraße"]);
        assert_eq!(names(&suggest("Lindnstr", STREETS, 8)), ["Lindenstraße"]);
        assert!(suggest("B", STREETS, 8).is_empty(), "one letter suggests nothing");
    }

    #[test]
    fn normal_forms() {
        assert_eq!(normal("Bahnhof-Str. 12a"), "bahnhofstrasse");
        assert_eq!(normal("Grüner Weg"), "gruenerweg");
        assert_eq!(normal("Große Straße"), "grossestrasse");
        assert_eq!(distance("bahnhfostrasse", "bahnhofstrasse"), 1);
    }
}
