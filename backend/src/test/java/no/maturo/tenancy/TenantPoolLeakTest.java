package no.maturo.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import no.maturo.testsupport.TestDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Two tenants hammer the API through a pool of only two connections, so every connection serves both tenants
 * hundreds of times, with failing requests rolling back in between. Not one row may cross over, in what the API
 * returns or in what is stored.
 */
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=2")
class TenantPoolLeakTest extends IntegrationTest {

    private static final int ROUNDS_PER_WORKER = 600;
    private static final int WORKERS_PER_TENANT = 2;

    @Test
    void interleavedRequestsOfTwoTenantsNeverSeeOrStoreEachOthersRows() throws Exception {
        TestTenant alpha = newTenant("alpha");
        TestTenant beta = newTenant("beta");
        UUID alphaDepartment = firstDepartment(alpha);
        UUID betaDepartment = firstDepartment(beta);

        Map<UUID, Set<String>> created = new ConcurrentHashMap<>();
        AtomicInteger requests = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2 * WORKERS_PER_TENANT)) {
            for (int worker = 0; worker < WORKERS_PER_TENANT; worker++) {
                String suffix = "w" + worker;
                work.add(pool.submit(() -> hammer(alpha, "alpha", betaDepartment, suffix, created, requests)));
                work.add(pool.submit(() -> hammer(beta, "beta", alphaDepartment, suffix, created, requests)));
            }
            for (Future<?> future : work) {
                future.get();
            }
        }
        assertThat(requests.get()).isGreaterThanOrEqualTo(2000);

        try (Connection superuser = TestDatabase.superuserConnection()) {
            var dsl = DSL.using(superuser);
            for (TestTenant tenant : List.of(alpha, beta)) {
                String marker = tenant == alpha ? "alpha" : "beta";
                List<String> stored = dsl.fetch(
                                "SELECT name FROM department WHERE tenant_id = ? AND name <> 'Customer Service'",
                                tenant.id())
                        .getValues(0, String.class);
                assertThat(stored).as("departments stored for %s", marker).allMatch(n -> n.startsWith(marker));
                assertThat(Set.copyOf(stored)).isEqualTo(created.getOrDefault(tenant.id(), Set.of()));
            }
        }
    }

    private void hammer(
            TestTenant tenant,
            String marker,
            UUID foreignDepartment,
            String worker,
            Map<UUID, Set<String>> created,
            AtomicInteger requests) {
        ApiClient api = signedIn(tenant.admin());
        for (int round = 0; round < ROUNDS_PER_WORKER; round++) {
            switch (round % 5) {
                case 0, 2 -> {
                    var list = api.get("/api/v1/departments");
                    assertThat(list.status()).isEqualTo(200);
                    for (JsonNode department : list.json()) {
                        String name = department.get("name").asString();
                        assertThat(name)
                                .satisfiesAnyOf(
                                        n -> assertThat(n).startsWith(marker),
                                        n -> assertThat(n).isEqualTo("Customer Service"));
                    }
                }
                case 1 -> {
                    String name = marker + "-" + worker + "-" + round;
                    var response = api.post("/api/v1/departments", Map.of("name", name));
                    assertThat(response.status()).isEqualTo(201);
                    created.computeIfAbsent(tenant.id(), id -> ConcurrentHashMap.newKeySet())
                            .add(name);
                }
                case 3 -> {
                    // Fails inside the transaction on the unique index after the tenant was set: rolls back.
                    var response = api.post("/api/v1/departments", Map.of("name", "Customer Service"));
                    assertThat(response.status()).isEqualTo(409);
                }
                default -> {
                    // The other tenant's department is invisible here: 404, nothing stored.
                    var response = api.post(
                            "/api/v1/departments",
                            Map.of("name", marker + "-orphan-" + worker + "-" + round, "parentId", foreignDepartment));
                    assertThat(response.status()).isEqualTo(404);
                }
            }
            requests.incrementAndGet();
        }
    }

    private UUID firstDepartment(TestTenant tenant) {
        return TenantContext.callAs(
                tenant.id(), () -> departments.listActive().getFirst().id());
    }
}
