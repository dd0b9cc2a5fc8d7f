//! Documents (issue 6): the care contract (generated PDF, signed copy, confirmation), attachments
//! of a registration, downloads after the permission check, the family's data export as ZIP and
//! the deletion of the family's data. The pages and the JSON API share `ops`;
//! the family's export and deletion are in `crate::family`, the facility's contract actions on the
//! desk's registration page (`crate::desk`).
//!
//! Consistency: an upload is spooled to disk and checked (type by content, size, name) before
//! anything is stored; the object is written to the store first and its row after, so a row never
//! points at a missing object. When the row cannot be written the object is removed again (and if
//! even that fails, the sweeper removes the orphan later).

pub mod api;
pub mod ops;
pub mod pages;
pub mod view;
