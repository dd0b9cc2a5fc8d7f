//! People as the identity provider names them (issue 16): the name and e-mail of an account, kept
//! at each sign-in, so staff pages name people instead of account ids (the audit log, the roles
//! page). Only what the provider's claims say; no family or child data.

use uuid::Uuid;

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
    /// Keeps the name and e-mail the provider gave at this sign-in, for staff only (an account with a
    /// role other than parent): a family's name stays in its municipality's schema. Written only
    /// when they changed.
    pub async fn remember_person(&self, account: Uuid, name: Option<&str>, email: Option<&str>) -> Result<()> {
        sqlx::query(
            "update accounts set display_name = coalesce($2, display_name), email = coalesce($3, email),
                    updated_at = now()
             where id = $1 and (display_name is distinct from coalesce($2, display_name)
                                or email is distinct from coalesce($3, email))
               and exists (select 1 from role_assignments ra where ra.account_id = $1 and ra.role <> 'parent')",
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

    /// People whose name or e-mail contains `text` (case-insensitive), by name, at most `limit`.
    pub async fn find_people(&self, text: &str, limit: i64) -> Result<Vec<Person>> {
        let pattern = format!("%{}%", text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
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
