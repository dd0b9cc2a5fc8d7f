//! Forgery protection for every write, in one layer over the whole route table (issue 19.1): no
//! handler checks a token itself, and a new route cannot forget to.
//!
//! A request with any method but GET, HEAD and OPTIONS (form posts, JSON with a body, body-less
//! POSTs and DELETEs, PUT and PATCH) goes on only when
//! 1. it comes from this portal's own origin: a browser names the page that sent it (`Origin`, on
//!    every cross-origin and every same-origin POST), and it must be this host; without `Origin`,
//!    `Sec-Fetch-Site` must not say `cross-site` or `same-site`. A client that sends neither (not a
//!    browser) cannot carry someone else's cookies and passes this step;
//! 2. it carries the token of its session: the `csrf_token` the session row keeps (new at every
//!    sign-in), or, before a session exists, the browser's `step_csrf` cookie. The token comes in the
//!    `X-CSRF-Token` header (the JSON API; `GET /api/v1/session` gives it), else in the form field
//!    `csrf` of a urlencoded body or as the first part of a multipart body (every template puts it
//!    first, so a 10 MB upload is not read to find it).
//!
//! Otherwise the answer is 403 "Formular abgelaufen" and nothing runs. A cookie another host of the
//! same site plants does not help: once there is a session, only its own token counts, and over
//! HTTPS the cookies carry the `__Host-` prefix that such a host cannot set.

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;

use crate::web::error::AppError;
use crate::web::session::{ReadSession, SESSION_COOKIE, browser_token, cookie, cookie_name, same_token};
use crate::web::state::AppState;

/// The header the JSON API sends its token in.
pub const TOKEN_HEADER: &str = "x-csrf-token";

/// The longest urlencoded form the check reads (the portal's forms are a few kilobytes).
const FORM_LIMIT: usize = 256 * 1024;

/// How much of a multipart body the check reads to find its first part, the token.
const MULTIPART_PREFIX: usize = 8 * 1024;

/// Whether `method` only reads.
pub fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The layer: see the module's comment.
pub async fn guard(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if is_safe(req.method()) {
        return next.run(req).await;
    }
    if !same_origin(req.headers()) {
        tracing::info!(path = req.uri().path(), "write from another origin refused");
        return AppError::Csrf.into_response();
    }
    let (mut parts, body) = req.into_parts();
    let row = match cookie(&parts.headers, cookie_name(&state, SESSION_COOKIE)) {
        Some(id) => match state.store().platform().load_session(&id).await {
            Ok(row) => row,
            Err(e) => return AppError::from(e).into_response(),
        },
        None => None,
    };
    let expected = match &row {
        Some(r) => Some(r.csrf_token.clone()),
        None => browser_token(&state, &parts.headers),
    };
    let (sent, body) = match sent_token(&parts.headers, body).await {
        Ok(found) => found,
        Err(e) => return e.into_response(),
    };
    let valid = matches!((&expected, &sent), (Some(e), Some(s)) if same_token(e, s));
    if !valid {
        tracing::info!(
            path = parts.uri.path(),
            session = row.is_some(),
            sent = sent.is_some(),
            "write without its session's token refused"
        );
        return AppError::Csrf.into_response();
    }
    parts.extensions.insert(ReadSession(row));
    next.run(Request::from_parts(parts, body)).await
}

/// Step 1: the request comes from this host, as far as the browser says where it comes from.
pub fn same_origin(headers: &HeaderMap) -> bool {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default();
    if let Some(origin) = headers.get(header::ORIGIN) {
        let origin_host = origin.to_str().ok().and_then(|o| o.split_once("://")).map(|(_, rest)| rest);
        return !host.is_empty() && origin_host.is_some_and(|o| o.eq_ignore_ascii_case(host));
    }
    match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some(site) => site == "same-origin" || site == "none",
        None => true,
    }
}

/// The token the request sent, and its body to pass on unchanged.
async fn sent_token(headers: &HeaderMap, body: Body) -> Result<(Option<String>, Body), AppError> {
    if let Some(t) = headers.get(TOKEN_HEADER).and_then(|v| v.to_str().ok()) {
        return Ok((Some(t.trim().to_owned()), body));
    }
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let essence = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    match essence.as_str() {
        "application/x-www-form-urlencoded" => {
            let bytes = axum::body::to_bytes(body, FORM_LIMIT).await.map_err(|_| AppError::Csrf)?;
            let token = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
                .ok()
                .and_then(|fields| fields.into_iter().find(|(k, _)| k == "csrf").map(|(_, v)| v));
            Ok((token, Body::from(bytes)))
        }
        "multipart/form-data" => {
            let Some(boundary) = boundary(content_type) else { return Ok((None, body)) };
            let (prefix, rest) = read_prefix(body, MULTIPART_PREFIX).await;
            let token = first_part_token(&prefix, &boundary);
            let stream = futures_util::stream::once(async move { Ok::<Bytes, axum::Error>(prefix) }).chain(rest);
            Ok((token, Body::from_stream(stream)))
        }
        _ => Ok((None, body)),
    }
}

fn boundary(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.trim().split_once('=')?;
        k.eq_ignore_ascii_case("boundary").then(|| v.trim_matches('"').to_owned())
    })
}

/// Reads at least `want` bytes of the body (or all of it); returns them and the rest as a stream.
async fn read_prefix(body: Body, want: usize) -> (Bytes, axum::body::BodyDataStream) {
    let mut stream = body.into_data_stream();
    let mut prefix = Vec::new();
    while prefix.len() < want {
        match stream.next().await {
            Some(Ok(chunk)) => prefix.extend_from_slice(&chunk),
            _ => break,
        }
    }
    (Bytes::from(prefix), stream)
}

/// The value of the first part when it is the field `csrf`.
fn first_part_token(prefix: &[u8], boundary: &str) -> Option<String> {
    let text = std::str::from_utf8(prefix).ok().or_else(|| {
        // A file part may cut a UTF-8 character at the end of the prefix: the token comes before.
        let valid = std::str::from_utf8(prefix).err()?.valid_up_to();
        std::str::from_utf8(&prefix[..valid]).ok()
    })?;
    let first = text.strip_prefix(&format!("--{boundary}\r\n"))?;
    let (head, rest) = first.split_once("\r\n\r\n")?;
    let named_csrf = head.lines().any(|l| {
        let l = l.to_ascii_lowercase();
        l.starts_with("content-disposition:") && l.contains("name=\"csrf\"")
    });
    let value = rest.split_once(&format!("\r\n--{boundary}"))?.0;
    named_csrf.then(|| value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn only_this_host_is_its_own_origin() {
        assert!(same_origin(&headers(&[("host", "rheine.example"), ("origin", "https://rheine.example")])));
        assert!(!same_origin(&headers(&[("host", "rheine.example"), ("origin", "https://evil.rheine.example")])));
        assert!(!same_origin(&headers(&[("host", "rheine.example"), ("origin", "null")])));
        assert!(!same_origin(&headers(&[("host", "rheine.example"), ("sec-fetch-site", "same-site")])));
        assert!(!same_origin(&headers(&[("host", "rheine.example"), ("sec-fetch-site", "cross-site")])));
        assert!(same_origin(&headers(&[("host", "rheine.example"), ("sec-fetch-site", "same-origin")])));
        assert!(same_origin(&headers(&[("host", "rheine.example")])), "not a browser: no cookies of anyone else");
    }

    #[test]
    fn the_token_is_the_first_part_of_a_multipart_form() {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc123\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF";
        assert_eq!(first_part_token(body.as_bytes(), "XyZ").as_deref(), Some("abc123"));
        let later = "--XyZ\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nx\r\n--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n--XyZ--";
        assert_eq!(first_part_token(later.as_bytes(), "XyZ"), None, "only the first part is read");
        assert_eq!(boundary("multipart/form-data; boundary=\"XyZ\"").as_deref(), Some("XyZ"));
    }
}
