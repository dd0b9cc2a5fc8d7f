//! Signing in through the district's OpenID provider and signing out (the provider client itself
//! is `web::oidc`).

pub mod api;
pub mod ops;
pub mod pages;
