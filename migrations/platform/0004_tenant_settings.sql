-- Run-time settings of a municipality that win over its tenant file (issue 7). Today: maintenance
-- (read-only) mode, switched by district admins; every change is also in the tenant's audit log.
create table tenant_settings (
    slug text primary key check (slug ~ '^[a-z][a-z0-9-]{1,39}$'),
    maintenance boolean not null default false,
    changed_by text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
