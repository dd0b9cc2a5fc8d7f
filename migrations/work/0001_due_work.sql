-- Work that is due in the tenant schemas of this cluster (issue 22). One small table per cluster,
-- beside its tenant schemas, so a tenant's write marks its work due in the same transaction, on
-- whichever cluster it lives. The background jobs read only the rows that are due: a municipality
-- with nothing to do costs nothing, however many there are.
--
-- kind: mail (outbox), offers (expiry and reminders), retention, sweep (document objects without
-- a row), figures (the district's rollup). due_at: when a job should look next. seq: bumped by
-- every mark that writes the row, so a job that settles after its work sees a mark made meanwhile.
-- A job claims a row by moving due_at a lease ahead; it settles by writing the next due time it
-- computed from the schema (or deleting the row when nothing is left).
create table due (
    schema text not null,
    kind text not null check (kind in ('mail', 'offers', 'retention', 'sweep', 'figures')),
    due_at timestamptz not null,
    seq bigint not null default 0,
    primary key (schema, kind)
);
create index due_by_time on due (kind, due_at);

-- Marks `kind` work of `schema` due at `at` (or earlier, if it already is). When the row already
-- says so, it is only locked for share until the caller commits: a job settling it waits for the
-- caller and then reads its rows. That shortcut is safe only where the job reads the next time
-- from the rows (mail, offers, retention); the sweeper's and the figures' marks take it only while
-- the row is due and not claimed (a claim moves due_at ahead), else they bump seq, which the job's
-- settle sees. Writers that must write the row take the municipality's advisory lock first and
-- hold it to their commit: two writers marking two kinds in opposite orders cannot deadlock.
create function touch(p_schema text, p_kind text, p_at timestamptz) returns void
language plpgsql as $$
declare
    bound timestamptz := case when p_kind in ('sweep', 'figures') then least(p_at, now()) else p_at end;
begin
    perform 1 from step_work.due where schema = p_schema and kind = p_kind and due_at <= bound for share;
    if found then
        return;
    end if;
    perform pg_advisory_xact_lock(hashtext('step_work.due:' || p_schema));
    insert into step_work.due (schema, kind, due_at) values (p_schema, p_kind, p_at)
    on conflict (schema, kind) do update set due_at = least(due.due_at, excluded.due_at), seq = due.seq + 1;
end $$;

-- Statement trigger: `kind` work of the table's schema is due now (plus an optional delay).
create function touched() returns trigger
language plpgsql as $$
begin
    perform step_work.touch(tg_table_schema, tg_argv[0], now() + coalesce(tg_argv[1], '0 seconds')::interval);
    return null;
end $$;

-- Statement trigger with a transition table named `changed`: as `touched`, when the statement
-- changed at least one row.
create function touched_rows() returns trigger
language plpgsql as $$
begin
    if exists (select 1 from changed) then
        perform step_work.touch(tg_table_schema, tg_argv[0], now() + coalesce(tg_argv[1], '0 seconds')::interval);
    end if;
    return null;
end $$;

-- Row trigger on registrations: a registration still waiting is due for the retention period at
-- the earliest 30 days after it was made (the shortest period an office may set); the job then
-- reads the office's period and settles the exact time.
create function registration_waiting() returns trigger
language plpgsql as $$
begin
    perform step_work.touch(tg_table_schema, 'retention', new.created_at + interval '30 days');
    return null;
end $$;

-- Row trigger on the outbox: an e-mail whose next try moved earlier (a retry after a refusal, or
-- an operator's "try now") is due at that time.
create function mail_retry() returns trigger
language plpgsql as $$
begin
    perform step_work.touch(tg_table_schema, 'mail', new.next_attempt_at);
    return null;
end $$;
