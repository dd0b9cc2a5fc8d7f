-- One family across the district (issue 16.9): in which municipalities an account has a family
-- profile. Only the account and the municipality's slug; no family, child or registration data
-- (that stays in each municipality's schema). Written when a profile is saved, removed when the
-- family deletes its data there.
create table account_municipalities (
    account_id uuid not null references accounts (id) on delete cascade,
    slug text not null check (slug ~ '^[a-z][a-z0-9-]{1,39}$'),
    created_at timestamptz not null default now(),
    primary key (account_id, slug)
);
