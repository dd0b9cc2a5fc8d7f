//! The office's pages.

pub mod overview;
pub mod roles;
pub mod settings;
