--liquibase formatted sql

--changeset maturo:assessment-002-response
-- Anonymous responses. A random id, the cycle's date instead of the submission time, and the department and
-- role level copied from the participation snapshot: nothing here joins back to cycle_participant.
CREATE TABLE response (
    tenant_id     uuid NOT NULL,
    id            uuid NOT NULL,
    cycle_id      uuid NOT NULL,
    cycle_date    date NOT NULL,
    department_id uuid,
    role_level    text CHECK (role_level IN ('TOP_MANAGEMENT', 'MIDDLE_MANAGEMENT', 'SPECIALIST', 'FRONTLINE', 'CUSTOMER')),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES cycle (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX response_cycle ON response (tenant_id, cycle_id);
SELECT enable_tenant_isolation('response');

-- One row per statement answered; value absent means "don't know".
CREATE TABLE response_answer (
    tenant_id   uuid     NOT NULL,
    response_id uuid     NOT NULL,
    item_id     uuid     NOT NULL,
    value       smallint CHECK (value BETWEEN 1 AND 5),
    PRIMARY KEY (tenant_id, response_id, item_id),
    FOREIGN KEY (tenant_id, response_id) REFERENCES response (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, item_id) REFERENCES model_item (tenant_id, id)
);
SELECT enable_tenant_isolation('response_answer');

-- Free text, at most one per dimension; stored as typed and always rendered escaped.
CREATE TABLE response_comment (
    tenant_id    uuid NOT NULL,
    response_id  uuid NOT NULL,
    dimension_id uuid NOT NULL,
    body         text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 2000),
    PRIMARY KEY (tenant_id, response_id, dimension_id),
    FOREIGN KEY (tenant_id, response_id) REFERENCES response (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, dimension_id) REFERENCES model_dimension (tenant_id, id)
);
SELECT enable_tenant_isolation('response_comment');

--changeset maturo:assessment-002-public-throttle
-- Requests to the public survey endpoints per client address and fixed window, shared by every instance.
CREATE TABLE public_request_throttle (
    throttle_key      text        PRIMARY KEY,
    hits              integer     NOT NULL,
    window_started_at timestamptz NOT NULL
);
