//! People as the identity provider names them (issue 16): the name and e-mail of an account, kept
//! at each sign-in, so staff pages name people instead of account ids (the audit log, the roles
//! page). Only what the provider's claims say; no family or child data.

use uuid::Uuid;

use crate::db::like_pattern;
use crate::{PlatformDb, Result};

/// A person who signed in at least once.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Person {
    pub id: Uuid,
    pub display_name: Option<String>,
    pub email: Option<String>,
}

impl Person {
    /// How pages name the person: the name, else the e-mail, else the account id.
    pub fn label(&self) -> String {
        match (&self.display_name, &self.email) {
            (Some(n), Some(e)) => format!("{n} ({e})"),
            (Some(n), None) => n.clone(),
            (None, Some(e)) => e.clone(),
            (None, None) => self.id.to_string(),
        }
    }
}

impl PlatformDb {
    /// Keeps the name and e-mail the provider gave at this sign-in (written only when they changed):
    /// a person who is to get a role is found by them before any role exists. Pages show them only
    /// to office staff, and search names only among staff (see [`Self::find_grantee`]).
    pub async fn remember_person(&self, account: Uuid, name: Option<&str>, email: Option<&str>) -> Result<()> {
        sqlx::query(
            "update accounts set display_name = coalesce($2, display_name), email = coalesce($3, email),
                    updated_at = now()
             where id = $1 and (display_name is distinct from coalesce($2, display_name)
                                or email is distinct from coalesce($3, email))",
        )
        .bind(account)
        .bind(name)
        .bind(email)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The people behind these account ids (those without a name are left out).
    pub async fn people(&self, ids: &[Uuid]) -> Result<Vec<Person>> {
        Ok(sqlx::query_as(
            "select id, display_name, email from accounts
             where id = any($1) and (display_name is not null or email is not null)",
        )
        .bind(ids)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Forgets the name and e-mail of an account that is no staff member (a family deleting its
    /// data); staff keep theirs, the audit log names them.
    pub async fn forget_person(&self, account: Uuid) -> Result<()> {
        sqlx::query(
            "update accounts set display_name = null, email = null, updated_at = now()
             where id = $1 and not exists (select 1 from role_assignments r where r.account_id = $1 and r.role <> 'parent')",
        )
        .bind(account)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The account of a provider's subject, if it ever signed in (never creates one).
    pub async fn account_by_subject(&self, issuer: &str, subject: &str) -> Result<Option<Uuid>> {
        Ok(sqlx::query_scalar("select account_id from identities where issuer = $1 and subject = $2")
            .bind(issuer)
            .bind(subject)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Who a role is for, as an office types it: any account with exactly this e-mail address, or
    /// staff (a role other than parent) whose name or e-mail contains the text. At most five.
    pub async fn find_grantee(&self, text: &str) -> Result<Vec<Person>> {
        let pattern = like_pattern(text);
        Ok(sqlx::query_as(
            "select id, display_name, email from accounts a
             where lower(a.email) = lower($1)
                or ((a.display_name ilike $2 or a.email ilike $2)
                    and exists (select 1 from role_assignments r where r.account_id = a.id and r.role <> 'parent'))
             order by display_name nulls last, email limit 5",
        )
        .bind(text)
        .bind(pattern)
        .fetch_all(&self.pool)
        .await?)
    }

    /// People whose name or e-mail contains `text` (case-insensitive), by name, at most `limit`.
    pub async fn find_people(&self, text: &str, limit: i64) -> Result<Vec<Person>> {
        let pattern = like_pattern(text);
        Ok(sqlx::query_as(
            "select id, display_name, email from accounts
             where display_name ilike $1 or email ilike $1 order by display_name nulls last, email limit $2",
        )
        .bind(pattern)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }
}

impl PlatformDb {
    /// Notes that `account` has a family profile in municipality `slug` (issue 16.9); no data of
    /// the family is kept here.
    pub async fn note_family_in(&self, account: Uuid, slug: &str) -> Result<()> {
        sqlx::query("insert into account_municipalities (account_id, slug) values ($1, $2) on conflict do nothing")
            .bind(account)
            .bind(slug)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The family deleted its data in `slug`.
    pub async fn forget_family_in(&self, account: Uuid, slug: &str) -> Result<()> {
        sqlx::query("delete from account_municipalities where account_id = $1 and slug = $2")
            .bind(account)
            .bind(slug)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The municipalities other than `here` where `account` has a family profile, oldest first.
    pub async fn families_elsewhere(&self, account: Uuid, here: &str) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "select slug from account_municipalities where account_id = $1 and slug <> $2 order by created_at, slug",
        )
        .bind(account)
        .bind(here)
        .fetch_all(&self.pool)
        .await?)
    }
}
