package no.maturo.org;

import java.util.UUID;

/** A node in a tenant's organisation tree; {@code parentId} is null for a top-level department. */
public record Department(UUID id, UUID parentId, String name) {}
