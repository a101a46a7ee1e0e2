package no.maturo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.maturo.tenancy.TenantContext;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Tenant A calls every endpoint with tenant B's ids and gets 403 or 404, never B's data. The first test fails when
 * an endpoint appears in the OpenAPI document that this class does not cover yet.
 */
class CrossTenantApiTest extends IntegrationTest {

    private static final Set<String> COVERED = Set.of(
            "POST /api/v1/auth/login",
            "POST /api/v1/auth/logout",
            "GET /api/v1/me",
            "GET /api/v1/departments",
            "POST /api/v1/departments",
            "GET /api/v1/platform/tenants",
            "GET /api/v1/audit-events",
            "GET /api/v1/audit-events/export",
            "GET /api/v1/platform/audit-events",
            "POST /api/v1/platform/tenants",
            "PUT /api/v1/platform/tenants/{id}",
            "POST /api/v1/platform/tenants/{id}/suspend",
            "POST /api/v1/platform/tenants/{id}/reactivate",
            "DELETE /api/v1/platform/tenants/{id}",
            "GET /api/v1/tenant/settings",
            "PUT /api/v1/tenant/settings",
            "GET /api/v1/tenant/api-tokens",
            "POST /api/v1/tenant/api-tokens",
            "DELETE /api/v1/tenant/api-tokens/{id}",
            "PUT /api/v1/departments/{id}",
            "POST /api/v1/departments/{id}/archive",
            "POST /api/v1/departments/{id}/restore",
            "GET /api/v1/people",
            "GET /api/v1/people/{id}",
            "PUT /api/v1/people/{id}",
            "POST /api/v1/people/invitations",
            "POST /api/v1/people/{id}/deactivate",
            "POST /api/v1/people/{id}/reactivate",
            "POST /api/v1/people/{id}/invitation",
            "POST /api/v1/people/import/preview",
            "POST /api/v1/people/import",
            "GET /api/v1/invitations/{token}",
            "POST /api/v1/invitations/{token}/accept",
            "POST /api/v1/auth/discover",
            "GET /api/v1/tenant/sso",
            "PUT /api/v1/tenant/sso",
            "POST /api/v1/tenant/sso/test",
            // Maturity models: cross-tenant cases in no.maturo.model.ModelApiTest and ModelVersioningTest.
            "GET /api/v1/tenant/model-templates",
            "GET /api/v1/tenant/models",
            "POST /api/v1/tenant/models",
            "GET /api/v1/tenant/models/{modelId}",
            "GET /api/v1/tenant/models/{modelId}/versions/{versionId}",
            "POST /api/v1/tenant/models/{modelId}/versions/{versionId}/publish",
            "PUT /api/v1/tenant/models/{modelId}",
            "POST /api/v1/tenant/models/{modelId}/archive",
            "POST /api/v1/tenant/models/{modelId}/restore",
            "POST /api/v1/tenant/models/{modelId}/versions",
            "PUT /api/v1/tenant/models/{modelId}/versions/{versionId}",
            "DELETE /api/v1/tenant/models/{modelId}/versions/{versionId}",
            // Analytics: cross-tenant cases in no.maturo.analytics.AnalyticsApiTest.
            "GET /api/v1/analytics/cycles",
            "GET /api/v1/analytics/cycles/{cycleId}/scores",
            "GET /api/v1/analytics/cycles/{cycleId}/heatmap",
            "GET /api/v1/analytics/cycles/{cycleId}/perception-gap",
            // Trends: cross-tenant cases in no.maturo.analytics.TrendsApiTest.
            "GET /api/v1/analytics/trends",
            // Answering surveys and live results: cross-tenant cases in no.maturo.assessment.SurveyCrossTenantTest.
            "GET /api/v1/surveys/by-link/{token}",
            "POST /api/v1/surveys/by-link/{token}/responses",
            "GET /api/v1/surveys/customer/{token}",
            "POST /api/v1/surveys/customer/{token}/responses",
            "GET /api/v1/me/surveys",
            "GET /api/v1/me/surveys/{cycleId}",
            "POST /api/v1/me/surveys/{cycleId}/responses",
            "GET /api/v1/tenant/cycles/{cycleId}/results",
            // Surveys (assessment cycles): cross-tenant cases in no.maturo.assessment.CycleApiTest.
            "GET /api/v1/tenant/cycles",
            "POST /api/v1/tenant/cycles",
            "GET /api/v1/tenant/cycles/{id}",
            "PUT /api/v1/tenant/cycles/{id}",
            "DELETE /api/v1/tenant/cycles/{id}",
            "POST /api/v1/tenant/cycles/{id}/schedule",
            "POST /api/v1/tenant/cycles/{id}/unschedule",
            "POST /api/v1/tenant/cycles/{id}/open-now",
            "POST /api/v1/tenant/cycles/{id}/close-now",
            "POST /api/v1/tenant/cycles/{id}/customer-links",
            "GET /api/v1/tenant/cycles/{id}/customer-links",
            // Benchmark sets (platform data; tenants only read): platform-only access and the tenant's own statement
            // mapping in no.maturo.analytics.BenchmarkApiTest.
            "GET /api/v1/benchmarks",
            "GET /api/v1/platform/benchmarks",
            "POST /api/v1/platform/benchmarks",
            "POST /api/v1/platform/benchmarks/preview",
            "GET /api/v1/platform/benchmarks/{id}",
            "DELETE /api/v1/platform/benchmarks/{id}");

    private TestTenant a;
    private TestTenant b;
    private ApiClient adminOfA;

    @BeforeEach
    void twoTenants() {
        a = newTenant("a");
        b = newTenant("b");
        adminOfA = signedIn(a.admin());
    }

    @Test
    void everyOperationInTheApiIsCoveredHere() {
        JsonNode paths = client().get("/v3/api-docs").json().get("paths");
        Set<String> operations = new HashSet<>();
        for (var path : paths.properties()) {
            for (var method : path.getValue().properties()) {
                operations.add(method.getKey().toUpperCase() + " " + path.getKey());
            }
        }
        assertThat(operations).isEqualTo(COVERED);
    }

    @Test
    void signInAsAPersonOfAGivesASessionOfAOnly() {
        JsonNode me = adminOfA.get("/api/v1/me").json();
        assertThat(me.get("tenant").get("id").asString()).isEqualTo(a.id().toString());
        // Logging out of A does not touch another client's session.
        ApiClient adminOfB = signedIn(b.admin());
        assertThat(adminOfA.post("/api/v1/auth/logout", null).status()).isEqualTo(204);
        assertThat(adminOfB.get("/api/v1/me").json().get("tenant").get("id").asString())
                .isEqualTo(b.id().toString());
    }

    @Test
    void departmentListOfAHoldsNoneOfB() {
        Set<String> idsOfB = departmentIds(b);
        JsonNode list = adminOfA.get("/api/v1/departments").json();
        assertThat(list.size()).isPositive();
        for (JsonNode department : list) {
            assertThat(idsOfB).doesNotContain(department.get("id").asString());
        }
    }

    @Test
    void aCannotCreateUnderADepartmentOfB() {
        UUID departmentOfB = UUID.fromString(departmentIds(b).iterator().next());
        var response = adminOfA.post(
                "/api/v1/departments", Map.of("name", "Infiltrator", "parentId", departmentOfB.toString()));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text()).doesNotContain("Infiltrator");
        assertThat(TenantContext.callAs(a.id(), () -> departments.listActive()))
                .noneMatch(d -> d.name().equals("Infiltrator"));
        assertThat(TenantContext.callAs(b.id(), () -> departments.listActive()))
                .noneMatch(d -> d.name().equals("Infiltrator"));
    }

    @Test
    void tenantPeopleCannotReachPlatformAdministration() {
        for (String email : Set.of(a.admin(), a.leader(), a.manager(), a.employee())) {
            assertThat(signedIn(email).get("/api/v1/platform/tenants").status()).isEqualTo(403);
        }
    }

    @Test
    void aTenantAdminCanNeitherSuspendRenameNorDeleteAnotherTenant() {
        String base = "/api/v1/platform/tenants/" + b.id();
        assertThat(adminOfA.post(base + "/suspend", null).status()).isEqualTo(403);
        assertThat(adminOfA.put(base, Map.of("name", "Owned by A")).status()).isEqualTo(403);
        assertThat(adminOfA.delete(base + "?confirm=" + b.slug()).status()).isEqualTo(403);
        assertThat(tenants.findById(b.id()).orElseThrow().status().name()).isEqualTo("ACTIVE");
    }

    @Test
    void aCannotListOrRevokeTheApiTokensOfB() {
        ApiClient adminOfB = signedIn(b.admin());
        String tokenOfB = adminOfB.post(
                        "/api/v1/tenant/api-tokens", Map.of("name", "B only", "scopes", List.of("SCIM")))
                .json()
                .get("token")
                .get("id")
                .asString();
        assertThat(adminOfA.get("/api/v1/tenant/api-tokens").text())
                .doesNotContain(tokenOfB)
                .doesNotContain("B only");
        assertThat(adminOfA.delete("/api/v1/tenant/api-tokens/" + tokenOfB).status())
                .isEqualTo(404);
        assertThat(adminOfB.get("/api/v1/tenant/api-tokens").json().get(0).has("revokedAt"))
                .isFalse();
    }

    @Test
    void tenantSettingsAreAlwaysTheCallersOwn() {
        adminOfA.put(
                "/api/v1/tenant/settings", Map.of("name", "A renamed", "defaultLocale", "da", "anonymityThreshold", 9));
        assertThat(tenants.findById(b.id()).orElseThrow().name()).isEqualTo("Tenant b");
        assertThat(signedIn(b.admin())
                        .get("/api/v1/tenant/settings")
                        .json()
                        .get("anonymityThreshold")
                        .asInt())
                .isEqualTo(5);
    }

    @Test
    void signInWithAnEmailOfBAndAPasswordNeverLandsInA() {
        ApiClient client = client();
        JsonNode me = client.signedIn(b.employee(), PASSWORD).get("/api/v1/me").json();
        assertThat(me.get("tenant").get("id").asString()).isEqualTo(b.id().toString());
        assertThat(client.get("/api/v1/departments").status()).isEqualTo(403);
    }

    @Test
    void aCannotChangeArchiveOrRestoreDepartmentsOfB() {
        String departmentOfB = departmentIds(b).iterator().next();
        var rename = adminOfA.put("/api/v1/departments/" + departmentOfB, Map.of("name", "Taken over"));
        assertThat(rename.status()).isEqualTo(404);
        assertThat(adminOfA.post("/api/v1/departments/" + departmentOfB + "/archive", null)
                        .status())
                .isEqualTo(404);
        assertThat(adminOfA.post("/api/v1/departments/" + departmentOfB + "/restore", null)
                        .status())
                .isEqualTo(404);
        // Nor move one of A's departments under B's.
        String departmentOfA = departmentIds(a).iterator().next();
        assertThat(adminOfA.put(
                                "/api/v1/departments/" + departmentOfA,
                                Map.of("name", "Customer Service", "parentId", departmentOfB))
                        .status())
                .isEqualTo(404);
        assertThat(TenantContext.callAs(b.id(), () -> departments.listActive()))
                .extracting(d -> d.name())
                .containsExactly("Customer Service");
        assertThat(adminOfA.get("/api/v1/departments?includeArchived=true").text())
                .doesNotContain(departmentOfB);
    }

    @Test
    void aCannotSeeChangeDeactivateOrInviteThePeopleOfB() {
        ApiClient adminOfB = signedIn(b.admin());
        String employeeOfB = PeopleApiTest.personId(adminOfB, b.employee());
        JsonNode peopleOfA = adminOfA.get("/api/v1/people?q=employee").json();
        assertThat(peopleOfA.findValuesAsString("email")).containsExactly(a.employee());
        assertThat(adminOfA.get("/api/v1/people?q=" + b.slug()).json().size()).isZero();

        assertThat(adminOfA.get("/api/v1/people/" + employeeOfB).status()).isEqualTo(404);
        var change = Map.of("displayName", "Hijacked", "roles", java.util.List.of("TENANT_ADMIN"));
        assertThat(adminOfA.put("/api/v1/people/" + employeeOfB, change).status())
                .isEqualTo(404);
        assertThat(adminOfA.post("/api/v1/people/" + employeeOfB + "/deactivate", null)
                        .status())
                .isEqualTo(404);
        assertThat(adminOfA.post("/api/v1/people/" + employeeOfB + "/reactivate", null)
                        .status())
                .isEqualTo(404);
        assertThat(adminOfA.post("/api/v1/people/" + employeeOfB + "/invitation", null)
                        .status())
                .isEqualTo(404);
        JsonNode stillB = adminOfB.get("/api/v1/people/" + employeeOfB).json();
        assertThat(stillB.get("displayName").asString()).isEqualTo("employee");
        assertThat(stillB.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(client().login(b.employee(), PASSWORD).status()).isEqualTo(200);

        // Inviting into one of B's departments, or importing someone of B, stores nothing anywhere.
        String departmentOfB = departmentIds(b).iterator().next();
        var invite = adminOfA.post(
                "/api/v1/people/invitations",
                Map.of(
                        "email",
                        "mole@" + a.slug() + ".test",
                        "displayName",
                        "Mole",
                        "departmentId",
                        departmentOfB,
                        "roles",
                        java.util.List.of("EMPLOYEE")));
        assertThat(invite.status()).isEqualTo(404);
        var preview = adminOfA.postBytes(
                "/api/v1/people/import/preview",
                "text/csv",
                ("email,name\n" + b.employee() + ",Copy\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.text()).doesNotContain(employeeOfB);
        var imported = adminOfA.postBytes(
                "/api/v1/people/import",
                "text/csv",
                ("email,name\n" + b.employee() + ",Copy\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).isEqualTo(409);
        assertThat(adminOfA.get("/api/v1/people").json().size()).isEqualTo(4);
        assertThat(adminOfB.get("/api/v1/people").json().size()).isEqualTo(4);
    }

    @Test
    void anInvitationOfBSignsInOnlyItsOwnPersonOfBAndAdminsOfACannotResendIt() {
        ApiClient adminOfB = signedIn(b.admin());
        String email = "newcomer@" + b.slug() + ".test";
        String id = adminOfB.post(
                        "/api/v1/people/invitations",
                        Map.of("email", email, "displayName", "Newcomer", "roles", java.util.List.of("EMPLOYEE")))
                .json()
                .get("id")
                .asString();
        assertThat(adminOfA.post("/api/v1/people/" + id + "/invitation", null).status())
                .isEqualTo(404);
        String token = no.maturo.testsupport.TestMail.invitationToken(email);
        // Whoever holds the link becomes that person of B, never someone in A: A's session is replaced.
        JsonNode me = adminOfA.post("/api/v1/invitations/" + token + "/accept", Map.of("password", "newcomer password"))
                .json();
        assertThat(me.get("tenant").get("id").asString()).isEqualTo(b.id().toString());
        assertThat(me.get("roles").toString()).isEqualTo("[\"EMPLOYEE\"]");
        assertThat(adminOfA.get("/api/v1/people").status()).isEqualTo(403);
    }

    @Test
    void singleSignOnSettingsOfBAreNeitherVisibleNorReachableFromA() {
        String issuerOfB = "https://login.example.com/" + b.slug();
        Map<String, Object> settingsOfB = new java.util.HashMap<>(Map.of(
                "enabled",
                false,
                "issuerUrl",
                issuerOfB,
                "clientId",
                "client-of-b",
                "clientSecret",
                "secret-of-b",
                "domains",
                java.util.List.of(b.slug() + ".test"),
                "jitProvisioning",
                false,
                "ssoRequired",
                false));
        assertThat(signedIn(b.admin()).put("/api/v1/tenant/sso", settingsOfB).status())
                .isEqualTo(200);

        var mine = adminOfA.get("/api/v1/tenant/sso");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("configured").asBoolean()).isFalse();
        assertThat(mine.text()).doesNotContain(issuerOfB).doesNotContain(b.slug());

        // A cannot map a group to B's department, nor claim B's domain; B's settings stay as they were.
        Map<String, Object> settingsOfA = new java.util.HashMap<>(settingsOfB);
        settingsOfA.put("issuerUrl", "https://login.example.com/" + a.slug());
        settingsOfA.put("domains", java.util.List.of(a.slug() + ".test"));
        settingsOfA.put(
                "groupDepartments",
                java.util.List.of(Map.of(
                        "group",
                        "g",
                        "departmentId",
                        departmentIds(b).iterator().next())));
        assertThat(adminOfA.put("/api/v1/tenant/sso", settingsOfA).status()).isEqualTo(404);
        settingsOfA.remove("groupDepartments");
        settingsOfA.put("domains", java.util.List.of(b.slug() + ".test"));
        var taken = adminOfA.put("/api/v1/tenant/sso", settingsOfA);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text()).doesNotContain(b.id().toString()).doesNotContain(issuerOfB);
        assertThat(adminOfA.get("/api/v1/tenant/sso").json().get("configured").asBoolean())
                .isFalse();
        JsonNode ofB = signedIn(b.admin()).get("/api/v1/tenant/sso").json();
        assertThat(ofB.get("issuerUrl").asString()).isEqualTo(issuerOfB);

        // The connection test without an issuer uses A's own (none), never B's.
        assertThat(adminOfA.post("/api/v1/tenant/sso/test", Map.of()).status()).isEqualTo(400);
        for (String email : Set.of(a.leader(), a.manager(), a.employee())) {
            assertThat(signedIn(email).post("/api/v1/tenant/sso/test", Map.of()).status())
                    .isEqualTo(403);
        }
        // Discovery names no tenant id and answers PASSWORD while B's single sign-on is off.
        var discovered = client().post("/api/v1/auth/discover", Map.of("email", "x@" + b.slug() + ".test"));
        assertThat(discovered.json().get("method").asString()).isEqualTo("PASSWORD");
        assertThat(discovered.text()).doesNotContain(b.id().toString());
    }

    private Set<String> departmentIds(TestTenant tenant) {
        Set<String> ids = new HashSet<>();
        TenantContext.callAs(tenant.id(), () -> departments.listActive()).forEach(d -> ids.add(d.id().toString()));
        return ids;
    }
}
