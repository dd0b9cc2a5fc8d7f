-- Every grant and revocation of a role, written in the transaction that makes it (issue 19.8: the
-- change and its record are one), and announced to every replica in the same transaction
-- (`NOTIFY step_platform, 'roles'`), so a revocation applies at once, not after the 15 s poll.
create table role_changes (
    id bigserial primary key,
    action text not null check (action in ('granted', 'revoked')),
    account_id uuid not null,
    role text not null,
    domain text not null,
    scope text not null default '',
    changed_by text not null,
    created_at timestamptz not null default now()
);
create index role_changes_domain on role_changes (domain, created_at desc);
