//! Layers every route passes through: refusing changes to a municipality in maintenance, rendering
//! stashed errors (German page in the tenant's layout, or JSON under /api/) and logging 5xx once,
//! and keeping pages out of the browser's cache.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use step_domain::Tenant;

use crate::web::error::{AppError, ErrorInfo, param_message};
use crate::web::i18n;
use crate::web::language::current;
use crate::web::page::PageCtx;
use crate::web::state::AppState;

/// Refuses every change to a municipality in maintenance mode (reads go on). Sign-out and the
/// switch itself stay open.
pub async fn read_only_guard(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let method = req.method();
    if method == axum::http::Method::GET || method == axum::http::Method::HEAD || method == axum::http::Method::OPTIONS
    {
        return next.run(req).await;
    }
    let path = req.uri().path();
    let slug = match path.strip_prefix("/api/v1/tenants/") {
        Some(rest) => rest.split('/').next().unwrap_or_default(),
        None => path.split('/').nth(1).unwrap_or_default(),
    };
    let exempt = path.ends_with("/logout")
        || path.ends_with("/sprache")
        || path.ends_with("/amt/wartung")
        || path.starts_with("/api/v1/district/");
    if !exempt && state.in_maintenance(slug) {
        return AppError::ReadOnly.into_response();
    }
    next.run(req).await
}

/// Renders stashed errors and logs server errors once.
pub async fn render_errors(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let slug = path.split('/').nth(1).unwrap_or_default().to_owned();
    let base = crate::web::tenancy::base_path(req.extensions(), &slug);
    // The language switcher on an error page (not on staff paths, which speak German) returns to
    // the page asked for, or to the municipality's home after a form (a POST-only path).
    let csrf = req.extensions().get::<crate::web::session::CsrfToken>().map(|c| c.0.clone());
    let csrf = csrf.filter(|_| !crate::web::language::is_staff_path(&path));
    let here = match req.method() {
        &axum::http::Method::GET => req.uri().path_and_query().map_or_else(|| path.clone(), |p| p.as_str().to_owned()),
        _ => format!("{base}/"),
    };
    let res = next.run(req).await;
    let Some(info) = res.extensions().get::<ErrorInfo>().cloned() else {
        return res;
    };
    if info.status == StatusCode::SERVICE_UNAVAILABLE {
        tracing::warn!(status = 503, detail = %info.detail, "request refused");
    } else if info.status.is_server_error() {
        tracing::error!(status = info.status.as_u16(), detail = %info.detail, "request failed");
    }
    if path.starts_with("/api/") {
        let message = match &info.param {
            Some(p) => param_message(p),
            None => i18n::text(current(), info.message_key, &[]),
        };
        let body = serde_json::json!({ "error": {
            "code": info.code,
            "message": message,
            "field": info.param.as_ref().map(|p| p.field),
        }});
        return (info.status, axum::Json(body)).into_response();
    }
    // The tenant of the page is the first path segment after the host rewrite.
    let tenant: Option<Arc<Tenant>> = state.registry().by_slug(&slug);
    let ctx = PageCtx::new(&state, tenant.as_ref(), if tenant.is_some() { &base } else { "" });
    let mut c = ctx.context();
    c.insert("status", &info.status.as_u16());
    if let Some(csrf) = csrf {
        c.insert("csrf", &csrf);
        c.insert("here", &here);
    }
    let title_key = match info.code {
        "rule" => "error-rule-title".to_owned(),
        "upload_refused" => "upload-refused-title".to_owned(),
        _ => format!("{}-title", info.message_key),
    };
    c.insert("title_key", &title_key);
    c.insert("message_key", &info.message_key);
    c.insert("param_message", &info.param.as_ref().map(param_message));
    match state.templates().render(current(), "layout/error.html", &c) {
        Ok(html) => (info.status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "error page could not be rendered");
            (info.status, "Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.").into_response()
        }
    }
}

/// Pages carry personal data and per-visitor state (selection, CSRF token): the browser must not
/// keep them, so Back after signing out on a shared phone shows no family data.
pub(crate) async fn no_store_for_pages(req: Request, next: axum::middleware::Next) -> axum::response::Response {
    let mut res = next.run(req).await;
    let is_html = res
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html && !res.headers().contains_key(axum::http::header::CACHE_CONTROL) {
        res.headers_mut().insert(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    }
    res
}

/// Security headers on every answer, pages, API, files and error pages alike (issue 19.2); HSTS
/// only where the portal runs over HTTPS (secure cookies).
pub(crate) async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    use axum::http::{HeaderValue, header};
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, state.csp().clone());
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    headers.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    headers
        .insert("permissions-policy", HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"));
    if state.config().secure_cookies {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    res
}

#[cfg(test)]
mod tests {
    /// The CSP allows no inline script or style: no template may carry one (issue 19.2).
    #[test]
    fn no_template_has_inline_script_or_style() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let mut found = Vec::new();
        let mut stack = vec![dir];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for (n, line) in text.lines().enumerate() {
                    let l = line.to_ascii_lowercase();
                    let inline_script = l.contains("<script") && !l.contains(" src=");
                    let handler = l.split_whitespace().any(|w| w.starts_with("on") && w.contains("=\""));
                    if inline_script || l.contains("<style") || l.contains(" style=") || handler {
                        found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                    }
                }
            }
        }
        assert!(found.is_empty(), "inline script or style, which the CSP refuses:\n{}", found.join("\n"));
    }

    #[test]
    fn forms_may_go_to_the_provider_and_nothing_else_inline() {
        let csp = crate::web::csp::content_security_policy("https://login.kreis-steinfurt.de/realms/step");
        assert!(csp.contains("form-action 'self' https://login.kreis-steinfurt.de;"), "{csp}");
        assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), "{csp}");
    }
}
