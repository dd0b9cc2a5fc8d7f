//! Sign-in through the district's OpenID provider (authorization code + PKCE S256, state and nonce
//! checked, ID token signature and claims verified by `openidconnect`), and sign-out that also ends
//! the provider's session.

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken as OidcState, IssuerUrl, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use serde::Deserialize;
use tokio::sync::OnceCell;

use crate::error::{AppError, Result};
use crate::session::{Claims, CsrfToken, PendingLogin, Session, clear_session_cookie, session_cookie};
use crate::state::AppState;
use crate::tenancy::TenantCtx;

/// Where the portal signs people in. Production points these at the district's provider.
#[derive(Clone, Debug)]
pub struct OidcConfig {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    /// The ID-token claim that carries staff roles (`[{"role", "tenant" | "office", "scope"}]`), or
    /// `None` when roles come only from `step roles grant` and the portal's role pages.
    pub roles_claim: Option<String>,
}

/// One role as the provider's claim states it. `office` stands for every municipality of that
/// youth welfare office.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq, Eq)]
pub struct ClaimRole {
    pub role: String,
    #[serde(default)]
    pub tenant: Option<String>,
    #[serde(default)]
    pub office: Option<String>,
    #[serde(default)]
    pub scope: String,
}

/// Reads a claim from the payload of an ID token whose signature and claims `openidconnect`
/// has already verified (custom claims are not part of its core claim types).
fn custom_claim(id_token: &str, name: &str) -> Option<serde_json::Value> {
    use base64::Engine;
    let payload = id_token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    let mut value: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    Some(value.get_mut(name)?.take())
}

/// Provider metadata, discovered on first use (the portal starts even while the provider is down).
pub struct Oidc {
    config: OidcConfig,
    http: openidconnect::reqwest::Client,
    metadata: OnceCell<(CoreProviderMetadata, Option<String>)>,
}

impl Oidc {
    pub fn new(config: OidcConfig) -> Self {
        let http = openidconnect::reqwest::ClientBuilder::new()
            // Following redirects would open the token request to SSRF.
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .expect("HTTP client");
        Self { config, http, metadata: OnceCell::new() }
    }

    pub fn issuer(&self) -> &str {
        &self.config.issuer
    }

    async fn metadata(&self) -> Result<&(CoreProviderMetadata, Option<String>)> {
        self.metadata
            .get_or_try_init(|| async {
                let issuer =
                    IssuerUrl::new(self.config.issuer.clone()).map_err(|e| AppError::Provider(e.to_string()))?;
                let meta = CoreProviderMetadata::discover_async(issuer, &self.http)
                    .await
                    .map_err(|e| AppError::Provider(e.to_string()))?;
                // end_session_endpoint is not part of the core metadata type; read it from the same document.
                let doc: serde_json::Value = self
                    .http
                    .get(format!("{}/.well-known/openid-configuration", self.config.issuer))
                    .send()
                    .await
                    .map_err(|e| AppError::Provider(e.to_string()))?
                    .bytes()
                    .await
                    .ok()
                    .and_then(|b| serde_json::from_slice(&b).ok())
                    .unwrap_or_default();
                let end_session = doc["end_session_endpoint"].as_str().map(str::to_owned);
                Ok((meta, end_session))
            })
            .await
    }

    /// The provider URL a parent is sent to, and what the session must remember to finish.
    async fn start(&self, redirect_uri: &str, return_to: String) -> Result<(String, PendingLogin)> {
        let (meta, _) = self.metadata().await?;
        let client = CoreClient::from_provider_metadata(
            meta.clone(),
            ClientId::new(self.config.client_id.clone()),
            Some(ClientSecret::new(self.config.client_secret.clone())),
        )
        .set_redirect_uri(RedirectUrl::new(redirect_uri.to_owned()).map_err(|e| AppError::Provider(e.to_string()))?);
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(CoreAuthenticationFlow::AuthorizationCode, OidcState::new_random, Nonce::new_random)
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge)
            .url();
        let pending = PendingLogin {
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
            return_to,
            redirect_uri: redirect_uri.to_owned(),
        };
        Ok((url.to_string(), pending))
    }

    /// Exchanges the code (with the PKCE verifier) and verifies the ID token: signature against the
    /// provider's keys, issuer (exact string), audience, expiry and nonce.
    async fn finish(&self, pending: &PendingLogin, code: String) -> Result<(String, Claims, String)> {
        let (meta, _) = self.metadata().await?;
        let client = CoreClient::from_provider_metadata(
            meta.clone(),
            ClientId::new(self.config.client_id.clone()),
            Some(ClientSecret::new(self.config.client_secret.clone())),
        )
        .set_redirect_uri(
            RedirectUrl::new(pending.redirect_uri.clone()).map_err(|e| AppError::Provider(e.to_string()))?,
        );
        let response = client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(|e| AppError::Provider(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier.clone()))
            .request_async(&self.http)
            .await
            .map_err(|e| AppError::LoginFailed(format!("token request: {e}")))?;
        let id_token = response.id_token().ok_or_else(|| AppError::LoginFailed("no ID token".into()))?;
        let claims = id_token
            .claims(&client.id_token_verifier(), &Nonce::new(pending.nonce.clone()))
            .map_err(|e| AppError::LoginFailed(format!("ID token rejected: {e}")))?;
        let out = Claims {
            email: claims.email().map(|e| e.as_str().to_owned()),
            given_name: claims.given_name().and_then(|c| c.get(None)).map(|n| n.as_str().to_owned()),
            family_name: claims.family_name().and_then(|c| c.get(None)).map(|n| n.as_str().to_owned()),
            name: claims.name().and_then(|c| c.get(None)).map(|n| n.as_str().to_owned()),
            email_verified: claims.email_verified(),
            // With a roles claim configured, a missing or unreadable claim means no roles: a person
            // whose roles the provider took away must not keep them here.
            roles: self.config.roles_claim.as_deref().map(|name| {
                custom_claim(&id_token.to_string(), name)
                    .and_then(|v| serde_json::from_value::<Vec<serde_json::Value>>(v).ok())
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|v| serde_json::from_value::<ClaimRole>(v).ok())
                    .collect()
            }),
        };
        Ok((claims.subject().as_str().to_owned(), out, id_token.to_string()))
    }

    pub(crate) async fn end_session_url(&self, id_token: Option<&str>, post_logout: &str) -> Option<String> {
        let (_, end) = self.metadata().await.ok()?;
        let mut url = reqwest_url(end.as_deref()?)?;
        {
            let mut q = url.query_pairs_mut();
            if let Some(t) = id_token {
                q.append_pair("id_token_hint", t);
            }
            q.append_pair("post_logout_redirect_uri", post_logout);
            q.append_pair("client_id", &self.config.client_id);
        }
        Some(url.to_string())
    }
}

fn reqwest_url(text: &str) -> Option<openidconnect::url::Url> {
    openidconnect::url::Url::parse(text).ok()
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{slug}/login", get(login))
        .route("/{slug}/logout", post(logout))
        .route("/auth/callback", get(callback))
}

/// Only same-origin relative paths: `/x…`, never `//host`, `/\host` or an absolute URL.
pub fn safe_return_to(candidate: Option<&str>, fallback: &str) -> String {
    match candidate {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.contains('\\')
                && !p.chars().any(char::is_control)
                && p.len() <= 500 =>
        {
            p.to_owned()
        }
        _ => fallback.to_owned(),
    }
}

/// The callback URL on the host the parent is using (the session cookie lives there). Only hosts
/// this portal serves are used: a tenant's host names, loopback, or the configured public host.
fn callback_url(state: &AppState, headers: &HeaderMap) -> Result<String> {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default();
    let name = host.rsplit_once(':').map_or(host, |(h, _)| h);
    let allowed = state.registry().by_host(host).is_some()
        || matches!(name, "127.0.0.1" | "localhost")
        || state.config().public_hosts.iter().any(|h| h == host);
    if !allowed || host.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(format!("{}://{host}/auth/callback", state.config().scheme))
}

#[derive(Deserialize)]
struct LoginQuery {
    return_to: Option<String>,
}

async fn login(
    ctx: TenantCtx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<LoginQuery>,
    mut session: Session,
) -> Result<Response> {
    let return_to = safe_return_to(q.return_to.as_deref(), &format!("{}/konto", ctx.base));
    let redirect_uri = callback_url(&state, &headers)?;
    let (url, pending) = state.oidc().start(&redirect_uri, return_to).await?;
    session.data.login = Some(pending);
    let cookie = session.save(&state).await?;
    let mut res = Redirect::to(&url).into_response();
    if let Some(c) = cookie {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    Ok(res)
}

#[derive(Deserialize)]
struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

async fn callback(State(state): State<AppState>, Query(q): Query<CallbackQuery>, session: Session) -> Result<Response> {
    let pending = session.data.login.clone();
    let Some(pending) = pending else { return Err(AppError::LoginFailed("no sign-in in progress".into())) };
    if q.state.as_deref() != Some(pending.state.as_str()) {
        return Err(AppError::LoginFailed("state does not match".into()));
    }
    if let Some(error) = q.error {
        return Err(if error == "access_denied" {
            AppError::LoginCancelled
        } else {
            AppError::LoginFailed(format!("provider error {error}"))
        });
    }
    let code = q.code.ok_or_else(|| AppError::LoginFailed("no code".into()))?;
    let (subject, claims, id_token) = state.oidc().finish(&pending, code).await?;
    let account = state.store().platform().account_for_identity(state.oidc().issuer(), &subject).await?;
    if let Some(roles) = &claims.roles {
        sync_claim_roles(&state, account, roles).await?;
    }
    let mut data = session.data.clone();
    data.login = None;
    data.claims = Some(claims);
    data.id_token = Some(id_token);
    let fresh = state
        .store()
        .platform()
        .rotate_session(session.id(), account, &serde_json::to_value(&data).unwrap_or_default())
        .await?;
    let mut res = Redirect::to(&pending.return_to).into_response();
    res.headers_mut().append(header::SET_COOKIE, session_cookie(&state, &fresh.id));
    Ok(res)
}

const KNOWN_ROLES: &[&str] = &["parent", "facility_lead", "ktp_advisor", "office_staff", "district_admin"];

/// Makes the account's claim roles those the provider sent now (never anything the browser sent).
/// Unknown roles, municipalities or offices are skipped with a warning.
async fn sync_claim_roles(state: &AppState, account: uuid::Uuid, roles: &[ClaimRole]) -> Result<()> {
    let registry = state.registry();
    let mut out = Vec::new();
    for r in roles {
        if !KNOWN_ROLES.contains(&r.role.as_str()) {
            tracing::warn!(role = %r.role, "role claim names an unknown role; skipped");
            continue;
        }
        let domains: Vec<String> = match (&r.tenant, &r.office) {
            (Some(t), _) if t == "*" || registry.by_slug(t).is_some() => vec![t.clone()],
            (None, Some(office)) => {
                registry.all().iter().filter(|t| t.office.id == *office).map(|t| t.slug.to_string()).collect()
            }
            _ => Vec::new(),
        };
        if domains.is_empty() {
            tracing::warn!(role = %r.role, "role claim names no known municipality or office; skipped");
        }
        out.extend(domains.into_iter().map(|domain| step_store::RoleAssignment {
            account_id: account,
            role: r.role.clone(),
            domain,
            scope: r.scope.clone(),
        }));
    }
    match state.store().platform().replace_claim_roles(account, &out).await {
        Ok(true) => state.reload_access().await,
        Ok(false) => Ok(()),
        Err(step_store::Error::Rule(_)) => {
            tracing::warn!("role claim holds an unknown role; roles left unchanged");
            Ok(())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
struct LogoutForm {
    #[serde(default)]
    csrf: String,
}

async fn logout(
    ctx: TenantCtx,
    State(state): State<AppState>,
    headers: HeaderMap,
    csrf: CsrfToken,
    session: Session,
    axum::Form(form): axum::Form<LogoutForm>,
) -> Result<Response> {
    csrf.check(&form.csrf)?;
    if let Some(id) = session.id() {
        state.store().platform().delete_session(id).await?;
    }
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("127.0.0.1");
    let home = format!("{}://{host}{}/", state.config().scheme, ctx.base);
    let target = state.oidc().end_session_url(session.data.id_token.as_deref(), &home).await.unwrap_or(home);
    let mut res = Redirect::to(&target).into_response();
    res.headers_mut().append(header::SET_COOKIE, clear_session_cookie(&state));
    Ok(res)
}
