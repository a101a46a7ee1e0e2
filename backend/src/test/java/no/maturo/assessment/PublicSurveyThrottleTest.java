package no.maturo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import no.maturo.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PublicSurveyThrottleTest extends SurveyTestSupport {

    @Autowired
    private PublicSurveyThrottleProperties properties;

    @Test
    void oneAddressOverItsLimitGets429WithRetryAfterWhileOthersGoOn() {
        ApiClient noisy = client();
        String unknown = byLink("a_" + "A".repeat(64));
        for (int i = 0; i < properties.maxRequestsPerAddress(); i++) {
            assertThat(noisy.get(unknown).status()).isEqualTo(404);
        }
        var throttled = noisy.get(unknown);
        assertThat(throttled.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(throttled.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, properties.window().toSeconds());
        assertThat(throttled.json().get("detail").asString()).contains("Too many requests");
        // Posting counts too, before the body is even read.
        assertThat(noisy.postRaw(unknown + RESPONSES, "not json", true).status())
                .isEqualTo(429);

        assertThat(client().get(unknown).status()).isEqualTo(404);
    }
}
