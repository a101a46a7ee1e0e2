package no.maturo.shared;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * db-scheduler (ADR 0011), built here because Spring Boot has no autoconfiguration for it. Modules contribute their
 * tasks as beans of type {@link Task}; recurring ones ({@link RecurringTask}) are put into the table on start. It
 * polls the {@code scheduled_tasks} table, and every instance of Maturo may run one: a due task is picked by exactly
 * one of them. It starts in the last lifecycle phase, once everything else (the web server too) has started, and
 * stops first on shutdown, letting running tasks finish. A stopped scheduler cannot be restarted, so every start
 * builds a fresh one (a context that is stopped and started again, as the test framework does with paused contexts).
 */
@Component
public class BackgroundJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    private final DataSource dataSource;
    private final BackgroundJobProperties properties;
    private final List<Task<?>> tasks;
    private volatile Scheduler scheduler;

    BackgroundJobs(DataSource dataSource, List<Task<?>> tasks, BackgroundJobProperties properties) {
        this.dataSource = new TransactionAwareDataSourceProxy(dataSource);
        this.properties = properties;
        this.tasks = List.copyOf(tasks);
    }

    /** The tasks this application knows, for a second scheduler in the tests. */
    public List<Task<?>> tasks() {
        return tasks;
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled() || scheduler != null) {
            return;
        }
        List<RecurringTask<?>> recurring = tasks.stream()
                .filter(task -> task instanceof RecurringTask<?>)
                .<RecurringTask<?>>map(task -> (RecurringTask<?>) task)
                .toList();
        // db-scheduler registers start tasks itself; listing them as known tasks too would name them twice.
        List<Task<?>> others = tasks.stream()
                .filter(task -> !(task instanceof RecurringTask<?>))
                .toList();
        scheduler = Scheduler.create(dataSource, others)
                .startTasks(recurring)
                .pollingInterval(properties.pollingInterval())
                .threads(properties.threads())
                .shutdownMaxWait(properties.shutdownMaxWait())
                .enableImmediateExecution()
                .build();
        scheduler.start();
        log.info(
                "Scheduler started: {} tasks, polling every {}, {} threads",
                tasks.size(),
                properties.pollingInterval(),
                properties.threads());
    }

    /** Looks for due tasks now instead of at the next poll, for work scheduled to start at once. */
    public void checkForDueTasks() {
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
