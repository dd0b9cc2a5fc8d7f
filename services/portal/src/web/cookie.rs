//! Reading a request's cookies: the one place that parses the `Cookie` header (sessions, CSRF, the
//! family's language) and names the cookies. It depends on nothing else in the portal, so any layer
//! may use it.

use axum::http::{HeaderMap, header};

/// The portal's cookies by their plain names (over plain HTTP in development).
pub const SESSION: &str = "step_session";
pub const CSRF: &str = "step_csrf";
pub const LANGUAGE: &str = "step_lang";

/// The name a cookie goes by: over HTTPS (secure cookies) with the `__Host-` prefix, which a browser
/// accepts only from this very host, with `Secure`, `Path=/` and no `Domain`: another host of the
/// same site (`evil.kreis-steinfurt.de`) can neither set nor overwrite it (issue 19.1).
pub fn name(plain: &'static str, secure: bool) -> &'static str {
    match (plain, secure) {
        (SESSION, true) => "__Host-step_session",
        (CSRF, true) => "__Host-step_csrf",
        (LANGUAGE, true) => "__Host-step_lang",
        (other, _) => other,
    }
}

/// The value of cookie `name`, if the request carries it.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}
