//! The district's actions shared by pages and API.

pub mod figures;
pub mod municipalities;
