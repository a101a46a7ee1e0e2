package no.maturo.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tenant admins issue and revoke API tokens for integrations. */
@RestController
@RequestMapping("/api/v1/tenant/api-tokens")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class ApiTokenController {

    record ApiTokenResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Set<ApiScope> scopes,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String createdBy,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OffsetDateTime createdAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OffsetDateTime expiresAt,

            OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {

        static ApiTokenResponse of(ApiTokens.ApiToken t) {
            return new ApiTokenResponse(
                    t.id(),
                    t.name(),
                    t.scopes(),
                    t.createdBy(),
                    t.createdAt(),
                    t.expiresAt(),
                    t.lastUsedAt(),
                    t.revokedAt());
        }
    }

    record CreatedApiTokenResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ApiTokenResponse token,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The bearer token. Shown this once; only a hash is kept.")
            String secret) {}

    record CreateApiTokenRequest(
            @NotBlank @Size(max = 100) String name,
            @NotEmpty Set<ApiScope> scopes,

            @Schema(description = "Days until the token expires, 1 to 730; default 90") @Min(1) @Max(730)
            Integer validityDays) {}

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "The organisation's API tokens (never their secrets)")
    List<ApiTokenResponse> list() {
        return tokens.list().stream().map(ApiTokenResponse::of).toList();
    }

    @PostMapping
    @Operation(summary = "Issue an API token; the response carries its secret, shown only this once")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<CreatedApiTokenResponse> create(@Valid @RequestBody CreateApiTokenRequest request) {
        int days = request.validityDays() == null ? 90 : request.validityDays();
        ApiTokens.CreatedToken created = tokens.create(request.name(), request.scopes(), Duration.ofDays(days));
        return ResponseEntity.created(URI.create(
                        "/api/v1/tenant/api-tokens/" + created.token().id()))
                .body(new CreatedApiTokenResponse(ApiTokenResponse.of(created.token()), created.secret()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke an API token at once")
    ApiTokenResponse revoke(@PathVariable UUID id) {
        return ApiTokenResponse.of(tokens.revoke(id));
    }
}
