package no.maturo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.maturo.identity.NewUser;
import no.maturo.identity.Role;
import no.maturo.identity.RoleLevel;
import no.maturo.model.ModelApiTest;
import no.maturo.model.ModelCatalog;
import no.maturo.tenancy.TenantContext;
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
    void seedsFourClosedQuarterlyAssessmentsOldestFirstAndAnOpenPulseOnceThroughTheOrdinaryServices() {
        TestTenant tenant = newTenant("demo-surveys");
        ApiClient admin = signedIn(tenant.admin());
        ModelApiTest.publishedTemplateCopy(admin, "Demo model", "cx-six-competencies");
        var seeder = new DemoSurveySeeder(tenants, catalog, cycles, cycleRepository, answering, transactions);
        seeder.seed(tenant.id());
        seeder.seed(tenant.id());

        JsonNode list = admin.get("/api/v1/tenant/cycles").json();
        assertThat(list.size()).isEqualTo(5);
        List<JsonNode> assessments = new ArrayList<>();
        for (JsonNode cycle : list) {
            if (cycle.get("kind").asString().equals("ASSESSMENT")) {
                assessments.add(cycle);
            }
        }
        assessments.sort(
                Comparator.comparing(c -> OffsetDateTime.parse(c.get("opensAt").asString())));
        assertThat(assessments).hasSize(4);
        OffsetDateTime previousClose = null;
        for (JsonNode cycle : assessments) {
            assertThat(cycle.get("status").asString()).isEqualTo("CLOSED");
            OffsetDateTime opens = OffsetDateTime.parse(cycle.get("opensAt").asString());
            OffsetDateTime closes = OffsetDateTime.parse(cycle.get("closesAt").asString());
            assertThat(closes).isAfter(opens);
            if (previousClose != null) {
                assertThat(opens).isAfter(previousClose);
            }
            previousClose = closes;
        }
        assertThat(OffsetDateTime.parse(assessments.getFirst().get("opensAt").asString()))
                .isBefore(OffsetDateTime.now().minusDays(250));
        assertThat(assessments.get(0).get("name").asString()).contains("kvartal");
        JsonNode assessment = assessments.getLast();
        JsonNode pulse = byKind(list, "PULSE");
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
    void inATenantOfTenLikeTheDemo_theTrendsShowASignificantRiseAndASmallRoleLevelStaysHidden() {
        TestTenant tenant = newTenant("demo-trends");
        ApiClient admin = signedIn(tenant.admin());
        ModelApiTest.publishedTemplateCopy(admin, "Demo model", "cx-six-competencies");
        TenantContext.runAs(
                tenant.id(),
                () -> transactions.executeWithoutResult(s -> {
                    UUID department = departments
                            .listActiveNamed("Customer Service")
                            .getFirst()
                            .id();
                    List<RoleLevel> levels = List.of(
                            RoleLevel.TOP_MANAGEMENT,
                            RoleLevel.MIDDLE_MANAGEMENT,
                            RoleLevel.SPECIALIST,
                            RoleLevel.FRONTLINE,
                            RoleLevel.FRONTLINE,
                            RoleLevel.SPECIALIST);
                    for (int i = 0; i < levels.size(); i++) {
                        accounts.createUser(new NewUser(
                                "person" + i + "@" + tenant.slug() + ".test",
                                "Person " + i,
                                PASSWORD,
                                "nb",
                                department,
                                levels.get(i),
                                Set.of(Role.EMPLOYEE)));
                    }
                }));
        new DemoSurveySeeder(tenants, catalog, cycles, cycleRepository, answering, transactions).seed(tenant.id());

        ApiClient leader = signedIn(tenant.leader());
        JsonNode trends = leader.get("/api/v1/analytics/trends").json();
        assertThat(trends.get("cycles").size()).isEqualTo(4);
        assertThat(trends.findValues("significant").stream().anyMatch(JsonNode::asBoolean))
                .as(trends.toString())
                .isTrue();
        JsonNode top =
                leader.get("/api/v1/analytics/trends?roleLevel=TOP_MANAGEMENT").json();
        assertThat(top.get("cycles").get(0).get("suppressedReason").asString()).isEqualTo("BELOW_THRESHOLD");
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
