package no.maturo.assessment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many requests one client address may make to the public survey endpoints within one fixed window. */
@ConfigurationProperties("maturo.public-surveys")
record PublicSurveyThrottleProperties(int maxRequestsPerAddress, Duration window) {}
