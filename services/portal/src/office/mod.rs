//! The office view (youth welfare office staff, district admins): per municipality of the office,
//! registrations, open offers, acceptances and children still without any offer, by desired start
//! month, with filters and a CSV export; the offer lock, the retention period, the audit log and the
//! roles of the municipality's staff.

pub mod api;
pub mod ops;
pub mod pages;
