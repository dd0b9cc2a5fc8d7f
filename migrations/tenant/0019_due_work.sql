-- Due work (issue 22): writes mark the municipality's background work due in the cluster's
-- step_work.due, in the same transaction, so the jobs visit only municipalities with work.
--   mail       every new e-mail in the outbox, and one whose next try moved earlier
--   offers     an offer made or its deadline changed (the job settles the next reminder or expiry)
--   retention  a registration waiting (its earliest possible end), kept documents, the office's period
--   sweep      a document or notice row deleted (its object should go too; the sweeper checks ten minutes later)
--   figures    anything the district's demand-and-supply figures count
-- Statement triggers read their transition table, so a statement that changed no row marks nothing
-- (the jobs' own statements often match none).
create trigger due_mail after insert on outbox referencing new table as changed
    for each statement execute function step_work.touched_rows('mail');
create trigger due_mail_retry after update of next_attempt_at on outbox
    for each row when (new.sent_at is null and new.failed_at is null and new.next_attempt_at < old.next_attempt_at)
    execute function step_work.mail_retry();
create trigger due_offers after insert or update of status, answer_by on registrations
    for each row when (new.status = 'offered') execute function step_work.touched('offers');
create trigger due_retention after insert or update of status, created_at on registrations
    for each row when (new.status = 'registered') execute function step_work.registration_waiting();
create trigger due_retention_documents after insert or update of retain_until on documents
    for each row when (new.retain_until is not null) execute function step_work.touched('retention');
create trigger due_retention_settings after update on settings referencing new table as changed
    for each statement execute function step_work.touched_rows('retention');
create trigger due_sweep after delete on documents referencing old table as changed
    for each statement execute function step_work.touched_rows('sweep', '10 minutes');
create trigger due_sweep_notices after delete on notices referencing old table as changed
    for each statement execute function step_work.touched_rows('sweep', '10 minutes');
create trigger due_figures_registered after insert on registrations referencing new table as changed
    for each statement execute function step_work.touched_rows('figures');
create trigger due_figures_registration after update on registrations referencing new table as changed
    for each statement execute function step_work.touched_rows('figures');
create trigger due_figures_unregistered after delete on registrations referencing old table as changed
    for each statement execute function step_work.touched_rows('figures');
create trigger due_figures_children after update of birth_date, expected_birth_date on children
    for each row when (old.birth_date is distinct from new.birth_date
                       or old.expected_birth_date is distinct from new.expected_birth_date)
    execute function step_work.touched('figures');
create trigger due_figures_places_new after insert on places referencing new table as changed
    for each statement execute function step_work.touched_rows('figures');
create trigger due_figures_places after update on places referencing new table as changed
    for each statement execute function step_work.touched_rows('figures');
create trigger due_figures_places_gone after delete on places referencing old table as changed
    for each statement execute function step_work.touched_rows('figures');

-- Everything is due once now: the first visit settles the real times.
select step_work.touch(current_schema(), kind, now())
from unnest(array['mail', 'offers', 'retention', 'sweep', 'figures']) as kind;
