//! A minimal browser for tests: a cookie jar per host name (like a browser, ports share cookies),
//! redirects followed by hand so every hop is visible, and sign-in through the dev provider's real
//! login form.

use std::collections::BTreeMap;
use std::sync::Mutex;

use reqwest::{Response, StatusCode, Url};

pub struct Browser {
    client: reqwest::Client,
    jar: Mutex<BTreeMap<String, BTreeMap<String, String>>>,
    /// Sent as the Host header to the portal, for host-based tenants.
    pub host_override: Option<(String, String)>,
    /// Sent as Accept-Language (issue 18), as a browser set to that language does.
    pub accept_language: Option<String>,
}

/// A dev provider account from deploy/dev-idp/accounts.json.
#[derive(Clone, Debug, serde::Deserialize)]
pub struct Account {
    pub username: String,
    pub password: String,
    pub role: String,
    pub email: String,
    /// The provider's subject for this account.
    pub sub: String,
}

pub fn accounts() -> Vec<Account> {
    let text = std::fs::read_to_string(crate::repo_root().join("deploy/dev-idp/accounts.json")).expect("accounts.json");
    serde_json::from_str(&text).expect("accounts.json is a JSON array")
}

pub fn parent(n: usize) -> Account {
    accounts().into_iter().filter(|a| a.role == "parent").nth(n).expect("enough parent accounts")
}

impl Default for Browser {
    fn default() -> Self {
        Self::new()
    }
}

impl Browser {
    pub fn new() -> Self {
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
        Self { client, jar: Mutex::new(BTreeMap::new()), host_override: None, accept_language: None }
    }

    /// A browser whose user reads `languages` (an Accept-Language value such as "tr-TR,tr;q=0.9").
    pub fn speaking(languages: &str) -> Self {
        Self { accept_language: Some(languages.to_owned()), ..Self::new() }
    }

    fn cookie_header(&self, url: &Url) -> Option<String> {
        let jar = self.jar.lock().unwrap();
        let cookies = jar.get(url.host_str()?)?;
        (!cookies.is_empty()).then(|| cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; "))
    }

    fn store_cookies(&self, url: &Url, res: &Response) {
        let Some(host) = url.host_str() else { return };
        let mut jar = self.jar.lock().unwrap();
        let cookies = jar.entry(host.to_owned()).or_default();
        for v in res.headers().get_all("set-cookie") {
            let Ok(v) = v.to_str() else { continue };
            let first = v.split(';').next().unwrap_or_default();
            let Some((name, value)) = first.split_once('=') else { continue };
            let expired = v.to_ascii_lowercase().contains("max-age=0")
                || v.to_ascii_lowercase().contains("expires=thu, 01 jan 1970");
            if expired || value.is_empty() {
                cookies.remove(name.trim());
            } else {
                cookies.insert(name.trim().to_owned(), value.to_owned());
            }
        }
    }

    pub fn cookie(&self, host: &str, name: &str) -> Option<String> {
        self.jar.lock().unwrap().get(host).and_then(|c| c.get(name).cloned())
    }

    pub fn set_cookie(&self, host: &str, name: &str, value: &str) {
        self.jar.lock().unwrap().entry(host.to_owned()).or_default().insert(name.to_owned(), value.to_owned());
    }

    async fn send(&self, req: reqwest::RequestBuilder, url: &Url) -> Response {
        self.try_send(req, url).await.expect("request")
    }

    /// [`Self::send`] for a test in which the server may go away: the connection error is returned.
    async fn try_send(&self, req: reqwest::RequestBuilder, url: &Url) -> reqwest::Result<Response> {
        let mut req = req;
        if let Some(c) = self.cookie_header(url) {
            req = req.header("cookie", c);
        }
        if let Some(l) = &self.accept_language {
            req = req.header("accept-language", l);
        }
        if let Some((port_host, host)) = &self.host_override
            && url.host_str().zip(url.port()).map(|(h, p)| format!("{h}:{p}")).as_deref() == Some(port_host.as_str())
        {
            req = req.header("host", host);
        }
        let res = req.send().await?;
        self.store_cookies(url, &res);
        Ok(res)
    }

    pub async fn get(&self, url: &str) -> Response {
        let url = Url::parse(url).expect("absolute URL");
        self.send(self.client.get(url.clone()), &url).await
    }

    pub async fn post_form(&self, url: &str, fields: &[(&str, &str)]) -> Response {
        let url = Url::parse(url).expect("absolute URL");
        let req = self.api_write(self.client.post(url.clone()).form(fields), &url).await;
        self.send(req, &url).await
    }

    /// A multipart form as a browser sends it: text fields, then a file field `file`.
    pub async fn post_multipart(&self, url: &str, fields: &[(&str, &str)], file: Option<(&str, Vec<u8>)>) -> Response {
        let url = Url::parse(url).expect("absolute URL");
        let mut form = reqwest::multipart::Form::new();
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        if let Some((name, bytes)) = file {
            form = form.part("file", reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()));
        }
        let req = self.api_write(self.client.post(url.clone()).multipart(form), &url).await;
        self.send(req, &url).await
    }

    /// A multipart form with the file in a field of the given name (`file_field`, file name, bytes).
    pub async fn post_multipart_file(
        &self,
        url: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &str, Vec<u8>)>,
    ) -> Response {
        let url = Url::parse(url).expect("absolute URL");
        let mut form = reqwest::multipart::Form::new();
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        if let Some((field, name, bytes)) = file {
            form = form.part(field.to_owned(), reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()));
        }
        let req = self.api_write(self.client.post(url.clone()).multipart(form), &url).await;
        self.send(req, &url).await
    }

    /// A raw body (e.g. an image) with the given content type.
    pub async fn put_bytes(&self, url: &str, content_type: &str, bytes: Vec<u8>) -> Response {
        let url = Url::parse(url).expect("absolute URL");
        let req = self.client.put(url.clone()).header("content-type", content_type).body(bytes);
        let req = self.api_write(req, &url).await;
        self.send(req, &url).await
    }

    /// A write to the JSON API carries the session's token in `X-CSRF-Token` (issue 19.1); a page's
    /// form carries it in its `csrf` field instead.
    async fn api_write(&self, req: reqwest::RequestBuilder, url: &Url) -> reqwest::RequestBuilder {
        if !url.path().starts_with("/api/") {
            return req;
        }
        match self.api_token(url).await {
            Some(token) => req.header("x-csrf-token", token),
            None => req,
        }
    }

    pub async fn json(
        &self,
        method: reqwest::Method,
        url: &str,
        body: Option<serde_json::Value>,
    ) -> (StatusCode, serde_json::Value) {
        self.json_with(method, url, body, None).await
    }

    /// [`Self::json`] asking for the answer in `lang` (Accept-Language).
    pub async fn json_with_language(
        &self,
        method: reqwest::Method,
        url: &str,
        body: Option<serde_json::Value>,
        lang: &str,
    ) -> (StatusCode, serde_json::Value) {
        self.json_with(method, url, body, Some(lang)).await
    }

    /// A JSON write with a token read once before (as a client keeps it), not fetched for this
    /// request: for tests where `GET /api/v1/session` itself may fail meanwhile, or the server go
    /// away (the connection error is returned).
    pub async fn json_with_token(
        &self,
        method: reqwest::Method,
        url: &str,
        body: serde_json::Value,
        token: &str,
    ) -> reqwest::Result<(StatusCode, serde_json::Value)> {
        let url = Url::parse(url).expect("absolute URL");
        let req = self.client.request(method, url.clone()).header("x-csrf-token", token).json(&body);
        let res = self.try_send(req, &url).await?;
        let status = res.status();
        let text = res.text().await?;
        Ok((status, serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text))))
    }

    async fn json_with(
        &self,
        method: reqwest::Method,
        url: &str,
        body: Option<serde_json::Value>,
        lang: Option<&str>,
    ) -> (StatusCode, serde_json::Value) {
        let url = Url::parse(url).expect("absolute URL");
        let write = !matches!(method, reqwest::Method::GET | reqwest::Method::HEAD);
        let mut req = self.client.request(method, url.clone());
        if write {
            req = self.api_write(req, &url).await;
        }
        if let Some(lang) = lang {
            req = req.header("accept-language", lang);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = self.send(req, &url).await;
        let status = res.status();
        let text = res.text().await.unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)))
    }

    /// The token the JSON API's writes carry (issue 19.1), as a client reads it: from
    /// `GET /api/v1/session` on the same host, with this browser's cookies.
    pub async fn api_token(&self, url: &Url) -> Option<String> {
        let session = url.join("/api/v1/session").ok()?;
        let res = self.send(self.client.get(session.clone()), &session).await;
        let body: serde_json::Value = res.json().await.ok()?;
        body["csrf_token"].as_str().map(str::to_owned)
    }

    /// Follows redirects with GET from `res` (which came from `from`); returns the final URL and response.
    pub async fn follow(&self, from: &str, mut res: Response) -> (String, Response) {
        let mut url = Url::parse(from).expect("absolute URL");
        for _ in 0..20 {
            if !res.status().is_redirection() {
                break;
            }
            let location = res.headers()["location"].to_str().expect("location").to_owned();
            url = url.join(&location).expect("location URL");
            res = self.send(self.client.get(url.clone()), &url).await;
        }
        (url.to_string(), res)
    }

    pub async fn get_following(&self, url: &str) -> (String, Response) {
        let res = self.get(url).await;
        self.follow(url, res).await
    }

    pub async fn post_following(&self, url: &str, fields: &[(&str, &str)]) -> (String, Response) {
        let res = self.post_form(url, fields).await;
        self.follow(url, res).await
    }

    /// Signs in at `login_url` (the portal's `/{slug}/login?...`) through the provider's form.
    /// Returns the final URL and page after the portal's redirect back.
    pub async fn sign_in(&self, login_url: &str, account: &Account) -> (String, Response) {
        let (form_url, form) = self.get_following(login_url).await;
        assert_eq!(form.status(), StatusCode::OK, "the provider shows its login form at {form_url}");
        let html = form.text().await.unwrap();
        assert!(html.contains("Benutzername") && html.contains("Passwort"), "{html}");
        self.post_following(&form_url, &[("username", &account.username), ("password", &account.password)]).await
    }
}

/// The value of `<input ... name="NAME" value="…">` or `<option value="…"` after a marker.
pub fn input_value(html: &str, name: &str) -> Option<String> {
    let at = html.find(&format!("name=\"{name}\""))?;
    let tag_start = html[..at].rfind('<')?;
    let tag_end = at + html[at..].find('>')?;
    let tag = &html[tag_start..tag_end];
    let v = tag.split("value=\"").nth(1)?;
    Some(v[..v.find('"')?].to_owned())
}

pub fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
