-- Sign-in: an account per person, identities from OpenID providers (issuer + subject), and
-- server-side sessions. No family or child data here: that lives in the tenant schemas.
create table accounts (
    id uuid primary key default gen_random_uuid(),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table identities (
    issuer text not null,
    subject text not null,
    account_id uuid not null references accounts (id) on delete cascade,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (issuer, subject)
);

-- A session exists before sign-in too (it carries the selection and the pending login); sign-in
-- replaces it with a new id. `data` holds the selection, the pending login and the ID token claims.
create table sessions (
    id text primary key check (length(id) >= 64),
    account_id uuid references accounts (id) on delete cascade,
    csrf_token text not null,
    data jsonb not null default '{}',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    expires_at timestamptz not null
);
create index sessions_expires_at on sessions (expires_at);
