package no.maturo.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DepartmentApiTest extends IntegrationTest {

    @Test
    void adminBuildsATreeThatEveryoneWithAccessSees() {
        TestTenant tenant = newTenant("tree");
        ApiClient admin = signedIn(tenant.admin());
        var sales = admin.post("/api/v1/departments", Map.of("name", "  Sales  "));
        assertThat(sales.status()).isEqualTo(201);
        assertThat(sales.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/departments/"));
        String salesId = sales.json().get("id").asString();
        assertThat(sales.json().get("name").asString()).isEqualTo("Sales");

        var north = admin.post("/api/v1/departments", Map.of("name", "Sales North", "parentId", salesId));
        assertThat(north.status()).isEqualTo(201);
        assertThat(north.json().get("parentId").asString()).isEqualTo(salesId);

        for (String email : new String[] {tenant.leader(), tenant.manager()}) {
            JsonNode list = signedIn(email).get("/api/v1/departments").json();
            assertThat(list.findValuesAsString("name")).containsExactly("Customer Service", "Sales", "Sales North");
        }
    }

    @Test
    void siblingNamesAreUniqueIgnoringCaseButMayRepeatElsewhere() {
        TestTenant tenant = newTenant("unique");
        ApiClient admin = signedIn(tenant.admin());
        var duplicate = admin.post("/api/v1/departments", Map.of("name", "customer service"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asString()).contains("already exists");

        String parent = admin.post("/api/v1/departments", Map.of("name", "Region West"))
                .json()
                .get("id")
                .asString();
        assertThat(admin.post("/api/v1/departments", Map.of("name", "Customer Service", "parentId", parent))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void badInputIsRefusedWithNamedFieldsAndNothingStored() {
        TestTenant tenant = newTenant("invalid");
        ApiClient admin = signedIn(tenant.admin());
        var blank = admin.post("/api/v1/departments", Map.of("name", "   "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").findValuesAsString("field")).containsExactly("name");

        var tooLong = admin.post("/api/v1/departments", Map.of("name", "x".repeat(121)));
        assertThat(tooLong.status()).isEqualTo(400);

        var badParent = admin.post("/api/v1/departments", Map.of("name", "Orphan", "parentId", "not-a-uuid"));
        assertThat(badParent.status()).isEqualTo(400);

        var malformed = admin.postRaw("/api/v1/departments", "{\"name\": ", true);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        assertThat(admin.get("/api/v1/departments").json().findValuesAsString("name"))
                .containsExactly("Customer Service");
    }

    @Test
    void onlyTenantAdminsAddDepartmentsAndEmployeesDoNotList() {
        TestTenant tenant = newTenant("roles");
        assertThat(signedIn(tenant.leader())
                        .post("/api/v1/departments", Map.of("name", "X"))
                        .status())
                .isEqualTo(403);
        assertThat(signedIn(tenant.employee()).get("/api/v1/departments").status())
                .isEqualTo(403);
        assertThat(client().get("/api/v1/departments").status()).isEqualTo(401);
    }
}
