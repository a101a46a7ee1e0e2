--liquibase formatted sql

--changeset maturo:identity-002-invitation
-- Single-use invitation links: only the SHA-256 hash of the random token is stored, never the token itself.
CREATE TABLE invitation (
    tenant_id   uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id          uuid        NOT NULL,
    user_id     uuid        NOT NULL,
    token_hash  bytea       NOT NULL CHECK (length(token_hash) = 32),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX invitation_token_hash_key ON invitation (token_hash);
CREATE INDEX invitation_user ON invitation (tenant_id, user_id);
SELECT enable_tenant_isolation('invitation');
-- Whoever opens an invitation link is not signed in and no tenant is known. A transaction that sets
-- app.invitation_lookup may read invitations (never write them) to find the one whose hash matches; only
-- Invitations.findByToken does so (see docs/architecture.md). The token's 256 bits are the secret.
CREATE POLICY invitation_lookup ON invitation FOR SELECT
    USING (current_setting('app.invitation_lookup', true) = 'on');
