package no.maturo.audit;

import java.time.OffsetDateTime;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

public record AuditEvent(
        UUID id,
        OffsetDateTime occurredAt,
        UUID actorId,
        String actorLabel,
        String action,
        String targetType,
        String targetId,
        JsonNode before,
        JsonNode after) {}
