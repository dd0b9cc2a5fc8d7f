//! The office's pages.

pub mod audit;
pub mod calendar;
pub mod cases;
pub mod mail;
pub mod notices;
pub mod overview;
pub mod roles;
pub mod rounds;
pub mod settings;
