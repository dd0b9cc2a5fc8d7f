//! The client of the district's OpenID provider (authorization code + PKCE S256, state and nonce
//! checked, ID token signature and claims verified by `openidconnect`), and the provider's
//! end-session URL for signing out. The sign-in pages are in `crate::auth`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use openidconnect::core::{CoreAuthPrompt, CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken as OidcState, EndpointMaybeSet, EndpointNotSet, EndpointSet,
    IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use serde::{Deserialize, Serialize};
use tokio::sync::RwLock;

use crate::web::error::{AppError, Result};

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

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingLogin {
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub return_to: String,
    pub redirect_uri: String,
    /// The person is asked to sign in again even with a live session at the provider (issue 16.10:
    /// accepting a contract online).
    #[serde(default)]
    pub fresh: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Claims {
    pub email: Option<String>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub name: Option<String>,
    #[serde(default)]
    pub email_verified: Option<bool>,
    /// Staff roles from the provider's role claim, when configured.
    #[serde(default)]
    pub roles: Option<Vec<ClaimRole>>,
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

/// The provider's metadata and keys as last fetched.
pub(crate) struct Discovered {
    meta: CoreProviderMetadata,
    end_session: Option<String>,
    fetched: Instant,
}

/// Metadata and keys are fetched again after this long (keys a provider rotates come in with them).
const METADATA_MAX_AGE: Duration = Duration::from_secs(3600);

/// The client as built from discovered metadata, with its redirect address.
type ConfiguredClient =
    CoreClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointMaybeSet, EndpointMaybeSet>;

/// An ID token whose key is unknown fetches the keys again at most this often.
const REFETCH_AT_MOST_EVERY: Duration = Duration::from_secs(10);

/// Provider metadata, discovered on first use (the portal starts even while the provider is down),
/// fetched again after an hour and when an ID token is signed with a key not known yet (the
/// provider rotated its keys, issue 19.4).
pub struct Oidc {
    config: OidcConfig,
    http: openidconnect::reqwest::Client,
    metadata: RwLock<Option<Arc<Discovered>>>,
}

impl Oidc {
    pub fn new(config: OidcConfig) -> Self {
        let http = openidconnect::reqwest::ClientBuilder::new()
            // Following redirects would open the token request to SSRF.
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .expect("HTTP client");
        Self { config, http, metadata: RwLock::new(None) }
    }

    pub fn issuer(&self) -> &str {
        &self.config.issuer
    }

    /// The metadata as cached, fetched when there is none or it is older than an hour (a failed
    /// fetch keeps the older copy).
    async fn metadata(&self) -> Result<Arc<Discovered>> {
        if let Some(d) = self.metadata.read().await.as_ref().filter(|d| d.fetched.elapsed() < METADATA_MAX_AGE) {
            return Ok(d.clone());
        }
        self.refetch(Duration::ZERO).await
    }

    /// Fetches metadata and keys again. `unless_younger`: zero for the hourly refresh (a copy
    /// another request fetched meanwhile is used), or how recent a copy makes a fetch for an
    /// unknown key needless (so forged tokens cannot make the portal hammer the provider).
    async fn refetch(&self, unless_younger: Duration) -> Result<Arc<Discovered>> {
        let mut slot = self.metadata.write().await;
        if let Some(d) = slot.as_ref() {
            let limit = if unless_younger.is_zero() { METADATA_MAX_AGE } else { unless_younger };
            if d.fetched.elapsed() < limit {
                return Ok(d.clone());
            }
        }
        match self.discover().await {
            Ok(d) => {
                let d = Arc::new(d);
                *slot = Some(d.clone());
                Ok(d)
            }
            Err(e) => match slot.as_ref() {
                Some(old) => {
                    tracing::warn!(error = %e, "provider metadata not refreshed; the older copy stays in use");
                    Ok(old.clone())
                }
                None => Err(e),
            },
        }
    }

    async fn discover(&self) -> Result<Discovered> {
        let issuer = IssuerUrl::new(self.config.issuer.clone()).map_err(|e| AppError::Provider(e.to_string()))?;
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
        Ok(Discovered { meta, end_session, fetched: Instant::now() })
    }

    fn client(&self, d: &Discovered, redirect_uri: &str) -> Result<ConfiguredClient> {
        Ok(CoreClient::from_provider_metadata(
            d.meta.clone(),
            ClientId::new(self.config.client_id.clone()),
            Some(ClientSecret::new(self.config.client_secret.clone())),
        )
        .set_redirect_uri(RedirectUrl::new(redirect_uri.to_owned()).map_err(|e| AppError::Provider(e.to_string()))?))
    }

    /// The provider URL a parent is sent to, and what the session must remember to finish.
    pub(crate) async fn start(
        &self,
        redirect_uri: &str,
        return_to: String,
        fresh: bool,
    ) -> Result<(String, PendingLogin)> {
        let client = self.client(&*self.metadata().await?, redirect_uri)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client
            .authorize_url(CoreAuthenticationFlow::AuthorizationCode, OidcState::new_random, Nonce::new_random)
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge);
        if fresh {
            request = request.add_prompt(CoreAuthPrompt::Login);
        }
        let (url, state, nonce) = request.url();
        let pending = PendingLogin {
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
            return_to,
            redirect_uri: redirect_uri.to_owned(),
            fresh,
        };
        Ok((url.to_string(), pending))
    }

    /// Exchanges the code (with the PKCE verifier) and verifies the ID token: signature against the
    /// provider's keys, issuer (exact string), audience, expiry and nonce.
    pub(crate) async fn finish(&self, pending: &PendingLogin, code: String) -> Result<(String, Claims, String)> {
        let client = self.client(&*self.metadata().await?, &pending.redirect_uri)?;
        let response = client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(|e| AppError::Provider(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier.clone()))
            .request_async(&self.http)
            .await
            .map_err(|e| AppError::LoginFailed(format!("token request: {e}")))?;
        let id_token = response.id_token().ok_or_else(|| AppError::LoginFailed("no ID token".into()))?;
        let nonce = Nonce::new(pending.nonce.clone());
        let claims = match id_token.claims(&client.id_token_verifier(), &nonce) {
            Ok(claims) => claims.clone(),
            // Signed with a key not known yet: the provider may have rotated its keys. Once more
            // with the keys fetched now (at most every 10 s, so forged tokens cannot make us hammer it).
            Err(first) => {
                tracing::info!(error = %first, "ID token not verified; fetching the provider's keys again");
                let fresh = self.client(&*self.refetch(REFETCH_AT_MOST_EVERY).await?, &pending.redirect_uri)?;
                id_token
                    .claims(&fresh.id_token_verifier(), &nonce)
                    .map_err(|e| AppError::LoginFailed(format!("ID token rejected: {e}")))?
                    .clone()
            }
        };
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
        let d = self.metadata().await.ok()?;
        let mut url = reqwest_url(d.end_session.as_deref()?)?;
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
