--liquibase formatted sql

--changeset maturo:grant-application-role runAlways:true runOnChange:true
-- The application account reads and writes rows (row-level security filters them) but owns nothing and
-- cannot touch Liquibase's own bookkeeping.
GRANT USAGE ON SCHEMA public TO ${application_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${application_role};
REVOKE ALL ON databasechangelog, databasechangeloglock FROM ${application_role};
-- Audit logs are append-only for the application.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, platform_audit_event FROM ${application_role};
