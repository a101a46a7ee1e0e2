package no.maturo.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.maturo.tenancy.Tenant;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Platform operators manage tenants. */
@RestController
@RequestMapping("/api/v1/platform/tenants")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class PlatformTenantController {

    static final String LOCALES = "en|nb|da|sv";

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
            String defaultLocale,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int userCount,

            @Schema(description = "When one of its people last signed in; absent if never")
            OffsetDateTime lastActivityAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OffsetDateTime createdAt) {

        static TenantResponse of(Tenant t, Accounts.TenantActivity activity) {
            return new TenantResponse(
                    t.id(),
                    t.slug(),
                    t.name(),
                    t.status(),
                    t.defaultLocale(),
                    activity.people(),
                    activity.lastSignInAt(),
                    t.createdAt());
        }
    }

    record FirstAdmin(
            @NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 200) String displayName) {}

    record CreateTenantRequest(
            @NotBlank
            @Pattern(
                    regexp = "[a-z0-9][a-z0-9-]{1,62}",
                    message = "2-63 lower-case letters, digits or dashes, starting with a letter or digit")
            String slug,

            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = LOCALES) String defaultLocale,
            @NotNull @Valid FirstAdmin firstAdmin) {}

    record RenameTenantRequest(@NotBlank @Size(max = 200) String name) {}

    private final Tenants tenants;
    private final Accounts accounts;
    private final TenantAdministration administration;

    PlatformTenantController(Tenants tenants, Accounts accounts, TenantAdministration administration) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "Every tenant with its number of people and last activity")
    List<TenantResponse> list() {
        return tenants.list().stream().map(this::withActivity).toList();
    }

    @PostMapping
    @Operation(summary = "Create a tenant with its first tenant admin")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "409", description = "Short name or admin email already in use")
    ResponseEntity<TenantResponse> create(@Valid @RequestBody CreateTenantRequest request) {
        Tenant tenant = administration.create(
                request.slug(),
                request.name(),
                request.defaultLocale(),
                request.firstAdmin().email(),
                request.firstAdmin().displayName());
        return ResponseEntity.created(URI.create("/api/v1/platform/tenants/" + tenant.id()))
                .body(withActivity(tenant));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename a tenant")
    TenantResponse rename(@PathVariable UUID id, @Valid @RequestBody RenameTenantRequest request) {
        return withActivity(administration.rename(id, request.name()));
    }

    @PostMapping("/{id}/suspend")
    @Operation(summary = "Suspend a tenant: its people can neither sign in nor use the API, from now on")
    TenantResponse suspend(@PathVariable UUID id) {
        return withActivity(administration.changeStatus(id, Tenant.TenantStatus.SUSPENDED));
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Lift a tenant's suspension")
    TenantResponse reactivate(@PathVariable UUID id) {
        return withActivity(administration.changeStatus(id, Tenant.TenantStatus.ACTIVE));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a tenant and every row that belongs to it; confirm with its short name")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam String confirm) {
        administration.delete(id, confirm);
        return ResponseEntity.noContent().build();
    }

    private TenantResponse withActivity(Tenant tenant) {
        // People are tenant-owned rows: read them inside each tenant's own scope.
        return TenantResponse.of(tenant, TenantContext.callAs(tenant.id(), accounts::activity));
    }
}
