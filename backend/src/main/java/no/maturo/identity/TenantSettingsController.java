package no.maturo.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.maturo.shared.NotFoundException;
import no.maturo.tenancy.Tenant;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A tenant admin's settings for their own organisation. */
@RestController
@RequestMapping("/api/v1/tenant/settings")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class TenantSettingsController {

    static final int MIN_ANONYMITY_THRESHOLD = 3;

    record TenantSettings(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 200)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull
            @Pattern(regexp = PlatformTenantController.LOCALES)
            String defaultLocale,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "No result is shown for a group with fewer answers; never below 3")
            @Min(value = MIN_ANONYMITY_THRESHOLD, message = "must be at least 3 to protect anonymity")
            @Max(100)
            int anonymityThreshold) {

        static TenantSettings of(Tenant t) {
            return new TenantSettings(t.name(), t.defaultLocale(), t.anonymityThreshold());
        }
    }

    private final Tenants tenants;
    private final TenantAdministration administration;

    TenantSettingsController(Tenants tenants, TenantAdministration administration) {
        this.tenants = tenants;
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "The organisation's name, default language and anonymity threshold")
    TenantSettings get() {
        return tenants.findById(TenantContext.require())
                .map(TenantSettings::of)
                .orElseThrow(() -> new NotFoundException("No such tenant."));
    }

    @PutMapping
    @Operation(summary = "Change the organisation's settings")
    TenantSettings update(@Valid @RequestBody TenantSettings settings) {
        return TenantSettings.of(administration.updateSettings(
                settings.name(), settings.defaultLocale(), settings.anonymityThreshold()));
    }
}
