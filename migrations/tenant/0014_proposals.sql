-- Proposals by the youth welfare office (issue 20): for a child on its worklist the office proposes
-- a place at a facility (or a childminder) that has a free place for the child's age band at its
-- start. The facility's lead confirms it on the desk (it becomes an ordinary offer to the family,
-- on the child's registration there, made by the office where the child had none) or refuses it
-- with a reason. One open proposal per child and facility.
create table case_proposals (
    id bigserial primary key,
    child_id uuid not null references children (id) on delete cascade,
    facility_id uuid not null references facilities (id),
    start_date date not null,
    hours smallint not null check (hours between 1 and 60),
    age_band text not null check (age_band in ('u3', 'ue3')),
    note text not null default '' check (char_length(note) <= 1000),
    -- `withdrawn`: the case was closed, or the child got a place or stopped waiting, before the
    -- lead decided.
    status text not null default 'proposed' check (status in ('proposed', 'confirmed', 'refused', 'withdrawn')),
    proposed_by text not null,
    proposed_at timestamptz not null default now(),
    decided_by text,
    decided_at timestamptz,
    decision_note text not null default '' check (char_length(decision_note) <= 1000),
    -- The registration the confirmed offer was made on.
    registration_id uuid references registrations (id) on delete set null,
    check ((status = 'proposed') = (decided_at is null))
);
create unique index case_proposals_open on case_proposals (child_id, facility_id) where status = 'proposed';
create index case_proposals_facility on case_proposals (facility_id) where status = 'proposed';
create index case_proposals_child on case_proposals (child_id, proposed_at);

-- A registration the office made when the lead confirmed its proposal. It is the office's, outside
-- the family's own choices, so the limit of choices does not count it.
alter table registrations drop constraint registrations_origin_check;
alter table registrations add constraint registrations_origin_check check (origin in ('online', 'paper', 'office'));

-- The registration rules of 0004 with one change: a registration of origin 'office' is not held to
-- the family's limit of choices. Applied migrations are never edited, so the whole body is restated.
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
    if new.origin <> 'office' then
        select count(*) into active from registrations
            where child_id = new.child_id and status in ('registered', 'offered', 'accepted') and origin <> 'office';
        select max_choices into max_active from settings;
        if active >= max_active then
            raise exception 'too many registrations' using errcode = '23514', constraint = 'registration_limit';
        end if;
    end if;
    return new;
end
$$;
