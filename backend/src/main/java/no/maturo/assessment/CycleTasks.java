package no.maturo.assessment;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Instant;
import java.util.Optional;
import no.maturo.shared.BackgroundJobProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assessment module's background tasks, run by {@link no.maturo.shared.BackgroundJobs}. */
@Configuration(proxyBeanMethods = false)
class CycleTasks {

    private final CycleJobs jobs;
    private final BackgroundJobProperties properties;

    CycleTasks(CycleJobs jobs, BackgroundJobProperties properties) {
        this.jobs = jobs;
        this.properties = properties;
    }

    private <T> FailureHandler<T> retryWithBackoff() {
        return new FailureHandler.ExponentialBackoffFailureHandler<>(properties.retryDelay());
    }

    @Bean
    Task<Void> cycleOpenTask() {
        return Tasks.oneTime(CycleSchedule.OPEN)
                .onFailure(retryWithBackoff())
                .execute((instance, context) -> jobs.open(CycleSchedule.Target.parse(instance.getId())));
    }

    @Bean
    Task<Void> cycleInviteTask() {
        return Tasks.oneTime(CycleSchedule.INVITE)
                .onFailure(retryWithBackoff())
                .execute((instance, context) -> jobs.invite(CycleSchedule.Target.parse(instance.getId())));
    }

    @Bean
    Task<Integer> cycleRemindTask() {
        return Tasks.custom(CycleSchedule.REMIND).onFailure(retryWithBackoff()).execute((instance, context) -> {
            int round = instance.getData();
            Optional<Instant> next = jobs.remind(CycleSchedule.Target.parse(instance.getId()), round);
            return next.<CompletionHandler<Integer>>map(
                            at -> (complete, operations) -> operations.reschedule(complete, at, round + 1))
                    .orElseGet(CompletionHandler.OnCompleteRemove::new);
        });
    }

    @Bean
    Task<Void> cycleCloseTask() {
        return Tasks.oneTime(CycleSchedule.CLOSE)
                .onFailure(retryWithBackoff())
                .execute((instance, context) -> jobs.close(CycleSchedule.Target.parse(instance.getId())));
    }

    /** Client addresses are kept only as long as their throttling window needs them. */
    @Bean
    RecurringTask<Void> publicThrottleCleanupTask(PublicSurveyThrottle throttle) {
        return Tasks.recurring("public-throttle-cleanup", FixedDelay.of(PublicSurveyThrottle.CLEANUP_INTERVAL))
                .execute((instance, context) -> throttle.forgetExpiredWindows());
    }
}
