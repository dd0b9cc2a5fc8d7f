-- Deleting a family deletes every copy of its data (issue 19.6). An e-mail to a facility about a
-- registration now names the registration, so a family's deletion finds it: one already sent (or
-- given up) is deleted, one still waiting is reworded without names. The family's own e-mails are
-- found through their inbox message. (E-mails written before this migration carry no link; they
-- are sent within minutes, and the deletion finds those to facilities by the child's name.)
alter table outbox add column registration_id uuid references registrations (id) on delete set null;
create index outbox_registration on outbox (registration_id) where registration_id is not null;
