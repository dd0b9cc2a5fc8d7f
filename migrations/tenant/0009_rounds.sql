-- Allocation rounds (issue 17): an office runs a matching day for one start date. A round is a
-- draft, then dry runs (any number), then published (frozen). Each run freezes its inputs (the
-- programmes with their capacity, every wish with rank, points, registration time, lottery number
-- and admissibility) with the result, and a SHA-256 of their canonical form, so a published round
-- can be recomputed and proven later.
create table rounds (
    id uuid primary key default gen_random_uuid(),
    start_date date not null,
    mechanism text not null check (mechanism in ('child_proposing', 'facility_proposing')),
    seed bigint not null,
    status text not null default 'draft' check (status in ('draft', 'dry_run', 'published')),
    created_by text not null,
    created_at timestamptz not null default now(),
    run_at timestamptz,
    run_by text,
    runs integer not null default 0,
    inputs_sha256 text,
    -- The assignments of the run before the last, per child: {"<child>": {"facility": …, "rank": …}},
    -- for the comparison on the result page.
    previous jsonb,
    published_at timestamptz,
    published_by text,
    updated_at timestamptz not null default now()
);
-- One open round per start date.
create unique index rounds_one_open on rounds (start_date) where status <> 'published';

create table round_programmes (
    round_id uuid not null references rounds (id) on delete cascade,
    facility_id uuid not null references facilities (id) on delete cascade,
    age_band text not null check (age_band in ('u3', 'ue3')),
    capacity integer not null check (capacity >= 0),
    taken integer not null default 0,
    cutoff_points integer,
    cutoff_registered_at timestamptz,
    cutoff_lottery bigint,
    primary key (round_id, facility_id, age_band)
);

-- A frozen record: no foreign key to registrations or children, so that deleting a family's data
-- (on request, or after the retention period) leaves a published round recomputable.
create table round_wishes (
    round_id uuid not null references rounds (id) on delete cascade,
    registration_id uuid not null,
    child_id uuid not null,
    facility_id uuid not null,
    age_band text not null check (age_band in ('u3', 'ue3')),
    rank smallint not null,
    points integer not null,
    registered_at timestamptz not null,
    lottery bigint not null,
    admissible boolean not null,
    assigned boolean not null default false,
    -- What the family's explanation names, as it was at the run: the criteria that gave the points
    -- and the lead's reason when not admissible.
    criteria jsonb not null default '[]',
    inadmissible_reason text,
    primary key (round_id, registration_id)
);
create index round_wishes_child on round_wishes (round_id, child_id);
-- The family's explanation finds a registration's rounds.
create index round_wishes_registration on round_wishes (registration_id);

-- The lead's last word before a run: this registration is not admissible here, with a reason from
-- the decline catalogue and a note. Recorded and shown in the explanation.
create table registration_inadmissible (
    registration_id uuid primary key references registrations (id) on delete cascade,
    reason text not null,
    note text not null default '',
    marked_by text not null,
    marked_at timestamptz not null default now()
);

-- An offer that came from a round: accepting it withdraws only the child's lower-ranked wishes.
alter table registrations add column round_id uuid references rounds (id) on delete set null;
