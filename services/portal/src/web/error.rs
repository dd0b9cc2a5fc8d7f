//! Errors as a person sees them. Handlers return [`AppError`]; its response carries the error in an
//! extension and the `render_errors` middleware (web/middleware.rs) turns it into a German page in
//! the tenant's layout (or JSON under /api/) and logs 5xx once, inside the request span.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use step_domain::ParamError;

use crate::web::i18n;
use crate::web::language::current;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("bad parameter {}", .0.field)]
    BadParam(ParamError),
    /// A value that must be unique is taken (a slug, a name): 409, said at its field.
    #[error("taken {}", .0.field)]
    Taken(ParamError),
    #[error("tenant {0} is not migrated")]
    TenantBehind(String),
    #[error(transparent)]
    Store(step_store::Error),
    #[error("template: {0}")]
    Template(#[from] tera::Error),
    #[error("compiled template: {0}")]
    Compiled(#[from] askama::Error),
    #[error("CSRF token missing or wrong")]
    Csrf,
    #[error("not signed in")]
    NotSignedIn,
    #[error("sign-in cancelled")]
    LoginCancelled,
    #[error("sign-in failed: {0}")]
    LoginFailed(String),
    #[error("identity provider unavailable: {0}")]
    Provider(String),
    /// A rule of the data refused the change (message key `rule-<name>`).
    #[error("rule {0}")]
    Rule(&'static str),
    #[error("the request body must be JSON (application/json)")]
    NotJson,
    /// Signed in, but no role allows this here.
    #[error("forbidden")]
    Forbidden,
    #[error("internal: {0}")]
    Internal(String),
    /// An upload was refused (catalogue key of the German reason, status); nothing was stored.
    #[error("upload refused: {0}")]
    Upload(&'static str, StatusCode),
    /// The municipality is in maintenance (read-only) mode: reading works, changing does not.
    #[error("maintenance: read-only")]
    ReadOnly,
    /// PostgreSQL cannot be reached (restarting, connection lost, pool exhausted): 503, and the
    /// request is answered again once it is back, without restarting the portal (issue 19.12).
    #[error("database unavailable: {0}")]
    DatabaseDown(String),
    /// The document store (S3 or the local directory) failed; nothing half-written remains.
    #[error("document store: {0}")]
    DocumentStore(String),
    /// Pages send the person elsewhere first (to sign in, to complete the family profile).
    #[error("redirect to {0}")]
    Redirect(String),
}

impl From<step_store::Error> for AppError {
    fn from(e: step_store::Error) -> Self {
        match e {
            step_store::Error::NotFound => Self::NotFound,
            step_store::Error::Rule(name) => Self::Rule(name),
            // A table gone under a request: its municipality was just moved to another cluster.
            step_store::Error::Db(sqlx_error) if is_undefined_table(&sqlx_error) => {
                Self::TenantBehind(sqlx_error.to_string())
            }
            step_store::Error::Db(sqlx_error) if is_unreachable(&sqlx_error) => {
                Self::DatabaseDown(sqlx_error.to_string())
            }
            other => Self::Store(other),
        }
    }
}

pub type Result<T, E = AppError> = std::result::Result<T, E>;

fn is_undefined_table(e: &step_store::SqlxError) -> bool {
    e.as_database_error().and_then(|d| d.code()).is_some_and(|c| c == "42P01")
}

/// The server cannot be reached or went away: no connection within the pool's time limit, a
/// broken socket, or a server shutting down or starting (SQLSTATE classes 08 and 57P01–57P03).
fn is_unreachable(e: &step_store::SqlxError) -> bool {
    use step_store::SqlxError as E;
    match e {
        E::PoolTimedOut | E::PoolClosed | E::Io(_) | E::Tls(_) | E::WorkerCrashed => true,
        E::Database(d) => d.code().is_some_and(|c| c.starts_with("08") || ["57P01", "57P02", "57P03"].contains(&&*c)),
        _ => false,
    }
}

/// The catalogue key explaining a broken data rule.
pub fn rule_key(name: &str) -> &'static str {
    match name {
        "registration_limit" => "rule-registration-limit",
        "registration_unique_active" => "rule-registration-duplicate",
        "registration_start_past" => "err-start-past",
        "registration_hours" => "rule-registration-hours",
        "registration_age" => "rule-registration-age",
        "registration_not_active" => "rule-registration-not-active",
        "registration_facility" | "registrations_facility_id_fkey" => "rule-registration-facility",
        "registration_child" => "err-child",
        "family_missing" => "rule-family-missing",
        "selection_full" => "rule-selection-full",
        "registration_not_waiting" => "rule-registration-not-waiting",
        "offer_no_place" => "rule-offer-no-place",
        "offer_lock" => "rule-offer-lock",
        "offer_not_open" => "rule-offer-not-open",
        "offer_expired" => "rule-offer-expired",
        "criterion_unknown" => "rule-criterion-unknown",
        "capacity_changed" => "rule-capacity-changed",
        "capacity_exists" => "rule-capacity-exists",
        "registration_placed" => "rule-registration-placed",
        "contract_not_accepted" => "rule-contract-not-accepted",
        "contract_not_signed" => "rule-contract-not-signed",
        "contract_missing" => "rule-contract-missing",
        "contract_confirmed" => "rule-contract-confirmed",
        "online_contract_off" => "rule-online-contract-off",
        "contract_changed" => "rule-contract-changed",
        "reauthenticate" => "rule-reauthenticate",
        "family_exists" => "rule-family-exists",
        "round_no_places" => "rule-round-no-places",
        "round_open_exists" => "rule-round-open-exists",
        "round_published" => "rule-round-published",
        "round_not_run" => "rule-round-not-run",
        "round_stale" => "rule-round-stale",
        "document_contract" => "rule-document-contract",
        "case_closed" => "rule-case-closed",
        "proposal_decided" => "rule-proposal-decided",
        "proposal_withdrawn" => "rule-proposal-withdrawn",
        "conversation_closed" => "rule-conversation-closed",
        "conversation_limit" => "rule-conversation-limit",
        "talk_taken" => "rule-talk-taken",
        "talk_same" => "rule-talk-same",
        "talk_none" => "rule-talk-none",
        "talk_past" => "rule-talk-past",
        "talk_too_many" => "rule-talk-too-many",
        "talk_overlap" => "rule-talk-overlap",
        "announcement_nobody" => "rule-announcement-nobody",
        _ => "rule-other",
    }
}

/// What the middleware needs to render the error; stashed in the response extensions.
#[derive(Clone, Debug)]
pub struct ErrorInfo {
    pub status: StatusCode,
    pub code: &'static str,
    pub message_key: &'static str,
    pub param: Option<ParamError>,
    /// Internal detail for the log; never shown.
    pub detail: Arc<String>,
}

impl AppError {
    pub fn info(&self) -> ErrorInfo {
        let (status, code, message_key) = match self {
            Self::NotFound => (StatusCode::NOT_FOUND, "not_found", "error-not-found"),
            Self::BadParam(_) => (StatusCode::BAD_REQUEST, "bad_request", "error-bad-request"),
            Self::Taken(_) => (StatusCode::CONFLICT, "taken", "error-bad-request"),
            Self::TenantBehind(_) => (StatusCode::SERVICE_UNAVAILABLE, "maintenance", "error-maintenance"),
            Self::Forbidden => (StatusCode::FORBIDDEN, "forbidden", "error-forbidden"),
            Self::Store(_) | Self::Template(_) | Self::Compiled(_) | Self::Internal(_) => {
                (StatusCode::INTERNAL_SERVER_ERROR, "internal", "error-internal")
            }
            Self::Csrf => (StatusCode::FORBIDDEN, "csrf", "error-csrf"),
            Self::NotSignedIn => (StatusCode::UNAUTHORIZED, "unauthorized", "error-unauthorized"),
            Self::LoginCancelled => (StatusCode::BAD_REQUEST, "login_cancelled", "login-cancelled"),
            Self::LoginFailed(_) => (StatusCode::BAD_REQUEST, "login_failed", "login-failed"),
            Self::Provider(_) => (StatusCode::SERVICE_UNAVAILABLE, "provider_unavailable", "error-provider"),
            Self::Rule(name) => (StatusCode::CONFLICT, "rule", rule_key(name)),
            Self::NotJson => (StatusCode::UNSUPPORTED_MEDIA_TYPE, "not_json", "error-not-json"),
            Self::Upload(key, status) => (*status, "upload_refused", *key),
            Self::ReadOnly => (StatusCode::SERVICE_UNAVAILABLE, "read_only", "error-read-only"),
            Self::DocumentStore(_) => (StatusCode::SERVICE_UNAVAILABLE, "documents_unavailable", "error-documents"),
            Self::DatabaseDown(_) => (StatusCode::SERVICE_UNAVAILABLE, "database_unavailable", "error-database"),
            // Never rendered: `into_response` turns it into the redirect itself.
            Self::Redirect(_) => (StatusCode::SEE_OTHER, "redirect", "error-not-found"),
        };
        let param = match self {
            Self::BadParam(p) | Self::Taken(p) => Some(p.clone()),
            _ => None,
        };
        ErrorInfo { status, code, message_key, param, detail: Arc::new(format!("{self:?}")) }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let Self::Redirect(to) = &self {
            return axum::response::Redirect::to(to).into_response();
        }
        let info = self.info();
        let mut res = info.status.into_response();
        res.extensions_mut().insert(info);
        res
    }
}

/// The text for a refused parameter in the language of the request, e.g. "Geburtsdatum: bitte im Format JJJJ-MM-TT angeben."
pub fn param_message(p: &ParamError) -> String {
    // A field whose name means something else elsewhere names its own label (`field_label`).
    let label = match p.args.iter().find(|a| a.0 == "field_label") {
        Some((_, key)) => key.clone(),
        None => format!("field-{}", p.field.replace('_', "-")),
    };
    let field = i18n::text(current(), &label, &[]);
    let reason = i18n::text(current(), p.key, &p.args);
    format!("{field}: {reason}")
}

pub async fn not_found() -> AppError {
    AppError::NotFound
}
