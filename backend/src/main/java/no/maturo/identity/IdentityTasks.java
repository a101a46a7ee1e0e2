package no.maturo.identity;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's background tasks, run by {@link no.maturo.shared.BackgroundJobs}. */
@Configuration(proxyBeanMethods = false)
class IdentityTasks {

    @Bean
    RecurringTask<Void> loginThrottleCleanupTask(LoginThrottle throttle) {
        return Tasks.recurring("login-throttle-cleanup", FixedDelay.of(LoginThrottle.CLEANUP_INTERVAL))
                .execute((instance, context) -> throttle.forgetExpiredWindows());
    }
}
