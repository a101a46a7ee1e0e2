package no.maturo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import no.maturo.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

class ApiConventionsTest extends IntegrationTest {

    @Test
    void unknownApiPathsAnswerWithAProblemNotTheApp() {
        var response = signedIn(newTenant("paths").admin()).get("/api/v1/no-such-thing");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void spaRoutesServeTheAppWithAStrictContentSecurityPolicy() {
        for (String path : new String[] {"/", "/departments", "/login"}) {
            var response = client().get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.text()).contains("<div id=\"root\"");
            assertThat(response.header("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("script-src 'self';")
                            .doesNotContain("unsafe-inline"));
            assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
        }
        assertThat(client().get("/assets/does-not-exist.js").status()).isEqualTo(404);
    }

    @Test
    void healthProbesAndMetricsAreServed() {
        assertThat(client().get("/actuator/health/liveness").text()).contains("\"UP\"");
        assertThat(client().get("/actuator/health/readiness").text()).contains("\"UP\"");
        var metrics = client().get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }
}
