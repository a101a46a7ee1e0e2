package no.maturo.shared;

import static no.maturo.jooq.Tables.LOGIN_THROTTLE;
import static no.maturo.jooq.Tables.PUBLIC_REQUEST_THROTTLE;
import static no.maturo.jooq.Tables.SCHEDULED_TASKS;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.OffsetDateTime;
import java.util.List;
import no.maturo.testsupport.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Throttling keeps client addresses and e-mail addresses of failed sign-ins; recurring tasks delete them once their
 * window (and lockout) has ended. The tasks run through the scheduler, so the test asks it to look now.
 */
class ThrottleCleanupTest extends IntegrationTest {

    @Autowired
    private DSLContext dsl;

    @Autowired
    private BackgroundJobs backgroundJobs;

    @Test
    void bothCleanupTasksAreKnownToTheSchedulerAndRecurring() {
        List<String> recurring = backgroundJobs.tasks().stream()
                .filter(task -> task instanceof RecurringTask<?>)
                .map(Task::getName)
                .toList();
        assertThat(recurring).contains("public-throttle-cleanup", "login-throttle-cleanup");
        assertThat(dsl.fetchCount(
                        SCHEDULED_TASKS,
                        SCHEDULED_TASKS.TASK_NAME.in("public-throttle-cleanup", "login-throttle-cleanup")))
                .isEqualTo(2);
    }

    @Test
    void expiredWindowsAreForgottenAndCurrentOnesAndLockoutsKept() throws Exception {
        OffsetDateTime now = OffsetDateTime.now();
        transactions.executeWithoutResult(status -> {
            dsl.insertInto(PUBLIC_REQUEST_THROTTLE)
                    .columns(
                            PUBLIC_REQUEST_THROTTLE.THROTTLE_KEY,
                            PUBLIC_REQUEST_THROTTLE.HITS,
                            PUBLIC_REQUEST_THROTTLE.WINDOW_STARTED_AT)
                    .values("address:cleanup-old", 3, now.minusDays(2))
                    .values("address:cleanup-current", 3, now)
                    .execute();
            dsl.insertInto(LOGIN_THROTTLE)
                    .columns(
                            LOGIN_THROTTLE.THROTTLE_KEY,
                            LOGIN_THROTTLE.FAILURES,
                            LOGIN_THROTTLE.WINDOW_STARTED_AT,
                            LOGIN_THROTTLE.LOCKED_UNTIL)
                    .values("account:cleanup-old@example.com", 2, now.minusDays(2), null)
                    .values("account:cleanup-locked@example.com", 9, now.minusDays(2), now.plusHours(1))
                    .values("account:cleanup-current@example.com", 1, now, null)
                    .execute();
        });

        // Recurring tasks first run at start; make them due again and let the scheduler pick them up.
        dsl.update(SCHEDULED_TASKS)
                .set(SCHEDULED_TASKS.EXECUTION_TIME, OffsetDateTime.now())
                .where(SCHEDULED_TASKS.TASK_NAME.like("%-throttle-cleanup"))
                .execute();
        backgroundJobs.checkForDueTasks();

        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline && throttleKeysLike("%cleanup-old%") > 0) {
            Thread.sleep(100);
        }
        assertThat(throttleKeysLike("%cleanup-old%")).isZero();
        assertThat(throttleKeysLike("%cleanup-current%")).isEqualTo(2);
        assertThat(throttleKeysLike("%cleanup-locked%")).isEqualTo(1);
    }

    private int throttleKeysLike(String pattern) {
        return dsl.fetchCount(PUBLIC_REQUEST_THROTTLE, PUBLIC_REQUEST_THROTTLE.THROTTLE_KEY.like(pattern))
                + dsl.fetchCount(LOGIN_THROTTLE, LOGIN_THROTTLE.THROTTLE_KEY.like(pattern));
    }
}
