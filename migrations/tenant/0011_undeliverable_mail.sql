-- E-mail that cannot be delivered (issue 19.5). A permanent refusal (SMTP 5xx) or an address that
-- cannot be parsed ends the row as failed, with the reason, at once; a temporary failure (4xx, the
-- server unreachable) is tried again with backoff and gives up after a cap of attempts. Failed rows
-- are never tried again: the office's page "Unzustellbare E-Mails" lists them with the family to
-- contact by phone or post.
--
-- How the outbox is sent today: a sender claims one due row (`for update skip locked`) and leases it
-- by moving `next_attempt_at` five minutes ahead, in a statement of its own; the SMTP dialogue runs
-- without a database connection; a second statement marks the row sent, failed or due again. A
-- sender that stops in between leaves the row to be sent again once the lease has run out.
alter table outbox add column failed_at timestamptz;
alter table outbox add column failure text;
drop index outbox_due;
create index outbox_due on outbox (next_attempt_at) where sent_at is null and failed_at is null;
create index outbox_failed on outbox (failed_at) where failed_at is not null;
comment on table outbox is 'E-mails to send, written with the status change. Sent by claiming one due row (for update skip locked) and leasing it (next_attempt_at moved ahead) in a short statement; the SMTP dialogue holds no connection; then marked sent, failed (permanent refusal, unparseable address, or too many temporary failures) or due again with backoff.';
