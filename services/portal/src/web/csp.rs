//! The Content-Security-Policy, built once from the configuration when the state is made (not per
//! answer) and sent by `web::middleware::security_headers`. Depends on nothing else in the portal.

/// The Content-Security-Policy of every answer (issue 19.2): scripts, styles, fonts and requests
/// only from this portal, no inline script or style (the brand colour is `/static/brand.css`),
/// images also as `data:`/`blob:` (the branding preview), forms only to this portal and the
/// identity provider (signing out goes on to its end-session page), never in a frame.
pub fn content_security_policy(issuer: &str) -> String {
    let provider = issuer.split('/').take(3).collect::<Vec<_>>().join("/");
    format!(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; \
         connect-src 'self'; form-action 'self' {provider}; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    )
}
