//! Issue 19.4: the identity provider rotates its signing key; sign-in keeps working because the
//! portal fetches the provider's keys again when an ID token names a key it does not know.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use reqwest::StatusCode;
use step_e2e::browser_client::{Browser, parent};
use step_e2e::{Seed, SmtpSink, TestApp, repo_root};

/// The dev provider on `port`, with its committed key or (`rotated`) a key made at its start.
struct Provider(Child);

impl Provider {
    async fn start(port: u16, rotated: bool) -> Self {
        let mut child = Command::new("node")
            .arg(repo_root().join("deploy/dev-idp/server.mjs"))
            .env("IDP_PORT", port.to_string())
            .env("IDP_ROTATE_KEY", if rotated { "1" } else { "0" })
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("node runs the dev provider (deploy/dev-idp, npm ci first)");
        let url = format!("http://127.0.0.1:{port}/.well-known/openid-configuration");
        for _ in 0..100 {
            if reqwest::get(&url).await.is_ok_and(|r| r.status().is_success()) {
                return Self(child);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("the dev provider did not start on port {port}");
    }

    fn stop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for Provider {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn kid(port: u16) -> String {
    let jwks: serde_json::Value =
        reqwest::get(format!("http://127.0.0.1:{port}/jwks")).await.unwrap().json().await.unwrap_or_default();
    jwks["keys"][0]["kid"].as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn sign_in_keeps_working_after_the_provider_rotates_its_key() {
    let port = SmtpSink::free_port();
    let mut provider = Provider::start(port, false).await;
    let app =
        TestApp::spawn_configured(Seed::Only(&["rheine"]), |c| c.oidc.issuer = format!("http://127.0.0.1:{port}"))
            .await;
    let login = format!("{}/rheine/login", app.addr);
    let (url, page) = Browser::new().sign_in(&login, &parent(0)).await;
    assert_eq!(page.status(), StatusCode::OK, "signed in with the first key: {url}");
    let first_kid = kid(port).await;

    // The provider restarts with a new key; the portal still holds the old one.
    provider.stop();
    let _rotated = Provider::start(port, true).await;
    assert_ne!(kid(port).await, first_kid, "the provider signs with another key now");
    // A refetch for an unknown key happens at most every 10 s after the last one.
    tokio::time::sleep(Duration::from_secs(10)).await;
    let (url, page) = Browser::new().sign_in(&login, &parent(1)).await;
    assert_eq!(page.status(), StatusCode::OK, "signed in after the rotation: {url}");
    assert!(url.contains("/rheine/konto"), "{url}");
    let html = page.text().await.unwrap();
    assert!(!html.contains("Anmeldung fehlgeschlagen"), "{html}");
    app.cleanup().await;
}
