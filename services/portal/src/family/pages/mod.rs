//! The parent's pages.

pub mod account;
pub mod data;
pub mod language;
pub mod profile;
pub mod registrations;
pub mod round;
pub mod selection;
