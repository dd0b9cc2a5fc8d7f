//! The language a request speaks (issue 18), decided in one place: staff pages (desk, office,
//! district) speak German; a family page speaks the language of the `step_lang` cookie (the
//! switcher's choice, or the profile's at sign-in), else the browser's `Accept-Language`, else
//! German; the JSON API answers in the language of `Accept-Language`. The middleware runs the
//! request inside that language (a task-local), so every `text()` and page render reads it with
//! [`current`]; the response says it (`Content-Language`) and that it varies by the request's
//! `Accept-Language` and `Cookie`.

use std::sync::LazyLock;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use fluent_templates::LanguageIdentifier;

use crate::web::i18n::DEFAULT_LANG;

/// A language a family can choose: one per catalogue (`locales/<code>/family.ftl`), named in itself
/// (`language-name`, the switcher and the family form show it) and written in its direction.
pub struct FamilyLanguage {
    pub code: &'static str,
    pub name: String,
    pub rtl: bool,
}

/// The family languages, German first (the list `step_domain::family::LANGUAGES` is made from the
/// catalogue folders when building).
pub static FAMILY_LANGS: LazyLock<Vec<FamilyLanguage>> = LazyLock::new(|| {
    step_domain::family::LANGUAGES
        .iter()
        .map(|code| {
            let lang = id(code).expect("every family language has an identifier");
            FamilyLanguage {
                code,
                name: crate::web::i18n::text(lang, "language-name", &[]),
                rtl: step_domain::family::RTL_LANGUAGES.contains(code),
            }
        })
        .collect()
});

/// The pseudo-locale: every text bracketed and a third longer. Chosen only by the cookie, and only
/// where `STEP_PSEUDO_LOCALE=1` allows it (`./dev run` and `./dev test`: tests and translators);
/// never offered, never negotiated from `Accept-Language`, never a family's language.
pub const PSEUDO: &str = "qps";

static PSEUDO_ALLOWED: LazyLock<bool> = LazyLock::new(|| std::env::var("STEP_PSEUDO_LOCALE").is_ok_and(|v| v == "1"));

/// The cookie that keeps a family's choice (`__Host-` prefixed over HTTPS).
pub const LANG_COOKIE: &str = crate::web::cookie::LANGUAGE;

static IDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    step_domain::family::LANGUAGES
        .iter()
        .copied()
        .chain([PSEUDO])
        .map(|code| code.parse().expect("language codes are valid"))
        .collect()
});

static GERMAN: LanguageIdentifier = DEFAULT_LANG;

tokio::task_local! {
    static CURRENT: &'static LanguageIdentifier;
}

/// The language of the work at hand: the request's, or the one [`speaking_sync`] set; German outside both.
pub fn current() -> &'static LanguageIdentifier {
    CURRENT.try_with(|l| *l).unwrap_or(&GERMAN)
}

/// The code of [`current`] ("de", "ar", …).
pub fn current_code() -> &'static str {
    current().language.as_str()
}

/// Runs `work` in `lang` (an e-mail written in the family's language while a lead's request speaks German).
pub fn speaking_sync<T>(lang: &str, work: impl FnOnce() -> T) -> T {
    CURRENT.sync_scope(id(lang).unwrap_or(&GERMAN), work)
}

/// The identifier of a supported language (family languages and the pseudo-locale).
pub fn id(code: &str) -> Option<&'static LanguageIdentifier> {
    IDS.iter().find(|l| l.language.as_str() == code)
}

/// A language a family may choose (not the pseudo-locale).
pub fn is_family_language(code: &str) -> bool {
    step_domain::family::LANGUAGES.contains(&code)
}

/// The language of the page when a family can choose it (German for the pseudo-locale): the
/// first choice of a new family's profile.
pub fn family_language() -> &'static str {
    Some(current_code()).filter(|c| is_family_language(c)).unwrap_or("de")
}

/// Written right to left (the catalogue's `language-direction`).
pub fn is_rtl(code: &str) -> bool {
    FAMILY_LANGS.iter().any(|l| l.code == code && l.rtl)
}

/// Staff pages speak German whatever the browser asks for (issue 18: they stay German).
pub fn is_staff_path(path: &str) -> bool {
    let mut parts = path.trim_start_matches('/').split('/');
    let _slug = parts.next();
    matches!(parts.next(), Some("einrichtung" | "amt"))
}

/// The best family language of an `Accept-Language` header ("tr-TR,tr;q=0.9,en;q=0.5" → tr).
pub fn from_accept_language(value: &str) -> Option<&'static str> {
    let mut ranked: Vec<(f32, usize, &str)> = value
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let q =
                pieces.find_map(|p| p.trim().strip_prefix("q=")).map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            let primary = tag.split(['-', '_']).next()?;
            (q > 0.0).then_some((q, i, primary))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.iter().find_map(|(_, _, primary)| {
        step_domain::family::LANGUAGES.iter().find(|code| code.eq_ignore_ascii_case(primary)).copied()
    })
}

/// The language of a request: see the module's comment. `pseudo`: the pseudo-locale may be chosen.
pub fn negotiate(path: &str, headers: &HeaderMap, pseudo: bool, secure: bool) -> &'static str {
    if is_staff_path(path) {
        return "de";
    }
    let accepted = || {
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(from_accept_language)
            .unwrap_or("de")
    };
    if path.starts_with("/api/") {
        return accepted();
    }
    cookie_language(headers, secure).filter(|l| pseudo || *l != PSEUDO).unwrap_or_else(accepted)
}

/// The language in the `step_lang` cookie, if it is one this portal speaks.
pub fn cookie_language(headers: &HeaderMap, secure: bool) -> Option<&'static str> {
    let code = crate::web::cookie::cookie(headers, crate::web::cookie::name(LANG_COOKIE, secure))?;
    id(code.trim()).map(|l| l.language.as_str())
}

/// The layer: negotiates, runs the request in that language, and says so in the response.
/// The layer's state: whether cookies carry the `__Host-` prefix (HTTPS).
pub async fn language(State(secure_cookies): State<bool>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    if path.starts_with("/static/") || path == "/healthz" || path == "/readyz" {
        return next.run(req).await;
    }
    let code = negotiate(path, req.headers(), *PSEUDO_ALLOWED, secure_cookies);
    let lang = id(code).unwrap_or(&GERMAN);
    let mut res = CURRENT.scope(lang, next.run(req)).await;
    let headers = res.headers_mut();
    headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(code));
    headers.append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_family_language() {
        assert_eq!(from_accept_language("tr-TR,tr;q=0.9,en;q=0.5"), Some("tr"));
        assert_eq!(from_accept_language("fr-FR,fr;q=0.9,ar;q=0.8,en;q=0.7"), Some("ar"));
        assert_eq!(from_accept_language("en;q=0.4, uk;q=0.9"), Some("uk"));
        assert_eq!(from_accept_language("fr, es"), None);
        assert_eq!(from_accept_language("pl;q=0, de"), Some("de"));
        assert_eq!(from_accept_language("qps"), None, "the pseudo-locale is never negotiated");
        assert_eq!(from_accept_language(""), None);
        assert_eq!(from_accept_language("ru;q=abc, en"), Some("en"), "a broken weight drops its entry");
    }

    #[test]
    fn staff_pages_speak_german_and_family_pages_the_cookie_or_browser() {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("ar"));
        assert_eq!(negotiate("/rheine/einrichtung/x", &headers, true, false), "de");
        assert_eq!(negotiate("/rheine/amt", &headers, true, false), "de");
        assert_eq!(negotiate("/rheine/suche", &headers, true, false), "ar");
        assert_eq!(negotiate("/api/v1/tenants/rheine/family", &headers, true, false), "ar");
        headers.insert(header::COOKIE, HeaderValue::from_static("step_lang=pl"));
        assert_eq!(negotiate("/rheine/konto", &headers, true, false), "pl", "the cookie wins on pages");
        assert_eq!(
            negotiate("/api/v1/tenants/rheine/family", &headers, true, false),
            "ar",
            "the API follows Accept-Language"
        );
        headers.insert(header::COOKIE, HeaderValue::from_static("step_lang=xx"));
        assert_eq!(negotiate("/rheine/konto", &headers, true, false), "ar", "an unknown cookie value is ignored");
        headers.insert(header::COOKIE, HeaderValue::from_static("step_lang=qps"));
        assert_eq!(negotiate("/", &headers, true, false), "qps");
        assert_eq!(negotiate("/", &headers, false, false), "ar", "the pseudo-locale only where allowed");
    }

    #[test]
    fn every_catalogue_is_a_family_language_named_in_itself() {
        let names: Vec<(&str, &str, bool)> = FAMILY_LANGS.iter().map(|l| (l.code, l.name.as_str(), l.rtl)).collect();
        assert_eq!(names[0], ("de", "Deutsch", false), "German first");
        for known in [
            ("ar", "العربية", true),
            ("en", "English", false),
            ("pl", "Polski", false),
            ("ru", "Русский", false),
            ("tr", "Türkçe", false),
            ("uk", "Українська", false),
        ] {
            assert!(names.contains(&known), "{known:?} in {names:?}");
        }
        // A language added later as one file is named in itself, not by a missing id.
        assert!(names.iter().all(|(_, name, _)| !name.is_empty() && !name.starts_with('[')), "{names:?}");
        assert!(is_rtl("ar") && !is_rtl("de") && !is_rtl("qps") && !is_rtl("xx"));
    }

    #[tokio::test]
    async fn work_speaks_the_language_it_is_given() {
        assert_eq!(current_code(), "de");
        assert_eq!(CURRENT.scope(id("tr").unwrap(), async { current_code() }).await, "tr");
        assert_eq!(speaking_sync("xx", current_code), "de");
        assert_eq!(speaking_sync("ar", current_code), "ar");
    }
}
