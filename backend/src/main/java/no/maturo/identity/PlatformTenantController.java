package no.maturo.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.maturo.tenancy.Tenant;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform operators' view of all tenants. */
@RestController
class PlatformTenantController {

    record TenantResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String slug,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Tenant.TenantStatus status,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int userCount,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OffsetDateTime createdAt) {}

    private final Tenants tenants;
    private final Accounts accounts;

    PlatformTenantController(Tenants tenants, Accounts accounts) {
        this.tenants = tenants;
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/platform/tenants")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Operation(summary = "Every tenant with its number of people")
    List<TenantResponse> list() {
        return tenants.list().stream()
                .map(t -> new TenantResponse(
                        t.id(),
                        t.slug(),
                        t.name(),
                        t.status(),
                        // People are tenant-owned rows: count them inside each tenant's own scope.
                        TenantContext.callAs(t.id(), accounts::countUsers),
                        t.createdAt()))
                .toList();
    }
}
