--liquibase formatted sql

--changeset maturo:org-001-department
CREATE TABLE department (
    tenant_id   uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id          uuid        NOT NULL,
    parent_id   uuid,
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
    archived_at timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, parent_id) REFERENCES department (tenant_id, id)
);
-- Sibling names are unique among active departments (case-insensitive); roots share the nil parent.
CREATE UNIQUE INDEX department_sibling_name_key ON department
    (tenant_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name))
    WHERE archived_at IS NULL;
SELECT enable_tenant_isolation('department');
