//! `step tenants generate N` (issue 22): N plausible municipalities (`step_domain::generate`, the
//! same on every machine), each provisioned like `step tenants apply` (definition in the platform
//! schema, schema created and migrated) and given demo facilities; a few at a time, with progress
//! and an estimate of the time left. Resumable: a municipality that exists is not made again; one
//! whose run stopped before its schema, its platform row, its settings or its audit entry is
//! finished, and one not yet given its facilities gets them now.
//! `--cluster` puts the new schemas on another configured cluster (a country over several); the
//! cluster is named with the definition, so a resumed run finishes a schema where it belongs.
//! `--schemas-only` leaves out the facilities (the bench times schemas and data apart).

use std::time::Instant;

use anyhow::Context;
use futures_util::StreamExt;
use step_domain::Tenant;
use step_domain::search::next_kita_year_start;
use step_store::Store;

use crate::cli::{cli_actor, connect};
use crate::config::Settings;

/// What `step tenants generate` is asked for: `count` municipalities from number `from`, `parallel`
/// at a time, with their demo facilities unless `data` is false (`--schemas-only`).
pub struct Run {
    pub count: usize,
    pub from: usize,
    pub parallel: usize,
    pub data: bool,
}

/// Where a municipality of the run stood when it began.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Found {
    /// No definition yet: provisioned now.
    New,
    /// Defined, its schema made and its platform row written.
    Current,
    /// Defined, but a run stopped before its schema or before its platform row (`schema_versions`),
    /// which leaves the portal answering 503 for it: finished now.
    Unfinished,
}

/// One municipality: provisioned or finished as `found` says, its settings synced, seeded (when
/// `season` is given) unless it has facilities. Returns whether it was new.
async fn one(
    store: &Store,
    tenant: &Tenant,
    found: Found,
    season: Option<time::Date>,
    cluster: &str,
) -> anyhow::Result<bool> {
    let db = store.tenant(&tenant.schema);
    if found == Found::New {
        let definition = tenant.definition_toml(false);
        store
            .provision_tenant(tenant, &definition, None, &cli_actor(), cluster)
            .await
            .with_context(|| tenant.slug.to_string())?;
    } else {
        if found == Found::Unfinished {
            // Makes the schema if it is missing, and writes the platform row either way.
            store.migrate_tenant(&tenant.schema).await.with_context(|| tenant.slug.to_string())?;
        }
        // A run stopped after the schema but before its settings: a no-op when they agree.
        db.sync_settings(tenant.procedure.max_choices).await?;
        // ... or before its audit entry (written only if missing).
        store.audit_tenant_created(tenant, &cli_actor()).await?;
    }
    let Some(season) = season else { return Ok(found == Found::New) };
    if db.facility_count().await? == 0 {
        db.seed(&step_domain::demo::generate(tenant, season))
            .await
            .with_context(|| format!("seeding {}", tenant.schema))?;
    }
    Ok(found == Found::New)
}

pub async fn generate(settings: &Settings, files: &[Tenant], run: Run, cluster: &str) -> anyhow::Result<()> {
    let Run { count, from, parallel, data } = run;
    let offices = step_domain::tenant::offices_of(files);
    let ids: Vec<&str> = offices.keys().map(String::as_str).collect();
    anyhow::ensure!(!ids.is_empty(), "offices.toml beschreibt kein Jugendamt");
    let mut generated = Vec::with_capacity(count);
    for i in from..from + count {
        let text = step_domain::generate::definition(i, &ids);
        let tenant = step_domain::tenant::parse_tenant(&format!("generated {i}"), &text, &offices, |_| {
            Err("generated municipalities have no logo file".to_owned())
        })?;
        generated.push(tenant);
    }
    // One connection per municipality in the making (with one lane): each waits partly on the disk
    // (PostgreSQL syncs every new index to it), so a few more than the cores go faster.
    let mut settings = settings.clone();
    settings.database.max_connections = settings.database.max_connections.max(parallel as u32);
    let store = connect(&settings).await?;
    store.platform().migrate().await.context("platform schema")?;
    store.load_directory().await?;
    anyhow::ensure!(
        store.cluster_names().iter().any(|c| c == cluster),
        "Cluster `{cluster}` ist nicht eingerichtet ([clusters.{cluster}] url); bekannt: {}",
        store.cluster_names().join(", ")
    );
    let season = data.then(|| next_kita_year_start(time::OffsetDateTime::now_utc().date()));
    let started = Instant::now();
    let (mut done, mut made) = (0usize, 0usize);
    // Only the generated ones' stored definitions: adding the 10,790th reads and parses no other.
    let slugs: Vec<&str> = generated.iter().map(|t| t.slug.as_str()).collect();
    let tenants = step_portal::effective_tenants(files, &store.platform().definitions_of(&slugs).await?);
    let found = found(&store, &tenants, &generated).await?;
    let mut work = futures_util::stream::iter(found.into_iter().map(|(t, f)| one(&store, t, f, season, cluster)))
        .buffer_unordered(parallel.max(1));
    while let Some(result) = work.next().await {
        made += usize::from(result?);
        done += 1;
        if done % 100 == 0 || done == count {
            let rate = done as f64 / started.elapsed().as_secs_f64();
            eprintln!(
                "  {done}/{count} Gemeinden ({made} neu), {rate:.1} je Sekunde, noch etwa {:.0} s",
                (count - done) as f64 / rate
            );
        }
    }
    store.platform().notify("tenant").await?;
    println!(
        "{count} erzeugte Gemeinden ({made} neu angelegt, ab Nummer {from}) in {:.1} s; laufende Portale bedienen sie sofort.",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Each of `generated` with where it stands. An existing one comes as stored (`tenants`: an
/// operator may have changed it with `tenants apply` since), and its platform row is written again
/// from that where it drifted (in one statement; unchanged ones are left alone); whether its schema
/// is current is one platform query for all.
async fn found<'a>(
    store: &Store,
    tenants: &'a [Tenant],
    generated: &'a [Tenant],
) -> anyhow::Result<Vec<(&'a Tenant, Found)>> {
    let stored: std::collections::HashMap<&str, &Tenant> = tenants.iter().map(|t| (t.slug.as_str(), t)).collect();
    let existing: Vec<&Tenant> = generated.iter().filter_map(|t| stored.get(t.slug.as_str()).copied()).collect();
    store.platform().sync_tenants(&existing).await?;
    let schemas: Vec<&step_domain::SchemaName> = existing.iter().map(|t| &t.schema).collect();
    let statuses = store.tenant_statuses(&schemas).await?;
    Ok(generated
        .iter()
        .map(|t| match stored.get(t.slug.as_str()) {
            None => (t, Found::New),
            Some(s) if statuses.get(s.schema.as_str()) == Some(&step_store::MigrationStatus::Current) => {
                (*s, Found::Current)
            }
            Some(s) => (*s, Found::Unfinished),
        })
        .collect())
}
