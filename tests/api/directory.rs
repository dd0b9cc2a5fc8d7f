//! The tenant directory over two PostgreSQL clusters (issue 7): a municipality moved to the second
//! cluster keeps every row (counts and checksums equal) and keeps working; during the move its
//! writes get the read-only page, never an error; the other municipalities are not disturbed.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::json;
use sqlx::{Connection, PgConnection};
use step_e2e::{Seed, TestApp, pg_base_url, second_cluster_url};
use step_store::Store;

use crate::desk::{api, registered_family};

/// 1 when Steinfurt's schema exists on the cluster asked, else 0.
const STEINFURT_SCHEMA_EXISTS: &str =
    "select case when to_regnamespace('t_steinfurt') is null then 0 else 1 end::bigint";

async fn on_cluster(base: &str, app: &TestApp, sql: &str) -> Option<i64> {
    let db = app.store_options.url.rsplit('/').next().unwrap().to_owned();
    let mut conn = PgConnection::connect(&format!("{base}/{db}")).await.expect("connect");
    sqlx::query_scalar::<_, Option<i64>>(sql).fetch_one(&mut conn).await.expect("query")
}

/// Requests `path` (GET, or PUT with `body`) until told to stop; every status seen.
fn keep_requesting(
    client: reqwest::Client,
    url: String,
    body: Option<serde_json::Value>,
    // The session cookie and its form token (issue 19.1), for a writer.
    cookie: Option<(String, String)>,
    stop: Arc<AtomicBool>,
) -> tokio::task::JoinHandle<Vec<u16>> {
    tokio::spawn(async move {
        let mut seen = Vec::new();
        while !stop.load(Ordering::Relaxed) {
            let mut req = match &body {
                Some(b) => client.put(&url).json(b),
                None => client.get(&url),
            };
            if let Some((c, token)) = &cookie {
                req = req.header("cookie", c).header("x-csrf-token", token);
            }
            seen.push(req.send().await.map_or(0, |r| r.status().as_u16()));
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        seen
    })
}

#[tokio::test]
async fn a_municipality_moved_to_the_second_cluster_keeps_its_data_and_keeps_working() {
    let app = TestApp::spawn_with_second_cluster(Seed::Only(&["steinfurt", "rheine"])).await;
    let schema = app.tenant("steinfurt").schema.clone();
    // A family with a child registered at three Kitas: rows in most tables, the audit log included.
    let (parent, registration, _) = registered_family(&app, 1, 2).await;
    let before = app.store.table_checks(&schema).await.unwrap();
    for table in ["facilities", "families", "children", "registrations", "registration_events", "places"] {
        assert!(before.iter().any(|c| c.table == table && c.rows > 0), "fixture has rows in {table}: {before:?}");
    }

    let stop = Arc::new(AtomicBool::new(false));
    let cookie = parent.cookie(app.addr.trim_start_matches("http://").split(':').next().unwrap(), "step_session");
    let token = parent.api_token(&reqwest::Url::parse(&app.addr).unwrap()).await.unwrap();
    let cookie = cookie.map(|c| (format!("step_session={c}"), token));
    let family = json!({"first_name": "Eva", "last_name": "Test", "street": "Markt 1", "postcode": "48565",
                        "city": "Steinfurt", "phone": "02551 1", "email": "eva@example.org"});
    let writer = keep_requesting(
        app.client.clone(),
        format!("{}/api/v1/tenants/steinfurt/family", app.addr),
        Some(family),
        cookie.clone(),
        stop.clone(),
    );
    let reader = keep_requesting(app.client.clone(), format!("{}/steinfurt/suche", app.addr), None, None, stop.clone());
    let neighbour = keep_requesting(app.client.clone(), format!("{}/rheine/suche", app.addr), None, None, stop.clone());
    tokio::time::sleep(Duration::from_millis(300)).await;

    // As `step tenants move steinfurt second` does it: its own connection to both clusters.
    let cli = Store::connect(&app.store_options).await.unwrap();
    cli.load_directory().await.unwrap();
    let report = cli
        .move_tenant("steinfurt", &schema, "second", Duration::from_millis(500), "test", |_| {})
        .await
        .expect("the move succeeds");
    // The portal hears the end of read-only mode (NOTIFY); then writes go on for a moment.
    for _ in 0..100 {
        if !app.state.in_maintenance("steinfurt") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    stop.store(true, Ordering::Relaxed);
    let (writes, reads, others) = (writer.await.unwrap(), reader.await.unwrap(), neighbour.await.unwrap());

    assert_eq!((report.from.as_str(), report.to.as_str()), ("main", "second"));
    // The writer changed the family before the window (same rows, new values): counts as before,
    // checksums as the source had them when it was locked, which the move compared with the copy's.
    let counts = |c: &[step_store::TableCheck]| c.iter().map(|c| (c.table.clone(), c.rows)).collect::<Vec<_>>();
    assert_eq!(counts(&report.tables), counts(&before), "every row was copied");
    assert!(report.leftover.is_none());
    assert_eq!(app.store.cluster_of(&schema), "second", "the portal follows the directory");
    // Read back from the second cluster: rows and checksums equal the source's, except the family
    // row, which the writer went on changing once writes were allowed again.
    let after = app.store.table_checks(&schema).await.unwrap();
    let unwritten =
        |c: &[step_store::TableCheck]| c.iter().filter(|c| c.table != "families").cloned().collect::<Vec<_>>();
    assert_eq!(unwritten(&after), unwritten(&report.tables), "read back from the second cluster");
    assert_eq!(counts(&after), counts(&before));
    assert_eq!(
        on_cluster(&pg_base_url(), &app, STEINFURT_SCHEMA_EXISTS).await,
        Some(0),
        "the old schema is gone from the main cluster"
    );
    assert!(on_cluster(second_cluster_url(), &app, "select count(*) from t_steinfurt.families").await >= Some(1));

    assert!(others.iter().all(|s| *s == 200), "Rheine was served throughout: {others:?}");
    // Reads go on during the copy; a read caught by the final fence (the old schema is dropped
    // under it) gets the 503 "being updated" page, never an error.
    assert!(reads.iter().all(|s| *s == 200 || *s == 503), "Steinfurt reads got 200 or 503: {reads:?}");
    let read_ok = reads.iter().filter(|s| **s == 200).count();
    assert!(read_ok * 10 >= reads.len() * 9, "Steinfurt could be read almost throughout: {reads:?}");
    assert!(writes.iter().all(|s| *s == 200 || *s == 503), "writes got 200 or the read-only 503: {writes:?}");
    assert!(writes.contains(&503), "the read-only window was seen by writers");
    assert_eq!(writes.last(), Some(&200), "writes work again after the move: {writes:?}");
    assert!(!app.state.in_maintenance("steinfurt"), "read-only mode is off again");

    // Still working on the new cluster: the account shows the registration, a write lands there.
    let (status, body) = api(&parent, &app, Method::GET, "/api/v1/tenants/steinfurt/registrations", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.to_string().contains(&registration), "{body}");
    // The account page reads the session (platform, main) and the family (second) separately here.
    let account_page = || async { parent.get(&format!("{}/steinfurt/konto", app.addr)).await.text().await.unwrap() };
    assert!(account_page().await.contains(&registration), "the account page works on the second cluster");
    let (status, _) = api(
        &parent,
        &app,
        Method::PUT,
        "/api/v1/tenants/steinfurt/family",
        Some(json!({"first_name": "Eva", "last_name": "Test", "street": "Markt 1", "postcode": "48565",
                     "city": "Steinfurt", "phone": "02551 99", "email": "eva@example.org"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        on_cluster(second_cluster_url(), &app, "select count(*) from t_steinfurt.families where phone = '02551 99'")
            .await,
        Some(1)
    );

    // A process configured without the second cluster (a replica with an old config, say) neither
    // serves Steinfurt from main nor creates an empty schema there.
    let blind = Store::connect(&step_store::StoreOptions::new(app.store_options.url.clone())).await.unwrap();
    blind.load_directory().await.unwrap();
    assert_eq!(blind.tenant_status(&schema).await.unwrap(), step_store::MigrationStatus::Behind { found: 0 });
    let err = blind.migrate_tenant(&schema).await.unwrap_err();
    assert!(err.to_string().contains("cluster `second`, which has no URL here"), "{err}");
    assert_eq!(on_cluster(&pg_base_url(), &app, STEINFURT_SCHEMA_EXISTS).await, Some(0));
    blind.close().await;

    // Refused moves change nothing: to where it is, to an unknown cluster.
    let err = cli.move_tenant("steinfurt", &schema, "second", Duration::ZERO, "test", |_| {}).await.unwrap_err();
    assert!(err.to_string().contains("already on cluster `second`"), "{err}");
    let err = cli.move_tenant("steinfurt", &schema, "mars", Duration::ZERO, "test", |_| {}).await.unwrap_err();
    assert!(err.to_string().contains("`mars` is not configured"), "{err}");
    // And back again: the round trip keeps everything too.
    let checks = app.store.table_checks(&schema).await.unwrap();
    let back = cli.move_tenant("steinfurt", &schema, "main", Duration::from_millis(200), "test", |_| {}).await.unwrap();
    assert_eq!(back.tables, checks);
    assert_eq!(app.store.table_checks(&schema).await.unwrap(), checks);
    assert!(account_page().await.contains(&registration), "and back on main, in one statement again");
    cli.close().await;
    app.cleanup().await;
}

#[tokio::test]
async fn a_move_that_cannot_finish_leaves_the_municipality_where_it_was() {
    let app = TestApp::spawn_with_second_cluster(Seed::Only(&["laer"])).await;
    let schema = app.tenant("laer").schema.clone();
    let before = app.store.table_checks(&schema).await.unwrap();
    // A schema of that name already on the target (an interrupted earlier move, say).
    let db = app.store_options.url.rsplit('/').next().unwrap().to_owned();
    let mut target = PgConnection::connect(&format!("{}/{db}", second_cluster_url())).await.unwrap();
    sqlx::query("create schema t_laer").execute(&mut target).await.unwrap();
    let err = app.store.move_tenant("laer", &schema, "second", Duration::ZERO, "test", |_| {}).await.unwrap_err();
    assert!(err.to_string().contains("already exists on cluster `second`"), "{err}");
    assert_eq!(app.store.cluster_of(&schema), "main");
    assert_eq!(app.store.table_checks(&schema).await.unwrap(), before);
    assert!(!app.state.in_maintenance("laer"), "not left read-only");
    assert_eq!(app.page("/laer/suche").await.0, StatusCode::OK);
    let (status, _) = app.json("/api/v1/tenants/laer/facilities").await;
    assert_eq!(status, StatusCode::OK);
    app.cleanup().await;
}

/// Lanes (issue 22): with `lanes = 3` the cluster's `max_connections` are split into three pools,
/// and a municipality's statements use only its own, however many run at once; every municipality
/// is still served (each by one of the three), the portal's journey works over them, and the
/// operator's pool figure counts every lane.
#[tokio::test]
async fn lanes_keep_each_municipality_on_one_pool_and_serve_all() {
    let app = TestApp::spawn_with_store(Seed::Only(&["rheine"]), |o| {
        o.lanes = 3;
        o.max_connections = 6;
    })
    .await;
    // A process of its own with the same options: only this test's statements open its connections.
    let store = Store::connect(&app.store_options).await.unwrap();
    store.load_directory().await.unwrap();
    let main = |s: &Store| s.pool_stats().into_iter().find(|p| p.0 == "main").map(|p| (p.1, p.3)).unwrap();
    let (opened_at_start, max) = main(&store);
    assert_eq!(max, 6, "three lanes of two connections");
    let rheine = store.tenant(&app.tenant("rheine").schema);
    let counts = futures_util::future::join_all((0..12).map(|_| rheine.facility_count())).await;
    assert!(counts.iter().all(|c| *c.as_ref().unwrap() > 10), "{counts:?}");
    let (open, _) = main(&store);
    assert!(open <= opened_at_start + 2, "Rheine opened {open} connections, its lane has 2");
    // Every municipality at once: all answer, over more than one lane.
    let all = futures_util::future::join_all(app.tenants.iter().map(|t| {
        let db = store.tenant(&t.schema);
        async move { db.facility_count().await }
    }))
    .await;
    assert!(all.iter().all(Result::is_ok), "{all:?}");
    let (open, _) = main(&store);
    assert!(open > 2 && open <= 6, "{open} connections open over the three lanes");
    // The portal itself on lanes: Rheine's Kitas are found and a family registers.
    let ids = crate::support::kitas(&app, "rheine").await;
    assert!(ids.len() > 10);
    let (parent, child) = crate::support::parent_with_child(&app, 0, "rheine", 1300).await;
    let start = step_domain::search::format_date(crate::support::season());
    let (status, _) = crate::support::register(&app, &parent, "rheine", &child, &ids[0], 35, &start).await;
    assert_eq!(status, StatusCode::CREATED);
    store.close().await;
    app.cleanup().await;
}

/// `step tenants generate --cluster` (issue 22, a country over several clusters): a municipality
/// provisioned on the second cluster has its schema there and nowhere else, the directory says so,
/// and the portal serves it at once. A cluster without a URL is refused before anything is written;
/// an add that fails after its schema was made leaves nothing behind.
#[tokio::test]
async fn a_municipality_is_made_on_the_cluster_asked_and_an_unknown_cluster_changes_nothing() {
    let app = TestApp::spawn_with_second_cluster(Seed::None).await;
    let offices = step_domain::tenant::offices_of(&app.tenants);
    let ids: Vec<&str> = offices.keys().map(String::as_str).collect();
    let parse = |i: usize| {
        let text = step_domain::generate::definition(i, &ids);
        step_domain::tenant::parse_tenant("generated", &text, &offices, |_| Err("no logo".to_owned())).unwrap()
    };
    let actor = step_store::Actor { id: "test".into(), role: "operator".into() };

    // Refused: nothing stored, no schema anywhere.
    let stray = parse(7);
    let refused = app.store.provision_tenant(&stray, &stray.definition_toml(false), None, &actor, "third").await;
    assert!(matches!(&refused, Err(step_store::Error::Url(m)) if m.contains("`third`")), "{refused:?}");
    let exists = format!("select count(*) from pg_namespace where nspname = '{}'", stray.schema);
    assert_eq!(on_cluster(&pg_base_url(), &app, &exists).await, Some(0));
    assert_eq!(on_cluster(second_cluster_url(), &app, &exists).await, Some(0));
    let defined = format!("select count(*) from platform.tenant_definitions where slug = '{}'", stray.slug);
    assert_eq!(on_cluster(&pg_base_url(), &app, &defined).await, Some(0));

    // Failed after its schema was made (a limit the settings refuse; a file could not say it):
    // the schema, the definition, the directory row and the migration version all go.
    let mut failing = parse(8);
    failing.procedure.max_choices = 11;
    let failed = app.store.provision_tenant(&failing, &failing.definition_toml(false), None, &actor, "second").await;
    assert!(failed.is_err(), "{failed:?}");
    let left = format!(
        "select (select count(*) from platform.tenant_definitions where slug = '{0}')
              + (select count(*) from platform.tenants where slug = '{0}')
              + (select count(*) from platform.schema_versions where schema = '{1}')",
        failing.slug, failing.schema
    );
    assert_eq!(on_cluster(&pg_base_url(), &app, &left).await, Some(0), "the platform keeps nothing of it");
    let exists = format!("select count(*) from pg_namespace where nspname = '{}'", failing.schema);
    assert_eq!(on_cluster(second_cluster_url(), &app, &exists).await, Some(0));

    let tenant = parse(3);
    app.store.provision_tenant(&tenant, &tenant.definition_toml(false), None, &actor, "second").await.unwrap();
    let exists = format!("select count(*) from pg_namespace where nspname = '{}'", tenant.schema);
    assert_eq!(on_cluster(second_cluster_url(), &app, &exists).await, Some(1));
    assert_eq!(on_cluster(&pg_base_url(), &app, &exists).await, Some(0));
    let placed = format!("select count(*) from platform.tenants where slug = '{}' and cluster = 'second'", tenant.slug);
    assert_eq!(on_cluster(&pg_base_url(), &app, &placed).await, Some(1));
    // Served at once, by a portal that learns of it from the platform schema.
    app.state.refresh_status().await.unwrap();
    let (status, page) = app.page(&format!("/{}/", tenant.slug)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&tenant.name), "{}", &page[..page.len().min(400)]);
    app.cleanup().await;
}

/// A replica parses each run-time definition once (issue 22: one change among 10,789 re-reads
/// that one): a definition stored anew is read again, one whose time of storing did not change is
/// not (here edited behind the platform's back, which nothing in STEP does), one stored anew at an
/// older time than the newest (two edits at once) is, a removed one (as a failed add leaves it) is
/// no longer served, and the others serve throughout.
#[tokio::test]
async fn a_replica_rereads_only_the_definitions_stored_since_it_last_looked() {
    let app = TestApp::spawn_with(Seed::None).await;
    let offices = step_domain::tenant::offices_of(&app.tenants);
    let ids: Vec<&str> = offices.keys().map(String::as_str).collect();
    let actor = step_store::Actor { id: "test".into(), role: "operator".into() };
    let mut made = Vec::new();
    for i in [11, 12] {
        let text = step_domain::generate::definition(i, &ids);
        let t = step_domain::tenant::parse_tenant("generated", &text, &offices, |_| Err("no logo".to_owned())).unwrap();
        app.store.provision_tenant(&t, &t.definition_toml(false), None, &actor, "main").await.unwrap();
        made.push(t);
    }
    let (changed, kept) = (&made[0], &made[1]);
    app.state.refresh_status().await.unwrap();
    let name_of = |slug: &str| app.state.registry().by_slug(slug).map(|t| t.name.clone());
    assert_eq!(name_of(changed.slug.as_str()), Some(changed.name.clone()));
    let rename = |slug: &str, name: &str, stored: &str| {
        format!(
            "update platform.tenant_definitions set definition = regexp_replace(definition, '^name = \"[^\"]*\"',
               'name = \"{name}\"', 'n'), updated_at = {stored} where slug = '{slug}'"
        )
    };
    let mut db = app.db().await;
    for sql in
        [rename(changed.slug.as_str(), "Neustadt", "now()"), rename(kept.slug.as_str(), "Altstadt", "updated_at")]
    {
        assert_eq!(sqlx::query(&sql).execute(&mut db).await.unwrap().rows_affected(), 1, "{sql}");
    }
    app.state.refresh_status().await.unwrap();
    assert_eq!(name_of(changed.slug.as_str()).as_deref(), Some("Neustadt"), "stored anew: read again");
    assert_eq!(name_of(kept.slug.as_str()), Some(kept.name.clone()), "stored at the same time: not read again");
    let (status, page) = app.page(&format!("/{}/", changed.slug)).await;
    assert!(status == StatusCode::OK && page.contains("Neustadt"), "{status}");
    // Of two edits at once, the one committed last may carry the older time: it is read all the same.
    let older = "(select min(updated_at) - interval '1 second' from platform.tenant_definitions)";
    let sql = rename(kept.slug.as_str(), "Mittelstadt", older);
    assert_eq!(sqlx::query(&sql).execute(&mut db).await.unwrap().rows_affected(), 1, "{sql}");
    app.state.refresh_status().await.unwrap();
    assert_eq!(name_of(kept.slug.as_str()).as_deref(), Some("Mittelstadt"), "stored anew at an older time");

    sqlx::query("delete from platform.tenant_definitions where slug = $1")
        .bind(changed.slug.as_str())
        .execute(&mut db)
        .await
        .unwrap();
    app.state.refresh_status().await.unwrap();
    assert_eq!(name_of(changed.slug.as_str()), None, "a removed definition is no longer served");
    assert_eq!(app.page(&format!("/{}/", changed.slug)).await.0, StatusCode::NOT_FOUND);
    assert_eq!(app.page(&format!("/{}/", kept.slug)).await.0, StatusCode::OK, "the other one serves on");
    assert_eq!(app.page("/rheine/").await.0, StatusCode::OK, "and so do the files");
    app.cleanup().await;
}
