//! [`Store::move_tenant`] moves one tenant schema to another cluster: read-only (maintenance) mode,
//! share locks on the source so no write is in flight, the schema built on the target as any new
//! one (the baseline, then later migrations), the rows streamed with `COPY` in one target
//! transaction, row counts and checksums compared per table, the directory switched, the source
//! dropped. Until the target commits nothing changed; a failure leaves the tenant where it was.

use std::collections::{BTreeMap, HashSet};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use sqlx::{Connection, Executor, PgConnection};
use step_domain::SchemaName;

use crate::db::valid_cluster_name;
use crate::platform::migrate::apply_tenant;
use crate::{Error, Result, Store};

/// One table of a moved tenant: rows and checksum, equal on both clusters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableCheck {
    pub table: String,
    pub rows: i64,
    pub checksum: String,
}

#[derive(Debug, Clone)]
pub struct MoveReport {
    pub from: String,
    pub to: String,
    pub tables: Vec<TableCheck>,
    /// From switching to read-only until writes were allowed again.
    pub read_only: Duration,
    /// Set when the old schema could not be dropped (the move itself succeeded).
    pub leftover: Option<String>,
}

impl Store {
    /// Row counts and checksums of every table of `schema` on the cluster that holds it.
    // Whole-schema work (drop, checksums, copy) on the cluster's pool; no session setting is changed.
    #[allow(clippy::disallowed_methods)]
    pub async fn table_checks(&self, schema: &SchemaName) -> Result<Vec<TableCheck>> {
        let mut conn = self.pool_for(schema).acquire().await?;
        let tables = tables_in_copy_order(&mut conn, schema).await?;
        checks(&mut conn, schema, &tables).await
    }

    /// Moves one tenant's schema to the cluster `to` (see the module documentation). `grace` is how
    /// long the other replicas get to see read-only mode and the new directory entry.
    pub async fn move_tenant(
        &self,
        slug: &str,
        schema: &SchemaName,
        to: &str,
        grace: Duration,
        by: &str,
        progress: impl Fn(&str),
    ) -> Result<MoveReport> {
        let from = self.cluster_of(schema);
        let refuse = |m: String| Err(Error::Move(m));
        if !valid_cluster_name(to) || self.clusters.pool(to).is_none() {
            return refuse(format!("cluster `{to}` is not configured (known: {})", self.cluster_names().join(", ")));
        }
        if from == to {
            return refuse(format!("{slug} is already on cluster `{to}`"));
        }
        let (Some(src_pool), Some(dst_pool)) = (self.clusters.pool(&from).cloned(), self.clusters.pool(to).cloned())
        else {
            return refuse(format!("{schema} is on cluster `{from}`, which has no URL here"));
        };
        if super::namespace_exists(&dst_pool, schema).await? {
            return refuse(format!(
                "schema {schema} already exists on cluster `{to}` (left by an interrupted move?); drop it there first"
            ));
        }
        self.prepare_cluster(to).await?;
        let was_read_only = self.platform().maintenance_slugs().await?.iter().any(|s| s == slug);
        self.platform().set_maintenance(slug, true, by).await?;
        if let Err(e) = self.platform().notify("maintenance").await {
            tracing::warn!(error = %e, "read-only mode not announced; replicas follow within 15 s, the locks hold meanwhile");
        }
        let started = Instant::now();
        progress(&format!("{slug} is read-only; waiting {} s for every replica to see it", grace.as_secs_f32()));
        tokio::time::sleep(grace).await;

        let outcome = self.copy_and_switch(slug, schema, &from, to, &src_pool, &dst_pool, grace, &progress).await;
        if !was_read_only {
            // Writes are allowed again whether the move worked (on the new cluster) or not (on the old).
            self.platform().set_maintenance(slug, false, by).await?;
            if let Err(e) = self.platform().notify("maintenance").await {
                tracing::warn!(error = %e, "end of read-only mode not announced; replicas follow within 15 s");
            }
        }
        let (tables, leftover) = outcome?;
        Ok(MoveReport { from, to: to.to_owned(), tables, read_only: started.elapsed(), leftover })
    }

    // Whole-schema work (drop, checksums, copy) on the cluster's pool; no session setting is changed.
    #[allow(clippy::disallowed_methods)]
    #[allow(clippy::too_many_arguments)]
    async fn copy_and_switch(
        &self,
        slug: &str,
        schema: &SchemaName,
        from: &str,
        to: &str,
        src_pool: &sqlx::PgPool,
        dst_pool: &sqlx::PgPool,
        grace: Duration,
        progress: &impl Fn(&str),
    ) -> Result<(Vec<TableCheck>, Option<String>)> {
        // The table list is read before the copy's transaction: its snapshot must start after the locks.
        let mut src = src_pool.acquire().await?;
        let tables = tables_in_copy_order(&mut src, schema).await?;
        let sequences: Vec<String> = sqlx::query_scalar(
            "select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = $1 and c.relkind = 'S' order by 1",
        )
        .bind(schema.as_str())
        .fetch_all(&mut *src)
        .await?;
        let mut stx = src.begin().await?;
        stx.execute("set transaction isolation level repeatable read").await?;
        // SHARE conflicts with every write: waits for writes in flight, blocks late ones.
        let list = tables.iter().map(|t| format!("{schema}.{t}")).collect::<Vec<_>>().join(", ");
        stx.execute(format!("lock table {list} in share mode").as_str()).await?;
        progress(&format!("copying {} tables of {schema} from `{from}` to `{to}`", tables.len()));

        let mut dst = dst_pool.acquire().await?;
        let mut dtx = dst.begin().await?;
        apply_tenant(&mut dtx, schema.as_str()).await?; // a new schema: from the baseline
        for t in &tables {
            dtx.execute(format!("alter table {schema}.{t} disable trigger user").as_str()).await?;
        }
        // Rows the migrations themselves insert (defaults) are replaced by the source's.
        dtx.execute(format!("truncate {list}").as_str()).await?;
        for t in &tables {
            let columns = copy_columns(&mut stx, schema, t).await?;
            let mut sink = dtx.copy_in_raw(&format!("copy {schema}.{t} ({columns}) from stdin")).await?;
            let mut stream = stx.copy_out_raw(&format!("copy {schema}.{t} ({columns}) to stdout")).await?;
            let mut failed = None;
            while let Some(chunk) = stream.next().await {
                match chunk {
                    Ok(bytes) => {
                        if let Err(e) = sink.send(bytes).await {
                            failed = Some(e);
                            break;
                        }
                    }
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                }
            }
            drop(stream);
            if let Some(e) = failed {
                let _ = sink.abort("copy failed").await;
                return Err(e.into());
            }
            sink.finish().await?;
        }
        for s in &sequences {
            let (last, called): (i64, bool) =
                sqlx::query_as(&format!("select last_value, is_called from {schema}.{s}")).fetch_one(&mut *stx).await?;
            sqlx::query("select setval($1::regclass, $2, $3)")
                .bind(format!("{schema}.{s}"))
                .bind(last)
                .bind(called)
                .execute(&mut *dtx)
                .await?;
        }
        for t in &tables {
            dtx.execute(format!("alter table {schema}.{t} enable trigger user").as_str()).await?;
        }
        let source = checks(&mut stx, schema, &tables).await?;
        let target = checks(&mut dtx, schema, &tables).await?;
        if source != target {
            let differing: Vec<&str> =
                source.iter().zip(&target).filter(|(a, b)| a != b).map(|(a, _)| a.table.as_str()).collect();
            return Err(Error::Move(format!("the copy differs in {}; nothing was changed", differing.join(", "))));
        }
        dtx.commit().await?;
        // Back to the pool now: undoing the copy and marking due work below need a connection of
        // the target, which may have only one per lane (`database.lanes`).
        drop(dst);
        progress(&format!("{} rows copied, counts and checksums equal; fencing the source", rows(&source)));

        // The fence: ACCESS EXCLUSIVE on the source tables before the directory moves. A writer
        // still waiting (one that passed the read-only check just before it was switched on, or
        // held a row lock) may make this time out or deadlock; then nothing has switched, the
        // source stays authoritative with that write, and the copy goes again.
        let fenced = async {
            stx.execute("set local lock_timeout = '5s'").await?;
            stx.execute(format!("lock table {list} in access exclusive mode").as_str()).await?;
            Ok::<_, sqlx::Error>(())
        }
        .await;
        let undo_copy = || async {
            let mut conn = dst_pool.acquire().await?;
            conn.execute(format!("drop schema if exists {schema} cascade").as_str()).await?;
            Ok::<_, Error>(())
        };
        if let Err(e) = fenced {
            drop(stx);
            undo_copy().await?;
            return Err(Error::Move(format!("the source could not be fenced ({e}); nothing changed, try again")));
        }
        if let Err(e) = self.platform().set_cluster(slug, to).await {
            drop(stx);
            undo_copy().await?;
            return Err(e);
        }
        // From here the move has happened: what fails now is reported, not undone.
        if let Err(e) = self.platform().notify("directory").await {
            tracing::warn!(error = %e, "directory switched but not announced; replicas follow within 15 s");
        }
        if let Err(e) = self.load_directory().await {
            tracing::warn!(error = %e, "directory switched but not re-read here");
        }
        // All its work is looked at again on the new cluster (the copy's migrations marked it, and
        // a replica that had not seen the switch yet may have claimed some meanwhile).
        for kind in crate::Work::ALL {
            if let Err(e) = self.mark_due(schema, kind, time::OffsetDateTime::now_utc()).await {
                tracing::warn!(error = %e, "due work not marked on the new cluster; writes there will");
            }
        }
        progress(&format!("directory switched; waiting {} s before dropping the old schema", grace.as_secs_f32()));
        tokio::time::sleep(grace).await;
        // Still fenced: a request that reached the old schema waits and then fails (503) instead
        // of writing into it.
        let leftover = match stx.execute(format!("drop schema {schema} cascade").as_str()).await {
            Ok(_) => match stx.commit().await {
                Ok(()) => None,
                Err(e) => Some(format!("{schema} on `{from}`: {e}")),
            },
            Err(e) => Some(format!("{schema} on `{from}`: {e}")),
        };
        Ok((source, leftover))
    }
}

fn rows(checks: &[TableCheck]) -> i64 {
    checks.iter().map(|c| c.rows).sum()
}

/// The tables of `schema` except the migration ledger, parents before children (foreign keys).
async fn tables_in_copy_order(conn: &mut PgConnection, schema: &SchemaName) -> Result<Vec<String>> {
    let tables: Vec<String> = sqlx::query_scalar(
        "select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = $1 and c.relkind in ('r', 'p') and c.relname <> '_migrations' order by 1",
    )
    .bind(schema.as_str())
    .fetch_all(&mut *conn)
    .await?;
    let edges: Vec<(String, String)> = sqlx::query_as(
        "select c.relname::text, p.relname::text from pg_constraint k
         join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
         join pg_namespace n on n.oid = c.relnamespace
         where k.contype = 'f' and n.nspname = $1 and c.oid <> p.oid",
    )
    .bind(schema.as_str())
    .fetch_all(&mut *conn)
    .await?;
    let mut parents: BTreeMap<&str, HashSet<&str>> = tables.iter().map(|t| (t.as_str(), HashSet::new())).collect();
    for (child, parent) in &edges {
        if let Some(p) = parents.get_mut(child.as_str()) {
            p.insert(parent.as_str());
        }
    }
    let mut ordered: Vec<String> = Vec::with_capacity(tables.len());
    while ordered.len() < tables.len() {
        let ready: Vec<&str> = parents
            .iter()
            .filter(|(t, ps)| !ordered.iter().any(|o| o == *t) && ps.iter().all(|p| ordered.iter().any(|o| o == p)))
            .map(|(t, _)| *t)
            .collect();
        if ready.is_empty() {
            return Err(Error::Move(format!("the foreign keys of {schema} form a cycle")));
        }
        ordered.extend(ready.into_iter().map(str::to_owned));
    }
    Ok(ordered)
}

/// The columns `COPY` can write (generated columns are computed on the target).
async fn copy_columns(conn: &mut PgConnection, schema: &SchemaName, table: &str) -> Result<String> {
    let columns: Vec<String> = sqlx::query_scalar(
        "select quote_ident(attname) from pg_attribute
         where attrelid = ($1 || '.' || $2)::regclass and attnum > 0 and not attisdropped and attgenerated = ''
         order by attnum",
    )
    .bind(schema.as_str())
    .bind(table)
    .fetch_all(&mut *conn)
    .await?;
    Ok(columns.join(", "))
}

/// Rows and an order-independent checksum (md5 over the sorted md5s of the row texts) per table.
async fn checks(conn: &mut PgConnection, schema: &SchemaName, tables: &[String]) -> Result<Vec<TableCheck>> {
    let mut out = Vec::with_capacity(tables.len());
    for t in tables {
        let (rows, checksum): (i64, String) = sqlx::query_as(&format!(
            "select count(*), coalesce(md5(string_agg(h, '' order by h)), '') from (select md5(x::text) h from {schema}.{t} x) r"
        ))
        .fetch_one(&mut *conn)
        .await?;
        out.push(TableCheck { table: t.clone(), rows, checksum });
    }
    Ok(out)
}
