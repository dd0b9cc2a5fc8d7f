//! The desk's pages.

pub mod capacity;
pub mod paper;
pub mod profile;
pub mod registration;
pub mod waiting;
