-- The district's demand and supply per municipality, kept by a job (issue 22): the dashboard reads
-- these rows in one query instead of two queries in every schema. A write that changes what the
-- figures count marks the municipality due (step_work.due, kind figures); the job (and the
-- dashboard itself, for the few still due) recomputes those and writes them here with the time.
create table figures (
    schema text primary key,
    children bigint not null,
    cells jsonb not null,
    as_of timestamptz not null
);
