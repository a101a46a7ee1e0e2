package no.maturo.shared;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The db-scheduler that runs every module's background tasks. {@code enabled=false} keeps this instance from
 * executing tasks (it still schedules them for the instances that do).
 */
@ConfigurationProperties("maturo.scheduler")
public record BackgroundJobProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10s") Duration pollingInterval,
        @DefaultValue("4") int threads,
        @DefaultValue("30s") Duration shutdownMaxWait,
        @DefaultValue("30s") Duration retryDelay) {}
