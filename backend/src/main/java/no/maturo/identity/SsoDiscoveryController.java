package no.maturo.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.maturo.shared.TooManyRequestsException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Home-realm discovery for the email-first login page: which way a person with this email signs in. Answers from
 * the email's domain only, so it never reveals whether an account exists.
 */
@RestController
class SsoDiscoveryController {

    @Schema(enumAsRef = true)
    enum LoginMethod {
        PASSWORD,
        SSO
    }

    record DiscoverRequest(@NotBlank @Email @Size(max = 320) String email) {}

    record DiscoverResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LoginMethod method,

            @Schema(description = "For SSO: where to send the browser to start signing in")
            String redirectUrl) {}

    private final SsoConfigurations configurations;
    private final LoginThrottle throttle;

    SsoDiscoveryController(SsoConfigurations configurations, LoginThrottle throttle) {
        this.configurations = configurations;
        this.throttle = throttle;
    }

    @PostMapping("/api/v1/auth/discover")
    @Operation(summary = "How a person with this email signs in: with a password, or through their organisation")
    @ApiResponse(responseCode = "200", description = "The sign-in method")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts from here; see Retry-After")
    DiscoverResponse discover(@Valid @RequestBody DiscoverRequest body, HttpServletRequest request) {
        throttle.lockedFor(body.email(), request.getRemoteAddr()).ifPresent(wait -> {
            throw new TooManyRequestsException("Too many failed sign-in attempts. Try again later.", wait);
        });
        return configurations
                .ssoTenantSlugForEmail(body.email())
                .map(slug -> new DiscoverResponse(LoginMethod.SSO, "/oauth2/authorization/" + slug))
                .orElseGet(() -> new DiscoverResponse(LoginMethod.PASSWORD, null));
    }
}
