package no.maturo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import no.maturo.model.ModelApiTest;
import no.maturo.model.ModelCatalog;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DemoSurveySeederTest extends IntegrationTest {

    @Autowired
    private ModelCatalog catalog;

    @Autowired
    private Cycles cycles;

    @Autowired
    private CycleRepository cycleRepository;

    @Autowired
    private SurveyAnswering answering;

    @Test
    void seedsAClosedAnsweredAssessmentAndAnOpenPulseOnceThroughTheOrdinaryServices() {
        TestTenant tenant = newTenant("demo-surveys");
        ApiClient admin = signedIn(tenant.admin());
        ModelApiTest.publishedTemplateCopy(admin, "Demo model", "cx-six-competencies");
        var seeder = new DemoSurveySeeder(tenants, catalog, cycles, cycleRepository, answering, transactions);
        seeder.seed(tenant.id());
        seeder.seed(tenant.id());

        JsonNode list = admin.get("/api/v1/tenant/cycles").json();
        assertThat(list.size()).isEqualTo(2);
        JsonNode assessment = byKind(list, "ASSESSMENT");
        JsonNode pulse = byKind(list, "PULSE");
        assertThat(assessment.get("status").asString()).isEqualTo("CLOSED");
        assertThat(pulse.get("status").asString()).isEqualTo("OPEN");
        assertThat(pulse.get("recurrence").asString()).isEqualTo("MONTHLY");

        // Four people were asked; all but two answered, as respondents do, and the counts show it.
        JsonNode participation = assessment.get("participation");
        assertThat(participation.get("participants").asInt()).isEqualTo(4);
        assertThat(participation.get("answered").asInt()).isEqualTo(2);
        JsonNode results = admin.get(
                        "/api/v1/tenant/cycles/" + assessment.get("id").asString() + "/results")
                .json();
        assertThat(results.toString()).contains("\"suppressed\":true");

        // Every demo login can answer the open pulse.
        JsonNode open = signedIn(tenant.employee()).get("/api/v1/me/surveys").json();
        assertThat(open.findValuesAsString("cycleName")).containsExactly("Månedlig puls");
    }

    @Test
    void seedsNothingWithoutAPublishedModel() {
        TestTenant tenant = newTenant("demo-no-model");
        new DemoSurveySeeder(tenants, catalog, cycles, cycleRepository, answering, transactions).seed(tenant.id());
        assertThat(signedIn(tenant.admin()).get("/api/v1/tenant/cycles").json().size())
                .isZero();
    }

    private static JsonNode byKind(JsonNode list, String kind) {
        for (JsonNode cycle : list) {
            if (cycle.get("kind").asString().equals(kind)) {
                return cycle;
            }
        }
        throw new AssertionError("No " + kind + " in " + list);
    }
}
