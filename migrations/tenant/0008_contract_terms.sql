-- The contract before it is issued (issue 16.10): the variable parts the facility fills in (daily
-- care times, group, start of settling in), whether the municipality lets families accept the
-- contract online, and how a contract was concluded (signed copy confirmed by the facility, or
-- accepted online by the family after signing in again), by whom and which version.
alter table settings add column online_contract boolean not null default false;

create table contract_terms (
    registration_id uuid primary key references registrations (id) on delete cascade,
    care_from time not null,
    care_until time not null check (care_until > care_from),
    group_name text not null default '' check (char_length(group_name) <= 60),
    settling_in date not null,
    updated_at timestamptz not null default now()
);

alter table registrations
    add column contracted_by text,
    add column contracted_how text check (contracted_how in ('signed', 'online')),
    add column contracted_version integer;
