//! The shared layer: everything a feature needs and nothing that knows a feature. State, errors and
//! the layers every route passes, tenancy and the registry, sessions and the OpenID client, the
//! extractors and capability lookups, page context and formatting, the message catalogue and
//! templates, letters, CSV and charts. Features (`public`, `auth`, `family`, `documents`, `desk`,
//! `office`, `district`) build on this; nothing here imports them (checked by `crate::layout`).

pub mod caps;
#[cfg(test)]
pub mod catalogues;
pub mod chart;
pub mod cookie;
pub mod csp;
pub mod csv;
pub mod definitions;
pub mod error;
pub mod extract;
pub mod forgery;
pub mod format;
pub mod i18n;
pub mod json;
pub mod language;
pub mod letters;
pub mod metrics;
pub mod middleware;
pub mod observe;
pub mod oidc;
pub mod page;
pub mod registry;
pub mod session;
pub mod state;
pub mod tenancy;
