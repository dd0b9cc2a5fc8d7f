//! The HTTP portal: tenant routing, public pages (tera + Fluent), the JSON API with its OpenAPI
//! document, health checks. Handlers never name sqlx types; they talk to `step_store`.

mod account;
mod account_api;
mod api;
mod assets;
mod auth;
mod desk;
mod desk_api;
mod district;
mod documents;
mod documents_api;
mod error;
mod health;
mod i18n;
mod letters;
mod office;
mod pages;
mod registry;
mod session;
mod state;
mod tenancy;
mod tenant_admin;

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::extract::{MatchedPath, Request};
use axum::http::HeaderName;
use tokio::net::TcpListener;
use tower::Layer;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use tracing::{Level, info_span};

pub use api::ApiDoc;
pub use auth::{OidcConfig, safe_return_to};
pub use error::AppError;
pub use i18n::catalogue_keys;

/// A German text from the message catalogue (for e-mails and other non-page output).
pub fn text(key: &str, args: &[(&str, String)]) -> String {
    i18n::text(&i18n::DEFAULT_LANG, key, args)
}
pub use registry::Registry;
pub use state::{AppState, DocumentsConfig, PortalConfig, effective_tenants};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The router without the host rewrite: every tenant route lives under `/{slug}/`.
pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(pages::router())
        .merge(auth::router())
        .merge(account::router())
        .merge(account_api::router())
        .merge(desk::router())
        .merge(desk_api::router())
        .merge(documents::router())
        .merge(documents_api::router())
        .merge(district::router())
        .merge(tenant_admin::router())
        .merge(office::router())
        .merge(api::router())
        .merge(health::router())
        .merge(assets::router())
        .fallback(error::not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), error::read_only_guard))
        .layer(axum::middleware::from_fn_with_state(state.clone(), error::render_errors))
        .layer(axum::middleware::from_fn_with_state(state.clone(), session::csrf_cookie))
        .layer(axum::middleware::from_fn(no_store_for_pages))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request| {
                    let route = req.extensions().get::<MatchedPath>().map_or("unmatched", MatchedPath::as_str);
                    let request_id = req.headers().get(&REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("");
                    if route == "/healthz" || route == "/readyz" {
                        tracing::span!(Level::DEBUG, "request", http.request.method = %req.method(), http.route = route)
                    } else {
                        info_span!("request", http.request.method = %req.method(), http.route = route,
                            tenant.id = tracing::field::Empty, enduser.id = tracing::field::Empty, http.response.status_code = tracing::field::Empty, request_id)
                    }
                })
                // 5xx are logged once, with their cause, by error::render_errors.
                .on_failure(())
                .on_response(|res: &axum::response::Response, latency: Duration, span: &tracing::Span| {
                    span.record("http.response.status_code", res.status().as_u16());
                    tracing::debug!(parent: span, status = res.status().as_u16(), latency_ms = latency.as_secs_f64() * 1e3, "response");
                }),
        )
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::SERVICE_UNAVAILABLE, Duration::from_secs(30)))
        .layer(CatchPanicLayer::new())
        .with_state(state)
}

/// Pages carry personal data and per-visitor state (selection, CSRF token): the browser must not
/// keep them, so Back after signing out on a shared phone shows no family data.
async fn no_store_for_pages(req: Request, next: axum::middleware::Next) -> axum::response::Response {
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

/// A bound listener plus the app: tests bind port 0 and read the real port before serving.
pub struct Server {
    listener: TcpListener,
    state: AppState,
}

impl Server {
    pub async fn bind(state: AppState, addr: &str) -> std::io::Result<Self> {
        Ok(Self { listener: TcpListener::bind(addr).await?, state })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().expect("bound listener has an address")
    }

    /// Serves until `shutdown` resolves, then lets requests in flight finish.
    pub async fn run(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        let state = self.state.clone();
        state.spawn_status_refresh();
        state.spawn_change_listener();
        let service = tenancy::host_rewrite(state.registry().clone()).layer(router(state));
        // No Nagle delay: a response written in parts would otherwise wait for the client's ACK.
        let listener = axum::serve::ListenerExt::tap_io(self.listener, |tcp| {
            if let Err(e) = tcp.set_nodelay(true) {
                tracing::debug!(error = %e, "TCP_NODELAY not set");
            }
        });
        axum::serve(listener, axum::ServiceExt::<Request>::into_make_service(service))
            .with_graceful_shutdown(shutdown)
            .await
    }
}
