//! `TestApp`: the portal on port 0 against a fresh database, with one method per user action.
//! PostgreSQL comes from `STEP_PG_URL` (set by `./dev test` via scripts/pg.sh), default the
//! machine's server on 127.0.0.1:5432. Logs stay quiet unless `TEST_LOG` is set.

pub mod browser_client;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use reqwest::StatusCode;
use serde_json::Value;
use sqlx::{Connection, Executor, PgConnection};
use step_domain::Tenant;
use step_domain::search::next_kita_year_start;
use step_store::{Store, StoreOptions};
use tokio::sync::oneshot;

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("repo root").to_path_buf()
}

/// The `step` binary beside the running test's executable (built by `./dev test` before the tests run).
pub fn step_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable");
    let step = exe.parent().and_then(|deps| deps.parent()).expect("target directory").join("step");
    assert!(step.exists(), "{} (build it first: cargo build -p step)", step.display());
    step
}

pub fn pg_base_url() -> String {
    std::env::var("STEP_PG_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

/// A second PostgreSQL cluster for the tenant directory tests: `STEP_PG2_URL` when set (./dev test
/// sets it), else a project-local cluster on port 55433 started by scripts/pg.sh.
pub fn second_cluster_url() -> &'static str {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| {
        if let Ok(url) = std::env::var("STEP_PG2_URL") {
            return url;
        }
        let out = std::process::Command::new(repo_root().join("scripts/pg.sh"))
            .args(["ensure", "--port", "55433", "--dir", ".data/pg2"])
            .output()
            .expect("scripts/pg.sh");
        assert!(out.status.success(), "second cluster did not start: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    })
}

fn init_logs() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        if std::env::var_os("TEST_LOG").is_some() {
            let _ = tracing_subscriber::fmt().with_env_filter("info,step_portal=debug").with_test_writer().try_init();
        }
    });
}

pub fn load_tenants() -> Vec<Tenant> {
    step_domain::tenant::load_dir(&repo_root().join("tenants")).expect("the committed tenant files are valid")
}

/// The dev OpenID provider for this test process: `STEP_IDP_URL` when set (./dev test starts one),
/// else `node deploy/dev-idp/server.mjs` on a free port, ended when this process's stdin pipe closes.
pub fn dev_idp() -> &'static str {
    static IDP: OnceLock<String> = OnceLock::new();
    IDP.get_or_init(|| {
        if let Ok(url) = std::env::var("STEP_IDP_URL") {
            return url;
        }
        let dir = repo_root().join("deploy/dev-idp");
        if !dir.join("node_modules").exists() {
            let ok = std::process::Command::new("npm")
                .args(["ci", "--silent"])
                .current_dir(&dir)
                .status()
                .map(|s| s.success());
            assert!(matches!(ok, Ok(true)), "npm ci in deploy/dev-idp failed");
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut child = std::process::Command::new("node")
            .arg(dir.join("server.mjs"))
            .env("IDP_PORT", port.to_string())
            .env("IDP_EXIT_ON_STDIN_END", "1")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("node runs the dev provider");
        use std::io::BufRead;
        let stdout = child.stdout.take().unwrap();
        let mut lines = std::io::BufReader::new(stdout).lines();
        let ready = lines.by_ref().map_while(Result::ok).any(|l| l.starts_with("dev-idp listening on"));
        assert!(ready, "dev provider did not start");
        // Keep the pipe (and so the provider) alive for the life of this test process.
        std::mem::forget(child);
        std::thread::spawn(move || for _ in lines {});
        format!("http://127.0.0.1:{port}")
    })
}

/// Which tenants get demo data (all are migrated).
pub enum Seed {
    All,
    Only(&'static [&'static str]),
    None,
}

pub struct TestApp {
    pub addr: String,
    pub client: reqwest::Client,
    pub store: Store,
    pub tenants: Arc<Vec<Tenant>>,
    pub state: step_portal::AppState,
    /// The local document directory (when not on S3).
    pub documents_dir: PathBuf,
    db_name: String,
    /// The PostgreSQL server (URL without database) the app's database lives on.
    pg_base: String,
    /// Store options (with the second cluster when asked for), for replicas and the CLI's view.
    pub store_options: StoreOptions,
    /// The portal's settings; a replica started after changing them runs with the change.
    pub config: step_portal::PortalConfig,
    objects: Arc<dyn step_documents::ObjectStore>,
    shutdown: Option<oneshot::Sender<()>>,
    replicas: Vec<oneshot::Sender<()>>,
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with(Seed::All).await
    }

    pub async fn spawn_with(seed: Seed) -> Self {
        Self::spawn_full(seed, None, |_| {}).await
    }

    /// With documents in `objects` (default: a fresh local directory) and the documents settings
    /// changed by `configure`.
    pub async fn spawn_full(
        seed: Seed,
        objects: Option<Arc<dyn step_documents::ObjectStore>>,
        configure: impl FnOnce(&mut step_portal::DocumentsConfig),
    ) -> Self {
        Self::spawn_inner(seed, objects, |c| configure(&mut c.documents), |_, _| {}, pg_base_url()).await
    }

    /// With the portal's settings changed by `configure` (secure cookies, session limits, …).
    pub async fn spawn_configured(seed: Seed, configure: impl FnOnce(&mut step_portal::PortalConfig)) -> Self {
        Self::spawn_inner(seed, None, configure, |_, _| {}, pg_base_url()).await
    }

    /// With a second PostgreSQL cluster named `second` (same database name there).
    pub async fn spawn_with_second_cluster(seed: Seed) -> Self {
        let second = |o: &mut StoreOptions, db: &str| {
            o.clusters.push(("second".into(), format!("{}/{db}", second_cluster_url())))
        };
        Self::spawn_inner(seed, None, |_| {}, second, pg_base_url()).await
    }

    /// With the store's options changed by `configure` (e.g. lanes).
    pub async fn spawn_with_store(seed: Seed, configure: impl FnOnce(&mut StoreOptions)) -> Self {
        Self::spawn_inner(seed, None, |_| {}, |o, _| configure(o), pg_base_url()).await
    }

    /// On the PostgreSQL server at `pg_base` (e.g. a cluster of its own that a test stops).
    pub async fn spawn_on(pg_base: &str, seed: Seed) -> Self {
        Self::spawn_inner(seed, None, |_| {}, |_, _| {}, pg_base.to_owned()).await
    }

    async fn spawn_inner(
        seed: Seed,
        objects: Option<Arc<dyn step_documents::ObjectStore>>,
        configure: impl FnOnce(&mut step_portal::PortalConfig),
        store: impl FnOnce(&mut StoreOptions, &str),
        pg_base: String,
    ) -> Self {
        init_logs();
        let db_name = format!("step_test_{}", &uuid::Uuid::new_v4().simple().to_string()[..12]);
        let mut store_options = StoreOptions::new(format!("{pg_base}/{db_name}"));
        store(&mut store_options, &db_name);
        let store = Store::connect(&store_options).await.expect("connect to PostgreSQL");
        let tenants = load_tenants();
        store.migrate_all(&tenants, 4, |_, _| {}).await.expect("migrate");
        let season = next_kita_year_start(time::OffsetDateTime::now_utc().date());
        for t in &tenants {
            let wanted = match &seed {
                Seed::All => true,
                Seed::Only(slugs) => slugs.contains(&t.slug.as_str()),
                Seed::None => false,
            };
            if wanted {
                store.tenant(&t.schema).seed(&step_domain::demo::generate(t, season)).await.expect("seed");
            }
        }
        let mut config = step_portal::PortalConfig::development();
        config.oidc.issuer = dev_idp().to_owned();
        let documents_dir = std::env::temp_dir().join(format!("{db_name}-documents"));
        config.documents.spool_dir = std::env::temp_dir().join(format!("{db_name}-spool"));
        config.documents.templates_dir = Some(repo_root().join("tenants/contracts"));
        configure(&mut config);
        let objects = objects.unwrap_or_else(|| Arc::new(step_documents::LocalDir::new(&documents_dir)));
        let state = step_portal::AppState::new(store.clone(), tenants.clone(), config.clone(), objects.clone())
            .await
            .expect("state");
        let server = step_portal::Server::bind(state.clone(), "127.0.0.1:0").await.expect("bind");
        let addr = format!("http://{}", server.local_addr());
        let (tx, rx) = oneshot::channel();
        tokio::spawn(server.run(async {
            let _ = rx.await;
        }));
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
        Self {
            addr,
            client,
            store,
            tenants: Arc::new(tenants),
            state,
            documents_dir,
            db_name,
            pg_base,
            store_options,
            config,
            objects,
            shutdown: Some(tx),
            replicas: Vec::new(),
        }
    }

    /// Another portal process on the same database (a second replica behind the load balancer),
    /// started from the tenant files like a fresh process. Returns its base URL.
    pub async fn spawn_replica(&mut self) -> String {
        let store = Store::connect(&self.store_options).await.expect("replica connects");
        let state = step_portal::AppState::new(store, load_tenants(), self.config.clone(), self.objects.clone())
            .await
            .expect("replica state");
        let server = step_portal::Server::bind(state, "127.0.0.1:0").await.expect("bind");
        let addr = format!("http://{}", server.local_addr());
        let (tx, rx) = oneshot::channel();
        tokio::spawn(server.run(async {
            let _ = rx.await;
        }));
        self.replicas.push(tx);
        addr
    }

    pub fn tenant(&self, slug: &str) -> &Tenant {
        self.tenants.iter().find(|t| t.slug.as_str() == slug).expect("known tenant")
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.addr)).send().await.expect("request")
    }

    /// A request as a browser on the municipality's own host name would send it.
    pub async fn get_with_host(&self, host: &str, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.addr)).header("host", host).send().await.expect("request")
    }

    pub async fn page(&self, path: &str) -> (StatusCode, String) {
        let res = self.get(path).await;
        (res.status(), res.text().await.expect("body"))
    }

    pub async fn json(&self, path: &str) -> (StatusCode, Value) {
        let res = self.get(path).await;
        let status = res.status();
        let body = res.text().await.expect("body");
        let value = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: not JSON ({e}): {body}"));
        (status, value)
    }

    /// All facilities of a tenant through the API (every page).
    pub async fn all_facilities(&self, slug: &str, query: &str) -> Vec<Value> {
        let mut items = Vec::new();
        for page in 1.. {
            let (status, body) =
                self.json(&format!("/api/v1/tenants/{slug}/facilities?per_page=100&page={page}&{query}")).await;
            assert_eq!(status, StatusCode::OK, "{body}");
            let got = body["items"].as_array().expect("items").clone();
            let done = got.len() < 100;
            items.extend(got);
            if done {
                break;
            }
        }
        items
    }

    /// A plain connection to the test database, for assertions that must look behind the portal.
    pub async fn db(&self) -> PgConnection {
        PgConnection::connect(&format!("{}/{}", self.pg_base, self.db_name)).await.expect("connect")
    }

    /// A digest of every table's rows in every schema (the session rows without their expiry,
    /// which reading pages slides): equal digests mean nothing was written. Left out: what the
    /// background jobs keep on their own clock (the due work in `step_work`, the district's rollup
    /// `platform.figures`), which changes while a test runs without any request.
    pub async fn snapshot(&self) -> std::collections::BTreeMap<String, String> {
        let mut db = self.db().await;
        let tables: Vec<(String, String)> = sqlx::query_as(
            "select table_schema::text, table_name::text from information_schema.tables
             where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')",
        )
        .fetch_all(&mut db)
        .await
        .expect("tables");
        let mut digests = std::collections::BTreeMap::new();
        for (schema, table) in tables {
            if schema == "step_work" || (schema == "platform" && table == "figures") {
                continue;
            }
            let rows = if schema == "platform" && table == "sessions" {
                "(select id, account_id, csrf_token, data from platform.sessions) t".to_owned()
            } else {
                format!("\"{schema}\".\"{table}\" t")
            };
            let digest: String = sqlx::query_scalar(&format!(
                "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from {rows}"
            ))
            .fetch_one(&mut db)
            .await
            .expect("digest");
            digests.insert(format!("{schema}.{table}"), digest);
        }
        digests
    }

    /// Stops the server and drops the database.
    pub async fn cleanup(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        for tx in self.replicas.drain(..) {
            let _ = tx.send(());
        }
        self.store.close().await;
        if !self.store_options.clusters.is_empty()
            && let Ok(mut admin) = PgConnection::connect(&format!("{}/postgres", second_cluster_url())).await
        {
            let _ = admin.execute(format!("drop database if exists {} with (force)", self.db_name).as_str()).await;
        }
        let _ = std::fs::remove_dir_all(&self.documents_dir);
        let mut admin = PgConnection::connect(&format!("{}/postgres", self.pg_base)).await.expect("admin connection");
        let _ = admin.execute(format!("drop database if exists {} with (force)", self.db_name).as_str()).await;
    }
}

/// A real SMTP server on loopback (aiosmtpd, installed by `scripts/tools.sh smtp`) that stores
/// every received e-mail in a maildir.
pub struct SmtpSink {
    pub port: u16,
    dir: PathBuf,
    child: Option<std::process::Child>,
}

impl SmtpSink {
    pub fn free_port() -> u16 {
        std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
    }

    /// The Python that has aiosmtpd.
    fn python() -> &'static str {
        static PYTHON: OnceLock<String> = OnceLock::new();
        PYTHON.get_or_init(|| {
            let out = std::process::Command::new(repo_root().join("scripts/tools.sh"))
                .arg("smtp")
                .output()
                .expect("scripts/tools.sh smtp");
            assert!(out.status.success(), "installing aiosmtpd failed: {}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8_lossy(&out.stdout).trim().to_owned()
        })
    }

    pub fn start(port: u16) -> Self {
        Self::start_with(port, "aiosmtpd.handlers.Mailbox")
    }

    /// A server that answers 550 to recipients beginning with `unbekannt` and 451 to those
    /// beginning with `spaeter` (`tests/smtp_refusing.py`), and stores the rest.
    pub fn start_refusing(port: u16) -> Self {
        Self::start_with(port, "smtp_refusing.Refusing")
    }

    fn start_with(port: u16, handler: &str) -> Self {
        let python = Self::python();
        let dir = std::env::temp_dir().join(format!("step-smtp-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let child = std::process::Command::new(python)
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}"), "-c", handler])
            .arg(&dir)
            .env("PYTHONPATH", repo_root().join("tests"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start aiosmtpd");
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        Self { port, dir, child: Some(child) }
    }

    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// The calendar files (`text/calendar` parts) of every received e-mail, each read by a real
    /// iCalendar parser ([`read_ics`]).
    pub fn calendar_files(&self) -> Vec<serde_json::Value> {
        const PARTS: &str = "import sys, email, email.policy\n\
            m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)\n\
            for p in m.walk():\n\
            \x20   if p.get_content_type() == 'text/calendar': sys.stdout.write(p.get_content() + '\\x00')";
        let mut out = Vec::new();
        for sub in ["new", "cur"] {
            let Ok(entries) = std::fs::read_dir(self.dir.join(sub)) else { continue };
            for e in entries.flatten() {
                let run = std::process::Command::new(Self::python()).arg("-c").arg(PARTS).arg(e.path()).output();
                let run = run.expect("python reads the e-mail");
                assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
                let text = String::from_utf8(run.stdout).expect("UTF-8");
                out.extend(text.split('\0').filter(|t| !t.is_empty()).map(read_ics));
            }
        }
        out
    }

    /// Every received e-mail as a reader sees it: the decoded subject, a blank line and the decoded
    /// text (MIME encodings undone by Python's e-mail parser), for texts beyond ASCII.
    pub fn decoded_messages(&self) -> Vec<String> {
        const DECODE: &str = "import sys, email, email.policy\n\
            m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)\n\
            sys.stdout.write('Subject: ' + str(m['subject']) + '\\n\\n' + m.get_body(preferencelist=('plain',)).get_content())";
        let mut out = Vec::new();
        for sub in ["new", "cur"] {
            let Ok(entries) = std::fs::read_dir(self.dir.join(sub)) else { continue };
            for e in entries.flatten() {
                let run = std::process::Command::new(Self::python()).arg("-c").arg(DECODE).arg(e.path()).output();
                let run = run.expect("python decodes the e-mail");
                assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
                out.push(String::from_utf8(run.stdout).expect("UTF-8"));
            }
        }
        out
    }

    /// Every received e-mail as raw text.
    pub fn messages(&self) -> Vec<String> {
        let mut out = Vec::new();
        for sub in ["new", "cur"] {
            if let Ok(entries) = std::fs::read_dir(self.dir.join(sub)) {
                for e in entries.flatten() {
                    out.push(std::fs::read_to_string(e.path()).unwrap_or_default());
                }
            }
        }
        out
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A real S3-compatible server on loopback (s3s-fs, built once by `scripts/tools.sh s3`), storing
/// objects in a temporary directory. It can be stopped and started again on the same port.
pub struct S3Server {
    pub port: u16,
    pub dir: PathBuf,
    child: Option<std::process::Child>,
}

pub const S3_ACCESS_KEY: &str = "step-test-access";
pub const S3_SECRET_KEY: &str = "step-test-secret-key-0123456789";

impl S3Server {
    fn binary() -> &'static str {
        static BIN: OnceLock<String> = OnceLock::new();
        BIN.get_or_init(|| {
            if let Ok(b) = std::env::var("STEP_S3FS") {
                return b;
            }
            let out = std::process::Command::new(repo_root().join("scripts/tools.sh"))
                .arg("s3")
                .output()
                .expect("scripts/tools.sh s3");
            assert!(out.status.success(), "installing s3s-fs failed: {}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8_lossy(&out.stdout).trim().to_owned()
        })
    }

    pub fn start_new() -> Self {
        let port = SmtpSink::free_port();
        let dir = std::env::temp_dir().join(format!("step-s3-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("s3 dir");
        let mut s = Self { port, dir, child: None };
        s.start();
        s
    }

    pub fn start(&mut self) {
        let child = std::process::Command::new(Self::binary())
            .args(["--host", "127.0.0.1", "--port", &self.port.to_string()])
            .args(["--access-key", S3_ACCESS_KEY, "--secret-key", S3_SECRET_KEY])
            .arg(&self.dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start s3s-fs");
        self.child = Some(child);
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        panic!("s3s-fs did not start on port {}", self.port);
    }

    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn settings(&self, bucket: &str) -> step_s3::S3Settings {
        step_s3::S3Settings {
            endpoint: self.endpoint(),
            region: "eu-central-1".into(),
            bucket: bucket.into(),
            access_key: S3_ACCESS_KEY.into(),
            secret_key: S3_SECRET_KEY.into(),
            path_style: true,
            encrypt: true,
        }
    }

    /// A store on a fresh bucket of this server.
    pub async fn store(&self, bucket: &str) -> step_s3::S3Store {
        let store = step_s3::S3Store::new(&self.settings(bucket));
        store.ensure_bucket().await.expect("create bucket");
        store
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Reads an iCalendar file with Python's `icalendar` (installed by `scripts/tools.sh smtp`), as a
/// calendar program would; panics when it does not parse. Returns the calendar's METHOD and its one
/// event's UID, SEQUENCE, STATUS, SUMMARY, LOCATION and DTSTART/DTEND (ISO 8601).
pub fn read_ics(text: &str) -> serde_json::Value {
    const READ: &str = "import sys, json, icalendar\n\
        cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())\n\
        ev = [c for c in cal.walk('VEVENT')]\n\
        assert len(ev) == 1, ev\n\
        e = ev[0]\n\
        print(json.dumps({'method': str(cal.get('METHOD')), 'uid': str(e.get('UID')), 'sequence': int(e.get('SEQUENCE')),\n\
            'status': str(e.get('STATUS')), 'summary': str(e.get('SUMMARY')), 'location': str(e.get('LOCATION')),\n\
            'start': e.decoded('DTSTART').isoformat(), 'end': e.decoded('DTEND').isoformat()}))";
    use std::io::Write;
    let mut child = std::process::Command::new(SmtpSink::python())
        .arg("-c")
        .arg(READ)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python with icalendar");
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "icalendar refused the file: {}\n{text}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON")
}
