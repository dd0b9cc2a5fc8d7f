//! The assembly: the route table with the layers every request passes, and the server that binds
//! its listener first (tests bind port 0 and read the real port before serving).

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
use tower_http::trace::TraceLayer;
use tracing::{Level, info_span};

use crate::web::state::AppState;
use crate::web::{error, forgery, language, middleware, session, tenancy};

pub(crate) const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The router without the host rewrite: every tenant route lives under `/{slug}/`.
pub fn router(state: AppState) -> Router {
    crate::routes::routes()
        .fallback(error::not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::read_only_guard))
        // Every write: from this origin, with its session's token (issue 19.1).
        .layer(axum::middleware::from_fn_with_state(state.clone(), forgery::guard))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::render_errors))
        // Outside the error pages, so they speak the request's language too.
        .layer(axum::middleware::from_fn_with_state(state.config().secure_cookies, language::language))
        .layer(axum::middleware::from_fn_with_state(state.clone(), session::csrf_cookie))
        .layer(axum::middleware::from_fn(middleware::no_store_for_pages))
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
                // 5xx are logged once, with their cause, by middleware::render_errors.
                .on_failure(())
                .on_response(|res: &axum::response::Response, latency: Duration, span: &tracing::Span| {
                    span.record("http.response.status_code", res.status().as_u16());
                    tracing::debug!(parent: span, status = res.status().as_u16(), latency_ms = latency.as_secs_f64() * 1e3, "response");
                }),
        )
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .layer(axum::middleware::from_fn_with_state(state.clone(), time_limit))
        .layer(CatchPanicLayer::new())
        // Counted with the status the client gets, timeouts and panics included (issue 22).
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::web::observe::record))
        // Outermost, so timeouts and panics answer with them too (issue 19.2).
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::security_headers))
        .with_state(state)
}

/// The metrics listener's one route (issue 22): served apart from the portal, so the public
/// listener never shows it.
pub fn metrics_router(state: AppState) -> Router {
    Router::new().route("/metrics", axum::routing::get(crate::web::observe::scrape)).with_state(state)
}

/// Binds `addr` and serves [`metrics_router`] there in the background; returns the bound address.
pub async fn serve_metrics(state: AppState, addr: &str) -> std::io::Result<SocketAddr> {
    let listener = TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, metrics_router(state)).await {
            tracing::error!(error = %e, "metrics listener stopped");
        }
    });
    Ok(bound)
}

/// Ends a request that takes too long with 503 and a German sentence: the short limit for every
/// request, the long one for uploads and exports on a slow phone line (issue 19.7). What the request
/// had begun is dropped with it; its transaction rolls back, its temporary files go.
async fn time_limit(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let transfer =
        req.extensions().get::<MatchedPath>().is_some_and(|p| crate::routes::TRANSFERS.contains(&p.as_str()));
    let limit = if transfer { state.config().transfer_timeout } else { state.config().request_timeout };
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(res) => res,
        Err(_) => {
            tracing::warn!(limit_seconds = limit.as_secs_f64(), transfer, "request took too long and was ended");
            (
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                [(axum::http::header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                "Die Anfrage hat zu lange gedauert und wurde abgebrochen. Es wurde nichts gespeichert. Bitte versuchen Sie es erneut.",
            )
                .into_response()
        }
    }
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
        state.spawn_session_sweeper();
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
