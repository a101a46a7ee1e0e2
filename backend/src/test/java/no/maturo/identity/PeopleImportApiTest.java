package no.maturo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import no.maturo.testsupport.TestMail;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PeopleImportApiTest extends IntegrationTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ApiClient.Response preview(ApiClient admin, byte[] csv) {
        return admin.postBytes("/api/v1/people/import/preview", "text/csv", csv);
    }

    private static ApiClient.Response importFile(ApiClient admin, byte[] csv) {
        return admin.postBytes("/api/v1/people/import", "text/csv", csv);
    }

    @Test
    void previewShowsEveryRowWithItsErrorsAndImportIsAllOrNothing() throws Exception {
        TestTenant tenant = newTenant("import");
        ApiClient admin = signedIn(tenant.admin());
        String region = admin.post("/api/v1/departments", Map.of("name", "Region Nord"))
                .json()
                .get("id")
                .asString();
        String nested = admin.post("/api/v1/departments", Map.of("name", "Kundeservice", "parentId", region))
                .json()
                .get("id")
                .asString();
        String d = "@" + tenant.slug() + ".test";
        // BOM, semicolons, a quoted field with the delimiter, a nested department by path.
        String bad = "\uFEFFemail;name;department;role_level;roles;locale\n"
                + "ada" + d + ";\"Lovelace; Ada\";Customer Service;specialist;EMPLOYEE;en\n"
                + "bob" + d + ";Bob;Region Nord/Kundeservice;FRONTLINE;employee;nb\n"
                + "not-an-email;Nobody;Nowhere;BOSS;KING;de\n"
                + "ada" + d + ";Ada Again;;;;\n"
                + tenant.employee() + ";;;;;\n";
        var checked = preview(admin, utf8(bad));
        assertThat(checked.status()).isEqualTo(200);
        JsonNode rows = checked.json().get("rows");
        assertThat(rows.size()).isEqualTo(5);
        assertThat(rows.get(0).get("name").asString()).isEqualTo("Lovelace; Ada");
        assertThat(rows.get(0).get("errors").size()).isZero();
        assertThat(rows.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(rows.get(1).get("departmentId").asString()).isEqualTo(nested);
        assertThat(rows.get(1).get("roleLevel").asString()).isEqualTo("FRONTLINE");
        assertThat(rows.get(2).get("errors").findValuesAsString("code"))
                .containsExactly(
                        "email_invalid", "department_unknown", "role_level_unknown", "role_unknown", "locale_unknown");
        assertThat(rows.get(3).get("errors").findValuesAsString("code")).containsExactly("email_duplicate");
        assertThat(rows.get(4).get("errors").findValuesAsString("code"))
                .containsExactly("email_in_use", "name_missing");
        assertThat(checked.json().get("errorCount").asInt()).isEqualTo(8);

        int before = admin.get("/api/v1/people").json().size();
        var refused = importFile(admin, utf8(bad));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.json().get("rows").findValuesAsString("line")).containsExactly("4", "5", "6");
        assertThat(admin.get("/api/v1/people").json().size()).isEqualTo(before);
        assertThat(TestMail.to("ada" + d)).isEmpty();

        String fixed = "email,name,department,role_level,roles,locale\r\n"
                + "ada" + d + ",\"Lovelace, Ada\",Customer Service,specialist,EMPLOYEE;LEADER,en\r\n"
                + "bob" + d + ",Bob,Region Nord/Kundeservice,FRONTLINE,,nb\r\n";
        var imported = importFile(admin, utf8(fixed));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);

        JsonNode ada = admin.get("/api/v1/people?q=ada" + d).json().get(0);
        assertThat(ada.get("displayName").asString()).isEqualTo("Lovelace, Ada");
        assertThat(ada.get("status").asString()).isEqualTo("INVITED");
        assertThat(ada.get("roles").toString()).isEqualTo("[\"LEADER\",\"EMPLOYEE\"]");
        JsonNode bob = admin.get("/api/v1/people?departmentId=" + nested).json();
        assertThat(bob.findValuesAsString("email")).containsExactly("bob" + d);
        assertThat(bob.get(0).get("roles").toString()).isEqualTo("[\"EMPLOYEE\"]");

        assertThat(TestMail.to("ada" + d).getFirst().getSubject())
                .isEqualTo("You are invited to Tenant import on Maturo");
        assertThat(TestMail.to("bob" + d).getFirst().getSubject())
                .isEqualTo("Du er invitert til Tenant import i Maturo");
        String token = TestMail.invitationToken("bob" + d);
        assertThat(client().post("/api/v1/invitations/" + token + "/accept", Map.of("password", "bob's long password"))
                        .status())
                .isEqualTo(200);

        List<String> actions =
                admin.get("/api/v1/audit-events?action=people.imported").json().findValuesAsString("action");
        assertThat(actions).containsExactly("people.imported");
        assertThat(admin.get("/api/v1/audit-events?action=person.imported")
                        .json()
                        .size())
                .isEqualTo(2);

        // Importing the same file again: everyone is already there, nothing changes.
        var again = importFile(admin, utf8(fixed));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("rows").findValuesAsString("code")).containsOnly("email_in_use");
    }

    @Test
    void unreadableOversizedAndHeaderlessFilesAreRefusedClearly() {
        TestTenant tenant = newTenant("importlimits");
        ApiClient admin = signedIn(tenant.admin());
        var noHeader = preview(admin, utf8("a@b.test,Someone\n"));
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.json().get("detail").asString()).contains("missing: email, name");

        var empty = preview(admin, utf8("email,name\n"));
        assertThat(empty.status()).isEqualTo(400);

        var latin1 = preview(admin, "email,name\nø@x.test,Bjørn\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.status()).isEqualTo(400);
        assertThat(latin1.json().get("detail").asString()).contains("UTF-8");

        StringBuilder many = new StringBuilder("email,name\n");
        for (int i = 0; i <= 5_000; i++) {
            many.append("p").append(i).append("@x.test,P ").append(i).append('\n');
        }
        var tooManyRows = importFile(admin, utf8(many.toString()));
        assertThat(tooManyRows.status()).isEqualTo(413);
        assertThat(tooManyRows.json().get("detail").asString()).contains("5000");

        var tooLarge = preview(admin, new byte[2 * 1024 * 1024 + 1]);
        assertThat(tooLarge.status()).isEqualTo(413);

        assertThat(admin.get("/api/v1/people").json().size()).isEqualTo(4);
        assertThat(signedIn(tenant.leader())
                        .postBytes("/api/v1/people/import", "text/csv", utf8("email,name\nq@x.test,Q\n"))
                        .status())
                .isEqualTo(403);
    }
}
