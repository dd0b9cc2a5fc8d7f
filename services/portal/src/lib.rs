//! The HTTP portal: a house of rooms. `web/` is the shared layer (state, errors, middleware,
//! tenancy, sessions, extractors, capability lookups, page helpers, i18n); each feature a user would
//! name is a folder (`public`, `auth`, `family`, `documents`, `desk`, `office`, `district`) with
//! `pages` (HTML), `api` (JSON and its OpenAPI doc), and `ops`/`view` for what both share.
//! `routes.rs` is the one route table, `app.rs` the assembly, `jobs.rs` the background work.
//! Handlers never name sqlx types; they talk to `step_store`. docs/architecture.md has the map.

mod app;
mod auth;
mod conversations;
mod desk;
mod district;
mod documents;
mod family;
mod health;
mod jobs;
#[cfg(test)]
mod layout;
mod office;
mod openapi;
mod public;
mod routes;
mod web;

pub use app::{Server, metrics_router, router, serve_metrics};
pub use auth::ops::safe_return_to;
pub use openapi::ApiDoc;
pub use routes::paths as route_paths;
pub use web::definitions::effective_tenants;
pub use web::error::AppError;
pub use web::i18n::catalogue_keys;
pub use web::oidc::OidcConfig;
pub use web::registry::Registry;
pub use web::state::{AppState, DocumentsConfig, PortalConfig};

/// A text from the message catalogue in the language of the work at hand (German outside a request).
pub fn text(key: &str, args: &[(&str, String)]) -> String {
    web::i18n::text(web::language::current(), key, args)
}

/// A text from the message catalogue in `lang` (issue 18), for tests and the command line.
pub fn text_in(lang: &str, key: &str, args: &[(&str, String)]) -> String {
    web::language::speaking_sync(lang, || text(key, args))
}

/// The inbox message of an offer (also written when a round is published from the command line).
pub fn offer_letter(child: &str, facility: &str, language: &str, answer_by: time::Date) -> step_store::InboxMessage {
    web::letters::offered(child, facility, language, answer_by)
}

/// The explanation a family gets when a round is published (also from the command line).
/// In the family's language.
pub fn round_letter(wishes: &[step_store::WishExplanation], office: &str) -> step_store::InboxMessage {
    web::letters::round_explanation(wishes, office, wishes.first().map_or("de", |w| w.language.as_str()))
}
