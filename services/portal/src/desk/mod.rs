//! The facility desk for facility leads and childminder advisers (office staff and district
//! admins may look): the ranked waiting list, a registration with its criteria, offer and decline,
//! the facility's profile, capacity and criteria catalogue, paper registrations, and the
//! contract's documents of an accepted place.
//!
//! Every handler gets a [`FacilityCap`] from [`step_access::Access`] first and hands the store only
//! what it holds; the store then scopes every statement to that facility.

pub mod api;
pub mod ops;
pub mod pages;
pub mod view;
