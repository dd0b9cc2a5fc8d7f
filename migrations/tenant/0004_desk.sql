-- The facility desk (issue 5): capacity per start date, age band and weekly hours; the criteria a
-- facility found true for a registration; offers with their answer deadline and the place they
-- hold; declines with a reason; the office's offer lock; an append-only audit log.

-- Procedure settings of the office, per municipality. The offer lock pauses a child's other
-- registrations while one offer is open.
alter table settings
    add column offer_answer_days smallint not null default 14 check (offer_answer_days between 1 and 90),
    add column offer_lock boolean not null default false;

-- Capacity per weekly hours as well; 0 = places for any booked hours.
alter table places add column hours smallint not null default 0 check (hours between 0 and 60);
alter table places drop constraint places_pkey;
alter table places add constraint places_pkey primary key (facility_id, start_date, age_band, hours);

alter table registrations
    -- Open offer: answer deadline, and the capacity row it holds (returned on expiry, refusal, withdrawal).
    add column answer_by date,
    add column place_start date,
    add column place_band text check (place_band in ('u3', 'ue3')),
    add column place_hours smallint,
    -- Decline (Absage) by the facility: a reason from the catalogue plus free text.
    add column reason text,
    add column reason_note text not null default '' check (length(reason_note) <= 1000),
    add constraint registration_offer_complete check (status <> 'offered' or (answer_by is not null and place_start is not null));

-- Which of the facility's published admission criteria apply to a registration (ticked by the
-- facility after checking them with the family). The waiting list ranks by their points.
create table registration_criteria (
    registration_id uuid not null references registrations (id) on delete cascade,
    facility_id uuid not null,
    position smallint not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (registration_id, position),
    foreign key (facility_id, position) references admission_criteria (facility_id, position) on delete cascade
);

create index registration_criteria_facility on registration_criteria (facility_id, registration_id);
create index registrations_status_answer on registrations (answer_by) where status = 'offered';

-- Every staff read of a child's record and every state change: who, in which role, what, when.
-- Append-only: updates, deletes and truncation are refused.
create table audit_log (
    id bigserial primary key,
    actor text not null,
    role text not null,
    action text not null,
    object text not null,
    detail text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index audit_log_created on audit_log (created_at desc);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only' using errcode = '42501';
end
$$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();

-- The e-mail worker takes the oldest unsent row; without this it sorts every pending row each time.
create index outbox_pending_id on outbox (id) where sent_at is null;

-- A child that has accepted a place (or has a contract) is not registered anywhere else: the
-- registration rules of 0002 gain that check. Applied migrations are never edited, so the whole
-- function is restated here (the trigger of 0002 stays and calls the new body).
create or replace function registration_rules() returns trigger language plpgsql
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
    if exists (select 1 from registrations where child_id = new.child_id and status in ('accepted', 'contracted')) then
        raise exception 'child has a place' using errcode = '23514', constraint = 'registration_placed';
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
