--liquibase formatted sql

--changeset maturo:identity-010-last-sign-in
-- Last activity per tenant, for platform administration.
ALTER TABLE user_account ADD COLUMN last_sign_in_at timestamptz;
