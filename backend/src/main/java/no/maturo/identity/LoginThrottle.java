package no.maturo.identity;

import static no.maturo.jooq.Tables.LOGIN_THROTTLE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: too many failures for one account, or from one client address, within the window
 * lock further attempts for the lockout period. Kept in PostgreSQL so every instance sees the same counts.
 */
@Component
class LoginThrottle {

    static final Duration CLEANUP_INTERVAL = Duration.ofHours(1);

    private final DSLContext dsl;
    private final LoginThrottleProperties properties;

    LoginThrottle(DSLContext dsl, LoginThrottleProperties properties) {
        this.dsl = dsl;
        this.properties = properties;
    }

    /** How long the caller must still wait, if either key is locked. */
    @Transactional(readOnly = true)
    public Optional<Duration> lockedFor(String email, String address) {
        OffsetDateTime now = OffsetDateTime.now();
        return dsl
                .select(LOGIN_THROTTLE.LOCKED_UNTIL)
                .from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.THROTTLE_KEY.in(accountKey(email), addressKey(address)))
                .and(LOGIN_THROTTLE.LOCKED_UNTIL.gt(now))
                .fetch(LOGIN_THROTTLE.LOCKED_UNTIL)
                .stream()
                .max(Comparator.naturalOrder())
                .map(until -> Duration.between(now, until));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String email, String address) {
        count(accountKey(email), properties.maxFailuresPerAccount());
        count(addressKey(address), properties.maxFailuresPerAddress());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String email) {
        dsl.deleteFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(accountKey(email)))
                .execute();
    }

    /**
     * Deletes counts whose window has ended and whose lockout (if any) is over, so addresses and e-mail addresses
     * of failed sign-ins are not kept after they stop mattering.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int forgetExpiredWindows() {
        OffsetDateTime now = OffsetDateTime.now();
        return dsl.deleteFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.WINDOW_STARTED_AT.lt(now.minus(properties.window())))
                .and(LOGIN_THROTTLE.LOCKED_UNTIL.isNull().or(LOGIN_THROTTLE.LOCKED_UNTIL.le(now)))
                .execute();
    }

    private void count(String key, int maxFailures) {
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime windowOpenedAfter = now.minus(properties.window());
        var windowExpired = LOGIN_THROTTLE.WINDOW_STARTED_AT.lt(windowOpenedAfter);
        dsl.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.THROTTLE_KEY, key)
                .set(LOGIN_THROTTLE.FAILURES, 1)
                .set(LOGIN_THROTTLE.WINDOW_STARTED_AT, now)
                .onConflict(LOGIN_THROTTLE.THROTTLE_KEY)
                .doUpdate()
                .set(LOGIN_THROTTLE.FAILURES, when(windowExpired, inline(1)).otherwise(LOGIN_THROTTLE.FAILURES.plus(1)))
                .set(
                        LOGIN_THROTTLE.WINDOW_STARTED_AT,
                        when(windowExpired, val(now)).otherwise(LOGIN_THROTTLE.WINDOW_STARTED_AT))
                .execute();
        dsl.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.LOCKED_UNTIL, now.plus(properties.lockout()))
                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key))
                .and(LOGIN_THROTTLE.FAILURES.ge(maxFailures))
                .and(LOGIN_THROTTLE.LOCKED_UNTIL.isNull().or(LOGIN_THROTTLE.LOCKED_UNTIL.le(now)))
                .execute();
    }

    private static String accountKey(String email) {
        return "account:" + Accounts.normalise(email);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
