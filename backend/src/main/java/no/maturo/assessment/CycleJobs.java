package no.maturo.assessment;

import java.time.Instant;
import java.util.Optional;
import no.maturo.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/** What the scheduled tasks do: each binds the task's tenant first, then works in that tenant's transactions. */
@Component
class CycleJobs {

    private final CycleLifecycle lifecycle;
    private final CycleMailing mailing;

    CycleJobs(CycleLifecycle lifecycle, CycleMailing mailing) {
        this.lifecycle = lifecycle;
        this.mailing = mailing;
    }

    void open(CycleSchedule.Target target) {
        TenantContext.runAs(target.tenantId(), () -> lifecycle.openWhenDue(target.cycleId()));
    }

    void invite(CycleSchedule.Target target) {
        TenantContext.runAs(target.tenantId(), () -> mailing.invite(target.cycleId()));
    }

    /** Sends this round's reminders; the time of the next round, or empty when there is none. */
    Optional<Instant> remind(CycleSchedule.Target target, int round) {
        return TenantContext.callAs(target.tenantId(), () -> mailing.remind(target.cycleId(), round));
    }

    void close(CycleSchedule.Target target) {
        TenantContext.runAs(target.tenantId(), () -> lifecycle.closeWhenDue(target.cycleId()));
    }
}
