package no.maturo.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A tenant administrator's single sign-on settings: one OpenID Connect provider per tenant. */
@RestController
@RequestMapping("/api/v1/tenant/sso")
class SsoController {

    static final String DOMAIN = "^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$";
    static final String CLAIM = "^[A-Za-z0-9_:./-]{1,100}$";

    record GroupRoleMapping(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 200)
            String group,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
            Role role) {}

    record GroupDepartmentMapping(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 200)
            String group,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
            UUID departmentId) {}

    record SsoSettingsRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
            Boolean enabled,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "https://login.example.com/realms/acme")
            @NotBlank
            @Size(max = 500)
            String issuerUrl,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 200)
            String clientId,

            @Schema(description = "Write-only. Leave out or empty to keep the stored secret.", writeOnly = true)
            @Size(max = 2000)
            String clientSecret,

            @Schema(description = "Verified email domains whose people sign in through this provider") @Size(max = 50)
            List<
                            @NotBlank @Size(max = 253)
                            @Pattern(regexp = DOMAIN, message = "must be a domain such as example.com") String>
                    domains,

            @Schema(description = "Default: email") @Size(max = 100) @Pattern(regexp = CLAIM)
            String emailClaim,

            @Schema(description = "Default: name") @Size(max = 100) @Pattern(regexp = CLAIM)
            String nameClaim,

            @Schema(description = "Default: groups") @Size(max = 100) @Pattern(regexp = CLAIM)
            String groupsClaim,

            @Size(max = 200) List<@Valid @NotNull GroupRoleMapping> groupRoles,
            @Size(max = 200) List<@Valid @NotNull GroupDepartmentMapping> groupDepartments,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
            Boolean jitProvisioning,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
            Boolean ssoRequired) {}

    record SsoSettingsResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "False until settings are saved")
            boolean configured,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean enabled,

            String issuerUrl,
            String clientId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Whether a client secret is stored")
            boolean clientSecretSet,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> domains,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String emailClaim,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String nameClaim,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String groupsClaim,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<GroupRoleMapping> groupRoles,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<GroupDepartmentMapping> groupDepartments,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean jitProvisioning,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean ssoRequired,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The redirect URI to register at the identity provider")
            String redirectUri,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Where the provider should send the browser after signing out")
            String postLogoutRedirectUri) {}

    record SsoTestRequest(
            @Schema(description = "The issuer to test; the stored one when left out") @Size(max = 500)
            String issuerUrl) {}

    private final SsoConfigurations configurations;
    private final SsoConnectionCheck connectionCheck;
    private final IssuerUrls issuerUrls;
    private final Tenants tenants;

    SsoController(
            SsoConfigurations configurations,
            SsoConnectionCheck connectionCheck,
            IssuerUrls issuerUrls,
            Tenants tenants) {
        this.configurations = configurations;
        this.connectionCheck = connectionCheck;
        this.issuerUrls = issuerUrls;
        this.tenants = tenants;
    }

    @GetMapping
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "The tenant's single sign-on settings; the client secret is never returned")
    SsoSettingsResponse get(HttpServletRequest request) {
        return toResponse(configurations.current(), request);
    }

    @PutMapping
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Replace the tenant's single sign-on settings")
    @ApiResponse(responseCode = "200", description = "Saved")
    @ApiResponse(responseCode = "400", description = "Invalid settings; nothing was stored")
    @ApiResponse(responseCode = "404", description = "A mapped department does not exist")
    @ApiResponse(responseCode = "409", description = "An email domain belongs to another organisation")
    SsoSettingsResponse put(@Valid @RequestBody SsoSettingsRequest body, HttpServletRequest request) {
        issuerUrls.problemWith(body.issuerUrl()).ifPresent(problem -> {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problem);
        });
        SsoSettings saved = configurations.save(new SsoSettings.Update(
                body.enabled(),
                body.issuerUrl(),
                body.clientId(),
                body.clientSecret(),
                body.domains() == null ? List.of() : body.domains(),
                body.emailClaim(),
                body.nameClaim(),
                body.groupsClaim(),
                body.groupRoles() == null
                        ? List.of()
                        : body.groupRoles().stream()
                                .map(m -> new SsoSettings.GroupRole(m.group().strip(), m.role()))
                                .toList(),
                body.groupDepartments() == null
                        ? List.of()
                        : body.groupDepartments().stream()
                                .map(m -> new SsoSettings.GroupDepartment(
                                        m.group().strip(), m.departmentId()))
                                .toList(),
                body.jitProvisioning(),
                body.ssoRequired()));
        return toResponse(Optional.of(saved), request);
    }

    @PostMapping("/test")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Fetch the provider's discovery document and report, in plain words, what would stop sign-in")
    @ApiResponse(responseCode = "200", description = "The checks and their results (ok is false when one failed)")
    @ApiResponse(responseCode = "400", description = "No issuer given and none stored")
    SsoConnectionCheck.Result test(@Valid @RequestBody(required = false) SsoTestRequest body) {
        String issuer =
                body != null && body.issuerUrl() != null && !body.issuerUrl().isBlank()
                        ? body.issuerUrl()
                        : configurations.current().map(SsoSettings::issuerUrl).orElse(null);
        if (issuer == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Enter the issuer URL to test.");
        }
        return connectionCheck.check(issuer);
    }

    private SsoSettingsResponse toResponse(Optional<SsoSettings> settings, HttpServletRequest request) {
        String slug = tenants.findById(TenantContext.require())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The organisation is gone."))
                .slug();
        String base =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String redirectUri = base + "/login/oauth2/code/" + slug;
        String afterLogout = base + "/login";
        return settings.map(s -> new SsoSettingsResponse(
                        true,
                        s.enabled(),
                        s.issuerUrl(),
                        s.clientId(),
                        s.clientSecretSet(),
                        s.domains(),
                        s.emailClaim(),
                        s.nameClaim(),
                        s.groupsClaim(),
                        s.groupRoles().stream()
                                .map(m -> new GroupRoleMapping(m.group(), m.role()))
                                .toList(),
                        s.groupDepartments().stream()
                                .map(m -> new GroupDepartmentMapping(m.group(), m.departmentId()))
                                .toList(),
                        s.jitProvisioning(),
                        s.ssoRequired(),
                        redirectUri,
                        afterLogout))
                .orElseGet(() -> new SsoSettingsResponse(
                        false,
                        false,
                        null,
                        null,
                        false,
                        List.of(),
                        SsoSettings.DEFAULT_EMAIL_CLAIM,
                        SsoSettings.DEFAULT_NAME_CLAIM,
                        SsoSettings.DEFAULT_GROUPS_CLAIM,
                        List.of(),
                        List.of(),
                        false,
                        false,
                        redirectUri,
                        afterLogout));
    }
}
