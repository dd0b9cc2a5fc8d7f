//! Database store and tenancy: connection pools, the per-tenant migrations, and [`TenantDb`], the one
//! type through which tenant data is read and written.

mod dashboard;
mod db;
mod desk;
mod directory;
mod documents;
mod family;
mod migrate;
mod office;
mod outbox;
mod roles;
mod seed;
mod session;
mod tenant_db;
mod tenant_settings;

pub use dashboard::DemandRow;
pub use db::{MAIN_CLUSTER, PlatformDb, Store, StoreOptions};
pub use desk::{
    Actor, AuditEntry, Capacity, CatalogueCriterion, DeskSettings, ProfileInput, StaffRegistration, WaitingRow,
};
pub use directory::{CHANNEL, DefinitionRow, MoveReport, TableCheck, peek};
pub use documents::{ContractFacts, Deleted, DeletionPreview, DocumentRow, NewDocument};
pub use family::{Child, Family, InboxMessage, Message, Overview, Owner, Registration, RegistrationEvent};
pub use migrate::{MigrationStatus, TENANT_VERSION};
pub use office::OverviewRow;
pub use outbox::{Delivery, OutboxMail, backoff_seconds};
pub use roles::{RoleAssignment, RoleRow};
pub use session::{SESSION_TTL, SessionRow, random_token};
pub use tenant_db::{Criterion, FacilityDetail, FacilitySummary, Places, SearchPage, TenantDb};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The database driver's error, for callers that look at SQLSTATE codes.
pub use sqlx::Error as SqlxError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error(
        "migration {version} ({name}) in {schema} differs from the applied one; applied migrations must never be edited"
    )]
    ChangedMigration { schema: String, version: i32, name: String },
    #[error("{schema} is at migration {found}, newer than this binary knows ({known}); deploy the newer binary")]
    SchemaAhead { schema: String, found: i32, known: i32 },
    #[error("tenant schemas failed to migrate, the others are migrated: {0}")]
    TenantsFailed(String),
    #[error("not found")]
    NotFound,
    /// A named rule of the data was broken (e.g. `registration_limit`); nothing was written.
    #[error("rule {0} refused the change")]
    Rule(&'static str),
    /// The slug or schema of a new municipality is already in use.
    #[error("{0} already in use")]
    Taken(&'static str),
    /// A tenant move was refused or failed before anything changed.
    #[error("move refused: {0}")]
    Move(String),
    #[error("invalid database URL: {0}")]
    Url(String),
}
