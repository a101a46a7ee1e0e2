package no.maturo.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

record MeResponse(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String email,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String displayName,

        @Schema(description = "en, nb, da or sv; absent when the person has not chosen")
        String locale,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Role> roles,
        @Schema(description = "Absent for platform admins") TenantSummary tenant) {

    /** The person as the SPA sees them; {@code tenant} is null for platform admins. */
    static MeResponse of(AuthenticatedUser user, TenantSummary tenant) {
        return new MeResponse(
                user.id(),
                user.email(),
                user.displayName(),
                user.locale(),
                user.roles().stream().sorted().toList(),
                tenant);
    }

    record TenantSummary(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String slug,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name) {}
}
