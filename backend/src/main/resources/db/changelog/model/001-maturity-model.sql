--liquibase formatted sql

--changeset maturo:model-001-maturity-model
-- A tenant's maturity model. Its content lives in versions: a published version is frozen, a new version is
-- derived from an earlier one, and statements that carry over keep their lineage so trends compare across versions.
CREATE TABLE maturity_model (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id           uuid        NOT NULL,
    name         text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    description  text        CHECK (length(description) <= 2000),
    -- The shipped template this model was copied from, if any.
    template_key text,
    archived_at  timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX maturity_model_name_key ON maturity_model (tenant_id, lower(name)) WHERE archived_at IS NULL;
SELECT enable_tenant_isolation('maturity_model');

CREATE TABLE model_version (
    tenant_id          uuid          NOT NULL,
    id                 uuid          NOT NULL,
    model_id           uuid          NOT NULL,
    version_number     integer       NOT NULL CHECK (version_number >= 1),
    status             text          NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
    derived_from_id    uuid,
    -- Maturity levels by index on the 1-5 scale: LOW up to low_up_to, MEDIUM up to medium_up_to, HIGH above.
    low_up_to          numeric(3, 2) NOT NULL DEFAULT 2.50,
    medium_up_to       numeric(3, 2) NOT NULL DEFAULT 3.75,
    published_at       timestamptz,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, model_id, version_number),
    FOREIGN KEY (tenant_id, model_id) REFERENCES maturity_model (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, derived_from_id) REFERENCES model_version (tenant_id, id),
    CHECK (1 < low_up_to AND low_up_to < medium_up_to AND medium_up_to < 5),
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
-- At most one draft per model: the next version is edited in one place.
CREATE UNIQUE INDEX model_version_one_draft ON model_version (tenant_id, model_id) WHERE status = 'DRAFT';
SELECT enable_tenant_isolation('model_version');

-- Names and statement texts are maps from locale (en, nb, da, sv) to text.
CREATE TABLE model_dimension (
    tenant_id     uuid          NOT NULL,
    id            uuid          NOT NULL,
    version_id    uuid          NOT NULL,
    position      integer       NOT NULL CHECK (position >= 0),
    dimension_key text          NOT NULL CHECK (dimension_key ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name          jsonb         NOT NULL,
    weight        numeric(5, 2) NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 100),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, version_id, dimension_key),
    FOREIGN KEY (tenant_id, version_id) REFERENCES model_version (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_isolation('model_dimension');

CREATE TABLE model_item (
    tenant_id      uuid          NOT NULL,
    id             uuid          NOT NULL,
    version_id     uuid          NOT NULL,
    dimension_id   uuid          NOT NULL,
    position       integer       NOT NULL CHECK (position >= 0),
    item_key       text          NOT NULL CHECK (item_key ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    -- The same statement across versions shares a lineage; derived_from_id is the item it carries over.
    lineage_id     uuid          NOT NULL,
    derived_from_id uuid,
    employee_text  jsonb         NOT NULL,
    -- The outside-in wording for the tenant's customers; absent when the statement is not asked of customers.
    customer_text  jsonb,
    reverse_scored boolean       NOT NULL DEFAULT false,
    weight         numeric(5, 2) NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 100),
    -- Which shipped benchmark figure this statement corresponds to (analytics), if any.
    benchmark_key  text,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, version_id, item_key),
    UNIQUE (tenant_id, version_id, lineage_id),
    FOREIGN KEY (tenant_id, version_id) REFERENCES model_version (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, dimension_id) REFERENCES model_dimension (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, derived_from_id) REFERENCES model_item (tenant_id, id)
);
CREATE INDEX model_item_lineage ON model_item (tenant_id, lineage_id);
SELECT enable_tenant_isolation('model_item');
