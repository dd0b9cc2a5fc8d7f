-- The youth welfare office's casework (issue 20). From the first birthday a child has a legal
-- entitlement to a place (§ 24 SGB VIII); the office's worklist lists every child entitled at its
-- desired start without an offer, acceptance or contract. A case exists for such a child once staff
-- act on it: notes, contact attempts and refused reasonable offers (who, when; never shown to the family, gone with the child),
-- and closing it with a reason. A child without a row here has an open case.
create table cases (
    child_id uuid primary key references children (id) on delete cascade,
    status text not null default 'open' check (status in ('open', 'closed')),
    closed_reason text check (closed_reason in ('place_elsewhere', 'moved_away', 'not_needed')),
    closed_at timestamptz,
    closed_by text,
    updated_at timestamptz not null default now(),
    check ((status = 'closed') = (closed_reason is not null and closed_at is not null))
);
create table case_notes (
    id bigserial primary key,
    child_id uuid not null references children (id) on delete cascade,
    -- `note`: what staff noted; `contact`: an attempt to reach the family (phone, letter, visit);
    -- `refused_offer`: the family refused an offer the office holds reasonable (which one, in the text).
    kind text not null check (kind in ('note', 'contact', 'refused_offer')),
    body text not null check (char_length(body) between 1 and 5000),
    author text not null,
    author_role text not null,
    created_at timestamptz not null default now()
);
create index case_notes_child on case_notes (child_id, created_at);
