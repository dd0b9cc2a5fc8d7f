-- Issue 7: municipalities added or changed at run time, and the tenant directory.
--
-- A definition here wins over the tenant file of the same slug and adds municipalities that have
-- no file. `definition` is a tenant file's text (same format, same checks); `logo` holds the
-- uploaded logo when the definition says branding.logo = "stored".
create table tenant_definitions (
    slug text primary key check (slug ~ '^[a-z][a-z0-9-]{1,39}$'),
    definition text not null,
    logo bytea check (logo is null or octet_length(logo) <= 262144),
    changed_by text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

-- The tenant directory: the database cluster that holds each tenant's schema. Clusters are named
-- in the configuration ([clusters.<name>] url); `main` is the database of the platform schema.
alter table tenants add column cluster text not null default 'main' check (cluster ~ '^[a-z][a-z0-9_]{0,30}$');
