package no.maturo.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import no.maturo.shared.TooManyRequestsException;
import no.maturo.tenancy.Tenants;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class AuthController {

    record LoginRequest(
            @NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 1000) String password) {}

    private final AuthenticationManager authenticationManager;
    private final Sessions sessions;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();
    private final LoginThrottle throttle;
    private final Accounts accounts;
    private final Tenants tenants;
    private final SsoPolicy ssoPolicy;

    AuthController(
            AuthenticationManager authenticationManager,
            Sessions sessions,
            LoginThrottle throttle,
            Accounts accounts,
            Tenants tenants,
            SsoPolicy ssoPolicy) {
        this.authenticationManager = authenticationManager;
        this.sessions = sessions;
        this.throttle = throttle;
        this.accounts = accounts;
        this.tenants = tenants;
        this.ssoPolicy = ssoPolicy;
    }

    @PostMapping("/api/v1/auth/login")
    @Operation(summary = "Sign in with email and password; starts a server-side session (cookie MATURO_SESSION)")
    @ApiResponse(responseCode = "200", description = "Signed in")
    @ApiResponse(responseCode = "401", description = "Wrong email or password")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After")
    MeResponse login(@Valid @RequestBody LoginRequest login, HttpServletRequest request, HttpServletResponse response) {
        String address = request.getRemoteAddr();
        throttle.lockedFor(login.email(), address).ifPresent(wait -> {
            throw new TooManyRequestsException("Too many failed sign-in attempts. Try again later.", wait);
        });
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(login.email(), login.password()));
        } catch (BadCredentialsException e) {
            throttle.recordFailure(login.email(), address);
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Wrong email or password.");
        } catch (AccountStatusException e) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "This account or its organisation is not active. Ask your administrator.");
        } catch (AuthenticationException e) {
            throttle.recordFailure(login.email(), address);
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Wrong email or password.");
        }
        throttle.recordSuccess(login.email());

        AuthenticatedUser user = ((AccountDetailsService.AccountDetails) authentication.getPrincipal()).user();
        if (user.tenantId() != null && ssoPolicy.passwordRefused(user.tenantId())) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "Your organisation signs in with single sign-on only. Continue with your email address to be sent"
                            + " to your organisation's sign-in page.");
        }
        sessions.startFor(user, request, response);
        return toResponse(user);
    }

    @PostMapping("/api/v1/auth/logout")
    @Operation(summary = "Sign out: ends the server-side session")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @ApiResponse(
            responseCode = "200",
            description = "Signed out of a single sign-on session; send the browser to redirectUrl to sign out at the"
                    + " identity provider too")
    ResponseEntity<SsoLogout.LogoutResponse> logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Optional<String> providerLogout = SsoLogout.providerLogoutUrl(request);
        if (session != null) {
            session.invalidate();
        }
        contextHolder.clearContext();
        return providerLogout
                .map(url -> ResponseEntity.ok(new SsoLogout.LogoutResponse(url)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in person, their tenant and roles")
    MeResponse me(@AuthenticationPrincipal AuthenticatedUser user, HttpServletRequest request) {
        Optional<AuthenticatedUser> current = accounts.refresh(user);
        if (current.isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Your session has ended. Sign in again.");
        }
        return toResponse(current.get());
    }

    private MeResponse toResponse(AuthenticatedUser user) {
        MeResponse.TenantSummary tenant = user.tenantId() == null
                ? null
                : tenants.findById(user.tenantId())
                        .map(t -> new MeResponse.TenantSummary(t.id(), t.slug(), t.name()))
                        .orElse(null);
        return MeResponse.of(user, tenant);
    }
}
