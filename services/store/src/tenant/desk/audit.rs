//! Who acts ([`Actor`]: an account in a role, or the system) and the tenant's audit log. Changes
//! write their entry inside their own transaction (`audit_in`); staff reads of a child's record and
//! changes made outside the tenant's tables are recorded on their own.

use sqlx::{FromRow, PgConnection};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::db::like_pattern;
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

/// An insert into the audit log with its columns as every entry writes them, followed by `$rest`
/// (a `values` or `select` list), as one literal; [`entry`] binds the five ($1 to $5).
macro_rules! audit_insert {
    ($rest:literal) => {
        concat!("insert into {s}.audit_log (actor, role, action, object, detail) ", $rest)
    };
}

/// `sql` with an entry's five values bound in the order of [`audit_insert!`].
fn entry<'q>(
    sql: &'q str,
    actor: &'q Actor,
    action: &'q str,
    object: &'q str,
    detail: &'q str,
) -> sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments> {
    sqlx::query(sql).bind(&actor.id).bind(&actor.role).bind(action).bind(object).bind(detail)
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
        let sql = self.q(audit_insert!("values ($1, $2, $3, $4, $5)"));
        entry(&sql, actor, action, object, detail).execute(&mut *tx).await?;
        Ok(())
    }

    /// Appends `action` unless the log has an entry of it already: for what happens once in a
    /// municipality's life (its creation), written again by a run resumed after a stop.
    pub async fn audit_once(&self, actor: &Actor, action: &str, object: &str, detail: &str) -> Result<()> {
        let sql = self.q(audit_insert!(
            "select $1, $2, $3, $4, $5 where not exists (select 1 from {s}.audit_log where action = $3)"
        ));
        entry(&sql, actor, action, object, detail).execute(self.pool()).await?;
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

/// What the office's audit page asks for (issue 16): each part optional.
#[derive(Debug, Default)]
pub struct AuditFilter {
    /// Only entries by these actors (account ids as text).
    pub actors: Option<Vec<String>>,
    /// Only entries about these objects (`registration:<id>`, …).
    pub objects: Option<Vec<String>>,
    pub action: Option<String>,
    pub from: Option<OffsetDateTime>,
    /// Exclusive.
    pub until: Option<OffsetDateTime>,
    pub limit: i64,
}

impl TenantDb {
    /// Audit entries matching the filter, newest first.
    pub async fn audit_search(&self, f: &AuditFilter) -> Result<Vec<AuditEntry>> {
        Ok(sqlx::query_as(&self.q("select id, actor, role, action, object, detail, created_at from {s}.audit_log
             where ($1::text[] is null or actor = any($1)) and ($2::text[] is null or object = any($2))
               and ($3::text is null or action = $3) and ($4::timestamptz is null or created_at >= $4)
               and ($5::timestamptz is null or created_at < $5)
             order by id desc limit $6"))
        .bind(&f.actors)
        .bind(&f.objects)
        .bind(&f.action)
        .bind(f.from)
        .bind(f.until)
        .bind(f.limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// The actions that occur in the log, for the page's filter.
    pub async fn audit_actions(&self) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(&self.q("select distinct action from {s}.audit_log order by 1"))
            .fetch_all(self.pool())
            .await?)
    }

    /// The audit objects of the registrations of children whose name contains `text`.
    pub async fn child_objects(&self, text: &str) -> Result<Vec<String>> {
        let pattern = like_pattern(text);
        Ok(sqlx::query_scalar(
            &self.q("select 'registration:' || r.id from {s}.registrations r join {s}.children c on c.id = r.child_id
             where c.first_name || ' ' || c.last_name ilike $1"),
        )
        .bind(pattern)
        .fetch_all(self.pool())
        .await?)
    }

    /// What the audit log's objects are, in words: a registration as its child and facility, a
    /// facility and a document by name. Objects not found (deleted since) are left out.
    pub async fn audit_object_names(&self, objects: &[String]) -> Result<std::collections::HashMap<String, String>> {
        let ids = |kind: &str| -> Vec<Uuid> {
            objects.iter().filter_map(|o| o.strip_prefix(kind)).filter_map(|id| Uuid::parse_str(id).ok()).collect()
        };
        let mut names: Vec<(String, String)> = sqlx::query_as(&self.q(
            "select 'registration:' || r.id, c.first_name || ' ' || c.last_name || ' – ' || f.name
             from {s}.registrations r join {s}.children c on c.id = r.child_id join {s}.facilities f on f.id = r.facility_id
             where r.id = any($1)",
        ))
        .bind(ids("registration:"))
        .fetch_all(self.pool())
        .await?;
        names.extend(
            sqlx::query_as::<_, (String, String)>(
                &self.q("select 'facility:' || id, name from {s}.facilities where id = any($1)"),
            )
            .bind(ids("facility:"))
            .fetch_all(self.pool())
            .await?,
        );
        names.extend(
            sqlx::query_as::<_, (String, String)>(
                &self.q("select 'document:' || id, title from {s}.documents where id = any($1)"),
            )
            .bind(ids("document:"))
            .fetch_all(self.pool())
            .await?,
        );
        Ok(names.into_iter().collect())
    }
}
