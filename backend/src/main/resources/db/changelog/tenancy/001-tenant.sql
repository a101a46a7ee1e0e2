--liquibase formatted sql

--changeset maturo:tenancy-001-tenant
-- The tenant registry itself is platform data: it has no tenant_id and is read by platform administration.
CREATE TABLE tenant (
    id                  uuid        PRIMARY KEY,
    slug                text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name                text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    status              text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    default_locale      text        NOT NULL DEFAULT 'en' CHECK (default_locale IN ('en', 'nb', 'da', 'sv')),
    anonymity_threshold integer     NOT NULL DEFAULT 5 CHECK (anonymity_threshold >= 3),
    created_at          timestamptz NOT NULL DEFAULT now()
);

--changeset maturo:tenancy-001-isolation-function splitStatements:false
-- Every tenant-owned table calls this once: row-level security enabled and forced (so even the owner is
-- filtered), one policy comparing tenant_id with the transaction-local setting app.tenant_id. No setting, or
-- an empty one, matches no row: a forgotten tenant means nothing is visible, never everything.
CREATE FUNCTION enable_tenant_isolation(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format(
        'CREATE POLICY tenant_isolation ON %s '
        'USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid) '
        'WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)',
        target);
END;
$$;
REVOKE ALL ON FUNCTION enable_tenant_isolation(regclass) FROM PUBLIC;
