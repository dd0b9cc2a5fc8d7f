-- One municipality's daycare offers. Applied to every t_<slug> schema with a transaction-local
-- search_path, so names here are unqualified.
create table facilities (
    id uuid primary key,
    kind text not null check (kind in ('kita', 'ktp')),
    name text not null check (length(name) between 1 and 200),
    provider_org text not null,
    street text not null,
    postcode text not null check (postcode ~ '^[0-9]{5}$'),
    city text not null,
    lat double precision not null check (lat between -90 and 90),
    lon double precision not null check (lon between -180 and 180),
    age_min_months smallint not null check (age_min_months >= 0),
    age_max_months smallint not null check (age_max_months >= age_min_months),
    hours_offered smallint[] not null check (cardinality(hours_offered) > 0),
    hours_min smallint not null,
    hours_max smallint not null check (hours_max >= hours_min),
    group_forms text[] not null default '{}',
    opening_hours text not null default '',
    concepts text[] not null default '{}',
    description text not null default '',
    contact_name text not null default '',
    phone text not null default '',
    email text not null default '',
    is_demo boolean not null default false,
    -- Lower-case text the free-text search matches against (name, provider, address, concepts).
    search_text text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index facilities_kind_name on facilities (kind, name);

-- Published admission criteria (Aufnahmekriterien) with the points each gives.
create table admission_criteria (
    facility_id uuid not null references facilities (id) on delete cascade,
    position smallint not null,
    label text not null,
    points smallint not null check (points >= 0),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (facility_id, position)
);

-- Free places per start date and age band (u3: under three, ue3: three and older). KiBiz plans
-- capacity per group form and age band, not as one number per facility.
create table places (
    facility_id uuid not null references facilities (id) on delete cascade,
    start_date date not null,
    age_band text not null check (age_band in ('u3', 'ue3')),
    free_places smallint not null check (free_places >= 0),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (facility_id, start_date, age_band)
);

-- Streets of the municipality with a position, so a parent can search "near Bahnhofstraße"
-- without an external geocoding service.
create table streets (
    name text primary key,
    lat double precision not null,
    lon double precision not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
