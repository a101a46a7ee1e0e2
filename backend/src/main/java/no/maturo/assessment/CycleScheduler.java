package no.maturo.assessment;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * db-scheduler (ADR 0011), built here because Spring Boot has no autoconfiguration for it. It polls the
 * {@code scheduled_tasks} table, and every instance of Maturo may run one: a due task is picked by exactly one of
 * them. It starts in the last lifecycle phase, once everything else (the web server too) has started, and stops
 * first on shutdown, letting running tasks finish. A stopped scheduler cannot be restarted, so every start builds a
 * fresh one (a context that is stopped and started again, as the test framework does with paused contexts).
 */
@Component
class CycleScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CycleScheduler.class);

    private final DataSource dataSource;
    private final SchedulerProperties properties;
    private final List<Task<?>> tasks;
    private volatile Scheduler scheduler;

    CycleScheduler(DataSource dataSource, CycleJobs jobs, SchedulerProperties properties) {
        this.dataSource = new TransactionAwareDataSourceProxy(dataSource);
        this.properties = properties;
        this.tasks = tasks(jobs, properties);
    }
    /** The tasks this application knows, for a second scheduler in the tests. */
    List<Task<?>> tasks() {
        return tasks;
    }

    private static List<Task<?>> tasks(CycleJobs jobs, SchedulerProperties properties) {
        FailureHandler.ExponentialBackoffFailureHandler<Void> retry =
                new FailureHandler.ExponentialBackoffFailureHandler<>(properties.retryDelay());
        Task<Void> open = Tasks.oneTime(CycleSchedule.OPEN)
                .onFailure(retry)
                .execute((instance, context) -> jobs.open(CycleSchedule.Target.parse(instance.getId())));
        Task<Void> invite = Tasks.oneTime(CycleSchedule.INVITE)
                .onFailure(retry)
                .execute((instance, context) -> jobs.invite(CycleSchedule.Target.parse(instance.getId())));
        Task<Void> close = Tasks.oneTime(CycleSchedule.CLOSE)
                .onFailure(retry)
                .execute((instance, context) -> jobs.close(CycleSchedule.Target.parse(instance.getId())));
        Task<Integer> remind = Tasks.custom(CycleSchedule.REMIND)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(properties.retryDelay()))
                .execute((instance, context) -> {
                    int round = instance.getData();
                    Optional<Instant> next = jobs.remind(CycleSchedule.Target.parse(instance.getId()), round);
                    return next.<CompletionHandler<Integer>>map(
                                    at -> (complete, operations) -> operations.reschedule(complete, at, round + 1))
                            .orElseGet(CompletionHandler.OnCompleteRemove::new);
                });
        return List.of(open, invite, remind, close);
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled() || scheduler != null) {
            return;
        }
        scheduler = Scheduler.create(dataSource, tasks)
                .pollingInterval(properties.pollingInterval())
                .threads(properties.threads())
                .shutdownMaxWait(properties.shutdownMaxWait())
                .enableImmediateExecution()
                .build();
        scheduler.start();
        log.info("Scheduler started: polling every {}, {} threads", properties.pollingInterval(), properties.threads());
    }

    void checkForDueTasks() {
        Scheduler running = scheduler;
        if (running != null) {
            running.triggerCheckForDueExecutions();
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
