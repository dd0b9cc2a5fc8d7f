//! A new municipality's schema starts from `migrations/tenant/baseline.sql` (issue 22). It must be
//! the schema the migration files make, one by one, as every older schema was made. Compared: what
//! the migrations use (tables, columns, constraints, indexes, triggers, functions, sequences, table
//! comments, the rows they leave); not grants, policies, collations or column comments, which no
//! tenant migration has (add them here when one does).

use sqlx::{Executor, PgConnection};
use step_domain::SchemaName;
use step_e2e::{Seed, TestApp};

/// Everything a schema's shape consists of, one line per object, the schema's name replaced by `S`.
const SHAPE: &str = "
with s as (select oid, nspname from pg_namespace where nspname = $1),
lines as (
  select format('rel %s %s %s %s', c.relname, c.relkind, c.relpersistence,
                coalesce(obj_description(c.oid, 'pg_class'), '')) as line
    from pg_class c join s on c.relnamespace = s.oid
  union all
  select format('col %s %s %s %s %s %s %s', c.relname, a.attname,
      row_number() over (partition by c.oid order by a.attnum), format_type(a.atttypid, a.atttypmod),
      a.attnotnull, a.attidentity::text || a.attgenerated::text, pg_get_expr(d.adbin, d.adrelid))
    from pg_attribute a join pg_class c on c.oid = a.attrelid join s on c.relnamespace = s.oid
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where a.attnum > 0 and not a.attisdropped
  union all
  select format('con %s %s %s %s %s', c.relname, k.conname, k.contype, k.condeferrable, pg_get_constraintdef(k.oid))
    from pg_constraint k join pg_class c on c.oid = k.conrelid join s on c.relnamespace = s.oid
  union all
  select format('idx %s', pg_get_indexdef(i.indexrelid))
    from pg_index i join pg_class c on c.oid = i.indexrelid join s on c.relnamespace = s.oid
  union all
  select format('trg %s %s', t.tgenabled, pg_get_triggerdef(t.oid))
    from pg_trigger t join pg_class c on c.oid = t.tgrelid join s on c.relnamespace = s.oid
    where not t.tgisinternal
  union all
  select format('fn %s', pg_get_functiondef(p.oid)) from pg_proc p join s on p.pronamespace = s.oid
  union all
  select format('seq %s %s %s %s', c.relname, q.seqtypid::regtype, q.seqstart, q.seqincrement)
    from pg_sequence q join pg_class c on c.oid = q.seqrelid join s on c.relnamespace = s.oid
  union all
  select format('owned %s by %s.%s', c.relname, t.relname, a.attname)
    from pg_depend d join pg_class c on c.oid = d.objid join s on c.relnamespace = s.oid
    join pg_class t on t.oid = d.refobjid join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where d.classid = 'pg_class'::regclass and d.deptype in ('a', 'i') and c.relkind = 'S'
  union all
  select format('row settings %s', to_jsonb(x) - 'created_at' - 'updated_at') from settings_of x
  union all
  select format('due %s', kind) from step_work.due where schema = $1
)
select replace(replace(line, $1 || '.', 'S.'), '''' || $1 || '''', '''S''') from lines order by 1";

async fn shape(db: &mut PgConnection, schema: &str) -> Vec<String> {
    // Dropped first: `create or replace` cannot change the columns, and the two may differ.
    db.execute(
        format!("drop view if exists settings_of; create temp view settings_of as select * from {schema}.settings")
            .as_str(),
    )
    .await
    .unwrap();
    sqlx::query_scalar(SHAPE).bind(schema).fetch_all(db).await.unwrap()
}

/// The migration files, in order, as (version, name, text).
fn migration_files() -> Vec<(i32, String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../migrations/tenant");
    let mut files: Vec<(i32, String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let name = p.file_stem()?.to_str()?.to_owned();
            let version = name.split('_').next()?.parse().ok()?;
            Some((version, name, std::fs::read_to_string(&p).unwrap()))
        })
        .collect();
    files.sort();
    files
}

#[tokio::test]
async fn a_new_schema_from_the_baseline_equals_the_migration_files_applied_one_by_one() {
    let app = TestApp::spawn_with(Seed::None).await;
    let mut db = app.db().await;
    let files = migration_files();
    assert!(files.len() >= 19, "the migration files are found: {}", files.len());

    // The reference: an older schema, made by the first five files as they ran then, with their
    // ledger; the store brings it up to date one migration at a time (it has a ledger row).
    let reference = SchemaName::parse("t_reference").unwrap();
    let mut tx = sqlx::Connection::begin(&mut db).await.unwrap();
    tx.execute("create schema t_reference; set local search_path = t_reference").await.unwrap();
    tx.execute(
        "create table _migrations (version integer primary key, name text not null, checksum text not null,
         applied_at timestamptz not null default now())",
    )
    .await
    .unwrap();
    for (version, name, sql) in &files[..5] {
        tx.execute(sql.as_str()).await.unwrap();
        let sum: String = sqlx::query_scalar("select encode(sha256(convert_to($1, 'UTF8')), 'hex')")
            .bind(sql)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        sqlx::query("insert into _migrations (version, name, checksum) values ($1, $2, $3)")
            .bind(version)
            .bind(name)
            .bind(sum)
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let ran = app.store.migrate_tenant(&reference).await.unwrap();
    assert_eq!(ran, files.len() - 5, "the older schema goes on after its last migration");

    // A schema made now comes from the baseline. Not a tenant's: the portal's jobs would settle a
    // tenant's due work and its settings follow its definition, as they do not for the reference.
    let baseline = SchemaName::parse("t_baseline").unwrap();
    assert_eq!(app.store.migrate_tenant(&baseline).await.unwrap(), files.len());
    let (made, older) = (shape(&mut db, "t_baseline").await, shape(&mut db, "t_reference").await);
    assert!(made.iter().filter(|l| l.starts_with("rel ")).count() > 100, "{} lines", made.len());
    let only_new: Vec<&String> = made.iter().filter(|l| !older.contains(l)).collect();
    let only_old: Vec<&String> = older.iter().filter(|l| !made.contains(l)).collect();
    assert!(only_new.is_empty() && only_old.is_empty(), "baseline only: {only_new:#?}\nmigrations only: {only_old:#?}");

    // Both ledgers name every file with its checksum, so `step migrate` later treats them alike.
    let ledger = |schema: &str| format!("select version, name, checksum from {schema}._migrations order by version");
    let made: Vec<(i32, String, String)> = sqlx::query_as(&ledger("t_baseline")).fetch_all(&mut db).await.unwrap();
    let older: Vec<(i32, String, String)> = sqlx::query_as(&ledger("t_reference")).fetch_all(&mut db).await.unwrap();
    assert_eq!(made, older);
    let names: Vec<&str> = files.iter().map(|(_, name, _)| name.as_str()).collect();
    assert_eq!(made.iter().map(|(_, name, _)| name.as_str()).collect::<Vec<_>>(), names);
    // Nothing left to run for either, nor for a municipality the portal made from the baseline.
    assert_eq!(app.store.migrate_tenant(&baseline).await.unwrap(), 0);
    assert_eq!(app.store.migrate_tenant(&reference).await.unwrap(), 0);
    assert_eq!(app.store.migrate_tenant(&app.tenant("greven").schema).await.unwrap(), 0);
    app.cleanup().await;
}
