-- The admission talk, attachments and announcements (issue 21).
--
-- A facility offers a family times for the talk (talk_offers); a time is one family's: the first
-- to pick it books it (booked_by, unique: a registration has at most one talk), and it is offered
-- to nobody else from then on. Times of one facility never overlap, except the same time offered
-- to several families (checked under a lock on the facility's row). talk_events keep what
-- happened (booked, moved, cancelled) and count the changes for the calendar file's SEQUENCE.
create table talk_slots (
    id bigserial primary key,
    facility_id uuid not null references facilities (id),
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    mode text not null check (mode in ('place', 'phone', 'video')),
    place text not null default '' check (char_length(place) <= 200),
    booked_by uuid unique references registrations (id) on delete set null,
    booked_at timestamptz,
    created_by text not null,
    created_at timestamptz not null default now(),
    check (ends_at > starts_at)
);
create index talk_slots_facility on talk_slots (facility_id, starts_at);
create table talk_offers (
    registration_id uuid not null references registrations (id) on delete cascade,
    slot_id bigint not null references talk_slots (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (registration_id, slot_id)
);
create index talk_offers_slot on talk_offers (slot_id);
create table talk_events (
    id bigserial primary key,
    registration_id uuid not null references registrations (id) on delete cascade,
    slot_id bigint references talk_slots (id) on delete set null,
    kind text not null check (kind in ('booked', 'cancelled')),
    -- system: released when the registration stopped being active
    side text not null check (side in ('family', 'facility', 'system')),
    starts_at timestamptz not null,
    created_at timestamptz not null default now()
);
create index talk_events_registration on talk_events (registration_id, id);

-- The e-mail about a booked or cancelled talk carries the calendar file.
alter table outbox add column calendar text;

-- A message may carry one file (PDF, JPEG or PNG, up to 10 MB) from the document store.
alter table documents drop constraint documents_kind_check;
alter table documents add constraint documents_kind_check
    check (kind in ('contract', 'signed', 'need', 'urgency', 'measles', 'proof', 'attachment'));
alter table conversation_messages add column document_id uuid references documents (id) on delete set null;

-- A facility's announcement to every family on its waiting list for one start date; each family
-- gets it in its inbox (messages), so this row only records who wrote what to how many.
create table announcements (
    id bigserial primary key,
    facility_id uuid not null references facilities (id),
    start_date date not null,
    subject text not null check (char_length(subject) between 1 and 200),
    body text not null check (char_length(body) between 1 and 5000),
    families integer not null,
    author text not null,
    created_at timestamptz not null default now()
);
create index announcements_facility on announcements (facility_id, id desc);

-- A registration that stops being active (withdrawn, declined, rejected, expired, a place given up)
-- releases its talk in the same transaction, wherever the change comes from: the time is free
-- again for the facility, the registration's offers go, and the release is recorded.
create function talk_release() returns trigger language plpgsql
set search_path from current as $$
begin
    insert into talk_events (registration_id, slot_id, kind, side, starts_at)
        select new.id, s.id, 'cancelled', 'system', s.starts_at from talk_slots s where s.booked_by = new.id;
    update talk_slots set booked_by = null, booked_at = null where booked_by = new.id;
    delete from talk_offers where registration_id = new.id;
    return new;
end $$;
create trigger registrations_talk_release after update of status on registrations for each row
    when (new.status not in ('registered', 'offered', 'accepted', 'contracted'))
    execute function talk_release();
