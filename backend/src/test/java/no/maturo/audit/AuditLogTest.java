package no.maturo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.Map;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import no.maturo.testsupport.TestDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuditLogTest extends IntegrationTest {

    @Test
    void aChangeIsLoggedWithWhoWhenWhatAndAfterValues() {
        TestTenant tenant = newTenant("audited");
        ApiClient admin = signedIn(tenant.admin());
        String id = admin.post("/api/v1/departments", Map.of("name", "Insight"))
                .json()
                .get("id")
                .asString();

        JsonNode events = admin.get("/api/v1/audit-events?action=department.").json();
        JsonNode created = null;
        for (JsonNode event : events) {
            if (id.equals(event.path("targetId").asString())) {
                created = event;
            }
        }
        assertThat(created).as("audit event for the new department").isNotNull();
        assertThat(created.get("action").asString()).isEqualTo("department.created");
        assertThat(created.get("actorLabel").asString()).isEqualTo(tenant.admin());
        assertThat(created.get("after").get("name").asString()).isEqualTo("Insight");
        assertThat(created.has("before")).isFalse();
        assertThat(created.get("occurredAt").asString()).isNotBlank();

        // The people created with the tenant were logged too, without their passwords.
        JsonNode people =
                admin.get("/api/v1/audit-events?action=person.created").json();
        assertThat(people.size()).isEqualTo(4);
        assertThat(people.toString()).doesNotContain(PASSWORD).doesNotContain("password");
    }

    @Test
    void filtersByActorAndExportsCsv() {
        TestTenant tenant = newTenant("export");
        ApiClient admin = signedIn(tenant.admin());
        admin.post("/api/v1/departments", Map.of("name", "Pricing, \"Special\""));

        assertThat(admin.get("/api/v1/audit-events?actor=" + tenant.admin())
                        .json()
                        .size())
                .isEqualTo(1);
        assertThat(admin.get("/api/v1/audit-events?actor=nobody-like-this")
                        .json()
                        .size())
                .isZero();

        var csv = admin.get("/api/v1/audit-events/export?action=department.");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.text().lines().findFirst())
                .contains("occurred_at,actor,action,target_type,target_id,before,after");
        assertThat(csv.text()).contains("department.created").contains(tenant.admin());
        // RFC 4180 quoting keeps commas and quotes inside one cell.
        assertThat(csv.text()).contains("\"\"Special\\\"\"\"");
    }

    @Test
    void onlyTenantAdminsReadTheLogAndOnlyTheirOwnTenants() {
        TestTenant a = newTenant("log-a");
        TestTenant b = newTenant("log-b");
        signedIn(b.admin()).post("/api/v1/departments", Map.of("name", "Secret B"));

        ApiClient adminOfA = signedIn(a.admin());
        assertThat(adminOfA.get("/api/v1/audit-events?limit=1000").text()).doesNotContain("Secret B");
        assertThat(adminOfA.get("/api/v1/audit-events/export").text()).doesNotContain("Secret B");
        assertThat(signedIn(a.leader()).get("/api/v1/audit-events").status()).isEqualTo(403);
        assertThat(adminOfA.get("/api/v1/platform/audit-events").status()).isEqualTo(403);
    }

    @Test
    void theApplicationAccountCannotRewriteOrEraseHistory() throws Exception {
        TestTenant tenant = newTenant("immutable");
        try (Connection application = TestDatabase.applicationConnection()) {
            application.setAutoCommit(false);
            var dsl = DSL.using(application);
            dsl.fetch("SELECT set_config('app.tenant_id', ?, true)", tenant.id().toString());
            assertThat(dsl.fetchCount(DSL.table("audit_event"))).isPositive();
            assertThatThrownBy(() -> dsl.execute("UPDATE audit_event SET action = 'forged'"))
                    .hasMessageContaining("permission denied");
            application.rollback();
            dsl.fetch("SELECT set_config('app.tenant_id', ?, true)", tenant.id().toString());
            assertThatThrownBy(() -> dsl.execute("DELETE FROM audit_event")).hasMessageContaining("permission denied");
            application.rollback();
        }
    }
}
