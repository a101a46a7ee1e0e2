package no.maturo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.ScimIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** SCIM 2.0 Groups as departments, in the Entra ID and Okta dialects, against the real application. */
class ScimGroupsTest extends ScimIntegrationTest {

    private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    @Test
    void createsADepartmentWithMembersAndFindsItByDisplayName() {
        TestTenant tenant = newTenant("groups");
        String token = scimToken(tenant);
        String employee = idOf(token, tenant.employee());
        String manager = idOf(token, tenant.manager());

        Reply created = send(
                "POST",
                "/scim/v2/Groups",
                token,
                Map.of(
                        "schemas",
                        List.of(GROUP),
                        "displayName",
                        "Sales",
                        "members",
                        List.of(Map.of("value", employee), Map.of("value", manager))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/scim+json");
        String id = created.body().get("id").asString();
        assertThat(created.body().get("schemas").get(0).asString()).isEqualTo(GROUP);
        assertThat(created.body().get("displayName").asString()).isEqualTo("Sales");
        assertThat(created.body().get("meta").get("resourceType").asString()).isEqualTo("Group");
        assertThat(created.body().get("meta").get("created").asString()).isNotBlank();
        assertThat(created.body().get("meta").get("location").asString()).endsWith("/scim/v2/Groups/" + id);
        assertThat(created.body().get("members").findValuesAsString("value"))
                .containsExactlyInAnyOrder(employee, manager);
        assertThat(created.body().get("members").get(0).get("$ref").asString()).contains("/scim/v2/Users/");

        ApiClient admin = signedIn(tenant.admin());
        assertThat(departmentOf(admin, tenant.employee())).isEqualTo(id);
        assertThat(departmentOf(admin, tenant.manager())).isEqualTo(id);
        assertThat(departmentOf(admin, tenant.leader())).isNotEqualTo(id).isNotNull();
        JsonNode sales = department(admin, id, false);
        assertThat(sales.get("name").asString()).isEqualTo("Sales");
        assertThat(sales.has("parentId") && !sales.get("parentId").isNull()).isFalse();

        Reply found = send("GET", "/scim/v2/Groups?filter=" + encode("displayName eq \"sales\""), token, null);
        assertThat(found.body().get("totalResults").asInt()).isEqualTo(1);
        assertThat(found.body().get("Resources").get(0).get("id").asString()).isEqualTo(id);
        Reply withoutMembers = send(
                "GET",
                "/scim/v2/Groups?excludedAttributes=members&filter=" + encode("displayName eq \"Sales\""),
                token,
                null);
        assertThat(withoutMembers.body().get("Resources").get(0).has("members")).isFalse();
        assertThat(send("GET", "/scim/v2/Groups?filter=" + encode("displayName eq \"Nope\""), token, null)
                        .body()
                        .get("totalResults")
                        .asInt())
                .isZero();
        assertThat(send("GET", "/scim/v2/Groups?filter=" + encode("members pr"), token, null)
                        .body()
                        .get("scimType")
                        .asString())
                .isEqualTo("invalidFilter");

        // Paging over "Customer Service" (from the test tenant) and "Sales", ordered by name.
        Reply second = send("GET", "/scim/v2/Groups?startIndex=2&count=1", token, null);
        assertThat(second.body().get("totalResults").asInt()).isEqualTo(2);
        assertThat(second.body().get("startIndex").asInt()).isEqualTo(2);
        assertThat(second.body().get("itemsPerPage").asInt()).isEqualTo(1);
        assertThat(second.body().get("Resources").get(0).get("id").asString()).isEqualTo(id);

        Reply fetched = send("GET", "/scim/v2/Groups/" + id, token, null);
        assertThat(fetched.body().get("members").findValuesAsString("display"))
                .hasSize(2)
                .allSatisfy(name -> assertThat(name).isNotBlank());

        Reply duplicate =
                send("POST", "/scim/v2/Groups", token, Map.of("schemas", List.of(GROUP), "displayName", "SALES"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("scimType").asString()).isEqualTo("uniqueness");
        assertThat(send("GET", "/scim/v2/Groups/" + UUID.randomUUID(), token, null)
                        .status())
                .isEqualTo(404);

        String audit = admin.get("/api/v1/audit-events?action=person.department-changed")
                .text();
        assertThat(audit)
                .contains("api-token:IdP provisioning")
                .contains(employee)
                .contains(id);
        assertThat(admin.get("/api/v1/audit-events?action=department.created").text())
                .contains("api-token:IdP provisioning")
                .contains("Sales");
    }

    @Test
    void patchesMembersAndNameInTheEntraIdAndOktaDialects() {
        TestTenant tenant = newTenant("group-patch");
        String token = scimToken(tenant);
        ApiClient admin = signedIn(tenant.admin());
        String employee = idOf(token, tenant.employee());
        String manager = idOf(token, tenant.manager());
        String id = send("POST", "/scim/v2/Groups", token, Map.of("schemas", List.of(GROUP), "displayName", "Eng"))
                .body()
                .get("id")
                .asString();

        // Entra ID: add with a path and a list, remove with a value filter in the path.
        Reply added =
                patch(token, id, Map.of("op", "Add", "path", "members", "value", List.of(Map.of("value", employee))));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body().get("members").findValuesAsString("value")).containsExactly(employee);
        assertThat(departmentOf(admin, tenant.employee())).isEqualTo(id);

        Reply removed = patch(token, id, Map.of("op", "Remove", "path", "members[value eq \"" + employee + "\"]"));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(departmentOf(admin, tenant.employee())).isNull();
        assertThat(send("GET", "/scim/v2/Groups/" + id, token, null).body().has("members"))
                .as("no members left")
                .isTrue();
        assertThat(send("GET", "/scim/v2/Groups/" + id, token, null).body().get("members"))
                .isEmpty();

        Reply renamed = patch(token, id, Map.of("op", "Replace", "path", "displayName", "value", "Engineering"));
        assertThat(renamed.body().get("displayName").asString()).isEqualTo("Engineering");

        // Okta: replace with a value object, and replace of the member list.
        Reply okta = patch(token, id, Map.of("op", "replace", "value", Map.of("id", id, "displayName", "Platform")));
        assertThat(okta.body().get("displayName").asString()).isEqualTo("Platform");
        assertThat(department(admin, id, false).get("name").asString()).isEqualTo("Platform");

        patch(token, id, Map.of("op", "replace", "path", "members", "value", List.of(Map.of("value", manager))));
        assertThat(departmentOf(admin, tenant.manager())).isEqualTo(id);
        Reply replaced = patch(
                token, id, Map.of("op", "replace", "value", Map.of("members", List.of(Map.of("value", employee)))));
        assertThat(replaced.body().get("members").findValuesAsString("value")).containsExactly(employee);
        assertThat(departmentOf(admin, tenant.employee())).isEqualTo(id);
        assertThat(departmentOf(admin, tenant.manager())).isNull();

        Reply unsupported = patch(token, id, Map.of("op", "replace", "path", "externalId", "value", "x"));
        assertThat(unsupported.status()).isEqualTo(400);
        assertThat(unsupported.body().get("scimType").asString()).isEqualTo("invalidPath");

        assertThat(admin.get("/api/v1/audit-events?action=department.updated").text())
                .contains("Engineering")
                .contains("Platform");
    }

    @Test
    void putReplacesTheNameAndTheWholeMemberList() {
        TestTenant tenant = newTenant("group-put");
        String token = scimToken(tenant);
        ApiClient admin = signedIn(tenant.admin());
        String employee = idOf(token, tenant.employee());
        String manager = idOf(token, tenant.manager());
        String leader = idOf(token, tenant.leader());
        String id = create(token, "Support", employee, manager);

        Reply replaced = send(
                "PUT",
                "/scim/v2/Groups/" + id,
                token,
                Map.of(
                        "schemas",
                        List.of(GROUP),
                        "displayName",
                        "Operations",
                        "members",
                        List.of(Map.of("value", leader))));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.body().get("displayName").asString()).isEqualTo("Operations");
        assertThat(replaced.body().get("members").findValuesAsString("value")).containsExactly(leader);
        assertThat(departmentOf(admin, tenant.leader())).isEqualTo(id);
        assertThat(departmentOf(admin, tenant.employee())).isNull();
        assertThat(departmentOf(admin, tenant.manager())).isNull();
        assertThat(department(admin, id, false).get("name").asString()).isEqualTo("Operations");
    }

    @Test
    void deleteArchivesTheDepartmentAndItsPeopleLoseIt() {
        TestTenant tenant = newTenant("group-delete");
        String token = scimToken(tenant);
        ApiClient admin = signedIn(tenant.admin());
        String employee = idOf(token, tenant.employee());
        String id = create(token, "Temporary", employee);

        assertThat(send("DELETE", "/scim/v2/Groups/" + id, token, null).status())
                .isEqualTo(204);
        assertThat(send("GET", "/scim/v2/Groups/" + id, token, null).status()).isEqualTo(404);
        assertThat(department(admin, id, false)).as("gone from the active list").isNull();
        assertThat(department(admin, id, true).get("archivedAt").asString())
                .as("history kept")
                .isNotBlank();
        assertThat(departmentOf(admin, tenant.employee())).isNull();
        assertThat(send("DELETE", "/scim/v2/Groups/" + id, token, null).status())
                .isEqualTo(404);
        assertThat(admin.get("/api/v1/audit-events?action=department.archived").text())
                .contains("api-token:IdP provisioning");
        // The name is free again.
        assertThat(create(token, "Temporary")).isNotEqualTo(id);
    }

    @Test
    void unknownMembersAreRefusedAndNothingIsStored() {
        TestTenant tenant = newTenant("group-bad");
        String token = scimToken(tenant);
        ApiClient admin = signedIn(tenant.admin());
        String employee = idOf(token, tenant.employee());
        String before = departmentOf(admin, tenant.employee());

        Reply unknown = send(
                "POST",
                "/scim/v2/Groups",
                token,
                Map.of(
                        "schemas",
                        List.of(GROUP),
                        "displayName",
                        "Ghosts",
                        "members",
                        List.of(
                                Map.of("value", employee),
                                Map.of("value", UUID.randomUUID().toString()))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("scimType").asString()).isEqualTo("invalidValue");
        assertThat(admin.get("/api/v1/departments?includeArchived=true").text()).doesNotContain("Ghosts");
        assertThat(departmentOf(admin, tenant.employee())).isEqualTo(before);

        Reply notAnId = send(
                "POST",
                "/scim/v2/Groups",
                token,
                Map.of("schemas", List.of(GROUP), "displayName", "Ghosts", "members", List.of(Map.of("value", "x"))));
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(send("POST", "/scim/v2/Groups", token, Map.of("schemas", List.of(GROUP)))
                        .status())
                .isEqualTo(400);

        String id = create(token, "Real");
        Reply badPatch = patch(
                token,
                id,
                Map.of(
                        "op",
                        "add",
                        "path",
                        "members",
                        "value",
                        List.of(
                                Map.of("value", employee),
                                Map.of("value", UUID.randomUUID().toString()))));
        assertThat(badPatch.status()).isEqualTo(400);
        assertThat(badPatch.body().get("scimType").asString()).isEqualTo("invalidValue");
        assertThat(departmentOf(admin, tenant.employee())).isEqualTo(before);
    }

    @Test
    void aTokenReachesOnlyItsOwnTenantsGroupsAndPeople() {
        TestTenant a = newTenant("groups-a");
        TestTenant b = newTenant("groups-b");
        String tokenOfA = scimToken(a);
        String tokenOfB = scimToken(b);
        String personOfB = idOf(tokenOfB, b.employee());
        String groupOfB = create(tokenOfB, "Secret " + b.slug(), personOfB);
        String groupOfA = create(tokenOfA, "Open");

        assertThat(send("GET", "/scim/v2/Groups/" + groupOfB, tokenOfA, null).status())
                .isEqualTo(404);
        assertThat(send("GET", "/scim/v2/Groups?count=1000", tokenOfA, null)
                        .body()
                        .toString())
                .doesNotContain(groupOfB)
                .doesNotContain(b.slug());
        assertThat(send(
                                "GET",
                                "/scim/v2/Groups?filter=" + encode("displayName eq \"Secret " + b.slug() + "\""),
                                tokenOfA,
                                null)
                        .body()
                        .get("totalResults")
                        .asInt())
                .isZero();
        assertThat(patch(tokenOfA, groupOfB, Map.of("op", "replace", "path", "displayName", "value", "Taken"))
                        .status())
                .isEqualTo(404);
        assertThat(send("PUT", "/scim/v2/Groups/" + groupOfB, tokenOfA, Map.of("displayName", "Taken"))
                        .status())
                .isEqualTo(404);
        assertThat(send("DELETE", "/scim/v2/Groups/" + groupOfB, tokenOfA, null).status())
                .isEqualTo(404);

        // B's person cannot be pulled into A's groups.
        Reply adopt = patch(
                tokenOfA,
                groupOfA,
                Map.of("op", "add", "path", "members", "value", List.of(Map.of("value", personOfB))));
        assertThat(adopt.status()).isEqualTo(400);
        assertThat(adopt.body().get("scimType").asString()).isEqualTo("invalidValue");
        assertThat(send(
                                "POST",
                                "/scim/v2/Groups",
                                tokenOfA,
                                Map.of("displayName", "Adopted", "members", List.of(Map.of("value", personOfB))))
                        .status())
                .isEqualTo(400);

        Reply stillB = send("GET", "/scim/v2/Groups/" + groupOfB, tokenOfB, null);
        assertThat(stillB.body().get("displayName").asString()).isEqualTo("Secret " + b.slug());
        assertThat(stillB.body().get("members").findValuesAsString("value")).containsExactly(personOfB);
        assertThat(departmentOf(signedIn(b.admin()), b.employee())).isEqualTo(groupOfB);
    }

    private String create(String token, String name, String... memberIds) {
        List<Map<String, String>> members = new ArrayList<>();
        for (String member : memberIds) {
            members.add(Map.of("value", member));
        }
        Reply created = send(
                "POST",
                "/scim/v2/Groups",
                token,
                Map.of("schemas", List.of(GROUP), "displayName", name, "members", members));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private Reply patch(String token, String id, Map<String, Object> operation) {
        return send(
                "PATCH",
                "/scim/v2/Groups/" + id,
                token,
                Map.of("schemas", List.of(PATCH), "Operations", List.of(operation)));
    }

    /** The person's department id as the tenant admin sees it, or null. */
    private static String departmentOf(ApiClient admin, String email) {
        for (JsonNode person : admin.get("/api/v1/people?q=" + encode(email)).json()) {
            if (person.get("email").asString().equals(email)) {
                JsonNode department = person.get("departmentId");
                return department == null || department.isNull() ? null : department.asString();
            }
        }
        throw new AssertionError("No person " + email);
    }

    private static JsonNode department(ApiClient admin, String id, boolean includeArchived) {
        for (JsonNode department : admin.get("/api/v1/departments?includeArchived=" + includeArchived)
                .json()) {
            if (department.get("id").asString().equals(id)) {
                return department;
            }
        }
        return null;
    }
}
