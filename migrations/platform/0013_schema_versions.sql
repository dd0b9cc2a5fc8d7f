-- Each tenant schema's migration version, kept beside the directory (issue 22): the portal learns
-- which municipalities are current from this one table in one query, at boot and every refresh,
-- instead of two queries in every schema (10,789 schemas would be 21,578 queries every 15 s).
-- `step migrate`, provisioning and moving write the row after the schema's own migrations commit,
-- so the row is never ahead of the schema: at worst a municipality answers 503 a moment longer.
create table schema_versions (
    schema text primary key,
    version integer not null,
    updated_at timestamptz not null default now()
);
