--liquibase formatted sql

--changeset maturo:assessment-001-cycle
-- One run of a full assessment or a pulse over a time window. Recurring cycles share a series; the scheduler
-- creates the next cycle of a series when one closes.
CREATE TABLE cycle (
    tenant_id              uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id                     uuid        NOT NULL,
    name                   text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    kind                   text        NOT NULL CHECK (kind IN ('ASSESSMENT', 'PULSE')),
    model_version_id       uuid        NOT NULL,
    status                 text        NOT NULL DEFAULT 'DRAFT'
                                       CHECK (status IN ('DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED')),
    opens_at               timestamptz NOT NULL,
    closes_at              timestamptz NOT NULL,
    recurrence             text        NOT NULL DEFAULT 'NONE' CHECK (recurrence IN ('NONE', 'MONTHLY', 'QUARTERLY')),
    series_id              uuid        NOT NULL,
    series_number          integer     NOT NULL DEFAULT 1 CHECK (series_number >= 1),
    -- Pulses only: every statement of the model is asked at least once in every pulse_rotation consecutive pulses.
    pulse_rotation         integer     CHECK (pulse_rotation BETWEEN 1 AND 52),
    -- Audience: the subtree under this department (absent: the whole organisation), limited to these role
    -- levels (absent: every level).
    audience_department_id uuid,
    audience_role_levels   text[],
    -- Reminders go to those who have not answered, every reminder_interval_days while open (absent: none).
    reminder_interval_days integer     CHECK (reminder_interval_days BETWEEN 1 AND 30),
    outside_in             boolean     NOT NULL DEFAULT false,
    -- Copied from the tenant when the cycle opens and never changed afterwards.
    anonymity_threshold    integer     CHECK (anonymity_threshold >= 3),
    created_at             timestamptz NOT NULL DEFAULT now(),
    opened_at              timestamptz,
    closed_at              timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, series_id, series_number),
    FOREIGN KEY (tenant_id, model_version_id) REFERENCES model_version (tenant_id, id),
    FOREIGN KEY (tenant_id, audience_department_id) REFERENCES department (tenant_id, id),
    CHECK (closes_at > opens_at),
    CHECK ((kind = 'PULSE') = (pulse_rotation IS NOT NULL)),
    CHECK (status IN ('DRAFT', 'SCHEDULED') OR anonymity_threshold IS NOT NULL),
    CHECK (audience_role_levels <@ ARRAY['TOP_MANAGEMENT', 'MIDDLE_MANAGEMENT', 'SPECIALIST', 'FRONTLINE'])
);
CREATE INDEX cycle_status ON cycle (tenant_id, status, opens_at);
SELECT enable_tenant_isolation('cycle');

-- The statements a cycle asks: the whole model for an assessment, the rotation's share for a pulse.
CREATE TABLE cycle_item (
    tenant_id uuid    NOT NULL,
    cycle_id  uuid    NOT NULL,
    item_id   uuid    NOT NULL,
    position  integer NOT NULL CHECK (position >= 0),
    PRIMARY KEY (tenant_id, cycle_id, item_id),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES cycle (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, item_id) REFERENCES model_item (tenant_id, id)
);
SELECT enable_tenant_isolation('cycle_item');

--changeset maturo:assessment-001-participation
-- Participation: who was invited and whether they answered. It never references a response, and a response
-- never references it (see response below).
CREATE TABLE cycle_participant (
    tenant_id          uuid        NOT NULL,
    cycle_id           uuid        NOT NULL,
    user_id            uuid        NOT NULL,
    -- Snapshot taken when the cycle opens: copied onto the response, never asked in the survey.
    department_id      uuid,
    role_level         text        CHECK (role_level IN ('TOP_MANAGEMENT', 'MIDDLE_MANAGEMENT', 'SPECIALIST', 'FRONTLINE')),
    invited_at         timestamptz,
    reminders_sent     integer     NOT NULL DEFAULT 0,
    last_reminded_at   timestamptz,
    answered           boolean     NOT NULL DEFAULT false,
    -- SHA-256 of the idempotency key of the submission that answered: a retry with the same key gets the same
    -- receipt, any other second submission is refused.
    submission_key_hash bytea,
    PRIMARY KEY (tenant_id, cycle_id, user_id),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES cycle (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id) ON DELETE CASCADE,
    CHECK (answered = (submission_key_hash IS NOT NULL))
);
SELECT enable_tenant_isolation('cycle_participant');

-- Single-use answer links sent by mail (the invitation and each reminder carry one). Only a hash is stored;
-- every link of a participant stops working once they have answered.
CREATE TABLE answer_link (
    tenant_id  uuid        NOT NULL,
    token_hash bytea       NOT NULL,
    cycle_id   uuid        NOT NULL,
    user_id    uuid        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, token_hash),
    FOREIGN KEY (tenant_id, cycle_id, user_id) REFERENCES cycle_participant (tenant_id, cycle_id, user_id)
        ON DELETE CASCADE
);
SELECT enable_tenant_isolation('answer_link');

-- Outside-in: links for the tenant's customers, one answer per link, no sign-in.
CREATE TABLE customer_link (
    tenant_id           uuid        NOT NULL,
    id                  uuid        NOT NULL,
    cycle_id            uuid        NOT NULL,
    token_hash          bytea       NOT NULL,
    label               text        CHECK (length(label) <= 200),
    answered            boolean     NOT NULL DEFAULT false,
    submission_key_hash bytea,
    created_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, token_hash),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES cycle (tenant_id, id) ON DELETE CASCADE,
    CHECK (answered = (submission_key_hash IS NOT NULL))
);
SELECT enable_tenant_isolation('customer_link');
