//! Server-side sessions and sign-in identities in the platform schema. The cookie carries only a
//! random session id; everything else stays here.

use std::sync::LazyLock;
use std::time::Duration;

use serde_json::Value;
use tracing::instrument;
use uuid::Uuid;

use crate::{PlatformDb, Result};

/// How long a session lives (issue 19.3): `idle` after its last use, and `absolute` after it
/// began however busy it is. A session's use slides the idle end at most once a minute.
#[derive(Debug, Clone, Copy)]
pub struct SessionLimits {
    pub idle: Duration,
    pub absolute: Duration,
}

impl Default for SessionLimits {
    fn default() -> Self {
        Self { idle: Duration::from_secs(2 * 3600), absolute: Duration::from_secs(12 * 3600) }
    }
}

/// A use slides the idle end only when that moves it by more than this (so reading pages does not
/// write a row each time).
const SLIDE_STEP: time::Duration = time::Duration::minutes(1);

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    pub id: String,
    pub account_id: Option<Uuid>,
    pub csrf_token: String,
    pub data: Value,
    /// The idle end (slides with use).
    pub expires_at: time::OffsetDateTime,
    /// The absolute end.
    pub ends_at: time::OffsetDateTime,
}

impl SessionRow {
    /// Whether using the session now should slide its idle end.
    pub fn slide_due(&self, limits: &SessionLimits, now: time::OffsetDateTime) -> bool {
        let wanted = (now + limits.idle).min(self.ends_at);
        wanted - self.expires_at > SLIDE_STEP
    }
}

/// 244 random bits (two v4 UUIDs from the OS generator) as 64 hex characters.
pub fn random_token() -> String {
    format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple())
}

/// The live session whose id is the SQL parameter `id` (`$1`, `$7`, …); schema-qualified, so a
/// tenant statement can read it too. The one definition of "live" for every statement.
pub(crate) fn live_session(id: &str) -> String {
    format!(
        "select id, account_id, csrf_token, data, expires_at, ends_at from platform.sessions where id = {id} and expires_at > now()"
    )
}

static SESSION_BY_ID: LazyLock<String> = LazyLock::new(|| live_session("$1"));

/// Session ids are 64 hex characters; anything else is not looked up.
pub(crate) fn well_formed(id: &str) -> bool {
    id.len() == 64 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

impl PlatformDb {
    #[instrument(skip_all)]
    /// A new session; `csrf`: the browser's form token it takes over (a fresh one when `None`).
    pub async fn create_session(
        &self,
        account: Option<Uuid>,
        data: &Value,
        csrf: Option<&str>,
        limits: &SessionLimits,
    ) -> Result<SessionRow> {
        Ok(sqlx::query_as(
            "insert into sessions (id, account_id, csrf_token, data, expires_at, ends_at)
             values ($1, $2, $3, $4, now() + make_interval(secs => least($5, $6)), now() + make_interval(secs => $6))
             returning id, account_id, csrf_token, data, expires_at, ends_at",
        )
        .bind(random_token())
        .bind(account)
        .bind(csrf.map_or_else(random_token, str::to_owned))
        .bind(data)
        .bind(limits.idle.as_secs_f64())
        .bind(limits.absolute.as_secs_f64())
        .fetch_one(&self.pool)
        .await?)
    }

    /// Slides the session's idle end to `idle` from now (never past its absolute end).
    pub async fn slide_session(&self, id: &str, limits: &SessionLimits) -> Result<()> {
        sqlx::query(
            "update sessions set expires_at = least(now() + make_interval(secs => $2), ends_at)
             where id = $1 and expires_at > now()",
        )
        .bind(id)
        .bind(limits.idle.as_secs_f64())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Changes a live session's data under its row lock: `change` gets the stored data as it is
    /// now (another tab may have written since this request read it) and returns the new data,
    /// so two requests of one person never undo each other. `None` when the session is gone.
    pub async fn update_session_data<T>(
        &self,
        id: &str,
        limits: &SessionLimits,
        change: impl FnOnce(Value) -> (Value, T),
    ) -> Result<Option<T>> {
        #[allow(clippy::disallowed_methods)] // PlatformDb owns this pool (search_path=platform)
        let mut tx = self.pool.begin().await?;
        let data: Option<Value> =
            sqlx::query_scalar("select data from sessions where id = $1 and expires_at > now() for update")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(data) = data else { return Ok(None) };
        let (data, out) = change(data);
        sqlx::query(
            "update sessions set data = $2, updated_at = now(),
                    expires_at = least(now() + make_interval(secs => $3), ends_at)
             where id = $1",
        )
        .bind(id)
        .bind(&data)
        .bind(limits.idle.as_secs_f64())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(out))
    }

    pub async fn load_session(&self, id: &str) -> Result<Option<SessionRow>> {
        if !well_formed(id) {
            return Ok(None);
        }
        Ok(sqlx::query_as(SESSION_BY_ID.as_str()).bind(id).fetch_optional(&self.pool).await?)
    }

    /// Sign-in: the old session is replaced by one with a new id and a new CSRF token (no session
    /// fixation), carrying the account and the data worth keeping (the selection).
    #[instrument(skip_all)]
    pub async fn rotate_session(
        &self,
        old: Option<&str>,
        account: Uuid,
        data: &Value,
        limits: &SessionLimits,
    ) -> Result<SessionRow> {
        if let Some(old) = old {
            self.delete_session(old).await?;
        }
        self.create_session(Some(account), data, None, limits).await
    }

    pub async fn delete_session(&self, id: &str) -> Result<()> {
        sqlx::query("delete from sessions where id = $1").bind(id).execute(&self.pool).await?;
        Ok(())
    }

    /// Deletes every session past its idle or absolute end: signed-in ones and abandoned anonymous
    /// ones (a selection never signed in with, a sign-in never finished) alike.
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
