--liquibase formatted sql

--changeset maturo:identity-001-platform-account
-- Platform operators belong to no tenant.
CREATE TABLE platform_account (
    id            uuid        PRIMARY KEY,
    email         text        NOT NULL,
    display_name  text        NOT NULL,
    password_hash text        NOT NULL,
    locale        text        CHECK (locale IN ('en', 'nb', 'da', 'sv')),
    active        boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX platform_account_email_key ON platform_account (lower(email));

--changeset maturo:identity-001-user-account
CREATE TABLE user_account (
    tenant_id     uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id            uuid        NOT NULL,
    email         text        NOT NULL CHECK (position('@' IN email) > 1),
    display_name  text        NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
    password_hash text,
    locale        text        CHECK (locale IN ('en', 'nb', 'da', 'sv')),
    department_id uuid,
    role_level    text        CHECK (role_level IN ('TOP_MANAGEMENT', 'MIDDLE_MANAGEMENT', 'SPECIALIST', 'FRONTLINE')),
    active        boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, department_id) REFERENCES department (tenant_id, id)
);
-- An email address identifies one account across the platform: password login finds the tenant by it.
CREATE UNIQUE INDEX user_account_email_key ON user_account (lower(email));
SELECT enable_tenant_isolation('user_account');
-- Before sign-in no tenant is known. A transaction that sets app.login_lookup may read accounts (never write
-- them) to find the one matching an email; only the login service does so (see docs/architecture.md).
CREATE POLICY login_lookup ON user_account FOR SELECT
    USING (current_setting('app.login_lookup', true) = 'on');

CREATE TABLE user_role (
    tenant_id uuid NOT NULL,
    user_id   uuid NOT NULL,
    role      text NOT NULL CHECK (role IN ('TENANT_ADMIN', 'LEADER', 'DEPARTMENT_MANAGER', 'EMPLOYEE')),
    PRIMARY KEY (tenant_id, user_id, role),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_isolation('user_role');

--changeset maturo:identity-001-login-throttle
-- Failed sign-ins per account and per client address, shared by every instance.
CREATE TABLE login_throttle (
    throttle_key      text        PRIMARY KEY,
    failures          integer     NOT NULL,
    window_started_at timestamptz NOT NULL,
    locked_until      timestamptz
);

--changeset maturo:identity-001-spring-session
-- Spring Session JDBC's schema for PostgreSQL: sessions are shared by every instance.
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval integer      NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);
CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
