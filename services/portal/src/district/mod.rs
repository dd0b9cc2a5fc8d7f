//! The district's work: demand and supply across municipalities (issue 7; district admins see
//! every municipality, office staff those of their office), municipalities added and changed at
//! run time with their branding (district admins), and maintenance (read-only) mode.

pub mod api;
pub mod form;
pub mod ops;
pub mod pages;
pub mod view;
