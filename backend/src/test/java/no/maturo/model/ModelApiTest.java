package no.maturo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

public class ModelApiTest extends IntegrationTest {

    private TestTenant tenant;
    private ApiClient admin;

    @BeforeEach
    void tenantWithAdmin() {
        tenant = newTenant("models");
        admin = signedIn(tenant.admin());
    }

    @Test
    void bothShippedTemplatesAreOfferedWithTheirSize() {
        JsonNode templates = admin.get("/api/v1/tenant/model-templates").json();
        assertThat(templates.findValuesAsString("key")).containsExactly("cx-six-competencies", "dk-four-themes");
        assertThat(templates.get(0).get("dimensionCount").asInt()).isEqualTo(6);
        assertThat(templates.get(1).get("dimensionCount").asInt()).isEqualTo(4);
        assertThat(templates.get(1).get("name").get("da").asString()).isEqualTo("Kundedrevet vækst: fire temaer");
    }

    @Test
    void aCopiedTemplateIsADraftWithTheTemplatesContentUntilPublishedThenFrozen() {
        JsonNode model = createFromTemplate(admin, "Our CX model", "dk-four-themes");
        assertThat(model.get("templateKey").asString()).isEqualTo("dk-four-themes");
        JsonNode summary = model.get("versions").get(0);
        assertThat(summary.get("number").asInt()).isEqualTo(1);
        assertThat(summary.get("status").asString()).isEqualTo("DRAFT");

        String versionPath = "/api/v1/tenant/models/" + model.get("id").asString() + "/versions/"
                + summary.get("id").asString();
        JsonNode version = admin.get(versionPath).json();
        assertThat(version.get("dimensions").valueStream().map(d -> d.get("key").asString()))
                .containsExactly(
                        "vision-and-goals",
                        "leadership-and-culture",
                        "process-insight-and-services",
                        "customer-driven-innovation");
        JsonNode firstItem = version.get("dimensions").get(0).get("items").get(0);
        assertThat(firstItem.get("employeeText").get("nb").asString()).startsWith("Vi har en tydelig visjon");
        assertThat(firstItem.get("customerText").get("sv").asString()).isNotBlank();
        assertThat(version.get("lowUpTo").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(version.get("mediumUpTo").decimalValue()).isEqualByComparingTo("3.75");

        JsonNode published = admin.post(versionPath + "/publish", null).json();
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedAt").isNull()).isFalse();
        var again = admin.post(versionPath + "/publish", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("already published");
    }

    @Test
    void anEmptyModelCannotBePublishedAndNamesAreUniqueAndTemplatesMustExist() {
        JsonNode empty = admin.post("/api/v1/tenant/models", Map.of("name", "Blank slate"))
                .json();
        String versionPath = "/api/v1/tenant/models/" + empty.get("id").asString() + "/versions/"
                + empty.get("versions").get(0).get("id").asString();
        var refused = admin.post(versionPath + "/publish", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("at least one dimension");

        assertThat(admin.post("/api/v1/tenant/models", Map.of("name", "blank SLATE"))
                        .status())
                .isEqualTo(409);
        assertThat(admin.post("/api/v1/tenant/models", Map.of("name", "X", "templateKey", "no-such-template"))
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/api/v1/tenant/models").json().findValuesAsString("name"))
                .containsExactly("Blank slate");
    }

    @Test
    void onlyTenantAdminsManageModelsAndAnotherTenantSeesNoneOfThem() {
        JsonNode model = createFromTemplate(admin, "Private model", "cx-six-competencies");
        for (String email : new String[] {tenant.leader(), tenant.manager(), tenant.employee()}) {
            assertThat(signedIn(email).get("/api/v1/tenant/models").status()).isEqualTo(403);
        }
        TestTenant other = newTenant("models-other");
        ApiClient otherAdmin = signedIn(other.admin());
        String modelPath = "/api/v1/tenant/models/" + model.get("id").asString();
        String versionPath = modelPath + "/versions/"
                + model.get("versions").get(0).get("id").asString();
        assertThat(otherAdmin.get("/api/v1/tenant/models").json().size()).isZero();
        assertThat(otherAdmin.get(modelPath).status()).isEqualTo(404);
        assertThat(otherAdmin.get(versionPath).status()).isEqualTo(404);
        assertThat(otherAdmin.post(versionPath + "/publish", null).status()).isEqualTo(404);
        assertThat(admin.get(versionPath).json().get("status").asString()).isEqualTo("DRAFT");
    }

    /** Creates a model as a copy of a template; other modules' tests use it to get a model quickly. */
    public static JsonNode createFromTemplate(ApiClient admin, String name, String templateKey) {
        var created = admin.post("/api/v1/tenant/models", Map.of("name", name, "templateKey", templateKey));
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    /** Creates and publishes a template copy; returns the published version. */
    public static JsonNode publishedTemplateCopy(ApiClient admin, String name, String templateKey) {
        JsonNode model = createFromTemplate(admin, name, templateKey);
        String versionPath = "/api/v1/tenant/models/" + model.get("id").asString() + "/versions/"
                + model.get("versions").get(0).get("id").asString();
        var published = admin.post(versionPath + "/publish", null);
        assertThat(published.status()).isEqualTo(200);
        return published.json();
    }
}
