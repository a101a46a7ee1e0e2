-- Runs once, when the PostgreSQL container creates its data directory.
-- The owner migrates and owns the tables; the application account is bound by row-level security.
CREATE ROLE maturo_owner LOGIN PASSWORD 'change-me-owner';
CREATE ROLE maturo_app LOGIN PASSWORD 'change-me-app' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
CREATE DATABASE maturo OWNER maturo_owner;
\connect maturo
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT ALL ON SCHEMA public TO maturo_owner;
GRANT USAGE ON SCHEMA public TO maturo_app;
