-- Families, children, registrations (Vormerkungen), their history and the parents' inbox.
-- The rules of a registration are enforced here, so they hold for every writer and under
-- concurrent requests.

-- Settings of this municipality copied from the registry by `step migrate` (one row).
create table settings (
    id boolean primary key default true check (id),
    max_choices smallint not null default 5 check (max_choices between 1 and 10),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
insert into settings default values;

create table families (
    id uuid primary key default gen_random_uuid(),
    -- The platform account of the parent who signed in; null for a family registered on paper.
    account_id uuid unique,
    first_name text not null check (length(first_name) between 1 and 100),
    last_name text not null check (length(last_name) between 1 and 100),
    street text not null check (length(street) between 1 and 200),
    postcode text not null check (postcode ~ '^[0-9]{5}$'),
    city text not null check (length(city) between 1 and 100),
    phone text not null check (length(phone) between 3 and 40),
    email text not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 200),
    language text not null default 'de' check (language in ('de', 'en', 'tr', 'ar', 'ru', 'uk', 'pl')),
    guardian2_first_name text check (length(guardian2_first_name) <= 100),
    guardian2_last_name text check (length(guardian2_last_name) <= 100),
    guardian2_phone text check (length(guardian2_phone) <= 40),
    guardian2_email text check (length(guardian2_email) <= 200),
    origin text not null default 'online' check (origin in ('online', 'paper')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table children (
    id uuid primary key default gen_random_uuid(),
    family_id uuid not null references families (id) on delete cascade,
    first_name text not null check (length(first_name) between 1 and 100),
    last_name text not null check (length(last_name) between 1 and 100),
    -- A child can be registered before birth (expected date instead of birth date).
    birth_date date,
    expected_birth_date date,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint child_birth_known check ((birth_date is null) <> (expected_birth_date is null))
);
create index children_family on children (family_id);

create table registrations (
    id uuid primary key default gen_random_uuid(),
    child_id uuid not null references children (id) on delete cascade,
    facility_id uuid not null references facilities (id),
    start_date date not null,
    hours smallint not null check (hours between 1 and 60),
    rank smallint not null check (rank between 1 and 10),
    note text not null default '' check (length(note) <= 1000),
    status text not null default 'registered'
        check (status in ('registered', 'offered', 'accepted', 'declined', 'rejected', 'withdrawn', 'contracted', 'expired')),
    origin text not null default 'online' check (origin in ('online', 'paper')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
-- One active registration per child and facility.
create unique index registration_unique_active on registrations (child_id, facility_id)
    where status in ('registered', 'offered', 'accepted', 'contracted');
create index registrations_child on registrations (child_id);
create index registrations_facility_start on registrations (facility_id, start_date, status);

create table registration_events (
    id bigserial primary key,
    registration_id uuid not null references registrations (id) on delete cascade,
    status text not null,
    note text not null default '',
    -- who caused it: 'parent', 'facility', 'office', 'system'
    actor text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index registration_events_registration on registration_events (registration_id, id);

create table messages (
    id bigserial primary key,
    family_id uuid not null references families (id) on delete cascade,
    registration_id uuid references registrations (id) on delete set null,
    subject text not null,
    body text not null,
    read_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index messages_family on messages (family_id, id desc);

-- The rules of a new registration. The child's row is locked first, so concurrent registrations
-- of one child run one after the other and the limit holds (20 parallel requests store at most 5).
-- SET search_path FROM CURRENT pins this schema: callers use schema-qualified statements and keep
-- the default search_path.
create function registration_rules() returns trigger language plpgsql
set search_path from current as $$
declare
    child children%rowtype;
    facility facilities%rowtype;
    months integer;
    active integer;
    max_active smallint;
begin
    select * into child from children where id = new.child_id for update;
    if not found then
        raise exception 'unknown child' using errcode = '23503', constraint = 'registration_child';
    end if;
    if new.start_date < current_date then
        raise exception 'start date in the past' using errcode = '23514', constraint = 'registration_start_past';
    end if;
    select * into facility from facilities where id = new.facility_id;
    if not found then
        raise exception 'unknown facility' using errcode = '23503', constraint = 'registration_facility';
    end if;
    if (facility.kind = 'kita' and not (new.hours = any (facility.hours_offered)))
       or (facility.kind = 'ktp' and new.hours not between facility.hours_min and facility.hours_max) then
        raise exception 'hours not offered' using errcode = '23514', constraint = 'registration_hours';
    end if;
    months := case
        when coalesce(child.birth_date, child.expected_birth_date) > new.start_date then -1
        else (extract(year from age(new.start_date, coalesce(child.birth_date, child.expected_birth_date))) * 12
              + extract(month from age(new.start_date, coalesce(child.birth_date, child.expected_birth_date))))::integer
    end;
    if months < facility.age_min_months or months > facility.age_max_months then
        raise exception 'age out of range' using errcode = '23514', constraint = 'registration_age';
    end if;
    select count(*) into active from registrations
        where child_id = new.child_id and status in ('registered', 'offered', 'accepted');
    select max_choices into max_active from settings;
    if active >= max_active then
        raise exception 'too many registrations' using errcode = '23514', constraint = 'registration_limit';
    end if;
    return new;
end
$$;

create trigger registration_rules before insert on registrations
    for each row execute function registration_rules();
