-- Formal notices (Bescheide) issued by the youth welfare office (issue 20). The PDF is in the
-- document store (object_key) and `body` is the text it was set from (the posting batch prints the
-- same text); once issued a notice never changes, only its posting is recorded. A family with an
-- account and a working e-mail address finds it in its account and gets an e-mail; any other
-- family's notice is to be posted (delivery 'post') until staff mark it posted. A family's
-- deletion removes its notices (and the portal removes their objects).
create table notices (
    id uuid primary key,
    child_id uuid not null references children (id) on delete cascade,
    family_id uuid not null references families (id) on delete cascade,
    registration_id uuid references registrations (id) on delete set null,
    kind text not null check (kind in ('offer', 'rejection', 'no_place')),
    template_version integer not null check (template_version >= 1),
    title text not null check (char_length(title) between 1 and 300),
    body text not null,
    object_key text not null unique,
    size bigint not null check (size > 0),
    sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    delivery text not null check (delivery in ('email', 'post')),
    issued_by text not null,
    issued_role text not null,
    issued_at timestamptz not null default now(),
    posted_at timestamptz,
    posted_by text,
    check (posted_at is null or delivery = 'post'),
    check ((posted_at is null) = (posted_by is null))
);
create index notices_child on notices (child_id, issued_at desc);
create index notices_family on notices (family_id, issued_at desc);
create index notices_to_post on notices (issued_at, id) where delivery = 'post' and posted_at is null;

-- Only the posting may be recorded, once; the registration may go (set null with it).
create function notices_fixed() returns trigger language plpgsql as $$
begin
    if (new.id, new.child_id, new.family_id, new.kind, new.template_version, new.title, new.body, new.object_key,
        new.size, new.sha256, new.delivery, new.issued_by, new.issued_role, new.issued_at)
       is distinct from
       (old.id, old.child_id, old.family_id, old.kind, old.template_version, old.title, old.body, old.object_key,
        old.size, old.sha256, old.delivery, old.issued_by, old.issued_role, old.issued_at)
       or (new.registration_id is distinct from old.registration_id and new.registration_id is not null)
       or (old.posted_at is not null and (new.posted_at, new.posted_by) is distinct from (old.posted_at, old.posted_by)) then
        raise exception 'an issued notice never changes' using errcode = '55000';
    end if;
    return new;
end
$$;
create trigger notices_no_change before update on notices for each row execute function notices_fixed();
