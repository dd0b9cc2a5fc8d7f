//! Conversations (issue 21): one per registration between the family and the facility (for a
//! childminder: the adviser), on one page for both sides and for the office of the municipality,
//! which reads (audited) but does not write. The pages and the JSON API share `ops`.

pub mod api;
pub mod ops;
pub mod pages;
