use std::time::Instant;

use anyhow::Context;
use clap::{Parser, Subcommand};
use step_domain::Tenant;
use step_domain::search::next_kita_year_start;
use step_store::{MigrationStatus, Store, StoreOptions};

use crate::config::{self, Settings};

#[derive(Parser)]
#[command(name = "step", version, about = "STEP – Kita-Portal für die Städte und Gemeinden im Kreis Steinfurt")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the platform schema and every tenant schema (each in its own transaction).
    Migrate,
    /// Write deterministic demo Kitas and childminders into every tenant (idempotent).
    SeedDemo,
    /// Serve the portal until SIGTERM or Ctrl-C.
    Serve {
        /// Address to listen on (default from config: 127.0.0.1:8080).
        #[arg(long)]
        listen: Option<String>,
    },
    /// Inspect the tenant registry.
    Tenants {
        #[command(subcommand)]
        command: TenantsCommand,
    },
    /// Bootstrap and inspect role assignments (casbin grouping rules in the platform schema).
    Roles {
        #[command(subcommand)]
        command: RolesCommand,
    },
    /// Allocation rounds (matching day): run, publish, verify.
    Rounds {
        #[command(subcommand)]
        command: crate::rounds::RoundsCommand,
    },
}

#[derive(clap::Args)]
struct RoleArgs {
    /// The person's subject at the identity provider (`sub` claim).
    #[arg(long)]
    subject: String,
    /// The provider's issuer (default: auth.issuer from the configuration).
    #[arg(long)]
    issuer: Option<String>,
    /// parent, facility_lead, ktp_advisor, office_staff or district_admin.
    #[arg(long)]
    role: String,
    /// Municipality slug, or * for the whole district.
    #[arg(long)]
    tenant: String,
    /// What the role is bound to in the municipality, e.g. a facility id for a facility lead.
    #[arg(long, default_value = "")]
    scope: String,
}

#[derive(Subcommand)]
enum RolesCommand {
    /// Grant a role (idempotent).
    Grant(RoleArgs),
    /// Revoke a role.
    Revoke(RoleArgs),
    /// List all role assignments.
    List,
}

#[derive(Subcommand)]
enum TenantsCommand {
    /// List the municipalities from tenants/.
    List,
    /// Validate tenants/ and report each tenant schema's migration status; fails if any is behind.
    Check,
    /// Add a municipality, or change one, from a tenant file (the format of tenants/*.toml; its
    /// logo path is relative to the file). Its schema is created and migrated; running portals
    /// serve it at once. The definition is kept in the platform schema and wins over tenants/.
    Apply {
        /// The tenant file.
        file: std::path::PathBuf,
    },
    /// Move a municipality's schema to another PostgreSQL cluster (configured as
    /// [clusters.<name>] url): read-only during the copy, rows and checksums compared, then the
    /// tenant directory is switched and the old schema dropped.
    Move {
        slug: String,
        /// Target cluster name (`main` is the database of DATABASE_URL).
        cluster: String,
        /// How long running portals get to notice read-only mode and the switch.
        #[arg(long, default_value_t = 2.0)]
        grace_seconds: f64,
    },
    /// Generate N plausible municipalities (the same on every machine, issue 22), each provisioned
    /// like `apply` and given demo facilities; resumable, with progress.
    Generate {
        /// How many.
        count: usize,
        /// The number of the first (to add more later, or to continue elsewhere).
        #[arg(long, default_value_t = 0)]
        from: usize,
        /// Municipalities made at the same time.
        #[arg(long, default_value_t = 4)]
        parallel: usize,
        /// The cluster their schemas go to (`main`, or one configured under `[clusters]`).
        #[arg(long, default_value = "main")]
        cluster: String,
        /// Only their definitions and schemas, no demo facilities (a later run without it adds them).
        #[arg(long)]
        schemas_only: bool,
    },
    /// Maintenance (read-only) mode of a municipality: `on` or `off`; without a state, lists the
    /// municipalities in maintenance. Running portals follow at once.
    Maintenance {
        /// Municipality slug (omit to list).
        slug: Option<String>,
        /// on or off.
        state: Option<String>,
    },
}

pub async fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let settings = config::load()?;
    let files = step_domain::tenant::load_dir(&settings.tenants.dir).context("tenant registry")?;
    if let Command::Serve { listen } = cli.command {
        // The portal merges the run-time definitions itself (and follows their changes).
        return serve(&settings, files, listen).await;
    }
    if let Command::Tenants { command: TenantsCommand::Generate { count, from, parallel, cluster, schemas_only } } =
        cli.command
    {
        // Reads only the stored definitions of the municipalities it makes, not all of a country's.
        let run = crate::generate::Run { count, from, parallel, data: !schemas_only };
        return crate::generate::generate(&settings, &files, run, &cluster).await;
    }
    let tenants = effective(&settings, &files).await;
    match cli.command {
        Command::Migrate => migrate(&settings, &tenants).await,
        Command::SeedDemo => seed(&settings, &tenants).await,
        Command::Serve { .. } => unreachable!("handled above"),
        Command::Tenants { command: TenantsCommand::List } => list(&settings, &tenants).await,
        Command::Tenants { command: TenantsCommand::Apply { file } } => apply(&settings, &files, &tenants, &file).await,
        Command::Tenants { command: TenantsCommand::Move { slug, cluster, grace_seconds } } => {
            move_tenant(&settings, &tenants, &slug, &cluster, grace_seconds).await
        }
        Command::Tenants { command: TenantsCommand::Check } => check(&settings, &tenants).await,
        Command::Tenants { command: TenantsCommand::Generate { .. } } => unreachable!("handled above"),
        Command::Tenants { command: TenantsCommand::Maintenance { slug, state } } => {
            maintenance(&settings, &tenants, slug, state).await
        }
        Command::Roles { command } => roles(&settings, &tenants, command).await,
        Command::Rounds { command } => {
            let store = connect(&settings).await?;
            crate::rounds::rounds(&store, &tenants, command).await
        }
    }
}

pub(crate) async fn connect(settings: &Settings) -> anyhow::Result<Store> {
    let opts = StoreOptions {
        url: settings.database.url.clone(),
        max_connections: settings.database.max_connections,
        statement_cache: settings.database.statement_cache,
        generic_plans: settings.database.generic_plans,
        lanes: settings.database.lanes,
        clusters: settings.clusters.iter().map(|(name, c)| (name.clone(), c.url.clone())).collect(),
    };
    Store::connect(&opts).await.context("connecting to PostgreSQL (DATABASE_URL)")
}

async fn migrate(settings: &Settings, tenants: &[Tenant]) -> anyhow::Result<()> {
    let store = connect(settings).await?;
    let started = Instant::now();
    eprintln!("Migriere Plattform und {} Gemeinde-Schemas in Datenbank {} …", tenants.len(), store.database());
    let step = (tenants.len() / 20).max(1);
    let applied = store
        .migrate_all(tenants, 4, |done, total| {
            if total <= 30 || done % step == 0 || done == total {
                // The time left at the pace so far (issue 22: thousands of schemas take minutes).
                let pace = started.elapsed().as_secs_f64() / done as f64;
                eprintln!("  Schemas migriert: {done}/{total}, noch etwa {:.0} s", pace * (total - done) as f64);
            }
        })
        .await?;
    eprintln!(
        "Fertig: {applied} Migrationen angewandt, {} Schemas aktuell, {:.1} s.",
        tenants.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The municipality whose demo data holds a season for an allocation round.
const ROUND_DEMO: &str = "saerbeck";

/// A procedure calendar for every office that has none yet (issue 20): the next intake whose
/// deadline (from the procedure file) is still ahead, so the demo shows a next date and accepts
/// registrations.
async fn seed_calendars(store: &Store, tenants: &[Tenant]) -> anyhow::Result<()> {
    let today = time::OffsetDateTime::now_utc().date();
    let mut done = std::collections::BTreeSet::new();
    for t in tenants {
        if !done.insert(t.office.id.clone()) || !store.platform().calendar(&t.office.id).await?.is_empty() {
            continue;
        }
        if let Some(e) = step_domain::calendar::demo_intake(&t.procedure.registration_deadline, today) {
            store.platform().set_calendar_entry(&t.office.id, &e, "Demodaten", "seed-demo").await?;
        }
    }
    Ok(())
}

async fn seed(settings: &Settings, tenants: &[Tenant]) -> anyhow::Result<()> {
    let store = connect(settings).await?;
    // Municipalities on further clusters are seeded where they live.
    store.load_directory().await?;
    let started = Instant::now();
    let season = next_kita_year_start(time::OffsetDateTime::now_utc().date());
    let (mut kitas, mut ktps) = (0, 0);
    for (i, t) in tenants.iter().enumerate() {
        if store.tenant_status(&t.schema).await? != MigrationStatus::Current {
            anyhow::bail!("{} ist nicht migriert: bitte zuerst `step migrate` ausführen", t.schema);
        }
        let data = step_domain::demo::generate(t, season);
        let count = store.tenant(&t.schema).seed(&data).await.with_context(|| format!("seeding {}", t.schema))?;
        if t.slug.as_str() == ROUND_DEMO {
            // A season to try the matching day on at once (issue 17, docs/matching.md).
            let place = (t.postcodes.first().map_or("48369", String::as_str), t.name.as_str());
            store.tenant(&t.schema).seed_round_season(season, 24, place).await.context("demo season")?;
        }
        let k = data.facilities.iter().filter(|f| f.kind == step_domain::FacilityKind::Kita).count();
        kitas += k;
        ktps += data.facilities.len() - k;
        eprintln!(
            "  [{:>2}/{}] {:<14} {:>3} Kitas, {:>3} Kindertagespflege ({count} gesamt)",
            i + 1,
            tenants.len(),
            t.name,
            k,
            data.facilities.len() - k
        );
    }
    seed_calendars(&store, tenants).await?;
    eprintln!(
        "Demodaten: {kitas} Kitas und {ktps} Kindertagespflegestellen in {} Gemeinden, {:.1} s.",
        tenants.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The municipalities served: tenants/ with the run-time definitions of the platform schema merged
/// over it (the files alone when the database is not reachable or not migrated yet).
async fn effective(settings: &Settings, files: &[Tenant]) -> Vec<Tenant> {
    let rows = step_store::peek(&settings.database.url).await.map(|(rows, _)| rows).unwrap_or_default();
    step_portal::effective_tenants(files, &rows)
}

async fn list(settings: &Settings, tenants: &[Tenant]) -> anyhow::Result<()> {
    // Only looks: no database is created, and without one the clusters show as `?`.
    let directory = step_store::peek(&settings.database.url).await.map(|(_, d)| d).unwrap_or_default();
    println!("{:<14} {:<15} {:<16} {:<16} {:<8} hosts", "slug", "name", "schema", "office", "cluster");
    for t in tenants {
        let cluster = directory.get(t.schema.as_str()).cloned().unwrap_or_else(|| "?".to_owned());
        println!(
            "{:<14} {:<15} {:<16} {:<16} {:<8} {}",
            t.slug,
            t.name,
            t.schema,
            t.office.id,
            cluster,
            t.hosts.join(", ")
        );
    }
    println!("{} Gemeinden", tenants.len());
    Ok(())
}

async fn apply(
    settings: &Settings,
    files: &[Tenant],
    tenants: &[Tenant],
    file: &std::path::Path,
) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| format!("{} nicht lesbar", file.display()))?;
    let dir = file.parent().map(std::path::Path::to_path_buf).unwrap_or_default();
    let offices = step_domain::tenant::offices_of(files);
    let tenant = step_domain::tenant::parse_tenant(&file.display().to_string(), &text, &offices, |rel| {
        std::fs::read(dir.join(rel)).map_err(|e| format!("cannot read logo {rel}: {e}"))
    })?;
    for h in &tenant.hosts {
        if let Some(other) = tenants.iter().find(|t| t.slug != tenant.slug && t.hosts.contains(h)) {
            anyhow::bail!("Internetadresse {h} gehört schon zu {}", other.name);
        }
    }
    let store = connect(settings).await?;
    store.platform().migrate().await.context("platform schema")?;
    store.load_directory().await?;
    let logo = (!tenant.branding.logo.is_generated()).then(|| tenant.branding.logo.bytes().to_vec());
    let definition = tenant.definition_toml(logo.is_some());
    let actor = cli_actor();
    if tenants.iter().any(|t| t.slug == tenant.slug) {
        let detail = format!("aus {}", file.display());
        store.save_tenant(&tenant, &definition, logo.as_deref(), &actor, &detail).await?;
        println!("{}: Änderungen gespeichert; laufende Portale übernehmen sie sofort.", tenant.name);
    } else {
        let started = Instant::now();
        store.provision_tenant(&tenant, &definition, logo.as_deref(), &actor, step_store::MAIN_CLUSTER).await.map_err(
            |e| match e {
                step_store::Error::Taken(what) => anyhow::anyhow!("{what} von {} ist schon belegt", tenant.slug),
                other => other.into(),
            },
        )?;
        println!(
            "{} angelegt: Schema {} migriert in {:.1} s; laufende Portale bedienen /{}/ sofort.",
            tenant.name,
            tenant.schema,
            started.elapsed().as_secs_f64(),
            tenant.slug
        );
    }
    store.platform().notify("tenant").await?;
    Ok(())
}

async fn move_tenant(
    settings: &Settings,
    tenants: &[Tenant],
    slug: &str,
    cluster: &str,
    grace_seconds: f64,
) -> anyhow::Result<()> {
    let tenant = tenants
        .iter()
        .find(|t| t.slug.as_str() == slug)
        .with_context(|| format!("unbekannte Gemeinde `{slug}`: `step tenants list` zeigt alle"))?;
    if !(0.0..=300.0).contains(&grace_seconds) {
        anyhow::bail!("--grace-seconds muss zwischen 0 und 300 liegen");
    }
    let store = connect(settings).await?;
    store.platform().migrate().await.context("platform schema")?;
    store.load_directory().await?;
    let grace = std::time::Duration::from_secs_f64(grace_seconds);
    let report = store
        .move_tenant(slug, &tenant.schema, cluster, grace, "cli", |step| eprintln!("  {step}"))
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    for c in &report.tables {
        eprintln!("  {:<28} {:>8} Zeilen  {}", c.table, c.rows, c.checksum);
    }
    store
        .tenant(&tenant.schema)
        .audit(&cli_actor(), "tenant_moved", "settings", &format!("{} → {}", report.from, report.to))
        .await?;
    println!(
        "{} liegt jetzt auf `{}` (vorher `{}`); {} Tabellen gleich, schreibgeschützt {:.1} s.",
        tenant.name,
        report.to,
        report.from,
        report.tables.len(),
        report.read_only.as_secs_f64()
    );
    if let Some(left) = report.leftover {
        eprintln!("Achtung: das alte Schema blieb stehen ({left}); bitte von Hand löschen.");
    }
    Ok(())
}

async fn maintenance(
    settings: &Settings,
    tenants: &[Tenant],
    slug: Option<String>,
    state: Option<String>,
) -> anyhow::Result<()> {
    let store = connect(settings).await?;
    store.platform().migrate().await.context("platform schema")?;
    let Some(slug) = slug else {
        let on = store.platform().maintenance_slugs().await?;
        if on.is_empty() {
            println!("Keine Gemeinde ist im Wartungsmodus.");
        } else {
            println!("Im Wartungsmodus: {}", on.join(", "));
        }
        return Ok(());
    };
    let tenant = tenants
        .iter()
        .find(|t| t.slug.as_str() == slug)
        .with_context(|| format!("unbekannte Gemeinde `{slug}`: `step tenants list` zeigt alle"))?;
    let on = match state.as_deref() {
        Some("on") => true,
        Some("off") => false,
        other => anyhow::bail!("Zustand `{}` unbekannt: on oder off angeben", other.unwrap_or("")),
    };
    store.platform().set_maintenance(&slug, on, "cli").await?;
    store.platform().notify("maintenance").await?;
    store
        .tenant(&tenant.schema)
        .audit(&cli_actor(), "maintenance", "settings", if on { "an" } else { "aus" })
        .await
        .context("audit log (is the municipality migrated?)")?;
    println!("{}: Wartungsmodus {}", tenant.name, if on { "an" } else { "aus" });
    Ok(())
}

async fn roles(settings: &Settings, tenants: &[Tenant], command: RolesCommand) -> anyhow::Result<()> {
    const ROLES: [&str; 5] = ["parent", "facility_lead", "ktp_advisor", "office_staff", "district_admin"];
    let store = connect(settings).await?;
    store.platform().migrate().await.context("platform schema")?;
    let assignment = |a: &RoleArgs| -> anyhow::Result<(String, step_store::RoleAssignment)> {
        if !ROLES.contains(&a.role.as_str()) {
            anyhow::bail!("unbekannte Rolle `{}`: erlaubt sind {}", a.role, ROLES.join(", "));
        }
        if a.tenant != "*" && !tenants.iter().any(|t| t.slug.as_str() == a.tenant) {
            anyhow::bail!(
                "unbekannte Gemeinde `{}`: `step tenants list` zeigt alle, * steht für den ganzen Kreis",
                a.tenant
            );
        }
        let issuer = a.issuer.clone().unwrap_or_else(|| settings.auth.issuer.clone());
        Ok((
            issuer,
            step_store::RoleAssignment {
                account_id: uuid::Uuid::nil(),
                role: a.role.clone(),
                domain: a.tenant.clone(),
                scope: a.scope.clone(),
            },
        ))
    };
    match command {
        RolesCommand::Grant(a) | RolesCommand::Revoke(a) if a.subject.trim().is_empty() => {
            anyhow::bail!("--subject darf nicht leer sein")
        }
        RolesCommand::Grant(a) => {
            let (issuer, mut r) = assignment(&a)?;
            r.account_id = store.platform().account_for_identity(&issuer, &a.subject).await?;
            let new = store.platform().grant_role(&r, "cli").await?;
            println!(
                "{} {} in {} für {}{}",
                if new { "Vergeben:" } else { "Bestand schon:" },
                r.role,
                r.domain,
                a.subject,
                scope_text(&r.scope)
            );
        }
        RolesCommand::Revoke(a) => {
            let (issuer, mut r) = assignment(&a)?;
            r.account_id = store.platform().account_for_identity(&issuer, &a.subject).await?;
            let gone = store.platform().revoke_role(&r, "cli").await?;
            println!(
                "{} {} in {} für {}{}",
                if gone { "Entzogen:" } else { "Bestand nicht:" },
                r.role,
                r.domain,
                a.subject,
                scope_text(&r.scope)
            );
        }
        RolesCommand::List => {
            let rows = store.platform().role_listing().await?;
            for (who, role, domain, scope) in &rows {
                println!("{domain:<14} {role:<15} {who}{}", scope_text(scope));
            }
            println!("{} Rollenzuweisungen", rows.len());
        }
    }
    Ok(())
}

fn scope_text(scope: &str) -> String {
    if scope.is_empty() { String::new() } else { format!(" (Bereich {scope})") }
}

async fn check(settings: &Settings, tenants: &[Tenant]) -> anyhow::Result<()> {
    let store = connect(settings).await?;
    // What the portal reads (one platform query): a schema without its platform row is not served.
    let schemas: Vec<&step_domain::SchemaName> = tenants.iter().map(|t| &t.schema).collect();
    let statuses = async {
        store.load_directory().await?;
        store.tenant_statuses(&schemas).await
    }
    .await
    .context("Die Plattform ist nicht lesbar (noch nicht migriert?): `step migrate` ausführen")?;
    let mut behind = 0;
    for t in tenants {
        let status = statuses.get(t.schema.as_str()).copied().unwrap_or(MigrationStatus::Behind { found: 0 });
        let text = match status {
            MigrationStatus::Current => "aktuell".to_owned(),
            MigrationStatus::Behind { found } => {
                behind += 1;
                format!("VERALTET (Stand {found}, benötigt {})", step_store::TENANT_VERSION)
            }
        };
        println!("{:<14} {:<16} {text}", t.slug, t.schema);
    }
    if behind > 0 {
        anyhow::bail!("{behind} Schema(s) sind nicht aktuell: `step migrate` ausführen");
    }
    println!("Alle {} Gemeinden gültig und aktuell.", tenants.len());
    Ok(())
}

/// The session limits of `[auth]`: both at least a minute, the idle one no longer than the absolute.
fn session_limits(a: &crate::config::Auth) -> anyhow::Result<step_store::SessionLimits> {
    anyhow::ensure!(
        a.session_idle_minutes >= 1
            && a.session_absolute_hours >= 1
            && a.session_idle_minutes <= a.session_absolute_hours * 60,
        "auth.session_idle_minutes ({}) muss zwischen 1 und auth.session_absolute_hours × 60 ({}) liegen",
        a.session_idle_minutes,
        a.session_absolute_hours * 60
    );
    Ok(step_store::SessionLimits {
        idle: std::time::Duration::from_secs(a.session_idle_minutes * 60),
        absolute: std::time::Duration::from_secs(a.session_absolute_hours * 3600),
    })
}

/// The metrics listener (`server.metrics_listen`, off when empty), apart from the portal's.
async fn serve_metrics(state: &step_portal::AppState, listen: &str) -> anyhow::Result<()> {
    if !listen.is_empty() {
        let bound = step_portal::serve_metrics(state.clone(), listen)
            .await
            .with_context(|| format!("binding {listen} for metrics"))?;
        tracing::info!(addr = %bound, "metrics on http://{bound}/metrics");
    }
    Ok(())
}

async fn serve(settings: &Settings, tenants: Vec<Tenant>, listen: Option<String>) -> anyhow::Result<()> {
    let store = connect(settings).await?;
    let a = &settings.auth;
    let config = step_portal::PortalConfig {
        scheme: a.scheme.clone(),
        secure_cookies: a.secure_cookies,
        public_hosts: a.public_hosts.clone(),
        loopback_hosts: a.loopback_hosts,
        request_timeout: std::time::Duration::from_secs(settings.server.request_timeout_seconds.max(1)),
        transfer_timeout: std::time::Duration::from_secs(settings.server.transfer_timeout_seconds.max(1)),
        sessions: session_limits(a)?,
        oidc: step_portal::OidcConfig {
            issuer: a.issuer.clone(),
            client_id: a.client_id.clone(),
            client_secret: a.client_secret.clone(),
            roles_claim: (!a.roles_claim.is_empty()).then(|| a.roles_claim.clone()),
        },
        documents: documents_config(&settings.documents),
        metrics_top_tenants: settings.server.metrics_top_tenants,
    };
    let objects = object_store(&settings.documents).await?;
    tracing::info!(documents = %objects.describe(), "document store");
    let state = step_portal::AppState::new(store, tenants, config, objects).await.context("reading tenant status")?;
    state.spawn_document_jobs(std::time::Duration::from_secs(settings.documents.sweep_grace_minutes * 60));
    let addr = listen.unwrap_or_else(|| settings.server.listen.clone());
    let server = step_portal::Server::bind(state.clone(), &addr).await.with_context(|| format!("binding {addr}"))?;
    serve_metrics(&state, &settings.server.metrics_listen).await?;
    if settings.mail.enabled {
        let m = &settings.mail;
        let mailer = step_mail::Mailer::new(&step_mail::MailConfig {
            smtp_host: m.smtp_host.clone(),
            smtp_port: m.smtp_port,
            tls: m.tls,
            username: m.username.clone(),
            password: m.password.clone(),
            from: m.from.clone(),
        })
        .map_err(|e| anyhow::anyhow!("mail settings: {e}"))?;
        // Asked every round: new municipalities join, read-only ones (being moved) wait.
        let follow = state.clone();
        step_mail::spawn_worker(
            state.store().clone(),
            std::sync::Arc::new(move |schema: &str| follow.writable_by_schema(schema)),
            mailer,
            std::time::Duration::from_secs(m.interval_seconds.max(1)),
        );
        tracing::info!(smtp = %format!("{}:{}", m.smtp_host, m.smtp_port), "e-mail worker started");
    }
    let shutdown = shutdown_signal()?;
    tracing::info!(addr = %server.local_addr(), "STEP portal listening on http://{}", server.local_addr());
    server.run(shutdown).await?;
    tracing::info!("shut down cleanly");
    Ok(())
}

pub fn documents_config(d: &crate::config::Documents) -> step_portal::DocumentsConfig {
    let mut c = step_portal::DocumentsConfig::development();
    if !d.spool_dir.is_empty() {
        c.spool_dir = d.spool_dir.clone().into();
    }
    c.templates_dir = (!d.templates_dir.is_empty()).then(|| d.templates_dir.clone().into());
    c.presigned_downloads = d.presigned_downloads;
    c.presign_seconds = d.presign_seconds;
    c
}

/// S3 when an endpoint is configured, else the local directory.
pub async fn object_store(
    d: &crate::config::Documents,
) -> anyhow::Result<std::sync::Arc<dyn step_documents::ObjectStore>> {
    if d.endpoint.is_empty() {
        return Ok(std::sync::Arc::new(step_documents::LocalDir::new(&d.dir)));
    }
    let s3 = step_s3::S3Store::new(&step_s3::S3Settings {
        endpoint: d.endpoint.clone(),
        region: d.region.clone(),
        bucket: d.bucket.clone(),
        access_key: d.access_key.clone(),
        secret_key: d.secret_key.clone(),
        path_style: d.path_style,
        encrypt: d.encrypt,
    });
    if d.create_bucket {
        s3.ensure_bucket().await.map_err(|e| anyhow::anyhow!("creating bucket {}: {e}", d.bucket))?;
    }
    Ok(std::sync::Arc::new(s3))
}

/// SIGTERM (Kubernetes, systemd) or Ctrl-C. The handlers are installed before the portal says it
/// listens, so a signal sent right after that line is never lost to the default action.
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()> + Send + 'static> {
    #[cfg(unix)]
    let mut term =
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).context("SIGTERM handler")?;
    Ok(async move {
        #[cfg(unix)]
        let term = term.recv();
        #[cfg(not(unix))]
        let term = std::future::pending::<Option<()>>();
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {},
            _ = term => {},
        }
        tracing::info!("shutdown signal received, finishing requests in flight");
    })
}

/// Who the audit logs name for changes made with this binary.
pub(crate) fn cli_actor() -> step_store::Actor {
    step_store::Actor { id: "cli".into(), role: "operator".into() }
}
