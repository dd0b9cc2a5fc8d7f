-- Conversations (issue 21): one per registration between the family and the facility (for a
-- childminder: the adviser), started by either side. Read markers per side; the e-mail about a new
-- message says only that there is one. A registration that is withdrawn, rejected or expired takes
-- no new message; a family's deletion removes its conversations with its registrations.
create table conversations (
    registration_id uuid primary key references registrations (id) on delete cascade,
    facility_id uuid not null references facilities (id),
    family_read_at timestamptz,
    facility_read_at timestamptz,
    last_message_at timestamptz not null default now(),
    created_at timestamptz not null default now()
);
create index conversations_facility on conversations (facility_id, last_message_at desc);
create table conversation_messages (
    id bigserial primary key,
    registration_id uuid not null references conversations (registration_id) on delete cascade,
    side text not null check (side in ('family', 'facility')),
    author text not null,
    body text not null check (char_length(body) between 1 and 5000),
    created_at timestamptz not null default now()
);
create index conversation_messages_registration on conversation_messages (registration_id, id);
