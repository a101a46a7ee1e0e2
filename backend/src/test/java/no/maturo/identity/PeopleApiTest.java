package no.maturo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import no.maturo.testsupport.TestDatabase;
import no.maturo.testsupport.TestMail;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PeopleApiTest extends IntegrationTest {

    private static Map<String, Object> invitation(String email, String name, String departmentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("displayName", name);
        body.put("departmentId", departmentId);
        body.put("roleLevel", "SPECIALIST");
        body.put("roles", List.of("EMPLOYEE"));
        body.put("locale", "nb");
        return body;
    }

    private static String departmentId(ApiClient admin) {
        return admin.get("/api/v1/departments").json().get(0).get("id").asString();
    }

    @Test
    void invitedPersonGetsAMailInTheirLanguageWhoseLinkWorksExactlyOnce() throws Exception {
        TestTenant tenant = newTenant("invite");
        ApiClient admin = signedIn(tenant.admin());
        String email = "Nina@" + tenant.slug() + ".test";
        var invited = admin.post("/api/v1/people/invitations", invitation(email, "Nina <Berg>", departmentId(admin)));
        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.json().get("status").asString()).isEqualTo("INVITED");
        assertThat(invited.json().get("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(invited.json().get("invitationExpiresAt").isNull()).isFalse();

        var mails = TestMail.to(email.toLowerCase());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Du er invitert til Tenant invite i Maturo");
        List<String> parts = TestMail.parts(mails.getFirst());
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).contains("Hei Nina <Berg>,").contains("http://localhost:8080/invitation/");
        // The HTML alternative escapes what people typed.
        assertThat(parts.get(1)).contains("Hei Nina &lt;Berg&gt;,").doesNotContain("<Berg>");
        String token = TestMail.invitationToken(email.toLowerCase());

        ApiClient invitee = client();
        JsonNode shown = invitee.get("/api/v1/invitations/" + token).json();
        assertThat(shown.get("organisation").asString()).isEqualTo("Tenant invite");
        assertThat(shown.get("email").asString()).isEqualTo(email.toLowerCase());

        var tooShort = invitee.post("/api/v1/invitations/" + token + "/accept", Map.of("password", "short"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors").findValuesAsString("field")).containsExactly("password");

        var accepted =
                invitee.post("/api/v1/invitations/" + token + "/accept", Map.of("password", "a long enough password"));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(invitee.get("/api/v1/me").status()).isEqualTo(200);

        // Single use: the link is spent, for reading and for accepting.
        ApiClient someoneElse = client();
        assertThat(someoneElse.get("/api/v1/invitations/" + token).status()).isEqualTo(410);
        assertThat(someoneElse
                        .post("/api/v1/invitations/" + token + "/accept", Map.of("password", "another long password"))
                        .status())
                .isEqualTo(410);
        assertThat(client().login(email, "another long password").status()).isEqualTo(401);
        assertThat(client().login(email, "a long enough password").status()).isEqualTo(200);

        JsonNode person = admin.get("/api/v1/people?q=nina").json();
        assertThat(person.size()).isEqualTo(1);
        assertThat(person.get(0).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(admin.get("/api/v1/audit-events?action=person.invit").json().findValuesAsString("action"))
                .containsExactly("person.invitation_accepted", "person.invited");
    }

    @Test
    void unknownMalformedExpiredAndWithdrawnLinksAreRefused() throws Exception {
        TestTenant tenant = newTenant("links");
        ApiClient admin = signedIn(tenant.admin());
        assertThat(client().get("/api/v1/invitations/nonsense").status()).isEqualTo(404);
        assertThat(client().get("/api/v1/invitations/" + "A".repeat(43)).status())
                .isEqualTo(404);

        String email = "late@" + tenant.slug() + ".test";
        String id = admin.post("/api/v1/people/invitations", invitation(email, "Late", null))
                .json()
                .get("id")
                .asString();
        String first = TestMail.invitationToken(email);

        // A resent invitation withdraws the earlier link.
        var resent = admin.post("/api/v1/people/" + id + "/invitation", null);
        assertThat(resent.status()).isEqualTo(200);
        String second = TestMail.invitationToken(email);
        assertThat(second).isNotEqualTo(first);
        assertThat(client().get("/api/v1/invitations/" + first).status()).isEqualTo(404);
        assertThat(client().get("/api/v1/invitations/" + second).status()).isEqualTo(200);

        try (Connection connection = TestDatabase.superuserConnection()) {
            DSL.using(connection, SQLDialect.POSTGRES)
                    .execute(
                            "UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE user_id = ?::uuid",
                            id);
        }
        assertThat(client().get("/api/v1/invitations/" + second).status()).isEqualTo(410);
        assertThat(client().post("/api/v1/invitations/" + second + "/accept", Map.of("password", "long password 123"))
                        .status())
                .isEqualTo(410);
        assertThat(client().login(email, "long password 123").status()).isEqualTo(401);
    }

    @Test
    void badInvitationsAreRefusedAndStoreNothing() {
        TestTenant tenant = newTenant("badinvite");
        ApiClient admin = signedIn(tenant.admin());
        int before = admin.get("/api/v1/people").json().size();

        Map<String, Object> bad = invitation("not-an-email", " ", null);
        bad.put("roles", List.of());
        bad.put("locale", "de");
        var invalid = admin.post("/api/v1/people/invitations", bad);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("email", "displayName", "roles", "locale");

        Map<String, Object> platform = invitation("p@" + tenant.slug() + ".test", "P", null);
        platform.put("roles", List.of("PLATFORM_ADMIN"));
        assertThat(admin.post("/api/v1/people/invitations", platform).status()).isEqualTo(400);

        var duplicate = admin.post("/api/v1/people/invitations", invitation(tenant.employee(), "Again", null));
        assertThat(duplicate.status()).isEqualTo(409);

        var unknownDepartment = admin.post(
                "/api/v1/people/invitations",
                invitation("x@" + tenant.slug() + ".test", "X", "00000000-0000-0000-0000-000000000001"));
        assertThat(unknownDepartment.status()).isEqualTo(404);

        assertThat(admin.get("/api/v1/people").json().size()).isEqualTo(before);
        assertThat(TestMail.to("x@" + tenant.slug() + ".test")).isEmpty();
        assertThat(TestMail.to("p@" + tenant.slug() + ".test")).isEmpty();
    }

    @Test
    void listFiltersByTextDepartmentRoleLevelAndActive() {
        TestTenant tenant = newTenant("filter");
        ApiClient admin = signedIn(tenant.admin());
        JsonNode all = admin.get("/api/v1/people").json();
        assertThat(all.findValuesAsString("email"))
                .containsExactlyInAnyOrder(tenant.admin(), tenant.leader(), tenant.manager(), tenant.employee());
        assertThat(admin.get("/api/v1/people?q=LEAD").json().findValuesAsString("email"))
                .containsExactly(tenant.leader());
        assertThat(admin.get("/api/v1/people?roleLevel=FRONTLINE").json().findValuesAsString("email"))
                .containsExactly(tenant.employee());
        String department = departmentId(admin);
        assertThat(admin.get("/api/v1/people?departmentId=" + department).json().size())
                .isEqualTo(4);
        String other = admin.post("/api/v1/departments", Map.of("name", "Empty"))
                .json()
                .get("id")
                .asString();
        assertThat(admin.get("/api/v1/people?departmentId=" + other).json().size())
                .isZero();

        String employeeId = all.findParents("email").stream()
                .filter(p -> p.get("email").asString().equals(tenant.employee()))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        admin.post("/api/v1/people/" + employeeId + "/deactivate", null);
        assertThat(admin.get("/api/v1/people?active=false").json().findValuesAsString("email"))
                .containsExactly(tenant.employee());
        assertThat(admin.get("/api/v1/people?active=true").json().size()).isEqualTo(3);
        assertThat(admin.get("/api/v1/people?roleLevel=NOPE").status()).isEqualTo(400);
    }

    @Test
    void adminChangesAPersonAndTheAuditLogKeepsBeforeAndAfter() {
        TestTenant tenant = newTenant("edit");
        ApiClient admin = signedIn(tenant.admin());
        String id = personId(admin, tenant.employee());
        String other = admin.post("/api/v1/departments", Map.of("name", "Sales"))
                .json()
                .get("id")
                .asString();
        Map<String, Object> change = new HashMap<>();
        change.put("displayName", "Eva Employee");
        change.put("departmentId", other);
        change.put("roleLevel", "SPECIALIST");
        change.put("roles", List.of("EMPLOYEE", "DEPARTMENT_MANAGER"));
        change.put("locale", "sv");
        var changed = admin.put("/api/v1/people/" + id, change);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("displayName").asString()).isEqualTo("Eva Employee");
        assertThat(changed.json().get("roles").toString()).isEqualTo("[\"DEPARTMENT_MANAGER\",\"EMPLOYEE\"]");
        assertThat(changed.json().get("departmentId").asString()).isEqualTo(other);

        JsonNode event =
                admin.get("/api/v1/audit-events?action=person.updated").json().get(0);
        assertThat(event.get("before").get("displayName").asString()).isEqualTo("employee");
        assertThat(event.get("after").get("displayName").asString()).isEqualTo("Eva Employee");
        assertThat(event.get("after").get("locale").asString()).isEqualTo("sv");
        assertThat(event.toString()).doesNotContain("password");

        // An admin cannot take their own admin role away.
        String self = personId(admin, tenant.admin());
        Map<String, Object> demote = new HashMap<>(change);
        demote.put("displayName", "Me");
        demote.put("roles", List.of("EMPLOYEE"));
        assertThat(admin.put("/api/v1/people/" + self, demote).status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/me").json().get("roles").toString()).contains("TENANT_ADMIN");
    }

    @Test
    void deactivationEndsTheSessionAtOnceAndBlocksSignInUntilReactivated() {
        TestTenant tenant = newTenant("deactivate");
        ApiClient admin = signedIn(tenant.admin());
        ApiClient leader = signedIn(tenant.leader());
        assertThat(leader.get("/api/v1/departments").status()).isEqualTo(200);
        String id = personId(admin, tenant.leader());

        var deactivated = admin.post("/api/v1/people/" + id + "/deactivate", null);
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("status").asString()).isEqualTo("DEACTIVATED");
        // The session is gone, not just refused by /me: any endpoint answers 401.
        assertThat(leader.get("/api/v1/departments").status()).isEqualTo(401);
        assertThat(client().login(tenant.leader(), PASSWORD).status()).isEqualTo(403);

        assertThat(admin.post("/api/v1/people/" + personId(admin, tenant.admin()) + "/deactivate", null)
                        .status())
                .isEqualTo(409);
        assertThat(admin.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(admin.post("/api/v1/people/" + id + "/reactivate", null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");
        assertThat(client().login(tenant.leader(), PASSWORD).status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/audit-events?action=person.").json().findValuesAsString("action"))
                .startsWith("person.reactivated", "person.deactivated");
    }

    @Test
    void onlyTenantAdminsManagePeople() {
        TestTenant tenant = newTenant("peopleroles");
        for (String email : List.of(tenant.leader(), tenant.manager(), tenant.employee())) {
            ApiClient client = signedIn(email);
            assertThat(client.get("/api/v1/people").status()).isEqualTo(403);
            assertThat(client.post("/api/v1/people/invitations", invitation("z@" + tenant.slug() + ".test", "Z", null))
                            .status())
                    .isEqualTo(403);
        }
        assertThat(client().get("/api/v1/people").status()).isEqualTo(401);
    }

    static String personId(ApiClient admin, String email) {
        for (JsonNode person : admin.get("/api/v1/people?limit=5000").json()) {
            if (person.get("email").asString().equals(email)) {
                return person.get("id").asString();
            }
        }
        throw new AssertionError("No person " + email);
    }
}
