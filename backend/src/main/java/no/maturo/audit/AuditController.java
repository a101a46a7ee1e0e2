package no.maturo.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
class AuditController {

    record AuditEventResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OffsetDateTime occurredAt,

            UUID actorId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String actorLabel,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String action,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String targetType,

            String targetId,

            @Schema(description = "The changed values before the change")
            JsonNode before,

            @Schema(description = "The changed values after the change")
            JsonNode after) {

        static AuditEventResponse of(AuditEvent e) {
            return new AuditEventResponse(
                    e.id(),
                    e.occurredAt(),
                    e.actorId(),
                    e.actorLabel(),
                    e.action(),
                    e.targetType(),
                    e.targetId(),
                    e.before(),
                    e.after());
        }
    }

    private static final String[] CSV_HEADER = {
        "occurred_at", "actor", "action", "target_type", "target_id", "before", "after"
    };

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/api/v1/audit-events")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "The tenant's administrative changes, newest first, filtered")
    List<AuditEventResponse> list(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return auditLog.search(new AuditQuery(action, actor, from, to, limit, offset)).stream()
                .map(AuditEventResponse::of)
                .toList();
    }

    @GetMapping(value = "/api/v1/audit-events/export", produces = "text/csv")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "The same events as CSV (UTF-8), up to 1,000 per request")
    void export(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            HttpServletResponse response)
            throws IOException {
        List<AuditEvent> events = auditLog.search(new AuditQuery(action, actor, from, to, AuditQuery.MAX_LIMIT, 0));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        try (var printer = new CSVPrinter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (AuditEvent e : events) {
                printer.printRecord(
                        e.occurredAt(),
                        e.actorLabel(),
                        e.action(),
                        e.targetType(),
                        e.targetId(),
                        text(e.before()),
                        text(e.after()));
            }
        }
    }

    @GetMapping("/api/v1/platform/audit-events")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Operation(summary = "Platform administration changes (tenants), newest first")
    List<AuditEventResponse> platform(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return auditLog.searchPlatform(new AuditQuery(action, actor, null, null, limit, offset)).stream()
                .map(AuditEventResponse::of)
                .toList();
    }

    private static String text(JsonNode node) {
        return node == null ? "" : node.toString();
    }
}
