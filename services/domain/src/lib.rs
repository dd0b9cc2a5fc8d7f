//! Pure domain types and rules of STEP. Depends on nothing but serde, time and toml: no I/O beyond
//! parsing text handed in, no database, no HTTP.

pub mod calendar;
pub mod contract;
pub mod demo;
pub mod desk;
pub mod family;
pub mod generate;
pub mod geo;
pub mod matching;
pub mod search;
pub mod streets;
pub mod talk;
pub mod tenant;

pub use geo::LatLon;
pub use search::{FacilityKind, ParamError, SearchFilter, SearchQuery, Sort};
pub use tenant::{
    BrandColor, Branding, Contact, Logo, LogoError, Office, Procedure, SchemaName, Tenant, TenantError, TenantSlug,
};
