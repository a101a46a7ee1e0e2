package no.maturo.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import no.maturo.audit.AuditLog;
import no.maturo.shared.NotFoundException;
import no.maturo.tenancy.Tenant;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The public side of invitations: whoever holds the link sees whose it is and chooses a password. */
@RestController
class InvitationController {

    record InvitationResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String organisation,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String email,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String displayName,

            String locale,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OffsetDateTime expiresAt) {}

    record AcceptInvitationRequest(
            @NotNull @Size(min = 12, max = 1000) String password) {}

    private record Invitee(Invitations.Found invitation, Tenant tenant, Person person) {}

    private final Invitations invitations;
    private final People people;
    private final Tenants tenants;
    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final AuditLog auditLog;
    private final Sessions sessions;

    InvitationController(
            Invitations invitations,
            People people,
            Tenants tenants,
            Accounts accounts,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transactions,
            AuditLog auditLog,
            Sessions sessions) {
        this.invitations = invitations;
        this.people = people;
        this.tenants = tenants;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.auditLog = auditLog;
        this.sessions = sessions;
    }

    @GetMapping("/api/v1/invitations/{token}")
    @Operation(summary = "Whose invitation this is (public: the token is the secret)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "Unknown link")
    @ApiResponse(responseCode = "410", description = "The link was used, has expired or was withdrawn")
    InvitationResponse get(@PathVariable String token) {
        Invitee invitee = usable(token);
        return new InvitationResponse(
                invitee.tenant().name(),
                invitee.person().email(),
                invitee.person().displayName(),
                invitee.person().locale() != null
                        ? invitee.person().locale()
                        : invitee.tenant().defaultLocale(),
                invitee.invitation().expiresAt());
    }

    @PostMapping("/api/v1/invitations/{token}/accept")
    @Operation(summary = "Choose a password (at least 12 characters); the link is used up and the person signed in")
    @ApiResponse(responseCode = "200", description = "Password set and signed in")
    @ApiResponse(responseCode = "404", description = "Unknown link")
    @ApiResponse(responseCode = "410", description = "The link was used, has expired or was withdrawn")
    MeResponse accept(
            @PathVariable String token,
            @Valid @RequestBody AcceptInvitationRequest body,
            HttpServletRequest request,
            HttpServletResponse response) {
        Invitee invitee = usable(token);
        String hash = passwordEncoder.encode(body.password());
        Boolean redeemed = TenantContext.callAs(
                invitee.tenant().id(),
                () -> transactions.execute(status -> {
                    if (!invitations.redeem(invitee.invitation(), hash)) {
                        return false;
                    }
                    AuthenticatedUser person = new AuthenticatedUser(
                            invitee.person().id(),
                            invitee.tenant().id(),
                            invitee.person().email(),
                            invitee.person().displayName(),
                            invitee.person().locale(),
                            invitee.person().roles());
                    auditLog.record(
                            person,
                            "person.invitation_accepted",
                            "person",
                            person.id(),
                            null,
                            Map.of("email", person.email()));
                    return true;
                }));
        if (!Boolean.TRUE.equals(redeemed)) {
            throw gone();
        }
        AuthenticatedUser user = accounts.findForSignIn(invitee.person().email())
                .filter(Accounts.StoredAccount::enabled)
                .map(Accounts.StoredAccount::user)
                .orElseThrow(InvitationController::gone);
        sessions.startFor(user, request, response);
        MeResponse.TenantSummary tenant = new MeResponse.TenantSummary(
                invitee.tenant().id(), invitee.tenant().slug(), invitee.tenant().name());
        return MeResponse.of(user, tenant);
    }

    /** The invitation, its tenant and person, when the link can still be used; 404 or 410 otherwise. */
    private Invitee usable(String token) {
        Invitations.Found invitation = invitations
                .findByToken(token)
                .orElseThrow(() -> new NotFoundException(
                        "This invitation link is not" + " valid. Check that you copied the whole link."));
        if (!invitation.usable(OffsetDateTime.now())) {
            throw gone();
        }
        Tenant tenant = tenants.findById(invitation.tenantId())
                .filter(t -> t.status() == Tenant.TenantStatus.ACTIVE)
                .orElseThrow(InvitationController::gone);
        Person person = TenantContext.callAs(tenant.id(), () -> people.get(invitation.userId()));
        if (!person.active()) {
            throw gone();
        }
        return new Invitee(invitation, tenant, person);
    }

    private static ResponseStatusException gone() {
        return new ResponseStatusException(
                HttpStatus.GONE,
                "This invitation link has already been used or has expired. Ask your administrator for a new one.");
    }
}
