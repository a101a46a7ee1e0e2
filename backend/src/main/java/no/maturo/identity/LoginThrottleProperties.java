package no.maturo.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many failed sign-ins within {@code window} lock an account or a client address, and for how long. */
@ConfigurationProperties("maturo.login-throttle")
record LoginThrottleProperties(
        int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window, Duration lockout) {}
