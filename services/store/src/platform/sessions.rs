//! Server-side sessions and sign-in identities in the platform schema. The cookie carries only a
//! random session id; everything else stays here.

use std::sync::LazyLock;
use std::time::Duration;

use serde_json::Value;
use tracing::instrument;
use uuid::Uuid;

use crate::{PlatformDb, Result};

/// Sessions end this long after their last change.
pub const SESSION_TTL: Duration = Duration::from_secs(8 * 3600);

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    pub id: String,
    pub account_id: Option<Uuid>,
    pub csrf_token: String,
    pub data: Value,
}

/// 244 random bits (two v4 UUIDs from the OS generator) as 64 hex characters.
pub fn random_token() -> String {
    format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple())
}

/// The live session whose id is the SQL parameter `id` (`$1`, `$7`, …); schema-qualified, so a
/// tenant statement can read it too. The one definition of "live" for every statement.
pub(crate) fn live_session(id: &str) -> String {
    format!("select id, account_id, csrf_token, data from platform.sessions where id = {id} and expires_at > now()")
}

static SESSION_BY_ID: LazyLock<String> = LazyLock::new(|| live_session("$1"));

/// Session ids are 64 hex characters; anything else is not looked up.
pub(crate) fn well_formed(id: &str) -> bool {
    id.len() == 64 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

fn ttl_seconds() -> f64 {
    SESSION_TTL.as_secs_f64()
}

impl PlatformDb {
    #[instrument(skip_all)]
    pub async fn create_session(&self, account: Option<Uuid>, data: &Value) -> Result<SessionRow> {
        Ok(sqlx::query_as(
            "insert into sessions (id, account_id, csrf_token, data, expires_at)
             values ($1, $2, $3, $4, now() + make_interval(secs => $5))
             returning id, account_id, csrf_token, data",
        )
        .bind(random_token())
        .bind(account)
        .bind(random_token())
        .bind(data)
        .bind(ttl_seconds())
        .fetch_one(&self.pool)
        .await?)
    }

    pub async fn load_session(&self, id: &str) -> Result<Option<SessionRow>> {
        if !well_formed(id) {
            return Ok(None);
        }
        Ok(sqlx::query_as(SESSION_BY_ID.as_str()).bind(id).fetch_optional(&self.pool).await?)
    }

    pub async fn save_session_data(&self, id: &str, data: &Value) -> Result<()> {
        sqlx::query("update sessions set data = $2, updated_at = now(), expires_at = now() + make_interval(secs => $3) where id = $1")
            .bind(id)
            .bind(data)
            .bind(ttl_seconds())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Sign-in: the old session is replaced by one with a new id and a new CSRF token (no session
    /// fixation), carrying the account and the data worth keeping (the selection).
    #[instrument(skip_all)]
    pub async fn rotate_session(&self, old: Option<&str>, account: Uuid, data: &Value) -> Result<SessionRow> {
        if let Some(old) = old {
            self.delete_session(old).await?;
        }
        self.create_session(Some(account), data).await
    }

    pub async fn delete_session(&self, id: &str) -> Result<()> {
        sqlx::query("delete from sessions where id = $1").bind(id).execute(&self.pool).await?;
        Ok(())
    }

    pub async fn purge_expired_sessions(&self) -> Result<u64> {
        Ok(sqlx::query("delete from sessions where expires_at <= now()").execute(&self.pool).await?.rows_affected())
    }

    /// The account of an OpenID identity, created on first sign-in.
    #[instrument(skip_all)]
    pub async fn account_for_identity(&self, issuer: &str, subject: &str) -> Result<Uuid> {
        if let Some(id) = sqlx::query_scalar("select account_id from identities where issuer = $1 and subject = $2")
            .bind(issuer)
            .bind(subject)
            .fetch_optional(&self.pool)
            .await?
        {
            return Ok(id);
        }
        let id: Uuid = sqlx::query_scalar(
            "with a as (insert into accounts default values returning id)
             insert into identities (issuer, subject, account_id) select $1, $2, id from a
             on conflict (issuer, subject) do update set updated_at = now()
             returning account_id",
        )
        .bind(issuer)
        .bind(subject)
        .fetch_one(&self.pool)
        .await?;
        Ok(id)
    }
}
