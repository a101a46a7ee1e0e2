package no.maturo.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A person's server-side sessions: started the same way for every sign-in method, and ended through Spring
 * Session's principal-name index (the account id).
 */
@Component
class Sessions {

    private final FindByIndexNameSessionRepository<?> sessions;
    private final SecurityContextRepository securityContextRepository;
    private final Accounts accounts;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    Sessions(
            FindByIndexNameSessionRepository<?> sessions,
            SecurityContextRepository securityContextRepository,
            Accounts accounts) {
        this.sessions = sessions;
        this.securityContextRepository = securityContextRepository;
        this.accounts = accounts;
    }

    /**
     * Signs the person in: a fresh session id (so a planted session id is worth nothing), the security context
     * kept server side, and the sign-in recorded as the tenant's latest activity.
     */
    void startFor(AuthenticatedUser user, HttpServletRequest request, HttpServletResponse response) {
        request.getSession();
        request.changeSessionId();
        SecurityContext context = contextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, AccountDetailsService.authorities(user)));
        contextHolder.setContext(context);
        securityContextRepository.saveContext(context, request, response);
        accounts.recordSignIn(user);
    }

    void endAllOf(UUID userId) {
        sessions.findByPrincipalName(userId.toString()).keySet().forEach(sessions::deleteById);
    }

    /** Ends them once the current transaction has committed (at once when there is none). */
    void endAllOfAfterCommit(UUID userId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endAllOf(userId);
                }
            });
        } else {
            endAllOf(userId);
        }
    }
}
