-- Invitations by e-mail (issue 16.7): the office grants a role to someone who has never signed in;
-- the role applies at that person's first sign-in with this (verified) e-mail address. Only the
-- address, the role and who invited; no family or child data. An invitation is valid for a while
-- (`expires_at`) and is used once.
create table role_invitations (
    id bigserial primary key,
    email text not null check (email = lower(email) and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
    role text not null check (role in ('facility_lead', 'ktp_advisor', 'office_staff')),
    domain text not null check (domain ~ '^[a-z][a-z0-9-]{1,39}$'),
    scope text not null default '',
    invited_by uuid references accounts (id) on delete set null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    accepted_at timestamptz,
    accepted_by uuid references accounts (id) on delete set null
);
-- One open invitation per address and role; inviting again renews it.
create unique index role_invitations_open on role_invitations (email, role, domain, scope) where accepted_at is null;
