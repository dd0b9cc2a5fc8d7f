//! The platform room: [`PlatformDb`], access to the shared `platform` schema, with one module per
//! feature: roles, sessions (and sign-in identities), settings (maintenance mode), directory
//! (municipalities defined at run time, clusters, moves) and migrate. Its pool is fixed to
//! `search_path=platform`, so an unqualified platform statement can never land in a tenant schema.
//!
//! The platform room reaches into a tenant only where a tenant schema is made or migrated
//! (`directory::provision`, `migrate`), through [`Store::tenant`](crate::Store::tenant).

pub(crate) mod calendar;
pub(crate) mod directory;
pub(crate) mod figures;
pub(crate) mod invitations;
pub(crate) mod migrate;
pub(crate) mod notices;
pub(crate) mod people;
pub(crate) mod roles;
pub(crate) mod sessions;
mod settings;

use sqlx::postgres::PgPool;

/// Access to the shared `platform` schema.
#[derive(Clone)]
pub struct PlatformDb {
    pub(crate) pool: PgPool,
}
