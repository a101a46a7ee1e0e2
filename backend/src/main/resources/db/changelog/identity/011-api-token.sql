--liquibase formatted sql

--changeset maturo:identity-011-api-token
-- Bearer tokens for integrations (SCIM provisioning, later KPI pushes). Only a SHA-256 hash of the secret
-- part is stored; the token itself names its tenant and id, so it is looked up under row-level security.
CREATE TABLE api_token (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id           uuid        NOT NULL,
    name         text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    secret_hash  bytea       NOT NULL,
    scopes       text[]      NOT NULL CHECK (cardinality(scopes) > 0),
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    PRIMARY KEY (tenant_id, id)
);
SELECT enable_tenant_isolation('api_token');
