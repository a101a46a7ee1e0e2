package no.maturo.assessment;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import no.maturo.shared.BackgroundJobs;
import no.maturo.tenancy.TenantContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts a cycle's tasks into db-scheduler's table. Through a transaction-aware data source, so a task is stored in
 * the same transaction as the change that needs it: a rolled-back change leaves no task behind. Each instance id
 * names the tenant and the cycle ({@code tenantId:cycleId}); the task runs inside that tenant's scope.
 */
@Component
class CycleSchedule {

    static final TaskDescriptor<Void> OPEN = TaskDescriptor.of("cycle-open");
    static final TaskDescriptor<Void> INVITE = TaskDescriptor.of("cycle-invite");
    /** Data: the reminder round, 1 for the first reminder. */
    static final TaskDescriptor<Integer> REMIND = TaskDescriptor.of("cycle-remind", Integer.class);

    static final TaskDescriptor<Void> CLOSE = TaskDescriptor.of("cycle-close");

    /** A task instance's tenant and cycle. */
    record Target(UUID tenantId, UUID cycleId) {
        static Target parse(String instanceId) {
            int colon = instanceId.indexOf(':');
            return new Target(
                    UUID.fromString(instanceId.substring(0, colon)), UUID.fromString(instanceId.substring(colon + 1)));
        }

        String instanceId() {
            return tenantId + ":" + cycleId;
        }
    }

    private final SchedulerClient client;
    private final ObjectProvider<BackgroundJobs> scheduler;

    CycleSchedule(DataSource dataSource, ObjectProvider<BackgroundJobs> scheduler) {
        this.client = SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource))
                .build();
        this.scheduler = scheduler;
    }

    private static String instance(UUID cycleId) {
        return new Target(TenantContext.require(), cycleId).instanceId();
    }

    void scheduleOpen(UUID cycleId, Instant at) {
        client.schedule(
                SchedulableInstance.of(OPEN.instance(instance(cycleId)).build(), at),
                SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        wakeUpIfDue(at);
    }

    void scheduleInvitations(UUID cycleId) {
        Instant now = Instant.now();
        client.schedule(
                SchedulableInstance.of(INVITE.instance(instance(cycleId)).build(), now),
                SchedulerClient.ScheduleOptions.WHEN_EXISTS_DO_NOTHING);
        wakeUpIfDue(now);
    }

    void scheduleReminder(UUID cycleId, int round, Instant at) {
        client.schedule(
                SchedulableInstance.of(
                        REMIND.instance(instance(cycleId)).data(round).build(), at),
                SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
    }

    void scheduleClose(UUID cycleId, Instant at) {
        client.schedule(
                SchedulableInstance.of(CLOSE.instance(instance(cycleId)).build(), at),
                SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        wakeUpIfDue(at);
    }

    /** Removes a pending task; one that is running right now checks the cycle's status itself and stops. */
    void cancel(TaskDescriptor<?> task, UUID cycleId) {
        try {
            client.cancel(task.instanceId(instance(cycleId)));
        } catch (TaskInstanceNotFoundException | TaskInstanceCurrentlyExecutingException e) {
            // Nothing pending: already done, or about to find the cycle in a state where it does nothing.
        }
    }

    void cancelAll(UUID cycleId) {
        cancel(OPEN, cycleId);
        cancel(INVITE, cycleId);
        cancel(REMIND, cycleId);
        cancel(CLOSE, cycleId);
    }

    /** Whether a task of this cycle waits in the table (for the tests and the detail page). */
    boolean pending(TaskDescriptor<?> task, UUID cycleId) {
        return client.getScheduledExecution(task.instanceId(instance(cycleId))).isPresent();
    }

    /** A task due now should not wait for the next poll: ask this instance's scheduler to look after the commit. */
    private void wakeUpIfDue(Instant at) {
        if (at.isAfter(Instant.now())) {
            return;
        }
        Runnable wake = () -> {
            BackgroundJobs running = scheduler.getIfAvailable();
            if (running != null) {
                running.checkForDueTasks();
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake.run();
                }
            });
        } else {
            wake.run();
        }
    }
}
