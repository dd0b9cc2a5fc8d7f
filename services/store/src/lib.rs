//! Database store and tenancy: connection pools, the per-tenant migrations, and [`TenantDb`], the one
//! type through which tenant data is read and written.
//!
//! Two rooms: `tenant/` ([`TenantDb`] and one module per feature: search, family, desk, documents,
//! office, dashboard, outbox, seed) and `platform/` ([`PlatformDb`]: roles, sessions, settings,
//! directory, migrate). The [`Store`] (`db.rs`) holds the pools and hands out both; `work.rs` beside
//! it keeps each cluster's due background work (issue 22). The tenant room
//! reads the platform's live sessions (the account page's one statement); the platform room reaches
//! a tenant only to make and migrate its schema.

mod db;
mod platform;
mod tenant;
mod work;

pub use db::{MAIN_CLUSTER, Store, StoreOptions};
pub use platform::PlatformDb;
pub use platform::calendar::CalendarChange;
pub use platform::directory::{CHANNEL, DefinitionRow, MoveReport, TableCheck, peek};
pub use platform::figures::Figures;
pub use platform::invitations::Invitation;
pub use platform::migrate::{MigrationStatus, TENANT_VERSION};
pub use platform::notices::NoticeTemplate;
pub use platform::people::Person;
pub use platform::roles::{RoleAssignment, RoleRow};
pub use platform::sessions::{SessionLimits, SessionRow, random_token};
pub use tenant::TenantDb;
pub use tenant::announcements::{Announcement, Notices, StartGroup};
pub use tenant::cases::{CaseFilter, CaseNote, CaseRegistration, CaseRow, LEAD_MONTHS};
pub use tenant::conversations::{ConversationLine, ConversationMessage, DAILY_LIMIT, Side};
pub use tenant::dashboard::DemandRow;
pub use tenant::desk::{
    Actor, AuditEntry, AuditFilter, Capacity, CatalogueCriterion, DeskSettings, ProfileInput, StaffRegistration,
    WaitingRow,
};
pub use tenant::documents::{ContractFacts, Deleted, DeletionPreview, DocumentRow, NewDocument};
pub use tenant::family::{
    Alerts, Child, Family, InboxMessage, Message, OpenOffer, Overview, Owner, Registration, RegistrationEvent,
};
pub use tenant::notices::{NewNotice, NoticeCandidate, NoticeFacts, NoticeRegistration, NoticeRow};
pub use tenant::office::OverviewRow;
pub use tenant::outbox::{Delivery, MAX_ATTEMPTS, OutboxMail, SendError, UndeliverableMail, backoff_seconds};
pub use tenant::proposals::{Proposal, ProposalCandidate};
pub use tenant::rounds::{PreviousPlace, Round, RoundInputs, RoundProgramme, RoundWish, RunResult, WishExplanation};
pub use tenant::search::{Criterion, FacilityDetail, FacilitySummary, Places, SearchPage};
pub use tenant::talks::{TalkFacts, TalkLetters, TalkSlot};
pub use work::{CLAIM_LEASE_SECONDS, Claim, REMIND_DAYS, Work};

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
