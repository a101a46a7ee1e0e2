--liquibase formatted sql

--changeset maturo:identity-003-sso-configuration
-- One OpenID Connect provider per tenant. The client secret is stored encrypted (AES-GCM, key from
-- maturo.secrets.encryption-key) and never returned by the API.
CREATE TABLE sso_configuration (
    tenant_id               uuid        PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    enabled                 boolean     NOT NULL DEFAULT false,
    issuer_url              text        NOT NULL CHECK (length(issuer_url) BETWEEN 8 AND 500),
    client_id               text        NOT NULL CHECK (length(btrim(client_id)) BETWEEN 1 AND 200),
    client_secret_encrypted text,
    email_claim             text        NOT NULL DEFAULT 'email',
    name_claim              text        NOT NULL DEFAULT 'name',
    groups_claim            text        NOT NULL DEFAULT 'groups',
    jit_provisioning        boolean     NOT NULL DEFAULT false,
    sso_required            boolean     NOT NULL DEFAULT false,
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CHECK (NOT sso_required OR enabled)
);
SELECT enable_tenant_isolation('sso_configuration');

-- The tenant's verified email domains: people with these domains sign in through the tenant's provider.
-- A domain belongs to one tenant only (the unique index spans tenants).
CREATE TABLE sso_domain (
    tenant_id uuid NOT NULL REFERENCES sso_configuration (tenant_id) ON DELETE CASCADE,
    domain    text NOT NULL CHECK (domain ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$'),
    PRIMARY KEY (tenant_id, domain)
);
CREATE UNIQUE INDEX sso_domain_domain_key ON sso_domain (domain);
SELECT enable_tenant_isolation('sso_domain');
-- Home-realm discovery runs before sign-in, when no tenant is known. A transaction that sets app.login_lookup
-- may read domains (never write them) to find the tenant of an email domain (see docs/architecture.md).
CREATE POLICY login_lookup ON sso_domain FOR SELECT
    USING (current_setting('app.login_lookup', true) = 'on');

-- Group claim values mapped to roles and departments, applied when a person is provisioned just in time.
CREATE TABLE sso_group_role (
    tenant_id  uuid NOT NULL REFERENCES sso_configuration (tenant_id) ON DELETE CASCADE,
    group_name text NOT NULL CHECK (length(group_name) BETWEEN 1 AND 200),
    role       text NOT NULL CHECK (role IN ('TENANT_ADMIN', 'LEADER', 'DEPARTMENT_MANAGER', 'EMPLOYEE')),
    PRIMARY KEY (tenant_id, group_name, role)
);
SELECT enable_tenant_isolation('sso_group_role');

CREATE TABLE sso_group_department (
    tenant_id     uuid NOT NULL REFERENCES sso_configuration (tenant_id) ON DELETE CASCADE,
    group_name    text NOT NULL CHECK (length(group_name) BETWEEN 1 AND 200),
    department_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, group_name),
    FOREIGN KEY (tenant_id, department_id) REFERENCES department (tenant_id, id)
);
SELECT enable_tenant_isolation('sso_group_department');
