//! Every text a person reads comes from the Fluent catalogue in `locales/<lang>/*.ftl`. German is
//! the fallback; another language is added as a folder of files. Each language gets its own Tera
//! instance whose `t()` function is bound to that language.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use serde_json::Value;
use tera::Tera;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "de",
        // Unicode isolation marks around arguments only where the text runs right to left (Arabic):
        // there they keep a German street, a date or a phone number readable inside the sentence.
        // Elsewhere none: they would end up inside e-mail addresses and URLs for nothing.
        customise: |bundle| {
            let rtl = bundle.locales.first().is_some_and(|l| step_domain::family::RTL_LANGUAGES.contains(&l.language.as_str()));
            bundle.set_use_isolating(rtl)
        },
    };
}

pub const DEFAULT_LANG: LanguageIdentifier = langid!("de");

// `TEMPLATES`: every template under templates/ by its path (`desk/list.html`), listed by build.rs.
include!(concat!(env!("OUT_DIR"), "/templates.rs"));

/// Looks up `key` with `args`; a missing key is a programming error and shows up as `[key]`.
pub fn text(lang: &LanguageIdentifier, key: &str, args: &[(&str, String)]) -> String {
    if args.is_empty()
        && let Some(fixed) = fixed(lang, key)
    {
        return fixed.to_owned();
    }
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> =
        args.iter().map(|(k, v)| (Cow::Owned((*k).to_owned()), fluent_value(v))).collect();
    LOCALES.try_lookup_with_args(lang, key, &args).unwrap_or_else(|| format!("[{key}]"))
}

/// Every text without arguments, per language, looked up once: they are the same on every page.
static FIXED: LazyLock<HashMap<LanguageIdentifier, HashMap<String, String>>> = LazyLock::new(|| {
    LOCALES
        .locales()
        .map(|lang| {
            let texts = catalogue_keys()
                .into_iter()
                .filter_map(|key| LOCALES.try_lookup(lang, &key).filter(|t| !t.contains('{')).map(|t| (key, t)))
                .collect();
            (lang.clone(), texts)
        })
        .collect()
});

/// The text of `key` if it needs no arguments.
fn fixed(lang: &LanguageIdentifier, key: &str) -> Option<&'static str> {
    FIXED.get(lang).or_else(|| FIXED.get(&DEFAULT_LANG))?.get(key).map(String::as_str)
}

/// `t` for the compiled (askama) templates: the same catalogue as the Tera templates' `t()`, bound
/// to one language. Askama escapes what these return.
pub struct Tr(pub LanguageIdentifier);

impl Tr {
    /// A text without arguments.
    pub fn t(&self, key: &str) -> Cow<'static, str> {
        fixed(&self.0, key).map_or_else(|| Cow::Owned(text(&self.0, key, &[])), Cow::Borrowed)
    }

    /// A text with one argument (numbers stay numbers, so plural rules apply).
    pub fn arg(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        text(&self.0, key, &[(name, value.to_string())])
    }

    /// A text whose argument is `count`.
    pub fn count(&self, key: &str, n: impl std::fmt::Display) -> String {
        self.arg(key, "count", n)
    }
}

/// Numbers become Fluent numbers, so plural rules ("1 Monat", "2 Monate") apply.
fn fluent_value(v: &str) -> FluentValue<'static> {
    match v.parse::<f64>() {
        Ok(n) if !v.is_empty() => FluentValue::from(n),
        _ => FluentValue::from(v.to_owned()),
    }
}

/// Every key of the German catalogue (family and staff texts), for the test that templates use no unknown key.
pub fn catalogue_keys() -> Vec<String> {
    [include_str!("../../locales/de/family.ftl"), include_str!("../../locales/de/staff.ftl")]
        .into_iter()
        .flat_map(str::lines)
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_owned()))
        .collect()
}

/// `t(key="…", name=…)` inside templates.
struct Translate(LanguageIdentifier);

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let key = args.get("key").and_then(Value::as_str).ok_or("t() needs key=\"…\"")?;
        let mut fluent: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
        for (name, value) in args.iter().filter(|(n, _)| n.as_str() != "key") {
            let v = match value {
                Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or_default()),
                Value::String(s) => FluentValue::from(s.clone()),
                other => FluentValue::from(other.to_string()),
            };
            fluent.insert(Cow::Owned(name.clone()), v);
        }
        LOCALES
            .try_lookup_with_args(&self.0, key, &fluent)
            .map(Value::String)
            .ok_or_else(|| tera::Error::msg(format!("message `{key}` is missing from the catalogue")))
    }

    fn is_safe(&self) -> bool {
        false
    }
}

/// Escapes the five characters that matter in text and quoted attributes. Tera's default also
/// escapes `/`, which turns every link into `&#x2F;…` without making anything safer. Runs without
/// such a character are copied whole.
fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + 8);
    let mut copied = 0;
    for (i, b) in input.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#x27;",
            _ => continue,
        };
        out.push_str(&input[copied..i]);
        out.push_str(entity);
        copied = i + 1;
    }
    out.push_str(&input[copied..]);
    out
}

/// `{{ t(key="…") }}` without arguments gives the same text on every render, so it is written into
/// the template's source once, when the templates are loaded (escaped in HTML templates, as Tera
/// would escape the call's result). The account page made some 45 such calls per view, a sixth of
/// the portal's work for it. Calls with arguments, unknown keys and texts holding `{` stay calls.
fn pretranslate(source: &str, lang: &LanguageIdentifier, html: bool) -> String {
    const OPEN: &str = "{{ t(key=\"";
    const CLOSE: &str = "\") }}";
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(at) = rest.find(OPEN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + OPEN.len()..];
        let key = after
            .find(CLOSE)
            .map(|end| &after[..end])
            .filter(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        let text = key.and_then(|k| fixed(lang, k));
        match (key, text) {
            (Some(key), Some(text)) => {
                out.push_str(&if html { escape_html(text) } else { text.to_owned() });
                rest = &after[key.len() + CLOSE.len()..];
            }
            _ => {
                out.push_str(OPEN);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `{{ phone | tel }}`: the digits of a phone number for a `tel:` link ("05451 931-779" → "05451931779").
fn tel_filter(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    let text = value.as_str().unwrap_or_default();
    let number = text.split('(').next().unwrap_or_default();
    Ok(Value::String(number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()))
}

pub struct Templates {
    by_lang: HashMap<LanguageIdentifier, Tera>,
}

impl Templates {
    pub fn load() -> Self {
        let by_lang = LOCALES
            .locales()
            .map(|lang| {
                let mut tera = Tera::default();
                tera.add_raw_templates(
                    TEMPLATES.iter().map(|(name, source)| (*name, pretranslate(source, lang, name.ends_with(".html")))),
                )
                .expect("templates parse (checked by tests)");
                tera.register_function("t", Translate(lang.clone()));
                tera.register_filter("tel", tel_filter);
                tera.autoescape_on(vec![".html"]);
                tera.set_escape_fn(escape_html);
                (lang.clone(), tera)
            })
            .collect();
        Self { by_lang }
    }

    pub fn render(&self, lang: &LanguageIdentifier, name: &str, ctx: &tera::Context) -> tera::Result<String> {
        let tera = self.by_lang.get(lang).or_else(|| self.by_lang.get(&DEFAULT_LANG)).ok_or("no German templates")?;
        tera.render(name, ctx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_html_escapes_the_five_and_keeps_the_rest() {
        assert_eq!(
            escape_html(r#"Tom & "Jerry" <b>'s</b> / Straße"#),
            "Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#x27;s&lt;/b&gt; / Straße"
        );
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("ohne"), "ohne");
    }

    #[test]
    fn fixed_texts_are_written_into_the_template_and_calls_with_arguments_stay() {
        let source = r#"<h1>{{ t(key="account-title") }}</h1><a>{{ t(key="nav-selection", count=n) }}</a>{{ t(key="no-such-key") }}"#;
        let html = pretranslate(source, &DEFAULT_LANG, true);
        assert_eq!(
            html,
            r#"<h1>Mein Konto</h1><a>{{ t(key="nav-selection", count=n) }}</a>{{ t(key="no-such-key") }}"#
        );
    }

    #[test]
    fn every_text_written_in_is_what_the_call_renders() {
        let mut called = Tera::default();
        called.register_function("t", Translate(DEFAULT_LANG.clone()));
        called.autoescape_on(vec![".html"]);
        called.set_escape_fn(escape_html);
        let mut written = 0;
        for key in catalogue_keys() {
            let source = format!("<p title=\"{{{{ t(key=\"{key}\") }}}}\">{{{{ t(key=\"{key}\") }}}}</p>");
            let fixed = pretranslate(&source, &DEFAULT_LANG, true);
            if fixed == source {
                continue; // needs arguments, or holds `{`: stays a call
            }
            called.add_raw_template("one.html", &source).unwrap();
            assert_eq!(fixed, called.render("one.html", &tera::Context::new()).unwrap(), "{key}");
            written += 1;
        }
        assert!(written > 200, "most texts have no arguments: {written}");
    }

    #[test]
    fn compiled_templates_use_only_known_keys_and_the_same_texts() {
        let keys = catalogue_keys();
        let source = include_str!("../../templates/family/account_body.askama.html");
        let mut used = 0;
        for call in ["tr.t(\"", "tr.arg(\"", "tr.count(\""] {
            for part in source.split(call).skip(1) {
                let key = &part[..part.find('"').unwrap()];
                assert!(keys.iter().any(|k| k == key), "{key} is not in the catalogue");
                used += 1;
            }
        }
        assert!(used > 15, "{used}");
        let tr = Tr(DEFAULT_LANG);
        assert_eq!(tr.t("account-title"), "Mein Konto");
        assert_eq!(tr.count("registration-waiting", 1), "Auf der Warteliste für diesen Beginn: nur Ihr Kind");
        assert_eq!(tr.count("registration-waiting", 12), "Auf der Warteliste für diesen Beginn: 12 Kinder");
        assert_eq!(tr.arg("hours-option", "hours", 35), "35 Stunden");
        assert_eq!(
            text(&DEFAULT_LANG, "status-registered", &[]),
            LOCALES.try_lookup(&DEFAULT_LANG, "status-registered").unwrap()
        );
    }

    #[test]
    fn pretranslated_pages_render_as_before() {
        // The same template through the function call and written in: the same text.
        let mut called = Tera::default();
        called
            .add_raw_template("a.html", r#"{{ t(key="account-title") }}|{{ t(key="inbox-link", count=2) }}"#)
            .unwrap();
        called.register_function("t", Translate(DEFAULT_LANG.clone()));
        let ctx = tera::Context::new();
        let expected = called.render("a.html", &ctx).unwrap();
        let templates = Templates::load();
        let tera = &templates.by_lang[&DEFAULT_LANG];
        let mut written = tera.clone();
        written
            .add_raw_template(
                "b.html",
                &pretranslate(
                    r#"{{ t(key="account-title") }}|{{ t(key="inbox-link", count=2) }}"#,
                    &DEFAULT_LANG,
                    true,
                ),
            )
            .unwrap();
        assert_eq!(written.render("b.html", &ctx).unwrap(), expected);
        assert!(expected.starts_with("Mein Konto|"), "{expected}");
    }

    #[test]
    fn the_menus_count_is_said_in_words() {
        let said = |offers: u32, messages: u32| {
            text(&DEFAULT_LANG, "nav-alerts", &[("offers", offers.to_string()), ("messages", messages.to_string())])
        };
        assert_eq!(said(1, 2), "1 offenes Platzangebot, 2 neue Nachrichten");
        assert_eq!(said(2, 1), "2 offene Platzangebote, 1 neue Nachricht");
        assert_eq!(said(0, 1), "1 neue Nachricht");
        assert_eq!(said(3, 0), "3 offene Platzangebote");
    }
}
