-- Admission criteria the family declares when registering (issue 16): the facility sees them
-- pre-ticked as "declared by the family" and confirms or corrects them. Only the confirmed ones
-- (registration_criteria) count for points.
create table registration_declared_criteria (
    registration_id uuid not null references registrations (id) on delete cascade,
    facility_id uuid not null,
    position smallint not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (registration_id, position),
    foreign key (facility_id, position) references admission_criteria (facility_id, position) on delete cascade
);

create index registration_declared_criteria_facility
    on registration_declared_criteria (facility_id, position);

-- When the facility last confirmed a registration's criteria (null: not reviewed yet). Criteria
-- ticked before families could declare any were the facility's own decision: reviewed.
alter table registrations add column criteria_reviewed_at timestamptz;
update registrations r set criteria_reviewed_at = r.updated_at
    where exists (select 1 from registration_criteria rc where rc.registration_id = r.id);

-- A proof for a declared criterion is a document of its own kind.
alter table documents drop constraint documents_kind_check;
alter table documents add constraint documents_kind_check
    check (kind in ('contract', 'signed', 'need', 'urgency', 'measles', 'proof'));
