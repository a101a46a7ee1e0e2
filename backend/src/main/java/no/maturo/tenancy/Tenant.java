package no.maturo.tenancy;

import java.time.OffsetDateTime;
import java.util.UUID;

public record Tenant(
        UUID id,
        String slug,
        String name,
        TenantStatus status,
        String defaultLocale,
        int anonymityThreshold,
        OffsetDateTime createdAt) {

    public enum TenantStatus {
        ACTIVE,
        SUSPENDED
    }
}
