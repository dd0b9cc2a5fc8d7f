//! Due work (issue 22): which municipalities have background work to do, from one small table per
//! cluster (`step_work.due`, migrations/work) that the tenants' own writes keep in the same
//! transaction (triggers of tenant migration 0019). A job claims the rows that are due, does the
//! work in those schemas only, and settles each claim with the next due time it computes from the
//! schema's rows. A municipality with nothing to do is never visited, however many there are.
//!
//! It stays at the crate root beside the [`Store`]: it spans every cluster, like the pools.

use sqlx::{Connection, PgConnection};
use step_domain::SchemaName;
use time::OffsetDateTime;

use crate::platform::migrate::{WORK, apply};
use crate::{Error, Result, Store};

/// Background work a municipality may have due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Work {
    /// E-mails in the outbox.
    Mail,
    /// Offers to expire or to remind of.
    Offers,
    /// Registrations and kept documents past the office's retention period.
    Retention,
    /// Document objects that no row points at.
    Sweep,
    /// The district's demand-and-supply rollup.
    Figures,
}

/// How many days before an offer's answer deadline the family is reminded (issue 20).
pub const REMIND_DAYS: i32 = 2;

/// How long a claim keeps other workers (other replicas) away from a municipality's work.
pub const CLAIM_LEASE_SECONDS: f64 = 300.0;

impl Work {
    pub const ALL: [Work; 5] = [Work::Mail, Work::Offers, Work::Retention, Work::Sweep, Work::Figures];

    pub fn as_str(self) -> &'static str {
        match self {
            Work::Mail => "mail",
            Work::Offers => "offers",
            Work::Retention => "retention",
            Work::Sweep => "sweep",
            Work::Figures => "figures",
        }
    }

    /// The next time work of this kind is due, read from the schema's rows (`{s}`); none for work
    /// whose next time only the job knows (the sweeper, the rollup: they are marked by writes).
    fn next_sql(self) -> Option<String> {
        match self {
            Work::Mail => {
                Some("select min(next_attempt_at) from {s}.outbox where sent_at is null and failed_at is null".into())
            }
            // A reminder on the German day REMIND_DAYS before the deadline, the expiry the day after it.
            Work::Offers => Some(format!(
                "select (min(case when reminded_at is null then answer_by - {REMIND_DAYS} else answer_by + 1 end))::timestamp
                     at time zone 'Europe/Berlin'
                 from {{s}}.registrations where status = 'offered'"
            )),
            Work::Retention => Some(
                "select least(
                    (select min(created_at) from {s}.registrations where status = 'registered')
                        + (select make_interval(days => retention_days) from {s}.settings),
                    (select (min(retain_until) + 1)::timestamp at time zone 'Europe/Berlin'
                     from {s}.documents where retain_until is not null))"
                    .into(),
            ),
            Work::Sweep | Work::Figures => None,
        }
    }
}

/// One municipality's due work, claimed by this worker until it is settled (or the lease ends).
#[derive(Debug, Clone)]
pub struct Claim {
    pub schema: SchemaName,
    pub kind: Work,
    cluster: String,
    seq: i64,
}

impl Store {
    /// Claims up to `limit` municipalities per cluster whose `kind` work is due, earliest first. A
    /// row left behind by a move to another cluster is removed instead. A cluster that cannot be
    /// reached is skipped (logged): the others' work goes on.
    pub async fn claim_due(&self, kind: Work, limit: i64) -> Result<Vec<Claim>> {
        let mut out = Vec::new();
        for (cluster, pool) in self.clusters.pools() {
            let rows: Vec<(String, i64)> = match sqlx::query_as(
                "update step_work.due d set due_at = now() + make_interval(secs => $3)
                 from (select schema, kind from step_work.due where kind = $1 and due_at <= now()
                       order by due_at limit $2 for update skip locked) c
                 where d.schema = c.schema and d.kind = c.kind
                 returning d.schema, d.seq",
            )
            .bind(kind.as_str())
            .bind(limit)
            .bind(CLAIM_LEASE_SECONDS)
            .fetch_all(pool)
            .await
            {
                Ok(rows) => rows,
                // No tenant schema was ever made there: nothing can be due.
                Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("42P01") => continue,
                Err(e) => {
                    tracing::warn!(%cluster, kind = kind.as_str(), error = %e, "due work of this cluster not read");
                    continue;
                }
            };
            for (schema, seq) in rows {
                match SchemaName::parse(&schema) {
                    Some(s) if self.cluster_of(&s) == *cluster => {
                        out.push(Claim { schema: s, kind, cluster: cluster.clone(), seq })
                    }
                    // The directory puts it elsewhere: a row left behind by a move goes once its
                    // schema is gone here; during a move (copied, directory not yet switched
                    // everywhere) it waits for its lease.
                    _ => {
                        sqlx::query(
                            "delete from step_work.due where schema = $1 and kind = $2 and to_regnamespace($1) is null",
                        )
                        .bind(&schema)
                        .bind(kind.as_str())
                        .execute(pool)
                        .await?;
                    }
                }
            }
        }
        Ok(out)
    }

    /// Settles a claim after its work: the next due time is read from the schema's rows while the
    /// row is locked (a write that marked it meanwhile has committed by then, so it is seen), the
    /// earlier of that and `later` (a time only the job knows). Nothing left: the row goes. A mark
    /// made during the work is kept. Returns the next due time.
    pub async fn settle(&self, claim: &Claim, later: Option<OffsetDateTime>) -> Result<Option<OffsetDateTime>> {
        let pool = self.clusters.pool(&claim.cluster).ok_or(Error::NotFound)?;
        #[allow(clippy::disallowed_methods)] // step_work is the cluster's, not a tenant's
        let mut conn = pool.acquire().await?;
        let mut tx = conn.begin().await?;
        let kind = claim.kind.as_str();
        let seq: Option<i64> =
            sqlx::query_scalar("select seq from step_work.due where schema = $1 and kind = $2 for update")
                .bind(claim.schema.as_str())
                .bind(kind)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(seq) = seq else { return Ok(None) };
        let computed: Option<OffsetDateTime> = match claim.kind.next_sql() {
            Some(sql) => sqlx::query_scalar(&sql.replace("{s}", claim.schema.as_str())).fetch_one(&mut *tx).await?,
            None => None,
        };
        let next = match (computed, later) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let sql = match (seq == claim.seq, next) {
            (true, None) => "delete from step_work.due where schema = $1 and kind = $2",
            (true, Some(_)) => "update step_work.due set due_at = $3 where schema = $1 and kind = $2",
            (false, _) => {
                "update step_work.due set due_at = least(due_at, coalesce($3, due_at)) where schema = $1 and kind = $2"
            }
        };
        let mut q = sqlx::query(sql).bind(claim.schema.as_str()).bind(kind);
        if !(seq == claim.seq && next.is_none()) {
            q = q.bind(next);
        }
        q.execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(next)
    }

    /// Marks `kind` work of `schema` due at `at` (or earlier if it already is), from outside a
    /// tenant transaction: e.g. an object stored before its row, which the sweeper must look at
    /// should the row never come.
    pub async fn mark_due(&self, schema: &SchemaName, kind: Work, at: OffsetDateTime) -> Result<()> {
        sqlx::query(
            "insert into step_work.due (schema, kind, due_at) values ($1, $2, $3)
             on conflict (schema, kind) do update set due_at = least(due.due_at, excluded.due_at), seq = due.seq + 1",
        )
        .bind(schema.as_str())
        .bind(kind.as_str())
        .bind(at)
        .execute(self.pool_for(schema))
        .await?;
        Ok(())
    }

    /// How many municipalities have `kind` work due now, over every cluster (for metrics and tests).
    pub async fn due_count(&self, kind: Work) -> Result<i64> {
        let mut total = 0;
        for (_, pool) in self.clusters.pools() {
            let n: i64 = sqlx::query_scalar("select count(*) from step_work.due where kind = $1 and due_at <= now()")
                .bind(kind.as_str())
                .fetch_one(pool)
                .await?;
            total += n;
        }
        Ok(total)
    }

    /// Per kind over every cluster: how many municipalities have work due now and how many seconds
    /// the oldest has waited (the metrics' backlog and lag).
    pub async fn due_summary(&self) -> Result<Vec<(Work, i64, f64)>> {
        let mut out: Vec<(Work, i64, f64)> = Vec::new();
        for (_, pool) in self.clusters.pools() {
            let rows: Vec<(String, i64, f64)> = match sqlx::query_as(
                "select kind, count(*), coalesce(extract(epoch from now() - min(due_at))::float8, 0)
                 from step_work.due where due_at <= now() group by kind",
            )
            .fetch_all(pool)
            .await
            {
                Ok(rows) => rows,
                Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("42P01") => continue,
                Err(e) => {
                    tracing::warn!(error = %e, "due work of a cluster not read for the metrics");
                    continue;
                }
            };
            for (kind, n, lag) in rows {
                let Some(kind) = Work::ALL.into_iter().find(|k| k.as_str() == kind) else { continue };
                match out.iter_mut().find(|r| r.0 == kind) {
                    Some(r) => {
                        r.1 += n;
                        r.2 = r.2.max(lag);
                    }
                    None => out.push((kind, n, lag)),
                }
            }
        }
        Ok(out)
    }

    /// Each pool's connections: (name, open, idle, max); the clusters' tenant pools (all their
    /// lanes together) and `platform`.
    pub fn pool_stats(&self) -> Vec<(String, u32, usize, u32)> {
        let stat = |name: &str, pools: &[sqlx::PgPool]| {
            pools.iter().fold((name.to_owned(), 0, 0, 0), |(n, open, idle, max), p| {
                (n, open + p.size(), idle + p.num_idle(), max + p.options().get_max_connections())
            })
        };
        let mut out: Vec<_> = self.clusters.lanes.iter().map(|(n, lanes)| stat(n, lanes)).collect();
        out.sort();
        out.push(stat("platform", std::slice::from_ref(&self.platform().pool)));
        out
    }

    /// Creates or brings up to date the cluster's `step_work` schema, once per process and cluster
    /// (before the first tenant schema there is made, migrated or moved in).
    pub(crate) async fn prepare_cluster(&self, cluster: &str) -> Result<()> {
        if self.clusters.prepared.lock().unwrap_or_else(|e| e.into_inner()).contains(cluster) {
            return Ok(());
        }
        let pool = self.clusters.pool(cluster).ok_or_else(|| Error::Url(format!("cluster `{cluster}`")))?;
        #[allow(clippy::disallowed_methods)] // the cluster's own schema, not a tenant's
        let mut conn = pool.acquire().await?;
        migrate_work(&mut conn).await?;
        self.clusters.prepared.lock().unwrap_or_else(|e| e.into_inner()).insert(cluster.to_owned());
        Ok(())
    }
}

async fn migrate_work(conn: &mut PgConnection) -> Result<usize> {
    let mut tx = conn.begin().await?;
    let ran = apply(&mut tx, "step_work", WORK).await?;
    tx.commit().await?;
    Ok(ran)
}
