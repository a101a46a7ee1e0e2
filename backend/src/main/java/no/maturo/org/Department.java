package no.maturo.org;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A node in a tenant's organisation tree; {@code parentId} is null for a top-level department, {@code archivedAt}
 * null while it is active.
 */
public record Department(UUID id, UUID parentId, String name, OffsetDateTime archivedAt, OffsetDateTime createdAt) {

    public boolean archived() {
        return archivedAt != null;
    }
}
