--liquibase formatted sql

--changeset maturo:audit-001-audit-event
-- Administrative changes inside a tenant: who, when, what, before and after. Append-only for the
-- application (grants.sql takes UPDATE and DELETE away); rows go only with their tenant.
CREATE TABLE audit_event (
    tenant_id   uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id          uuid        NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor_id    uuid,
    actor_label text        NOT NULL,
    action      text        NOT NULL,
    target_type text        NOT NULL,
    target_id   text,
    before      jsonb,
    after       jsonb,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_event_time ON audit_event (tenant_id, occurred_at DESC);
SELECT enable_tenant_isolation('audit_event');

-- Platform administration (tenants created, renamed, suspended, deleted) outlives the tenants it names.
CREATE TABLE platform_audit_event (
    id          uuid        PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor_id    uuid,
    actor_label text        NOT NULL,
    action      text        NOT NULL,
    target_type text        NOT NULL,
    target_id   text,
    before      jsonb,
    after       jsonb
);
CREATE INDEX platform_audit_event_time ON platform_audit_event (occurred_at DESC);
