--liquibase formatted sql

--changeset maturo:analytics-001-rollups
-- Pre-aggregated figures that dashboards read instead of responses, kept per cycle and group and updated in the
-- transaction that stores each response. A group is one department (no department for customers and people
-- without one) and one role level (CUSTOMER for outside-in answers). Primary keys cannot hold NULL, so group_key
-- names the group as '<department id or ->/<role level or ->'. Nothing here refers to a respondent.

-- A cycle whose rollups exist: rebuilt once from the stored responses, then kept up to date. Cycles answered
-- before this table existed have no row until their first read or their next response.
CREATE TABLE analytics_cycle_rollup (
    tenant_id  uuid        NOT NULL,
    cycle_id   uuid        NOT NULL,
    rebuilt_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, cycle_id),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES cycle (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_isolation('analytics_cycle_rollup');

-- Per cycle and group: responses, and respondents per maturity level of their own overall index (computed when
-- the response arrives, with the model version's weights, reverse scoring and thresholds). Responses with only
-- "don't know" answers have no level.
CREATE TABLE analytics_group_rollup (
    tenant_id     uuid    NOT NULL,
    cycle_id      uuid    NOT NULL,
    group_key     text    NOT NULL,
    department_id uuid,
    role_level    text CHECK (role_level IN ('TOP_MANAGEMENT', 'MIDDLE_MANAGEMENT', 'SPECIALIST', 'FRONTLINE', 'CUSTOMER')),
    responses     integer NOT NULL DEFAULT 0,
    level_low     integer NOT NULL DEFAULT 0,
    level_medium  integer NOT NULL DEFAULT 0,
    level_high    integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, cycle_id, group_key),
    FOREIGN KEY (tenant_id, cycle_id) REFERENCES cycle (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, department_id) REFERENCES department (tenant_id, id)
);
SELECT enable_tenant_isolation('analytics_group_rollup');

-- Per cycle, group and statement: answers per value 1-5 and "don't know" (sum and sum of squares follow).
CREATE TABLE analytics_statement_rollup (
    tenant_id     uuid    NOT NULL,
    cycle_id      uuid    NOT NULL,
    group_key     text    NOT NULL,
    item_id       uuid    NOT NULL,
    department_id uuid,
    role_level    text CHECK (role_level IN ('TOP_MANAGEMENT', 'MIDDLE_MANAGEMENT', 'SPECIALIST', 'FRONTLINE', 'CUSTOMER')),
    value_1       integer NOT NULL DEFAULT 0,
    value_2       integer NOT NULL DEFAULT 0,
    value_3       integer NOT NULL DEFAULT 0,
    value_4       integer NOT NULL DEFAULT 0,
    value_5       integer NOT NULL DEFAULT 0,
    dont_know     integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, cycle_id, group_key, item_id),
    FOREIGN KEY (tenant_id, cycle_id, group_key) REFERENCES analytics_group_rollup (tenant_id, cycle_id, group_key)
        ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, item_id) REFERENCES model_item (tenant_id, id),
    FOREIGN KEY (tenant_id, department_id) REFERENCES department (tenant_id, id)
);
SELECT enable_tenant_isolation('analytics_statement_rollup');
