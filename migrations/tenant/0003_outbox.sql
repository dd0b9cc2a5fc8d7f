-- E-mails to send, written in the same transaction as the status change and its inbox message.
-- A worker sends them over SMTP with retries and backoff; a row is marked sent in the same
-- transaction that holds its lock while sending, so a crash or an SMTP outage loses nothing.
create table outbox (
    id bigserial primary key,
    message_id bigint references messages (id) on delete set null,
    recipient text not null,
    subject text not null,
    body text not null,
    attempts integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    sent_at timestamptz,
    last_error text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index outbox_due on outbox (next_attempt_at) where sent_at is null;
