//! The desk's pages.

pub mod capacity;
pub mod contract;
pub mod paper;
pub mod profile;
pub mod proposals;
pub mod registration;
pub mod waiting;
