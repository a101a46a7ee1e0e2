package no.maturo.identity;

import java.util.UUID;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Ends a person's server-side sessions, found by Spring Session's principal-name index (the account id). */
@Component
class Sessions {

    private final FindByIndexNameSessionRepository<?> sessions;

    Sessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
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
