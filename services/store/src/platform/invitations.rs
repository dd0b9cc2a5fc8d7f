//! Invitations by e-mail (issue 16.7): a role for someone who has not signed in yet, applied at
//! their first sign-in with that address. The platform room keeps the invitation; the e-mail goes
//! through the municipality's outbox (the portal writes it).

use time::OffsetDateTime;
use uuid::Uuid;

use crate::{Error, PlatformDb, Result};

/// One invitation as the roles page lists it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Invitation {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub domain: String,
    pub scope: String,
    pub created_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
}

impl PlatformDb {
    /// Invites `email` (already checked and lower-cased) to `role` in `domain` for `days`. Inviting
    /// the same address to the same role again renews the open invitation.
    pub async fn invite(
        &self,
        email: &str,
        role: &str,
        domain: &str,
        scope: &str,
        by: Uuid,
        days: i32,
    ) -> Result<Invitation> {
        sqlx::query_as(
            "insert into role_invitations (email, role, domain, scope, invited_by, expires_at)
             values ($1, $2, $3, $4, $5, now() + make_interval(days => $6))
             on conflict (email, role, domain, scope) where accepted_at is null
             do update set invited_by = excluded.invited_by, created_at = now(), expires_at = excluded.expires_at
             returning id, email, role, domain, scope, created_at, expires_at",
        )
        .bind(email)
        .bind(role)
        .bind(domain)
        .bind(scope)
        .bind(by)
        .bind(days)
        .fetch_one(&self.pool)
        .await
        .map_err(|e| match &e {
            sqlx::Error::Database(db) if db.code().as_deref() == Some("23514") => Error::Rule("role_invitation"),
            _ => Error::Db(e),
        })
    }

    /// The open (not used, not expired) invitations of one municipality.
    pub async fn invitations_in(&self, domain: &str) -> Result<Vec<Invitation>> {
        Ok(sqlx::query_as(
            "select id, email, role, domain, scope, created_at, expires_at from role_invitations
             where domain = $1 and accepted_at is null and expires_at > now() order by email, role, id",
        )
        .bind(domain)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Withdraws an open invitation of `domain`; `None` when there is none with this id.
    pub async fn withdraw_invitation(&self, id: i64, domain: &str) -> Result<Option<Invitation>> {
        Ok(sqlx::query_as(
            "delete from role_invitations where id = $1 and domain = $2 and accepted_at is null
             returning id, email, role, domain, scope, created_at, expires_at",
        )
        .bind(id)
        .bind(domain)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// At sign-in with a verified `email`: turns every open invitation for it into a role of
    /// `account` (granted by `invitation:<inviter>`), in one transaction, and returns them.
    pub async fn accept_invitations(&self, account: Uuid, email: &str) -> Result<Vec<Invitation>> {
        #[allow(clippy::disallowed_methods)] // the platform pool is fixed to search_path=platform
        let mut tx = self.pool.begin().await?;
        let used: Vec<Invitation> = sqlx::query_as(
            "update role_invitations set accepted_at = now(), accepted_by = $1
             where email = lower($2) and accepted_at is null and expires_at > now()
             returning id, email, role, domain, scope, created_at, expires_at",
        )
        .bind(account)
        .bind(email.trim())
        .fetch_all(&mut *tx)
        .await?;
        for i in &used {
            sqlx::query(
                "insert into role_assignments (account_id, role, domain, scope, granted_by)
                 select $1, role, domain, scope, 'invitation:' || coalesce(invited_by::text, '') from role_invitations
                 where id = $2
                 on conflict (account_id, role, domain, scope) do nothing",
            )
            .bind(account)
            .bind(i.id)
            .execute(&mut *tx)
            .await?;
            let granted = crate::RoleAssignment {
                account_id: account,
                role: i.role.clone(),
                domain: i.domain.clone(),
                scope: i.scope.clone(),
            };
            crate::platform::roles::record_role_change(&mut tx, "granted", &granted, "invitation").await?;
        }
        tx.commit().await?;
        Ok(used)
    }
}
