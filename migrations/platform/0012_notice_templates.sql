-- Templates of the formal notices (Bescheide) per youth welfare office and kind (issue 20): an
-- offer with its deadline, a rejection with its reasons, and the notice that no place could be
-- offered yet. Versioned and never changed: a change is a new version, and each issued notice
-- names the version it was made from. The appeal instructions (Rechtsbehelfsbelehrung) are the
-- office's own text and required.
create table notice_templates (
    office text not null check (office ~ '^[a-z][a-z0-9_-]{0,39}$'),
    kind text not null check (kind in ('offer', 'rejection', 'no_place')),
    version integer not null check (version >= 1),
    body text not null check (char_length(body) between 1 and 10000),
    appeal text not null check (char_length(appeal) between 1 and 10000),
    created_by text not null,
    created_at timestamptz not null default now(),
    primary key (office, kind, version)
);
create function notice_templates_fixed() returns trigger language plpgsql as $$
begin
    raise exception 'a notice template never changes; save a new version' using errcode = '55000';
end
$$;
create trigger notice_templates_no_update before update or delete on notice_templates
    for each row execute function notice_templates_fixed();
