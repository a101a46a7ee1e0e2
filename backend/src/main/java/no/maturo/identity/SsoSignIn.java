package no.maturo.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.maturo.audit.AuditActor;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a single sign-on: the provider's ID token has been validated by Spring Security (signature, issuer,
 * audience, expiry, nonce); this finds or provisions the person in the tenant the registration belongs to and
 * replaces the OAuth2 authentication with our {@link AuthenticatedUser} in a fresh session, as password sign-in
 * does. Anything else ends the session and sends the browser to {@code /login?error=sso_...}.
 */
@Component
class SsoSignIn implements AuthenticationSuccessHandler {

    static final String SESSION_ATTRIBUTE = "maturo.sso";

    /** Kept in the server-side session for RP-initiated logout; never sent to the browser. */
    record SsoSession(UUID tenantId, String idToken, String endSessionEndpoint, String clientId)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** Why a sign-in was refused; the code is what the login page explains. */
    enum Refusal {
        UNAVAILABLE("sso_unavailable"),
        FAILED("sso_failed"),
        NO_EMAIL("sso_no_email"),
        EMAIL_UNVERIFIED("sso_email_unverified"),
        DOMAIN("sso_domain"),
        UNKNOWN_PERSON("sso_unknown_person"),
        INACTIVE("sso_inactive");

        final String code;

        Refusal(String code) {
            this.code = code;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SsoSignIn.class);

    private final TenantClientRegistrations registrations;
    private final Accounts accounts;
    private final Tenants tenants;
    private final TransactionTemplate transactions;
    private final Sessions sessions;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    SsoSignIn(
            TenantClientRegistrations registrations,
            Accounts accounts,
            Tenants tenants,
            TransactionTemplate transactions,
            Sessions sessions) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.tenants = tenants;
        this.transactions = transactions;
        this.sessions = sessions;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (!(authentication instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof OidcUser oidc)) {
            refuse(request, response, Refusal.FAILED);
            return;
        }
        String slug = token.getAuthorizedClientRegistrationId();
        Optional<SsoConfigurations.Provider> provider = registrations.provider(slug);
        if (provider.isEmpty()
                || !provider.get()
                        .issuerUrl()
                        .equals(String.valueOf(oidc.getIdToken().getIssuer()))) {
            // The tenant turned single sign-on off, or changed its issuer, while this sign-in was under way.
            refuse(request, response, Refusal.UNAVAILABLE);
            return;
        }
        SsoConfigurations.Provider p = provider.get();
        Object emailClaim = oidc.getClaims().get(p.emailClaim());
        if (!(emailClaim instanceof String email) || email.indexOf('@') < 1 || email.length() > 320) {
            refuse(request, response, Refusal.NO_EMAIL);
            return;
        }
        Object verified = oidc.getClaims().get("email_verified");
        if (Boolean.FALSE.equals(verified) || "false".equals(verified)) {
            refuse(request, response, Refusal.EMAIL_UNVERIFIED);
            return;
        }
        if (!p.domains().contains(SsoConfigurations.domainOf(email))) {
            refuse(request, response, Refusal.DOMAIN);
            return;
        }
        Optional<Accounts.StoredAccount> account =
                TenantContext.callAs(p.tenantId(), () -> accounts.findInCurrentTenant(email));
        if (account.isEmpty()) {
            if (!p.jitProvisioning()) {
                refuse(request, response, Refusal.UNKNOWN_PERSON);
                return;
            }
            account = provision(p, oidc, email);
        }
        if (account.isEmpty() || !account.get().enabled()) {
            refuse(request, response, Refusal.INACTIVE);
            return;
        }
        signIn(request, response, account.get().user(), p, oidc, slug);
    }

    /** Failures of the flow itself (invalid ID token, provider errors, unknown registration). */
    void onFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        log.info("Single sign-on failed: {}", e.getMessage());
        boolean unavailable = e.getMessage() != null && e.getMessage().contains("Client Registration");
        refuse(request, response, unavailable ? Refusal.UNAVAILABLE : Refusal.FAILED);
    }

    private Optional<Accounts.StoredAccount> provision(SsoConfigurations.Provider p, OidcUser oidc, String email) {
        Set<String> groups = groups(oidc.getClaims().get(p.groupsClaim()));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        p.groupRoles().stream().filter(m -> groups.contains(m.group())).forEach(m -> roles.add(m.role()));
        if (roles.isEmpty()) {
            roles.add(Role.EMPLOYEE);
        }
        UUID department = p.groupDepartments().stream()
                .filter(m -> groups.contains(m.group()))
                .map(SsoSettings.GroupDepartment::departmentId)
                .findFirst()
                .orElse(null);
        Object nameClaim = oidc.getClaims().get(p.nameClaim());
        String name =
                nameClaim instanceof String n && !n.isBlank() ? n.strip() : email.substring(0, email.indexOf('@'));
        String displayName = name.length() > 200 ? name.substring(0, 200) : name;
        String locale =
                tenants.findById(p.tenantId()).map(t -> t.defaultLocale()).orElse(null);
        AuditActor actor = AuditActor.system("single sign-on (" + p.issuerUrl() + ")");
        return TenantContext.callAs(p.tenantId(), () -> {
            transactions.executeWithoutResult(status ->
                    accounts.createUser(new NewUser(email, displayName, null, locale, department, null, roles), actor));
            return accounts.findInCurrentTenant(email);
        });
    }

    private static Set<String> groups(Object claim) {
        Set<String> groups = new LinkedHashSet<>();
        if (claim instanceof String single) {
            groups.add(single);
        } else if (claim instanceof Collection<?> many) {
            many.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .forEach(groups::add);
        }
        return groups;
    }

    private void signIn(
            HttpServletRequest request,
            HttpServletResponse response,
            AuthenticatedUser user,
            SsoConfigurations.Provider provider,
            OidcUser oidc,
            String slug)
            throws IOException {
        sessions.startFor(user, request, response);
        Object endSession = Optional.ofNullable(registrations.findByRegistrationId(slug))
                .map(r -> r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
                .orElse(null);
        request.getSession()
                .setAttribute(
                        SESSION_ATTRIBUTE,
                        new SsoSession(
                                provider.tenantId(),
                                oidc.getIdToken().getTokenValue(),
                                endSession instanceof String s ? s : null,
                                provider.clientId()));
        response.sendRedirect(request.getContextPath() + "/");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
        contextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + refusal.code);
    }
}
