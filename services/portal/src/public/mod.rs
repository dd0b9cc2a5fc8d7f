//! What everyone sees without signing in: the district's list of municipalities, a municipality's
//! home page, the search, a facility's profile, their JSON twins, and the static files.

pub mod api;
pub mod assets;
pub mod ops;
pub mod pages;
pub mod view;
