//! The district's pages.

pub mod dashboard;
pub mod maintenance;
pub mod municipalities;
