package no.maturo.assessment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.maturo.tenancy.Tenant;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations and reminders, one participant per transaction: a fresh answer link is stored, the mail is sent, and
 * only then is the participant marked as mailed. A task that is retried, or resumes after a crash, skips everyone
 * already marked, so nobody is mailed twice for the same step; a mail the server refused fails the task, which
 * db-scheduler retries later.
 */
@Component
class CycleMailing {

    private final CycleRepository repository;
    private final SurveyInvitationMail mail;
    private final Tenants tenants;
    private final TransactionTemplate transactions;

    CycleMailing(
            CycleRepository repository, SurveyInvitationMail mail, Tenants tenants, TransactionTemplate transactions) {
        this.repository = repository;
        this.mail = mail;
        this.tenants = tenants;
        this.transactions = transactions;
    }

    void invite(UUID cycleId) {
        if (openCycle(cycleId).isEmpty()) {
            return;
        }
        String fallbackLocale = tenantLocale();
        List<CycleRepository.Recipient> recipients = transactions.execute(s -> repository.notInvited(cycleId));
        for (CycleRepository.Recipient recipient : recipients) {
            transactions.executeWithoutResult(status -> {
                Optional<Cycle> cycle = repository.find(cycleId).filter(CycleMailing::accepting);
                if (cycle.isEmpty() || !repository.lockIfInvitationDue(cycleId, recipient.userId())) {
                    return;
                }
                sendWithFreshLink(SurveyInvitationMail.Purpose.INVITATION, cycle.get(), recipient, fallbackLocale);
                repository.markInvited(cycleId, recipient.userId(), CycleLifecycle.now());
            });
        }
    }

    /** Reminds those who have not answered; the time of the next round, or empty when the cycle closes first. */
    Optional<Instant> remind(UUID cycleId, int round) {
        Optional<Cycle> open = openCycle(cycleId);
        if (open.isEmpty() || open.get().reminderIntervalDays() == null) {
            return Optional.empty();
        }
        String fallbackLocale = tenantLocale();
        List<CycleRepository.Recipient> recipients = transactions.execute(s -> repository.toRemind(cycleId, round));
        for (CycleRepository.Recipient recipient : recipients) {
            transactions.executeWithoutResult(status -> {
                Optional<Cycle> cycle = repository.find(cycleId).filter(CycleMailing::accepting);
                if (cycle.isEmpty() || !repository.lockIfReminderDue(cycleId, recipient.userId(), round)) {
                    return;
                }
                sendWithFreshLink(SurveyInvitationMail.Purpose.REMINDER, cycle.get(), recipient, fallbackLocale);
                repository.markReminded(cycleId, recipient.userId(), round, CycleLifecycle.now());
            });
        }
        OffsetDateTime next = CycleLifecycle.now().plusDays(open.get().reminderIntervalDays());
        return next.isBefore(open.get().closesAt()) ? Optional.of(next.toInstant()) : Optional.empty();
    }

    private void sendWithFreshLink(
            SurveyInvitationMail.Purpose purpose,
            Cycle cycle,
            CycleRepository.Recipient recipient,
            String fallbackLocale) {
        SurveyLinkToken.Issued token = SurveyLinkToken.issue(SurveyLinkToken.Kind.INVITATION, TenantContext.require());
        repository.insertAnswerLink(token.parsed().hash(), cycle.id(), recipient.userId());
        mail.send(new SurveyInvitationMail.Message(
                purpose,
                recipient.email(),
                recipient.displayName(),
                recipient.locale() == null ? fallbackLocale : recipient.locale(),
                cycle.name(),
                cycle.closesAt(),
                token.value()));
    }

    private Optional<Cycle> openCycle(UUID cycleId) {
        return transactions.execute(s -> repository.find(cycleId).filter(CycleMailing::accepting));
    }

    /** Open and not past its close time: no mail goes out for a closed survey, even before its close task ran. */
    private static boolean accepting(Cycle cycle) {
        return cycle.status() == Cycle.Status.OPEN && cycle.closesAt().isAfter(OffsetDateTime.now());
    }

    private String tenantLocale() {
        return transactions.execute(s -> tenants.findById(TenantContext.require())
                .map(Tenant::defaultLocale)
                .orElse("en"));
    }
}
