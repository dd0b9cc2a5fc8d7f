-- The procedure calendar of each youth welfare office (issue 20): per intake (its start date) the
-- registration deadline, the matching day, the end of the answer period and an optional second
-- round, in that order and all before the start. An office's municipalities share it: the home
-- page and the account show the next date, and registrations for a start an intake covers are
-- refused once its deadline has passed. Every change is recorded in `procedure_calendar_changes`
-- in the same transaction (who, when, what).
create table procedure_calendar (
    office text not null check (office ~ '^[a-z][a-z0-9_-]{0,39}$'),
    start_date date not null,
    registration_deadline date not null,
    matching_day date not null,
    answer_until date not null,
    second_round date,
    changed_by text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (office, start_date),
    check (registration_deadline < matching_day and matching_day < answer_until
           and (second_round is null or answer_until < second_round)
           and coalesce(second_round, answer_until) < start_date)
);
create table procedure_calendar_changes (
    id bigserial primary key,
    office text not null,
    start_date date not null,
    action text not null check (action in ('set', 'deleted')),
    -- The intake's dates after the change (empty for a deletion), as the page shows them.
    dates text not null default '',
    changed_by text not null,
    created_at timestamptz not null default now()
);
create index procedure_calendar_changes_office on procedure_calendar_changes (office, created_at desc);
