package no.maturo.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DepartmentAdministrationTest extends IntegrationTest {

    private static String create(ApiClient admin, String name, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        var response = admin.post("/api/v1/departments", body);
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static ApiClient.Response update(ApiClient admin, String id, String name, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        return admin.put("/api/v1/departments/" + id, body);
    }

    @Test
    void renameAndMoveAreAuditedWithBeforeAndAfter() {
        TestTenant tenant = newTenant("rename");
        ApiClient admin = signedIn(tenant.admin());
        String sales = create(admin, "Sales", null);
        String north = create(admin, "North", null);

        var renamed = update(admin, north, " Sales North ", sales);
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Sales North");
        assertThat(renamed.json().get("parentId").asString()).isEqualTo(sales);

        JsonNode event = admin.get("/api/v1/audit-events?action=department.updated")
                .json()
                .get(0);
        assertThat(event.get("targetId").asString()).isEqualTo(north);
        assertThat(event.get("before").get("name").asString()).isEqualTo("North");
        assertThat(event.get("before").has("parentId")).isFalse();
        assertThat(event.get("after").get("name").asString()).isEqualTo("Sales North");
        assertThat(event.get("after").get("parentId").asString()).isEqualTo(sales);

        // Back to the top level.
        assertThat(update(admin, north, "Sales North", null).json().has("parentId"))
                .isFalse();
    }

    @Test
    void aDepartmentCannotMoveUnderItselfOrItsDescendants() {
        TestTenant tenant = newTenant("cycle");
        ApiClient admin = signedIn(tenant.admin());
        String a = create(admin, "A", null);
        String b = create(admin, "B", a);
        String c = create(admin, "C", b);

        for (String target : new String[] {a, b, c}) {
            var refused = update(admin, a, "A", target);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("detail").asString()).contains("under itself");
        }
        var clash = update(admin, c, "b", a);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(update(admin, a, " ", null).status()).isEqualTo(400);
        assertThat(update(admin, a, "A", "00000000-0000-0000-0000-000000000000").status())
                .isEqualTo(404);

        JsonNode list = admin.get("/api/v1/departments").json();
        for (JsonNode d : list) {
            if (d.get("id").asString().equals(a)) {
                assertThat(d.has("parentId")).isFalse();
            }
            if (d.get("id").asString().equals(c)) {
                assertThat(d.get("parentId").asString()).isEqualTo(b);
                assertThat(d.get("name").asString()).isEqualTo("C");
            }
        }
        assertThat(admin.get("/api/v1/audit-events?action=department.updated")
                        .json()
                        .size())
                .isZero();
    }

    @Test
    void archiveHidesADepartmentKeepsItsPeopleAndRestoreBringsItBack() {
        TestTenant tenant = newTenant("archive");
        ApiClient admin = signedIn(tenant.admin());
        String parent = create(admin, "Old", null);
        String child = create(admin, "Older", parent);

        var refused = admin.post("/api/v1/departments/" + parent + "/archive", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("sub-departments");

        assertThat(admin.post("/api/v1/departments/" + child + "/archive", null)
                        .json()
                        .has("archivedAt"))
                .isTrue();
        assertThat(admin.post("/api/v1/departments/" + parent + "/archive", null)
                        .status())
                .isEqualTo(200);

        assertThat(admin.get("/api/v1/departments").json().findValuesAsString("name"))
                .containsExactly("Customer Service");
        JsonNode all = admin.get("/api/v1/departments?includeArchived=true").json();
        assertThat(all.findValuesAsString("name")).containsExactly("Customer Service", "Old", "Older");
        assertThat(signedIn(tenant.leader())
                        .get("/api/v1/departments?includeArchived=true")
                        .status())
                .isEqualTo(403);

        // A child comes back only after its parent; a new sibling with the same name blocks a restore.
        assertThat(admin.post("/api/v1/departments/" + child + "/restore", null).status())
                .isEqualTo(409);
        String sameName = create(admin, "Old", null);
        assertThat(admin.post("/api/v1/departments/" + parent + "/restore", null)
                        .status())
                .isEqualTo(409);
        admin.post("/api/v1/departments/" + sameName + "/archive", null);
        var restored = admin.post("/api/v1/departments/" + parent + "/restore", null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().has("archivedAt")).isFalse();
        assertThat(admin.get("/api/v1/departments").json().findValuesAsString("name"))
                .containsExactly("Customer Service", "Old");

        // People in an archived department stay there.
        String service =
                admin.get("/api/v1/departments").json().get(0).get("id").asString();
        create(admin, "Placeholder", service);
        JsonNode archivedService =
                admin.post("/api/v1/departments/" + service + "/archive", null).json();
        assertThat(archivedService.has("detail")).isTrue();
        assertThat(admin.get("/api/v1/people?departmentId=" + service).json().size())
                .isEqualTo(4);

        assertThat(admin.get("/api/v1/audit-events?action=department.").json().findValuesAsString("action"))
                .contains("department.archived", "department.restored");
        assertThat(signedIn(tenant.leader())
                        .post("/api/v1/departments/" + parent + "/archive", null)
                        .status())
                .isEqualTo(403);
    }
}
