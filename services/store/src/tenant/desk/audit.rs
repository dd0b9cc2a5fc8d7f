//! Who acts ([`Actor`]: an account in a role, or the system) and the tenant's audit log. Changes
//! write their entry inside their own transaction (`audit_in`); staff reads of a child's record and
//! changes made outside the tenant's tables are recorded on their own.

use sqlx::{FromRow, PgConnection};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::{Result, TenantDb};

/// Who acts, for the history, the audit log and the e-mails: an account in a role, or the system.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: String,
    pub role: String,
}

impl Actor {
    pub fn system() -> Self {
        Self { id: "system".into(), role: "system".into() }
    }

    pub fn account(id: Uuid, role: &str) -> Self {
        Self { id: id.to_string(), role: role.into() }
    }

    /// How the parent's history names the actor.
    pub(crate) fn history_label(&self) -> &'static str {
        match self.role.as_str() {
            "parent" => "parent",
            "facility_lead" | "ktp_advisor" => "facility",
            "office_staff" | "district_admin" => "office",
            _ => "system",
        }
    }
}

#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub actor: String,
    pub role: String,
    pub action: String,
    pub object: String,
    pub detail: String,
    pub created_at: OffsetDateTime,
}

impl TenantDb {
    /// Appends to the audit log inside the caller's transaction.
    pub(crate) async fn audit_in(
        &self,
        tx: &mut PgConnection,
        actor: &Actor,
        action: &str,
        object: &str,
        detail: &str,
    ) -> Result<()> {
        sqlx::query(
            &self.q("insert into {s}.audit_log (actor, role, action, object, detail) values ($1, $2, $3, $4, $5)"),
        )
        .bind(&actor.id)
        .bind(&actor.role)
        .bind(action)
        .bind(object)
        .bind(detail)
        .execute(&mut *tx)
        .await?;
        Ok(())
    }

    /// Records a change made outside the tenant's tables (e.g. its maintenance mode).
    pub async fn audit(&self, actor: &Actor, action: &str, object: &str, detail: &str) -> Result<()> {
        let mut conn = self.connection().await?;
        self.audit_in(&mut conn, actor, action, object, detail).await
    }

    /// Records a staff read of a child's record.
    pub async fn audit_read(&self, actor: &Actor, action: &str, object: &str) -> Result<()> {
        let mut conn = self.connection().await?;
        self.audit_in(&mut conn, actor, action, object, "").await
    }

    /// The newest audit entries, optionally only those of one object or action.
    pub async fn audit_entries(&self, object: Option<&str>, limit: i64) -> Result<Vec<AuditEntry>> {
        Ok(sqlx::query_as(&self.q("select id, actor, role, action, object, detail, created_at from {s}.audit_log
             where ($1::text is null or object = $1) order by id desc limit $2"))
        .bind(object)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }
}
