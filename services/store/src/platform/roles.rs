//! Role assignments in the platform schema (the data behind casbin's grouping rules).

use uuid::Uuid;

use crate::{Error, PlatformDb, Result};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RoleAssignment {
    pub account_id: Uuid,
    pub role: String,
    pub domain: String,
    pub scope: String,
}

impl PlatformDb {
    /// Grants a role; granting the same again changes nothing. An unknown role or malformed domain
    /// is refused by the table's checks ([`Error::Rule`]).
    pub async fn grant_role(&self, a: &RoleAssignment, granted_by: &str) -> Result<bool> {
        #[allow(clippy::disallowed_methods)] // the platform pool is fixed to search_path=platform
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "insert into role_assignments (account_id, role, domain, scope, granted_by) values ($1, $2, $3, $4, $5)
             on conflict (account_id, role, domain, scope) do nothing",
        )
        .bind(a.account_id)
        .bind(&a.role)
        .bind(&a.domain)
        .bind(&a.scope)
        .bind(granted_by)
        .execute(&mut *tx)
        .await
        .map_err(|e| match &e {
            sqlx::Error::Database(db) if db.code().as_deref() == Some("23514") => Error::Rule("role_assignment"),
            _ => Error::Db(e),
        })?;
        let granted = done.rows_affected() == 1;
        if granted {
            record_role_change(&mut tx, "granted", a, granted_by).await?;
        }
        tx.commit().await?;
        Ok(granted)
    }

    /// Revokes a role (`revoked_by`: who, for the record); revoking one not held changes nothing.
    pub async fn revoke_role(&self, a: &RoleAssignment, revoked_by: &str) -> Result<bool> {
        #[allow(clippy::disallowed_methods)] // the platform pool is fixed to search_path=platform
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query(
            "delete from role_assignments where account_id = $1 and role = $2 and domain = $3 and scope = $4",
        )
        .bind(a.account_id)
        .bind(&a.role)
        .bind(&a.domain)
        .bind(&a.scope)
        .execute(&mut *tx)
        .await?;
        let revoked = done.rows_affected() == 1;
        if revoked {
            record_role_change(&mut tx, "revoked", a, revoked_by).await?;
        }
        tx.commit().await?;
        Ok(revoked)
    }

    pub async fn role_assignments(&self) -> Result<Vec<RoleAssignment>> {
        Ok(sqlx::query_as(
            "select account_id, role, domain, scope from role_assignments order by domain, role, account_id, scope",
        )
        .fetch_all(&self.pool)
        .await?)
    }
}

impl PlatformDb {
    /// The assignments with the sign-in subjects of their accounts, for `step roles list`.
    pub async fn role_listing(&self) -> Result<Vec<(String, String, String, String)>> {
        Ok(sqlx::query_as(
            "select coalesce(string_agg(i.subject, ',' order by i.subject), r.account_id::text), r.role, r.domain, r.scope
             from role_assignments r left join identities i on i.account_id = r.account_id
             group by r.id order by r.domain, r.role, 1, r.scope",
        )
        .fetch_all(&self.pool)
        .await?)
    }
}

impl PlatformDb {
    /// Replaces the roles an account got from its provider's ID-token claim (granted_by `claim`)
    /// with `roles`; roles granted otherwise stay. Returns whether anything changed.
    pub async fn replace_claim_roles(&self, account: Uuid, roles: &[RoleAssignment]) -> Result<bool> {
        #[allow(clippy::disallowed_methods)] // the platform pool is fixed to search_path=platform
        let mut tx = self.pool.begin().await?;
        let before: Vec<(String, String, String)> = sqlx::query_as(
            "select role, domain, scope from role_assignments where account_id = $1 and granted_by = 'claim'
             order by 1, 2, 3",
        )
        .bind(account)
        .fetch_all(&mut *tx)
        .await?;
        let mut after: Vec<(String, String, String)> =
            roles.iter().map(|r| (r.role.clone(), r.domain.clone(), r.scope.clone())).collect();
        after.sort();
        after.dedup();
        if before == after {
            return Ok(false);
        }
        sqlx::query("delete from role_assignments where account_id = $1 and granted_by = 'claim'")
            .bind(account)
            .execute(&mut *tx)
            .await?;
        let as_assignment = |(role, domain, scope): &(String, String, String)| RoleAssignment {
            account_id: account,
            role: role.clone(),
            domain: domain.clone(),
            scope: scope.clone(),
        };
        for gone in before.iter().filter(|b| !after.contains(b)) {
            record_role_change(&mut tx, "revoked", &as_assignment(gone), "claim").await?;
        }
        for new in after.iter().filter(|a| !before.contains(a)) {
            record_role_change(&mut tx, "granted", &as_assignment(new), "claim").await?;
        }
        for (role, domain, scope) in &after {
            sqlx::query(
                "insert into role_assignments (account_id, role, domain, scope, granted_by) values ($1, $2, $3, $4, 'claim')
                 on conflict (account_id, role, domain, scope) do nothing",
            )
            .bind(account)
            .bind(role)
            .bind(domain)
            .bind(scope)
            .execute(&mut *tx)
            .await
            .map_err(|e| match &e {
                sqlx::Error::Database(db) if db.code().as_deref() == Some("23514") => Error::Rule("role_assignment"),
                _ => Error::Db(e),
            })?;
        }
        tx.commit().await?;
        Ok(true)
    }
}

/// One assignment as the office's role page lists it.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct RoleRow {
    pub id: i64,
    pub subjects: String,
    pub role: String,
    pub domain: String,
    pub scope: String,
    pub granted_by: String,
}

impl PlatformDb {
    /// The id of an assignment, if it exists.
    pub async fn role_assignment_id(&self, a: &RoleAssignment) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar(
            "select id from role_assignments where account_id = $1 and role = $2 and domain = $3 and scope = $4",
        )
        .bind(a.account_id)
        .bind(&a.role)
        .bind(&a.domain)
        .bind(&a.scope)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// The assignments that apply in one municipality (its own and the district-wide ones).
    pub async fn roles_in(&self, domain: &str) -> Result<Vec<RoleRow>> {
        Ok(sqlx::query_as(
            "select r.id, coalesce(max(a.display_name) || coalesce(' (' || max(a.email) || ')', ''), max(a.email),
                                   string_agg(i.subject, ', ' order by i.subject), '') as subjects,
                    r.role, r.domain, r.scope, r.granted_by
             from role_assignments r join accounts a on a.id = r.account_id
             left join identities i on i.account_id = r.account_id
             where r.domain in ($1, '*') group by r.id order by r.role, r.scope, r.id",
        )
        .bind(domain)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Revokes assignment `id` if it belongs to `domain`, is one of `roles` and was not granted by
    /// the provider's claim (that one changes at the provider).
    pub async fn revoke_role_in(
        &self,
        id: i64,
        domain: &str,
        roles: &[&str],
        revoked_by: &str,
    ) -> Result<Option<RoleAssignment>> {
        #[allow(clippy::disallowed_methods)] // the platform pool is fixed to search_path=platform
        let mut tx = self.pool.begin().await?;
        let gone: Option<RoleAssignment> = sqlx::query_as(
            "delete from role_assignments where id = $1 and domain = $2 and role = any($3) and granted_by <> 'claim'
             returning account_id, role, domain, scope",
        )
        .bind(id)
        .bind(domain)
        .bind(roles)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(a) = &gone {
            record_role_change(&mut tx, "revoked", a, revoked_by).await?;
        }
        tx.commit().await?;
        Ok(gone)
    }
}

/// Records a role change in the platform's ledger and announces it to every replica, inside the
/// transaction that makes it (issue 19.8): the change, its record and the news commit together.
pub(crate) async fn record_role_change(
    tx: &mut sqlx::PgConnection,
    action: &str,
    a: &RoleAssignment,
    by: &str,
) -> Result<()> {
    sqlx::query(
        "insert into role_changes (action, account_id, role, domain, scope, changed_by) values ($1, $2, $3, $4, $5, $6)",
    )
    .bind(action)
    .bind(a.account_id)
    .bind(&a.role)
    .bind(&a.domain)
    .bind(&a.scope)
    .bind(by)
    .execute(&mut *tx)
    .await?;
    sqlx::query("select pg_notify($1, 'roles')").bind(crate::platform::directory::CHANNEL).execute(&mut *tx).await?;
    Ok(())
}
