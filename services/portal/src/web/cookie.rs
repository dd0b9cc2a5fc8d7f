//! Reading a request's cookies: the one place that parses the `Cookie` header (sessions, CSRF, the
//! family's language). It depends on nothing else in the portal, so any layer may use it.

use axum::http::{HeaderMap, header};

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
