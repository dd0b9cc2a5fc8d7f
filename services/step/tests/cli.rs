//! The `step` binary as an operator runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// `step` with the repository's configuration and the given tenant directory.
fn step_command(tenants_dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_step"));
    c.args(args)
        .env("STEP_CONFIG_DIR", repo().join("config"))
        .env("STEP__TENANTS__DIR", tenants_dir)
        .env("RUST_LOG", "error");
    c
}

fn outcome(mut c: Command) -> (bool, String, String) {
    let out = c.output().expect("run step");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn step(tenants_dir: &Path, args: &[&str]) -> (bool, String, String) {
    outcome(step_command(tenants_dir, args))
}

/// A copy of tenants/ in a fresh temporary directory.
fn copy_tenants(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("step-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("logos")).unwrap();
    for entry in std::fs::read_dir(repo().join("tenants"))
        .unwrap()
        .chain(std::fs::read_dir(repo().join("tenants/logos")).unwrap())
    {
        let p = entry.unwrap().path();
        if p.is_file() {
            let rel = p.strip_prefix(repo().join("tenants")).unwrap();
            std::fs::copy(&p, dir.join(rel)).unwrap();
        }
    }
    dir
}

/// A database of its own for one test on the test cluster (`STEP_PG_URL`), dropped when the test
/// ends, passed or failed.
struct TestDb {
    base: String,
    name: String,
}

impl TestDb {
    fn new(label: &str) -> Self {
        let base = std::env::var("STEP_PG_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
        Self { base, name: format!("step_test_{label}_{}", std::process::id()) }
    }

    fn url(&self) -> String {
        format!("{}/{}", self.base, self.name)
    }

    /// `step` with the repository's tenants against this database.
    fn command(&self, args: &[&str]) -> Command {
        let mut c = step_command(&repo().join("tenants"), args);
        c.env("DATABASE_URL", self.url());
        c
    }

    fn run(&self, args: &[&str]) -> (bool, String, String) {
        outcome(self.command(args))
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let drop = format!("drop database if exists {} with (force)", self.name);
        let _ = Command::new("psql").args([&format!("{}/postgres", self.base), "-qc", &drop]).output();
    }
}

#[test]
fn tenants_list_shows_all_24_municipalities() {
    let (ok, out, err) = step(&repo().join("tenants"), &["tenants", "list"]);
    assert!(ok, "{err}");
    assert!(out.contains("ibbenbueren") && out.contains("Ibbenbüren") && out.contains("t_ibbenbueren"));
    assert!(out.trim_end().ends_with("24 Gemeinden"), "{out}");
}

/// `database.lanes` splits `max_connections` (issue 22): none, more than 64, or more lanes than
/// connections stop every command before it connects, naming the setting.
#[test]
fn lanes_outside_their_range_stop_start_up_naming_the_setting() {
    for (lanes, connections) in [("0", "4"), ("65", "64"), ("8", "4")] {
        let mut c = step_command(&repo().join("tenants"), &["tenants", "list"]);
        c.env("STEP__DATABASE__LANES", lanes).env("STEP__DATABASE__MAX_CONNECTIONS", connections);
        let (ok, out, err) = outcome(c);
        assert!(!ok && out.is_empty(), "lanes {lanes}: {out}");
        assert!(err.contains("database.lanes") && err.contains(&format!("is {lanes}")), "{err}");
    }
    let mut c = step_command(&repo().join("tenants"), &["tenants", "list"]);
    c.env("STEP__DATABASE__LANES", "4").env("STEP__DATABASE__MAX_CONNECTIONS", "4");
    let (ok, out, err) = outcome(c);
    assert!(ok && out.trim_end().ends_with("24 Gemeinden"), "{err}");
}

#[test]
fn a_malformed_tenant_file_stops_start_up_naming_the_file_and_the_field() {
    let cases = [
        ("lat = 52.2799", "lat = \"Rheine\"", "field `geo.lat`"),
        ("primary_color = \"#5d4037\"", "primary_color = \"#f0f0f0\"", "field `branding.primary_color`"),
        ("office = \"rheine\"", "office = \"unbekannt\"", "field `office`"),
        ("[contact]", "[contact]\nfax = \"1\"", "field `contact.fax`"),
        ("slug = \"rheine\"", "slug = \"rheine", "not valid TOML"),
    ];
    for (i, (from, to, expected)) in cases.iter().enumerate() {
        let dir = copy_tenants(&format!("bad{i}"));
        let file = dir.join("rheine.toml");
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains(from), "fixture drifted: {from}");
        std::fs::write(&file, text.replacen(from, to, 1)).unwrap();
        for args in [&["tenants", "list"][..], &["serve", "--listen", "127.0.0.1:0"][..]] {
            let (ok, _, err) = step(&dir, args);
            assert!(!ok, "{args:?} must refuse to start");
            assert!(err.contains("rheine.toml"), "{err}");
            assert!(err.contains(expected), "expected {expected} in {err}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn serve_stops_cleanly_on_sigterm() {
    use std::io::{BufRead, BufReader};
    let db = TestDb::new("cli");
    let mut child = db
        .command(&["serve", "--listen", "127.0.0.1:0"])
        .env("RUST_LOG", "info")
        .env("NO_COLOR", "1")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn step serve");
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let listening = lines.by_ref().map_while(Result::ok).any(|l| l.contains("listening on http://127.0.0.1:"));
    assert!(listening, "the server reports its address");
    let killed = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    let status = child.wait().unwrap();
    assert!(status.success(), "exit status {status}: {rest:?}");
    assert!(rest.iter().any(|l| l.contains("shut down cleanly")), "{rest:?}");
}

#[test]
fn roles_are_granted_listed_and_revoked_and_bad_ones_change_nothing() {
    let db = TestDb::new("roles");
    let run = |args: &[&str]| db.run(args);
    let grant =
        ["roles", "grant", "--subject", "lead-1", "--role", "facility_lead", "--tenant", "rheine", "--scope", "kita-1"];
    let (ok, out, err) = run(&grant);
    assert!(ok, "{err}");
    assert!(out.starts_with("Vergeben: facility_lead in rheine"), "{out}");
    assert!(run(&grant).1.starts_with("Bestand schon"), "granting twice changes nothing");
    for (bad, says) in [
        (["roles", "grant", "--subject", "x", "--role", "king", "--tenant", "rheine"], "unbekannte Rolle"),
        (["roles", "grant", "--subject", "x", "--role", "parent", "--tenant", "atlantis"], "unbekannte Gemeinde"),
        (["roles", "grant", "--subject", " ", "--role", "parent", "--tenant", "rheine"], "--subject"),
    ] {
        let (ok, _, err) = run(&bad);
        assert!(!ok && err.contains(says), "{bad:?}: {err}");
    }
    let (_, list, _) = run(&["roles", "list"]);
    assert!(list.contains("rheine") && list.contains("lead-1 (Bereich kita-1)"), "{list}");
    assert!(list.trim_end().ends_with("1 Rollenzuweisungen"), "the refused grants stored nothing: {list}");
    let revoke = [
        "roles",
        "revoke",
        "--subject",
        "lead-1",
        "--role",
        "facility_lead",
        "--tenant",
        "rheine",
        "--scope",
        "kita-1",
    ];
    assert!(run(&revoke).1.starts_with("Entzogen"));
    assert!(run(&["roles", "list"]).1.trim_end().ends_with("0 Rollenzuweisungen"));
}

#[test]
fn maintenance_is_switched_listed_and_bad_input_changes_nothing() {
    let db = TestDb::new("maint");
    let run = |args: &[&str]| db.run(args);
    assert!(run(&["migrate"]).0, "migrate");
    assert!(run(&["tenants", "maintenance"]).1.contains("Keine Gemeinde"));
    let (ok, out, err) = run(&["tenants", "maintenance", "rheine", "on"]);
    assert!(ok, "{err}");
    assert_eq!(out.trim(), "Rheine: Wartungsmodus an");
    for (bad, says) in [
        (vec!["tenants", "maintenance", "atlantis", "on"], "unbekannte Gemeinde"),
        (vec!["tenants", "maintenance", "greven", "vielleicht"], "on oder off"),
        (vec!["tenants", "maintenance", "greven"], "on oder off"),
    ] {
        let (ok, _, err) = run(&bad);
        assert!(!ok && err.contains(says), "{bad:?}: {err}");
    }
    assert_eq!(run(&["tenants", "maintenance"]).1.trim(), "Im Wartungsmodus: rheine", "only Rheine");
    assert!(run(&["tenants", "maintenance", "rheine", "off"]).0);
    assert!(run(&["tenants", "maintenance"]).1.contains("Keine Gemeinde"));
}

#[test]
fn tenants_apply_adds_and_changes_a_municipality_and_move_refuses_bad_input() {
    let db = TestDb::new("apply");
    let run = |args: &[&str]| db.run(args);
    assert!(run(&["migrate"]).0, "migrate");
    let dir = std::env::temp_dir().join(format!("step-cli-apply-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(repo().join("tenants/logos/laer.svg"), dir.join("wappen.svg")).unwrap();
    let file = dir.join("musterstadt.toml");
    let text = std::fs::read_to_string(repo().join("tenants/laer.toml"))
        .unwrap()
        .replace("\"laer\"", "\"musterstadt\"")
        .replace("\"Laer\"", "\"Musterstadt\"")
        .replace("t_laer", "t_musterstadt")
        .replace("laer.step.localhost", "musterstadt.step.localhost")
        .replace("logos/laer.svg", "wappen.svg");
    let write = |t: &str| std::fs::write(&file, t).unwrap();
    let apply = || run(&["tenants", "apply", file.to_str().unwrap()]);

    // Bad files first: nothing is stored.
    for (from, to, says) in [
        ("primary_color = \"#0b5d3b\"", "primary_color = \"#eeeeee\"", "branding.primary_color"),
        ("musterstadt.step.localhost", "rheine.step.localhost", "gehört schon zu Rheine"),
        ("wappen.svg", "fehlt.svg", "branding.logo"),
    ] {
        assert!(text.contains(from), "fixture drifted: {from}");
        write(&text.replacen(from, to, 1));
        let (ok, _, err) = apply();
        assert!(!ok && err.contains(says), "{to}: {err}");
    }
    let (_, listed, _) = run(&["tenants", "list"]);
    assert!(listed.trim_end().ends_with("24 Gemeinden"), "{listed}");

    write(&text);
    let (ok, out, err) = apply();
    assert!(ok, "{err}");
    assert!(out.contains("Musterstadt angelegt: Schema t_musterstadt migriert"), "{out}");
    let (_, listed, _) = run(&["tenants", "list"]);
    assert!(listed.trim_end().ends_with("25 Gemeinden"), "{listed}");
    assert!(listed.lines().any(|l| l.starts_with("musterstadt") && l.contains(" main ")), "{listed}");
    assert!(run(&["tenants", "check"]).0, "the new schema is migrated");
    write(&text.replace("#0b5d3b", "#2b3a67"));
    let (ok, out, err) = apply();
    assert!(ok && out.contains("Musterstadt: Änderungen gespeichert"), "{out}{err}");

    for (bad, says) in [
        (vec!["tenants", "move", "atlantis", "second"], "unbekannte Gemeinde"),
        (vec!["tenants", "move", "rheine", "mars"], "cluster `mars` is not configured"),
        (vec!["tenants", "move", "rheine", "main"], "already on cluster `main`"),
        (vec!["tenants", "move", "rheine", "main", "--grace-seconds", "1000"], "zwischen 0 und 300"),
    ] {
        let (ok, _, err) = run(&bad);
        assert!(!ok && err.contains(says), "{bad:?}: {err}");
    }
    assert!(run(&["tenants", "maintenance"]).1.contains("Keine Gemeinde"), "a refused move leaves nothing read-only");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `step tenants generate` resumed after a run stopped at each step of a municipality (issue 22):
/// before its schema and platform rows, after its schema but before its version row (the portal
/// answers 503 for it), and before its facilities; one's settings differ from its definition and
/// one was changed by an operator since, whose platform row then drifted. The second run makes
/// none anew, finishes all of them from their stored definitions, keeps the operator's change and
/// writes the drifted row back (a row that agrees is left alone), and each audit log says once who
/// made the municipality; `tenants check` reads what the portal reads. An unknown cluster is
/// refused and writes nothing.
#[test]
fn tenants_generate_finishes_what_a_stopped_run_left_behind() {
    let db = TestDb::new("generate");
    let run = |args: &[&str]| db.run(args);
    let sql = |q: &str| {
        let out = Command::new("psql").args([&db.url(), "-XAtqc", q]).output().expect("psql");
        assert!(out.status.success(), "{q}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    assert!(run(&["migrate"]).0, "migrate");
    let generated = "select count(*) from platform.tenant_definitions where slug like 'g0%'";

    let (ok, _, err) = run(&["tenants", "generate", "2", "--from", "900", "--cluster", "mars"]);
    assert!(!ok && err.contains("Cluster `mars` ist nicht eingerichtet"), "{err}");
    assert_eq!(sql(generated), "0", "a refused run stores nothing");

    let (ok, out, err) = run(&["tenants", "generate", "4", "--from", "900", "--schemas-only", "--parallel", "2"]);
    assert!(ok && out.contains("4 erzeugte Gemeinden (4 neu angelegt"), "{out}{err}");
    let schemas = sql("select schema from platform.schema_versions where schema like 't_g0%' order by 1");
    let schemas: Vec<&str> = schemas.lines().collect();
    assert_eq!(schemas.len(), 4, "{schemas:?}");
    let (before_row, before_schema, before_settings, changed) = (schemas[0], schemas[1], schemas[2], schemas[3]);
    // The states a kill leaves (a schema's own transaction either committed or did not).
    sql(&format!(
        "delete from platform.schema_versions where schema = '{before_row}';
         set session_replication_role = replica; -- the audit log is append-only; a kill left it empty
         delete from {before_row}.audit_log where action = 'tenant_created'"
    ));
    sql(&format!(
        "drop schema {before_schema} cascade; delete from step_work.due where schema = '{before_schema}';
         delete from platform.schema_versions where schema = '{before_schema}'"
    ));
    sql(&format!("update {before_settings}.settings set max_choices = 2"));
    // An operator changed one since (`tenants apply`, a host name as well): a resumed run keeps it.
    let definition = sql(&format!(
        "select d.definition from platform.tenant_definitions d join platform.tenants t using (slug)
         where t.schema_name = '{changed}'"
    ));
    assert!(definition.contains("hosts = []"), "{definition}");
    let definition = definition.replace("hosts = []", r#"hosts = ["g0-test.example"]"#);
    let file = std::env::temp_dir().join(format!("step-cli-generated-{}.toml", std::process::id()));
    std::fs::write(&file, format!("{definition}\n[procedure]\nmax_choices = 3\n")).unwrap();
    let (ok, out, err) = run(&["tenants", "apply", file.to_str().unwrap()]);
    assert!(ok && out.contains("Änderungen gespeichert"), "{out}{err}");
    let _ = std::fs::remove_file(&file);
    // Its platform row drifted from the definition (name and hosts): it is written back. Another
    // one that says what its definition says is left alone.
    let row = |schema: &str| {
        sql(&format!("select name || ' ' || hosts::text from platform.tenants where schema_name = '{schema}'"))
    };
    let stored_row = row(changed);
    let name = stored_row.split(" {").next().unwrap_or_default().to_owned();
    assert!(definition.contains(&format!("name = \"{name}\"")), "{stored_row}: {definition}");
    assert!(stored_row.ends_with(" {g0-test.example}"), "{stored_row}");
    sql(&format!(
        "update platform.tenants set name = 'Irgendwo', hosts = '{{x.example}}' where schema_name = '{changed}'"
    ));
    let stamp = |schema: &str| sql(&format!("select updated_at from platform.tenants where schema_name = '{schema}'"));
    let untouched = stamp(before_settings);
    let (ok, out, _) = run(&["tenants", "check"]);
    assert!(!ok, "two are not served: {out}");
    for schema in [before_row, before_schema] {
        assert!(out.lines().any(|l| l.contains(schema) && l.contains("VERALTET")), "{schema}: {out}");
    }
    assert!(out.lines().any(|l| l.contains(before_settings) && l.contains("aktuell")), "{out}");

    let (ok, out, err) = run(&["tenants", "generate", "4", "--from", "900", "--parallel", "2"]);
    assert!(ok && out.contains("4 erzeugte Gemeinden (0 neu angelegt"), "{out}{err}");
    let (ok, out, err) = run(&["tenants", "check"]);
    assert!(ok && out.contains("gültig und aktuell"), "{out}{err}");
    assert_eq!(sql(generated), "4");
    assert_eq!(sql("select count(*) from platform.tenants where slug like 'g0%'"), "4", "each has its platform row");
    assert_eq!(row(changed), stored_row, "a drifted platform row is written back");
    assert_eq!(stamp(before_settings), untouched, "a platform row that agrees is left alone");
    for schema in &schemas {
        let created = sql(&format!("select count(*) from {schema}.audit_log where action = 'tenant_created'"));
        assert_eq!(created, "1", "{schema}: its audit log says once who made it");
        let facilities: usize = sql(&format!("select count(*) from {schema}.facilities")).parse().unwrap();
        assert!(facilities > 0, "{schema} has its demo facilities");
        let limit = if *schema == changed { "3" } else { "5" };
        assert_eq!(sql(&format!("select max_choices from {schema}.settings")), limit, "{schema}");
    }
}

/// `step tenants generate --cluster second` killed while it claims a municipality (issue 22): its
/// definition and the directory entry naming its cluster are stored together or not at all, so the
/// resumed run makes the schema on the cluster asked, never on `main`; one already made stays where
/// it is. A second database on the test server stands for the second cluster.
#[test]
fn a_generate_killed_while_claiming_leaves_the_definition_with_its_cluster() {
    let (main, second) = (TestDb::new("gencl"), TestDb::new("gencl2"));
    let command = |args: &[&str]| {
        let mut c = main.command(args);
        c.env("STEP__CLUSTERS__SECOND__URL", second.url());
        c
    };
    let sql = |db: &TestDb, q: &str| {
        let out = Command::new("psql").args([&db.url(), "-XAtqc", q]).output().expect("psql");
        assert!(out.status.success(), "{q}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    assert!(outcome(command(&["migrate"])).0, "migrate");
    // Writing the second one's directory entry takes two seconds: time to kill the run.
    sql(
        &main,
        "create function platform.slow() returns trigger language plpgsql as $$ begin perform pg_sleep(2); return new; end $$;
         create trigger slow before insert on platform.tenants for each row
         when (new.slug like 'g00971%') execute function platform.slow()",
    );
    let generate =
        ["tenants", "generate", "2", "--from", "970", "--schemas-only", "--parallel", "1", "--cluster", "second"];
    let mut run = command(&generate).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().expect("step");
    let sleeping =
        "select count(*) from pg_stat_activity where wait_event = 'PgSleep' and datname = current_database()";
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while sql(&main, sleeping) != "1" {
        if let Some(status) = run.try_wait().expect("step") {
            let err = run.stderr.take().map(std::io::read_to_string);
            panic!("the run ended ({status}) before its claim was seen: {err:?}");
        }
        if std::time::Instant::now() > deadline {
            let _ = run.kill();
            panic!("the claim was never seen sleeping");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    run.kill().expect("kill");
    run.wait().expect("killed");
    // Dropping the trigger waits for the claim's transaction to end, committed or not.
    sql(&main, "drop trigger slow on platform.tenants");
    let defined =
        |slug: &str| sql(&main, &format!("select count(*) from platform.tenant_definitions where slug like '{slug}%'"));
    let on_second = |slug: &str| {
        sql(&main, &format!("select count(*) from platform.tenants where slug like '{slug}%' and cluster = 'second'"))
    };
    assert_eq!((defined("g00970"), on_second("g00970")), ("1".into(), "1".into()), "the first one was made");
    let stopped = defined("g00971");
    assert_eq!(on_second("g00971"), stopped, "the second's definition is stored with its cluster, or neither is");

    let (ok, out, err) = outcome(command(&generate));
    let made = if stopped == "1" { "0" } else { "1" };
    assert!(ok && out.contains(&format!("2 erzeugte Gemeinden ({made} neu angelegt")), "{out}{err}");
    let schemas = sql(&main, "select schema_name from platform.tenants where cluster = 'second' order by 1");
    let schemas: Vec<&str> = schemas.lines().collect();
    assert_eq!(schemas.len(), 2, "{schemas:?}");
    let has =
        |db: &TestDb, schema: &str| sql(db, &format!("select count(*) from pg_namespace where nspname = '{schema}'"));
    for schema in &schemas {
        assert_eq!(has(&second, schema), "1", "{schema} is on the cluster asked");
        assert_eq!(has(&main, schema), "0", "{schema} is not on main");
    }
    let (ok, out, err) = outcome(command(&["tenants", "check"]));
    assert!(ok && out.contains("gültig und aktuell"), "{out}{err}");
}
