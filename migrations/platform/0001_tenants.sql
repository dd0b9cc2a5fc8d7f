-- The shared platform schema: the tenant registry (synced from tenants/*.toml by `step migrate`).
-- No personal data of families or children ever lives here.
create table tenants (
    slug text primary key,
    name text not null,
    schema_name text not null unique check (schema_name ~ '^t_[a-z0-9_]{1,40}$'),
    office text not null,
    hosts text[] not null default '{}',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
