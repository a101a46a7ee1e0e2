package no.maturo.assessment;

import static no.maturo.jooq.Tables.PUBLIC_REQUEST_THROTTLE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts requests to the public survey endpoints per client address in fixed windows, in PostgreSQL so that every
 * instance shares the count. Links are 256-bit secrets, so this is about load and noise, not about guessing.
 */
@Component
class PublicSurveyThrottle {

    static final Duration CLEANUP_INTERVAL = Duration.ofHours(1);

    private final DSLContext dsl;
    private final PublicSurveyThrottleProperties properties;

    PublicSurveyThrottle(DSLContext dsl, PublicSurveyThrottleProperties properties) {
        this.dsl = dsl;
        this.properties = properties;
    }

    /** Counts one request; when the address is over its limit, how long until its window ends. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Duration> count(String address) {
        OffsetDateTime now = OffsetDateTime.now();
        var windowExpired = PUBLIC_REQUEST_THROTTLE.WINDOW_STARTED_AT.le(now.minus(properties.window()));
        var counted = dsl.insertInto(PUBLIC_REQUEST_THROTTLE)
                .set(PUBLIC_REQUEST_THROTTLE.THROTTLE_KEY, "address:" + address)
                .set(PUBLIC_REQUEST_THROTTLE.HITS, 1)
                .set(PUBLIC_REQUEST_THROTTLE.WINDOW_STARTED_AT, now)
                .onConflict(PUBLIC_REQUEST_THROTTLE.THROTTLE_KEY)
                .doUpdate()
                .set(
                        PUBLIC_REQUEST_THROTTLE.HITS,
                        when(windowExpired, inline(1)).otherwise(PUBLIC_REQUEST_THROTTLE.HITS.plus(1)))
                .set(
                        PUBLIC_REQUEST_THROTTLE.WINDOW_STARTED_AT,
                        when(windowExpired, val(now)).otherwise(PUBLIC_REQUEST_THROTTLE.WINDOW_STARTED_AT))
                .returning(PUBLIC_REQUEST_THROTTLE.HITS, PUBLIC_REQUEST_THROTTLE.WINDOW_STARTED_AT)
                .fetchSingle();
        if (counted.getHits() <= properties.maxRequestsPerAddress()) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, counted.getWindowStartedAt().plus(properties.window()));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    /** Deletes the windows that have ended, so a client address is not kept after it stops mattering. */
    @Transactional
    public int forgetExpiredWindows() {
        return dsl.deleteFrom(PUBLIC_REQUEST_THROTTLE)
                .where(PUBLIC_REQUEST_THROTTLE.WINDOW_STARTED_AT.le(
                        OffsetDateTime.now().minus(properties.window())))
                .execute();
    }
}
