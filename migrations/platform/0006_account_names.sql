-- Who a staff member is, as the identity provider names them at sign-in (issue 16): the audit log
-- names people instead of account ids, and the roles page finds people by name or e-mail. Only
-- what the provider's claims say; no family or child data here.
alter table accounts add column display_name text, add column email text;
create index accounts_email on accounts (lower(email));
