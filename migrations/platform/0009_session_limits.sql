-- Sessions end after a time without use and, however busy, after an absolute time (issue 19.3).
-- Both limits come from the portal's configuration (`auth.session_idle_minutes`,
-- `auth.session_absolute_hours`): `expires_at` is the idle end, slid forward when the session is
-- used (at most once a minute) but never past `ends_at`, the absolute end set at creation. A
-- background job deletes sessions past `expires_at`, anonymous ones included.
alter table sessions add column ends_at timestamptz;
update sessions set ends_at = least(created_at + interval '12 hours', greatest(expires_at, now()));
alter table sessions alter column ends_at set not null;
