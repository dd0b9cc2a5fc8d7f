-- Role assignments (casbin "g" rules): who holds which role in which municipality ("*" for the
-- whole district), bound to a scope inside it (a facility id for a facility lead, an office id for
-- office staff, a region for an adviser; empty for all). Changed at run time, no restart.
create table role_assignments (
    id bigserial primary key,
    account_id uuid not null references accounts (id) on delete cascade,
    role text not null check (role in ('parent', 'facility_lead', 'ktp_advisor', 'office_staff', 'district_admin')),
    domain text not null check (domain = '*' or domain ~ '^[a-z][a-z0-9-]{1,39}$'),
    scope text not null default '',
    granted_by text not null default 'cli',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (account_id, role, domain, scope)
);
