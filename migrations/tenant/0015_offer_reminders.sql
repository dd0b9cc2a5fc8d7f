-- Reminders (issue 20): two days before an offer's answer deadline the family gets one reminder
-- (inbox and e-mail); `reminded_at` says it went, so each offer is reminded once.
alter table registrations add column reminded_at timestamptz;
create index registrations_remind on registrations (answer_by) where status = 'offered' and reminded_at is null;
