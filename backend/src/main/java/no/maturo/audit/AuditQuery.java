package no.maturo.audit;

import java.time.OffsetDateTime;

/**
 * Filters for reading the log; null means "any". {@code action} matches a prefix ("department." finds every
 * department change), {@code actor} a part of the actor's label, case-insensitively.
 */
public record AuditQuery(String action, String actor, OffsetDateTime from, OffsetDateTime to, int limit, int offset) {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        limit = Math.clamp(limit, 1, MAX_LIMIT);
        offset = Math.max(0, offset);
    }
}
