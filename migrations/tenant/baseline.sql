-- The tenant schema as migrations 0001-0019 leave it (BASELINE.through = 19), for new schemas (issue 22).
-- Written by scripts/tenant-baseline.py from a schema the migrations made; tests/api/migrations.rs
-- compares the two. Do not edit by hand: add a migration, and regenerate this file (raising
-- BASELINE.through in services/store/src/platform/migrate.rs) when the migrations after it grow many.
CREATE TABLE audit_log (
    id bigserial NOT NULL,
    actor text NOT NULL,
    role text NOT NULL,
    action text NOT NULL,
    object text NOT NULL,
    detail text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_log_pkey PRIMARY KEY (id)
);

CREATE TABLE facilities (
    id uuid NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    provider_org text NOT NULL,
    street text NOT NULL,
    postcode text NOT NULL,
    city text NOT NULL,
    lat double precision NOT NULL,
    lon double precision NOT NULL,
    age_min_months smallint NOT NULL,
    age_max_months smallint NOT NULL,
    hours_offered smallint[] NOT NULL,
    hours_min smallint NOT NULL,
    hours_max smallint NOT NULL,
    group_forms text[] DEFAULT '{}'::text[] NOT NULL,
    opening_hours text DEFAULT ''::text NOT NULL,
    concepts text[] DEFAULT '{}'::text[] NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    contact_name text DEFAULT ''::text NOT NULL,
    phone text DEFAULT ''::text NOT NULL,
    email text DEFAULT ''::text NOT NULL,
    is_demo boolean DEFAULT false NOT NULL,
    search_text text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT facilities_age_min_months_check CHECK ((age_min_months >= 0)),
    CONSTRAINT facilities_check CHECK ((age_max_months >= age_min_months)),
    CONSTRAINT facilities_check1 CHECK ((hours_max >= hours_min)),
    CONSTRAINT facilities_hours_offered_check CHECK ((cardinality(hours_offered) > 0)),
    CONSTRAINT facilities_kind_check CHECK ((kind = ANY (ARRAY['kita'::text, 'ktp'::text]))),
    CONSTRAINT facilities_lat_check CHECK (((lat >= ('-90'::integer)::double precision) AND (lat <= (90)::double precision))),
    CONSTRAINT facilities_lon_check CHECK (((lon >= ('-180'::integer)::double precision) AND (lon <= (180)::double precision))),
    CONSTRAINT facilities_name_check CHECK (((length(name) >= 1) AND (length(name) <= 200))),
    CONSTRAINT facilities_postcode_check CHECK ((postcode ~ '^[0-9]{5}$'::text)),
    CONSTRAINT facilities_pkey PRIMARY KEY (id)
);

CREATE TABLE families (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid,
    first_name text NOT NULL,
    last_name text NOT NULL,
    street text NOT NULL,
    postcode text NOT NULL,
    city text NOT NULL,
    phone text NOT NULL,
    email text NOT NULL,
    language text DEFAULT 'de'::text NOT NULL,
    guardian2_first_name text,
    guardian2_last_name text,
    guardian2_phone text,
    guardian2_email text,
    origin text DEFAULT 'online'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT families_city_check CHECK (((length(city) >= 1) AND (length(city) <= 100))),
    CONSTRAINT families_email_check CHECK (((email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'::text) AND (length(email) <= 200))),
    CONSTRAINT families_first_name_check CHECK (((length(first_name) >= 1) AND (length(first_name) <= 100))),
    CONSTRAINT families_guardian2_email_check CHECK ((length(guardian2_email) <= 200)),
    CONSTRAINT families_guardian2_first_name_check CHECK ((length(guardian2_first_name) <= 100)),
    CONSTRAINT families_guardian2_last_name_check CHECK ((length(guardian2_last_name) <= 100)),
    CONSTRAINT families_guardian2_phone_check CHECK ((length(guardian2_phone) <= 40)),
    CONSTRAINT families_language_check CHECK ((language ~ '^[a-z]{2,3}$'::text)),
    CONSTRAINT families_last_name_check CHECK (((length(last_name) >= 1) AND (length(last_name) <= 100))),
    CONSTRAINT families_origin_check CHECK ((origin = ANY (ARRAY['online'::text, 'paper'::text]))),
    CONSTRAINT families_phone_check CHECK (((length(phone) >= 3) AND (length(phone) <= 40))),
    CONSTRAINT families_postcode_check CHECK ((postcode ~ '^[0-9]{5}$'::text)),
    CONSTRAINT families_street_check CHECK (((length(street) >= 1) AND (length(street) <= 200))),
    CONSTRAINT families_account_id_key UNIQUE (account_id),
    CONSTRAINT families_pkey PRIMARY KEY (id)
);

CREATE TABLE rounds (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    start_date date NOT NULL,
    mechanism text NOT NULL,
    seed bigint NOT NULL,
    status text DEFAULT 'draft'::text NOT NULL,
    created_by text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    run_at timestamp with time zone,
    run_by text,
    runs integer DEFAULT 0 NOT NULL,
    inputs_sha256 text,
    previous jsonb,
    published_at timestamp with time zone,
    published_by text,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT rounds_mechanism_check CHECK ((mechanism = ANY (ARRAY['child_proposing'::text, 'facility_proposing'::text]))),
    CONSTRAINT rounds_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'dry_run'::text, 'published'::text]))),
    CONSTRAINT rounds_pkey PRIMARY KEY (id)
);

CREATE TABLE settings (
    id boolean DEFAULT true NOT NULL,
    max_choices smallint DEFAULT 5 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    offer_answer_days smallint DEFAULT 14 NOT NULL,
    offer_lock boolean DEFAULT false NOT NULL,
    retention_days smallint DEFAULT 365 NOT NULL,
    contract_retention_years smallint DEFAULT 3 NOT NULL,
    online_contract boolean DEFAULT false NOT NULL,
    CONSTRAINT settings_contract_retention_years_check CHECK (((contract_retention_years >= 0) AND (contract_retention_years <= 30))),
    CONSTRAINT settings_id_check CHECK (id),
    CONSTRAINT settings_max_choices_check CHECK (((max_choices >= 1) AND (max_choices <= 10))),
    CONSTRAINT settings_offer_answer_days_check CHECK (((offer_answer_days >= 1) AND (offer_answer_days <= 90))),
    CONSTRAINT settings_retention_days_check CHECK (((retention_days >= 30) AND (retention_days <= 3650))),
    CONSTRAINT settings_pkey PRIMARY KEY (id)
);

CREATE TABLE streets (
    name text NOT NULL,
    lat double precision NOT NULL,
    lon double precision NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT streets_pkey PRIMARY KEY (name)
);

CREATE TABLE admission_criteria (
    facility_id uuid NOT NULL,
    "position" smallint NOT NULL,
    label text NOT NULL,
    points smallint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT admission_criteria_points_check CHECK ((points >= 0)),
    CONSTRAINT admission_criteria_pkey PRIMARY KEY (facility_id, "position"),
    CONSTRAINT admission_criteria_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES facilities(id) ON DELETE CASCADE
);

CREATE TABLE announcements (
    id bigserial NOT NULL,
    facility_id uuid NOT NULL,
    start_date date NOT NULL,
    subject text NOT NULL,
    body text NOT NULL,
    families integer NOT NULL,
    author text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT announcements_body_check CHECK (((char_length(body) >= 1) AND (char_length(body) <= 5000))),
    CONSTRAINT announcements_subject_check CHECK (((char_length(subject) >= 1) AND (char_length(subject) <= 200))),
    CONSTRAINT announcements_pkey PRIMARY KEY (id),
    CONSTRAINT announcements_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES facilities(id)
);

CREATE TABLE children (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    family_id uuid NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    birth_date date,
    expected_birth_date date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT child_birth_known CHECK (((birth_date IS NULL) <> (expected_birth_date IS NULL))),
    CONSTRAINT children_first_name_check CHECK (((length(first_name) >= 1) AND (length(first_name) <= 100))),
    CONSTRAINT children_last_name_check CHECK (((length(last_name) >= 1) AND (length(last_name) <= 100))),
    CONSTRAINT children_pkey PRIMARY KEY (id),
    CONSTRAINT children_family_id_fkey FOREIGN KEY (family_id) REFERENCES families(id) ON DELETE CASCADE
);

CREATE TABLE places (
    facility_id uuid NOT NULL,
    start_date date NOT NULL,
    age_band text NOT NULL,
    free_places smallint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    hours smallint DEFAULT 0 NOT NULL,
    CONSTRAINT places_age_band_check CHECK ((age_band = ANY (ARRAY['u3'::text, 'ue3'::text]))),
    CONSTRAINT places_free_places_check CHECK ((free_places >= 0)),
    CONSTRAINT places_hours_check CHECK (((hours >= 0) AND (hours <= 60))),
    CONSTRAINT places_pkey PRIMARY KEY (facility_id, start_date, age_band, hours),
    CONSTRAINT places_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES facilities(id) ON DELETE CASCADE
);

CREATE TABLE round_programmes (
    round_id uuid NOT NULL,
    facility_id uuid NOT NULL,
    age_band text NOT NULL,
    capacity integer NOT NULL,
    taken integer DEFAULT 0 NOT NULL,
    cutoff_points integer,
    cutoff_registered_at timestamp with time zone,
    cutoff_lottery bigint,
    CONSTRAINT round_programmes_age_band_check CHECK ((age_band = ANY (ARRAY['u3'::text, 'ue3'::text]))),
    CONSTRAINT round_programmes_capacity_check CHECK ((capacity >= 0)),
    CONSTRAINT round_programmes_pkey PRIMARY KEY (round_id, facility_id, age_band),
    CONSTRAINT round_programmes_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES facilities(id) ON DELETE CASCADE,
    CONSTRAINT round_programmes_round_id_fkey FOREIGN KEY (round_id) REFERENCES rounds(id) ON DELETE CASCADE
);

CREATE TABLE round_wishes (
    round_id uuid NOT NULL,
    registration_id uuid NOT NULL,
    child_id uuid NOT NULL,
    facility_id uuid NOT NULL,
    age_band text NOT NULL,
    rank smallint NOT NULL,
    points integer NOT NULL,
    registered_at timestamp with time zone NOT NULL,
    lottery bigint NOT NULL,
    admissible boolean NOT NULL,
    assigned boolean DEFAULT false NOT NULL,
    criteria jsonb DEFAULT '[]'::jsonb NOT NULL,
    inadmissible_reason text,
    CONSTRAINT round_wishes_age_band_check CHECK ((age_band = ANY (ARRAY['u3'::text, 'ue3'::text]))),
    CONSTRAINT round_wishes_pkey PRIMARY KEY (round_id, registration_id),
    CONSTRAINT round_wishes_round_id_fkey FOREIGN KEY (round_id) REFERENCES rounds(id) ON DELETE CASCADE
);

CREATE TABLE case_notes (
    id bigserial NOT NULL,
    child_id uuid NOT NULL,
    kind text NOT NULL,
    body text NOT NULL,
    author text NOT NULL,
    author_role text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT case_notes_body_check CHECK (((char_length(body) >= 1) AND (char_length(body) <= 5000))),
    CONSTRAINT case_notes_kind_check CHECK ((kind = ANY (ARRAY['note'::text, 'contact'::text, 'refused_offer'::text]))),
    CONSTRAINT case_notes_pkey PRIMARY KEY (id),
    CONSTRAINT case_notes_child_id_fkey FOREIGN KEY (child_id) REFERENCES children(id) ON DELETE CASCADE
);

CREATE TABLE cases (
    child_id uuid NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    closed_reason text,
    closed_at timestamp with time zone,
    closed_by text,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT cases_check CHECK (((status = 'closed'::text) = ((closed_reason IS NOT NULL) AND (closed_at IS NOT NULL)))),
    CONSTRAINT cases_closed_reason_check CHECK ((closed_reason = ANY (ARRAY['place_elsewhere'::text, 'moved_away'::text, 'not_needed'::text]))),
    CONSTRAINT cases_status_check CHECK ((status = ANY (ARRAY['open'::text, 'closed'::text]))),
    CONSTRAINT cases_pkey PRIMARY KEY (child_id),
    CONSTRAINT cases_child_id_fkey FOREIGN KEY (child_id) REFERENCES children(id) ON DELETE CASCADE
);

CREATE TABLE registrations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    child_id uuid NOT NULL,
    facility_id uuid NOT NULL,
    start_date date NOT NULL,
    hours smallint NOT NULL,
    rank smallint NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    status text DEFAULT 'registered'::text NOT NULL,
    origin text DEFAULT 'online'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    answer_by date,
    place_start date,
    place_band text,
    place_hours smallint,
    reason text,
    reason_note text DEFAULT ''::text NOT NULL,
    contracted_at timestamp with time zone,
    criteria_reviewed_at timestamp with time zone,
    contracted_by text,
    contracted_how text,
    contracted_version integer,
    round_id uuid,
    reminded_at timestamp with time zone,
    CONSTRAINT registration_offer_complete CHECK (((status <> 'offered'::text) OR ((answer_by IS NOT NULL) AND (place_start IS NOT NULL)))),
    CONSTRAINT registrations_contracted_how_check CHECK ((contracted_how = ANY (ARRAY['signed'::text, 'online'::text]))),
    CONSTRAINT registrations_hours_check CHECK (((hours >= 1) AND (hours <= 60))),
    CONSTRAINT registrations_note_check CHECK ((length(note) <= 1000)),
    CONSTRAINT registrations_origin_check CHECK ((origin = ANY (ARRAY['online'::text, 'paper'::text, 'office'::text]))),
    CONSTRAINT registrations_place_band_check CHECK ((place_band = ANY (ARRAY['u3'::text, 'ue3'::text]))),
    CONSTRAINT registrations_rank_check CHECK (((rank >= 1) AND (rank <= 10))),
    CONSTRAINT registrations_reason_note_check CHECK ((length(reason_note) <= 1000)),
    CONSTRAINT registrations_status_check CHECK ((status = ANY (ARRAY['registered'::text, 'offered'::text, 'accepted'::text, 'declined'::text, 'rejected'::text, 'withdrawn'::text, 'contracted'::text, 'expired'::text]))),
    CONSTRAINT registrations_pkey PRIMARY KEY (id),
    CONSTRAINT registrations_child_id_fkey FOREIGN KEY (child_id) REFERENCES children(id) ON DELETE CASCADE,
    CONSTRAINT registrations_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES facilities(id),
    CONSTRAINT registrations_round_id_fkey FOREIGN KEY (round_id) REFERENCES rounds(id) ON DELETE SET NULL
);

CREATE TABLE case_proposals (
    id bigserial NOT NULL,
    child_id uuid NOT NULL,
    facility_id uuid NOT NULL,
    start_date date NOT NULL,
    hours smallint NOT NULL,
    age_band text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    status text DEFAULT 'proposed'::text NOT NULL,
    proposed_by text NOT NULL,
    proposed_at timestamp with time zone DEFAULT now() NOT NULL,
    decided_by text,
    decided_at timestamp with time zone,
    decision_note text DEFAULT ''::text NOT NULL,
    registration_id uuid,
    CONSTRAINT case_proposals_age_band_check CHECK ((age_band = ANY (ARRAY['u3'::text, 'ue3'::text]))),
    CONSTRAINT case_proposals_check CHECK (((status = 'proposed'::text) = (decided_at IS NULL))),
    CONSTRAINT case_proposals_decision_note_check CHECK ((char_length(decision_note) <= 1000)),
    CONSTRAINT case_proposals_hours_check CHECK (((hours >= 1) AND (hours <= 60))),
    CONSTRAINT case_proposals_note_check CHECK ((char_length(note) <= 1000)),
    CONSTRAINT case_proposals_status_check CHECK ((status = ANY (ARRAY['proposed'::text, 'confirmed'::text, 'refused'::text, 'withdrawn'::text]))),
    CONSTRAINT case_proposals_pkey PRIMARY KEY (id),
    CONSTRAINT case_proposals_child_id_fkey FOREIGN KEY (child_id) REFERENCES children(id) ON DELETE CASCADE,
    CONSTRAINT case_proposals_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES facilities(id),
    CONSTRAINT case_proposals_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES registrations(id) ON DELETE SET NULL
);

CREATE TABLE contract_terms (
    registration_id uuid NOT NULL,
    care_from time without time zone NOT NULL,
    care_until time without time zone NOT NULL,
    group_name text DEFAULT ''::text NOT NULL,
    settling_in date NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT contract_terms_check CHECK ((care_until > care_from)),
    CONSTRAINT contract_terms_group_name_check CHECK ((char_length(group_name) <= 60)),
    CONSTRAINT contract_terms_pkey PRIMARY KEY (registration_id),
    CONSTRAINT contract_terms_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES registrations(id) ON DELETE CASCADE
);

CREATE TABLE conversations (
    registration_id uuid NOT NULL,
    facility_id uuid NOT NULL,
    family_read_at timestamp with time zone,
    facility_read_at timestamp with time zone,
    last_message_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT conversations_pkey PRIMARY KEY (registration_id),
    CONSTRAINT conversations_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES facilities(id),
    CONSTRAINT conversations_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES registrations(id) ON DELETE CASCADE
);

CREATE TABLE documents (
    id uuid NOT NULL,
    registration_id uuid,
    family_id uuid,
    facility_id uuid NOT NULL,
    kind text NOT NULL,
    version integer NOT NULL,
    object_key text NOT NULL,
    filename text NOT NULL,
    size bigint NOT NULL,
    sha256 text NOT NULL,
    content_type text NOT NULL,
    uploaded_by text NOT NULL,
    uploaded_role text NOT NULL,
    title text DEFAULT ''::text NOT NULL,
    retain_until date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT documents_content_type_check CHECK ((content_type = ANY (ARRAY['application/pdf'::text, 'image/jpeg'::text, 'image/png'::text]))),
    CONSTRAINT documents_filename_check CHECK (((length(filename) BETWEEN 1 AND 200) AND (filename !~ '[/\\[:cntrl:]]'::text))),
    CONSTRAINT documents_kind_check CHECK ((kind = ANY (ARRAY['contract'::text, 'signed'::text, 'need'::text, 'urgency'::text, 'measles'::text, 'proof'::text, 'attachment'::text]))),
    CONSTRAINT documents_sha256_check CHECK ((sha256 ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT documents_size_check CHECK (((size >= 1) AND (size <= 10485760))),
    CONSTRAINT documents_version_check CHECK ((version >= 1)),
    CONSTRAINT documents_object_key_key UNIQUE (object_key),
    CONSTRAINT documents_pkey PRIMARY KEY (id),
    CONSTRAINT documents_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES facilities(id),
    CONSTRAINT documents_family_id_fkey FOREIGN KEY (family_id) REFERENCES families(id) ON DELETE SET NULL,
    CONSTRAINT documents_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES registrations(id) ON DELETE SET NULL
);

CREATE TABLE facility_messages (
    id bigserial NOT NULL,
    facility_id uuid NOT NULL,
    registration_id uuid,
    subject text NOT NULL,
    body text NOT NULL,
    read_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT facility_messages_pkey PRIMARY KEY (id),
    CONSTRAINT facility_messages_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES facilities(id) ON DELETE CASCADE,
    CONSTRAINT facility_messages_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES registrations(id) ON DELETE SET NULL
);

CREATE TABLE messages (
    id bigserial NOT NULL,
    family_id uuid NOT NULL,
    registration_id uuid,
    subject text NOT NULL,
    body text NOT NULL,
    read_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT messages_pkey PRIMARY KEY (id),
    CONSTRAINT messages_family_id_fkey FOREIGN KEY (family_id) REFERENCES families(id) ON DELETE CASCADE,
    CONSTRAINT messages_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES registrations(id) ON DELETE SET NULL
);

CREATE TABLE notices (
    id uuid NOT NULL,
    child_id uuid NOT NULL,
    family_id uuid NOT NULL,
    registration_id uuid,
    kind text NOT NULL,
    template_version integer NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    object_key text NOT NULL,
    size bigint NOT NULL,
    sha256 text NOT NULL,
    delivery text NOT NULL,
    issued_by text NOT NULL,
    issued_role text NOT NULL,
    issued_at timestamp with time zone DEFAULT now() NOT NULL,
    posted_at timestamp with time zone,
    posted_by text,
    CONSTRAINT notices_check CHECK (((posted_at IS NULL) OR (delivery = 'post'::text))),
    CONSTRAINT notices_check1 CHECK (((posted_at IS NULL) = (posted_by IS NULL))),
    CONSTRAINT notices_delivery_check CHECK ((delivery = ANY (ARRAY['email'::text, 'post'::text]))),
    CONSTRAINT notices_kind_check CHECK ((kind = ANY (ARRAY['offer'::text, 'rejection'::text, 'no_place'::text]))),
    CONSTRAINT notices_sha256_check CHECK ((sha256 ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT notices_size_check CHECK ((size > 0)),
    CONSTRAINT notices_template_version_check CHECK ((template_version >= 1)),
    CONSTRAINT notices_title_check CHECK (((char_length(title) >= 1) AND (char_length(title) <= 300))),
    CONSTRAINT notices_object_key_key UNIQUE (object_key),
    CONSTRAINT notices_pkey PRIMARY KEY (id),
    CONSTRAINT notices_child_id_fkey FOREIGN KEY (child_id) REFERENCES children(id) ON DELETE CASCADE,
    CONSTRAINT notices_family_id_fkey FOREIGN KEY (family_id) REFERENCES families(id) ON DELETE CASCADE,
    CONSTRAINT notices_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES registrations(id) ON DELETE SET NULL
);

CREATE TABLE registration_criteria (
    registration_id uuid NOT NULL,
    facility_id uuid NOT NULL,
    "position" smallint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT registration_criteria_pkey PRIMARY KEY (registration_id, "position"),
    CONSTRAINT registration_criteria_facility_id_position_fkey FOREIGN KEY (facility_id, "position") REFERENCES admission_criteria(facility_id, "position") ON DELETE CASCADE,
    CONSTRAINT registration_criteria_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES registrations(id) ON DELETE CASCADE
);

CREATE TABLE registration_declared_criteria (
    registration_id uuid NOT NULL,
    facility_id uuid NOT NULL,
    "position" smallint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT registration_declared_criteria_pkey PRIMARY KEY (registration_id, "position"),
    CONSTRAINT registration_declared_criteria_facility_id_position_fkey FOREIGN KEY (facility_id, "position") REFERENCES admission_criteria(facility_id, "position") ON DELETE CASCADE,
    CONSTRAINT registration_declared_criteria_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES registrations(id) ON DELETE CASCADE
);

CREATE TABLE registration_events (
    id bigserial NOT NULL,
    registration_id uuid NOT NULL,
    status text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    actor text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT registration_events_pkey PRIMARY KEY (id),
    CONSTRAINT registration_events_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES registrations(id) ON DELETE CASCADE
);

CREATE TABLE registration_inadmissible (
    registration_id uuid NOT NULL,
    reason text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    marked_by text NOT NULL,
    marked_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT registration_inadmissible_pkey PRIMARY KEY (registration_id),
    CONSTRAINT registration_inadmissible_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES registrations(id) ON DELETE CASCADE
);

CREATE TABLE talk_slots (
    id bigserial NOT NULL,
    facility_id uuid NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    mode text NOT NULL,
    place text DEFAULT ''::text NOT NULL,
    booked_by uuid,
    booked_at timestamp with time zone,
    created_by text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT talk_slots_check CHECK ((ends_at > starts_at)),
    CONSTRAINT talk_slots_mode_check CHECK ((mode = ANY (ARRAY['place'::text, 'phone'::text, 'video'::text]))),
    CONSTRAINT talk_slots_place_check CHECK ((char_length(place) <= 200)),
    CONSTRAINT talk_slots_booked_by_key UNIQUE (booked_by),
    CONSTRAINT talk_slots_pkey PRIMARY KEY (id),
    CONSTRAINT talk_slots_booked_by_fkey FOREIGN KEY (booked_by) REFERENCES registrations(id) ON DELETE SET NULL,
    CONSTRAINT talk_slots_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES facilities(id)
);

CREATE TABLE conversation_messages (
    id bigserial NOT NULL,
    registration_id uuid NOT NULL,
    side text NOT NULL,
    author text NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    document_id uuid,
    CONSTRAINT conversation_messages_body_check CHECK (((char_length(body) >= 1) AND (char_length(body) <= 5000))),
    CONSTRAINT conversation_messages_side_check CHECK ((side = ANY (ARRAY['family'::text, 'facility'::text]))),
    CONSTRAINT conversation_messages_pkey PRIMARY KEY (id),
    CONSTRAINT conversation_messages_document_id_fkey FOREIGN KEY (document_id) REFERENCES documents(id) ON DELETE SET NULL,
    CONSTRAINT conversation_messages_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES conversations(registration_id) ON DELETE CASCADE
);

CREATE TABLE outbox (
    id bigserial NOT NULL,
    message_id bigint,
    recipient text NOT NULL,
    subject text NOT NULL,
    body text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone DEFAULT now() NOT NULL,
    sent_at timestamp with time zone,
    last_error text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    failed_at timestamp with time zone,
    failure text,
    registration_id uuid,
    calendar text,
    CONSTRAINT outbox_pkey PRIMARY KEY (id),
    CONSTRAINT outbox_message_id_fkey FOREIGN KEY (message_id) REFERENCES messages(id) ON DELETE SET NULL,
    CONSTRAINT outbox_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES registrations(id) ON DELETE SET NULL
);

CREATE TABLE talk_events (
    id bigserial NOT NULL,
    registration_id uuid NOT NULL,
    slot_id bigint,
    kind text NOT NULL,
    side text NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT talk_events_kind_check CHECK ((kind = ANY (ARRAY['booked'::text, 'cancelled'::text]))),
    CONSTRAINT talk_events_side_check CHECK ((side = ANY (ARRAY['family'::text, 'facility'::text, 'system'::text]))),
    CONSTRAINT talk_events_pkey PRIMARY KEY (id),
    CONSTRAINT talk_events_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES registrations(id) ON DELETE CASCADE,
    CONSTRAINT talk_events_slot_id_fkey FOREIGN KEY (slot_id) REFERENCES talk_slots(id) ON DELETE SET NULL
);

CREATE TABLE talk_offers (
    registration_id uuid NOT NULL,
    slot_id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT talk_offers_pkey PRIMARY KEY (registration_id, slot_id),
    CONSTRAINT talk_offers_registration_id_fkey FOREIGN KEY (registration_id) REFERENCES registrations(id) ON DELETE CASCADE,
    CONSTRAINT talk_offers_slot_id_fkey FOREIGN KEY (slot_id) REFERENCES talk_slots(id) ON DELETE CASCADE
);

CREATE FUNCTION audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    raise exception 'the audit log is append-only' using errcode = '42501';
end
$$;

CREATE FUNCTION notices_fixed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    if (new.id, new.child_id, new.family_id, new.kind, new.template_version, new.title, new.body, new.object_key,
        new.size, new.sha256, new.delivery, new.issued_by, new.issued_role, new.issued_at)
       is distinct from
       (old.id, old.child_id, old.family_id, old.kind, old.template_version, old.title, old.body, old.object_key,
        old.size, old.sha256, old.delivery, old.issued_by, old.issued_role, old.issued_at)
       or (new.registration_id is distinct from old.registration_id and new.registration_id is not null)
       or (old.posted_at is not null and (new.posted_at, new.posted_by) is distinct from (old.posted_at, old.posted_by)) then
        raise exception 'an issued notice never changes' using errcode = '55000';
    end if;
    return new;
end
$$;

CREATE FUNCTION registration_rules() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
    AS $$
declare
    child children%rowtype;
    facility facilities%rowtype;
    months integer;
    active integer;
    max_active smallint;
begin
    select * into child from children where id = new.child_id for update;
    if not found then
        raise exception 'unknown child' using errcode = '23503', constraint = 'registration_child';
    end if;
    if new.start_date < current_date then
        raise exception 'start date in the past' using errcode = '23514', constraint = 'registration_start_past';
    end if;
    select * into facility from facilities where id = new.facility_id;
    if not found then
        raise exception 'unknown facility' using errcode = '23503', constraint = 'registration_facility';
    end if;
    if exists (select 1 from registrations where child_id = new.child_id and status in ('accepted', 'contracted')) then
        raise exception 'child has a place' using errcode = '23514', constraint = 'registration_placed';
    end if;
    if (facility.kind = 'kita' and not (new.hours = any (facility.hours_offered)))
       or (facility.kind = 'ktp' and new.hours not between facility.hours_min and facility.hours_max) then
        raise exception 'hours not offered' using errcode = '23514', constraint = 'registration_hours';
    end if;
    months := case
        when coalesce(child.birth_date, child.expected_birth_date) > new.start_date then -1
        else (extract(year from age(new.start_date, coalesce(child.birth_date, child.expected_birth_date))) * 12
              + extract(month from age(new.start_date, coalesce(child.birth_date, child.expected_birth_date))))::integer
    end;
    if months < facility.age_min_months or months > facility.age_max_months then
        raise exception 'age out of range' using errcode = '23514', constraint = 'registration_age';
    end if;
    if new.origin <> 'office' then
        select count(*) into active from registrations
            where child_id = new.child_id and status in ('registered', 'offered', 'accepted') and origin <> 'office';
        select max_choices into max_active from settings;
        if active >= max_active then
            raise exception 'too many registrations' using errcode = '23514', constraint = 'registration_limit';
        end if;
    end if;
    return new;
end
$$;

CREATE FUNCTION talk_release() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
    AS $$
begin
    insert into talk_events (registration_id, slot_id, kind, side, starts_at)
        select new.id, s.id, 'cancelled', 'system', s.starts_at from talk_slots s where s.booked_by = new.id;
    update talk_slots set booked_by = null, booked_at = null where booked_by = new.id;
    delete from talk_offers where registration_id = new.id;
    return new;
end $$;

COMMENT ON TABLE outbox IS 'E-mails to send, written with the status change. Sent by claiming one due row (for update skip locked) and leasing it (next_attempt_at moved ahead) in a short statement; the SMTP dialogue holds no connection; then marked sent, failed (permanent refusal, unparseable address, or too many temporary failures) or due again with backoff.';

CREATE INDEX announcements_facility ON announcements USING btree (facility_id, id DESC);

CREATE INDEX audit_log_created ON audit_log USING btree (created_at DESC);

CREATE INDEX case_notes_child ON case_notes USING btree (child_id, created_at);

CREATE INDEX case_proposals_child ON case_proposals USING btree (child_id, proposed_at);

CREATE INDEX case_proposals_facility ON case_proposals USING btree (facility_id) WHERE (status = 'proposed'::text);

CREATE UNIQUE INDEX case_proposals_open ON case_proposals USING btree (child_id, facility_id) WHERE (status = 'proposed'::text);

CREATE INDEX children_family ON children USING btree (family_id);

CREATE INDEX conversation_messages_registration ON conversation_messages USING btree (registration_id, id);

CREATE INDEX conversations_facility ON conversations USING btree (facility_id, last_message_at DESC);

CREATE INDEX documents_facility ON documents USING btree (facility_id, created_at DESC);

CREATE INDEX documents_family ON documents USING btree (family_id);

CREATE UNIQUE INDEX documents_version ON documents USING btree (registration_id, kind, version) WHERE (registration_id IS NOT NULL);

CREATE INDEX facilities_kind_name ON facilities USING btree (kind, name);

CREATE INDEX facility_messages_facility ON facility_messages USING btree (facility_id, id DESC);

CREATE INDEX messages_family ON messages USING btree (family_id, id DESC);

CREATE INDEX notices_child ON notices USING btree (child_id, issued_at DESC);

CREATE INDEX notices_family ON notices USING btree (family_id, issued_at DESC);

CREATE INDEX notices_to_post ON notices USING btree (issued_at, id) WHERE ((delivery = 'post'::text) AND (posted_at IS NULL));

CREATE INDEX outbox_due ON outbox USING btree (next_attempt_at) WHERE ((sent_at IS NULL) AND (failed_at IS NULL));

CREATE INDEX outbox_failed ON outbox USING btree (failed_at) WHERE (failed_at IS NOT NULL);

CREATE INDEX outbox_pending_id ON outbox USING btree (id) WHERE (sent_at IS NULL);

CREATE INDEX outbox_registration ON outbox USING btree (registration_id) WHERE (registration_id IS NOT NULL);

CREATE INDEX registration_criteria_facility ON registration_criteria USING btree (facility_id, registration_id);

CREATE INDEX registration_declared_criteria_facility ON registration_declared_criteria USING btree (facility_id, "position");

CREATE INDEX registration_events_registration ON registration_events USING btree (registration_id, id);

CREATE UNIQUE INDEX registration_unique_active ON registrations USING btree (child_id, facility_id) WHERE (status = ANY (ARRAY['registered'::text, 'offered'::text, 'accepted'::text, 'contracted'::text]));

CREATE INDEX registrations_child ON registrations USING btree (child_id);

CREATE INDEX registrations_facility_start ON registrations USING btree (facility_id, start_date, status);

CREATE INDEX registrations_remind ON registrations USING btree (answer_by) WHERE ((status = 'offered'::text) AND (reminded_at IS NULL));

CREATE INDEX registrations_status_answer ON registrations USING btree (answer_by) WHERE (status = 'offered'::text);

CREATE INDEX registrations_waiting ON registrations USING btree (facility_id, start_date) WHERE (status = ANY (ARRAY['registered'::text, 'offered'::text, 'accepted'::text]));

CREATE INDEX round_wishes_child ON round_wishes USING btree (round_id, child_id);

CREATE INDEX round_wishes_registration ON round_wishes USING btree (registration_id);

CREATE UNIQUE INDEX rounds_one_open ON rounds USING btree (start_date) WHERE (status <> 'published'::text);

CREATE INDEX talk_events_registration ON talk_events USING btree (registration_id, id);

CREATE INDEX talk_offers_slot ON talk_offers USING btree (slot_id);

CREATE INDEX talk_slots_facility ON talk_slots USING btree (facility_id, starts_at);

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_update BEFORE DELETE OR UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER due_figures_children AFTER UPDATE OF birth_date, expected_birth_date ON children FOR EACH ROW WHEN (((old.birth_date IS DISTINCT FROM new.birth_date) OR (old.expected_birth_date IS DISTINCT FROM new.expected_birth_date))) EXECUTE FUNCTION step_work.touched('figures');

CREATE TRIGGER due_figures_places AFTER UPDATE ON places REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION step_work.touched_rows('figures');

CREATE TRIGGER due_figures_places_gone AFTER DELETE ON places REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION step_work.touched_rows('figures');

CREATE TRIGGER due_figures_places_new AFTER INSERT ON places REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION step_work.touched_rows('figures');

CREATE TRIGGER due_figures_registered AFTER INSERT ON registrations REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION step_work.touched_rows('figures');

CREATE TRIGGER due_figures_registration AFTER UPDATE ON registrations REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION step_work.touched_rows('figures');

CREATE TRIGGER due_figures_unregistered AFTER DELETE ON registrations REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION step_work.touched_rows('figures');

CREATE TRIGGER due_mail AFTER INSERT ON outbox REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION step_work.touched_rows('mail');

CREATE TRIGGER due_mail_retry AFTER UPDATE OF next_attempt_at ON outbox FOR EACH ROW WHEN (((new.sent_at IS NULL) AND (new.failed_at IS NULL) AND (new.next_attempt_at < old.next_attempt_at))) EXECUTE FUNCTION step_work.mail_retry();

CREATE TRIGGER due_offers AFTER INSERT OR UPDATE OF status, answer_by ON registrations FOR EACH ROW WHEN ((new.status = 'offered'::text)) EXECUTE FUNCTION step_work.touched('offers');

CREATE TRIGGER due_retention AFTER INSERT OR UPDATE OF status, created_at ON registrations FOR EACH ROW WHEN ((new.status = 'registered'::text)) EXECUTE FUNCTION step_work.registration_waiting();

CREATE TRIGGER due_retention_documents AFTER INSERT OR UPDATE OF retain_until ON documents FOR EACH ROW WHEN ((new.retain_until IS NOT NULL)) EXECUTE FUNCTION step_work.touched('retention');

CREATE TRIGGER due_retention_settings AFTER UPDATE ON settings REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION step_work.touched_rows('retention');

CREATE TRIGGER due_sweep AFTER DELETE ON documents REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION step_work.touched_rows('sweep', '10 minutes');

CREATE TRIGGER due_sweep_notices AFTER DELETE ON notices REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION step_work.touched_rows('sweep', '10 minutes');

CREATE TRIGGER notices_no_change BEFORE UPDATE ON notices FOR EACH ROW EXECUTE FUNCTION notices_fixed();

CREATE TRIGGER registration_rules BEFORE INSERT ON registrations FOR EACH ROW EXECUTE FUNCTION registration_rules();

CREATE TRIGGER registrations_talk_release AFTER UPDATE OF status ON registrations FOR EACH ROW WHEN ((new.status <> ALL (ARRAY['registered'::text, 'offered'::text, 'accepted'::text, 'contracted'::text]))) EXECUTE FUNCTION talk_release();

-- The rows the migrations leave: the settings' one row (0002), and all background work due once (0019).
insert into settings default values;
select step_work.touch(current_schema(), kind, now())
from unnest(array['mail', 'offers', 'retention', 'sweep', 'figures']) as kind;
