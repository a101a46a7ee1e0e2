package no.maturo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import no.maturo.testsupport.TestDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PlatformTenantAdministrationTest extends IntegrationTest {

    private ApiClient operator;

    @BeforeEach
    void operator() {
        String email = "operator-" + UUID.randomUUID() + "@maturo.test";
        accounts.createPlatformAdmin(email, "Operator", PASSWORD);
        operator = client().signedIn(email, PASSWORD);
    }

    @Test
    void createsATenantWithItsFirstAdminAndLogsIt() {
        String slug = "new-" + UUID.randomUUID().toString().substring(0, 8);
        var created = operator.post(
                "/api/v1/platform/tenants",
                Map.of(
                        "slug",
                        slug,
                        "name",
                        "Fjord Bank",
                        "defaultLocale",
                        "nb",
                        "firstAdmin",
                        Map.of("email", "first@" + slug + ".test", "displayName", "First Admin")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("userCount").asInt()).isEqualTo(1);
        assertThat(created.json().has("lastActivityAt")).isFalse();
        assertThat(listed(slug).get("name").asString()).isEqualTo("Fjord Bank");

        JsonNode log = operator.get("/api/v1/platform/audit-events?action=tenant.created")
                .json();
        assertThat(log.toString()).contains(slug);
    }

    @Test
    void badOrDuplicateInputIsRefusedAndNothingIsStored() {
        TestTenant existing = newTenant("taken");
        var duplicate = operator.post(
                "/api/v1/platform/tenants",
                Map.of(
                        "slug",
                        existing.slug(),
                        "name",
                        "Copy",
                        "defaultLocale",
                        "en",
                        "firstAdmin",
                        Map.of("email", "someone-new@copy.test", "displayName", "X")));
        assertThat(duplicate.status()).isEqualTo(409);

        String slug = "fresh-" + UUID.randomUUID().toString().substring(0, 8);
        var adminTaken = operator.post(
                "/api/v1/platform/tenants",
                Map.of(
                        "slug",
                        slug,
                        "name",
                        "Copy",
                        "defaultLocale",
                        "en",
                        "firstAdmin",
                        Map.of("email", existing.admin(), "displayName", "X")));
        assertThat(adminTaken.status()).isEqualTo(409);
        assertThat(tenants.findBySlug(slug))
                .as("tenant rolled back with its admin")
                .isEmpty();

        var invalid = operator.post(
                "/api/v1/platform/tenants",
                Map.of("slug", "Not A Slug", "name", "", "defaultLocale", "fr", "firstAdmin", Map.of()));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").findValuesAsString("field"))
                .contains("slug", "name", "defaultLocale", "firstAdmin.email", "firstAdmin.displayName");
    }

    @Test
    void renamesAndShowsLastActivity() {
        TestTenant tenant = newTenant("renamed");
        signedIn(tenant.employee());
        var renamed = operator.put("/api/v1/platform/tenants/" + tenant.id(), Map.of("name", "Renamed AS"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Renamed AS");
        assertThat(renamed.json().get("lastActivityAt").asString()).isNotBlank();
        assertThat(operator.put("/api/v1/platform/tenants/" + UUID.randomUUID(), Map.of("name", "X"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void suspensionStopsSignInAndEveryRequestAtOnceAndReactivationLiftsIt() {
        TestTenant tenant = newTenant("suspended");
        ApiClient admin = signedIn(tenant.admin());
        assertThat(admin.get("/api/v1/departments").status()).isEqualTo(200);

        assertThat(operator.post("/api/v1/platform/tenants/" + tenant.id() + "/suspend", null)
                        .status())
                .isEqualTo(200);
        var blocked = admin.get("/api/v1/departments");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().get("detail").asString()).contains("suspended");
        assertThat(admin.get("/api/v1/me").status()).as("session ended").isEqualTo(401);
        assertThat(client().login(tenant.employee(), PASSWORD).status()).isEqualTo(403);

        assertThat(operator.post("/api/v1/platform/tenants/" + tenant.id() + "/reactivate", null)
                        .status())
                .isEqualTo(200);
        assertThat(client().login(tenant.employee(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void deletionNeedsTheShortNameAndRemovesEveryRowOfTheTenantOnly() throws Exception {
        TestTenant doomed = newTenant("doomed");
        TestTenant bystander = newTenant("bystander");
        ApiClient doomedAdmin = signedIn(doomed.admin());
        doomedAdmin.post("/api/v1/departments", Map.of("name", "Soon gone"));

        var unconfirmed = operator.delete("/api/v1/platform/tenants/" + doomed.id() + "?confirm=wrong");
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(tenants.findById(doomed.id())).isPresent();

        var deleted = operator.delete("/api/v1/platform/tenants/" + doomed.id() + "?confirm=" + doomed.slug());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(tenants.findById(doomed.id())).isEmpty();
        assertThat(doomedAdmin.get("/api/v1/me").status())
                .as("sessions of its people ended")
                .isEqualTo(401);

        try (Connection superuser = TestDatabase.superuserConnection()) {
            var dsl = DSL.using(superuser);
            List<String> tenantTables = dsl.fetch("""
                            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                            WHERE n.nspname = 'public' AND c.relkind = 'r' AND EXISTS (
                              SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id')
                            """).getValues(0, String.class);
            assertThat(tenantTables).contains("department", "user_account", "user_role", "audit_event");
            for (String table : tenantTables) {
                assertThat(dsl.fetchCount(
                                DSL.table(DSL.name(table)),
                                DSL.field("tenant_id").eq(doomed.id())))
                        .as("rows of the deleted tenant left in %s", table)
                        .isZero();
            }
            assertThat(dsl.fetchCount(
                            DSL.table("user_account"), DSL.field("tenant_id").eq(bystander.id())))
                    .isEqualTo(4);
        }
        assertThat(operator.get("/api/v1/platform/audit-events?action=tenant.deleted")
                        .text())
                .contains(doomed.slug());
    }

    @Test
    void onlyPlatformAdminsAdministerTenants() {
        TestTenant tenant = newTenant("not-mine");
        ApiClient admin = signedIn(tenant.admin());
        String base = "/api/v1/platform/tenants/" + tenant.id();
        assertThat(admin.post("/api/v1/platform/tenants", Map.of("slug", "x")).status())
                .isEqualTo(403);
        assertThat(admin.put(base, Map.of("name", "Hijacked")).status()).isEqualTo(403);
        assertThat(admin.post(base + "/suspend", null).status()).isEqualTo(403);
        assertThat(admin.post(base + "/reactivate", null).status()).isEqualTo(403);
        assertThat(admin.delete(base + "?confirm=" + tenant.slug()).status()).isEqualTo(403);
        assertThat(tenants.findById(tenant.id()).orElseThrow().name()).isEqualTo("Tenant not-mine");
    }

    private JsonNode listed(String slug) {
        for (JsonNode t : operator.get("/api/v1/platform/tenants").json()) {
            if (t.get("slug").asString().equals(slug)) {
                return t;
            }
        }
        throw new AssertionError("tenant " + slug + " not listed");
    }
}
