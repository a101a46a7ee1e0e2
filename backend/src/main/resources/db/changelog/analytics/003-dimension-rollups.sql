--liquibase formatted sql

--changeset maturo:analytics-003-dimension-rollups
-- Per cycle, group (same group_key as analytics_group_rollup) and dimension key: the respondents' own dimension
-- indices (1-5, computed when each response arrives with the model version's weights and reverse scoring) as
-- count, sum and sum of squares, so a group's mean and variance add up from its cells without reading responses.
-- Respondents with only "don't know" in a dimension are not counted in it. Nothing here refers to a respondent.
CREATE TABLE analytics_dimension_rollup (
    tenant_id     uuid             NOT NULL,
    cycle_id      uuid             NOT NULL,
    group_key     text             NOT NULL,
    dimension_key text             NOT NULL,
    respondents   integer          NOT NULL DEFAULT 0,
    index_sum     double precision NOT NULL DEFAULT 0,
    index_squares double precision NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, cycle_id, group_key, dimension_key),
    FOREIGN KEY (tenant_id, cycle_id, group_key) REFERENCES analytics_group_rollup (tenant_id, cycle_id, group_key)
        ON DELETE CASCADE
);
SELECT enable_tenant_isolation('analytics_dimension_rollup');
