package no.maturo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.maturo.testsupport.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SurveyResultsTest extends SurveyTestSupport {

    private TestTenant tenant;
    private ApiClient admin;
    private OpenCycleFixture.OpenCycle cycle;
    private UUID vision1;
    private UUID vision2;
    private UUID leadership3;

    /** Three statements: vision-1 and vision-2 (Vision and goals), and leadership-3, which is reverse-scored. */
    @BeforeEach
    void cycleOfThreeStatementsWithThresholdThree() {
        tenant = newTenant("results");
        admin = signedIn(tenant.admin());
        JsonNode model = publishedModel(tenant);
        vision1 = OpenCycleFixture.itemId(model, "vision-1");
        vision2 = OpenCycleFixture.itemId(model, "vision-2");
        leadership3 = OpenCycleFixture.itemId(model, "leadership-3");
        cycle = fixture()
                .open(
                        tenant.id(),
                        model,
                        "Results pulse",
                        OpenCycleFixture.Spec.standard().withItems(List.of(vision1, vision2, leadership3)));
    }

    @Test
    void belowTheThresholdOnlyCountsAreShownAndNoFigures() {
        answer(tenant.admin(), 5, 4, 1);
        answer(tenant.leader(), 3, null, 2);
        JsonNode results = results();
        assertThat(results.get("anonymityThreshold").asInt()).isEqualTo(3);
        assertThat(results.get("responseCount").asInt()).isEqualTo(2);
        assertThat(results.get("participation").get("invited").asInt()).isEqualTo(4);
        assertThat(results.get("participation").get("answered").asInt()).isEqualTo(2);
        JsonNode employees = results.get("employees");
        assertThat(employees.get("suppressed").asBoolean()).isTrue();
        assertThat(employees.get("responseCount").asInt()).isEqualTo(2);
        assertThat(employees.has("index")).isFalse();
        assertThat(employees.has("level")).isFalse();
        assertThat(employees.get("dimensions").size()).isZero();
        assertThat(results.toString()).doesNotContain("\"mean\"");
    }

    @Test
    void
            threeResponses_vision1Is5and3and4_vision2Is4andDontKnowAnd2_reversedLeadership3Is1and2and3_giveDimensions3point5and4_index3point75_68point75_medium() {
        answer(tenant.admin(), 5, 4, 1);
        answer(tenant.leader(), 3, null, 2);
        answer(tenant.employee(), 4, 2, 3);

        JsonNode results = results();
        JsonNode employees = results.get("employees");
        assertThat(employees.get("suppressed").asBoolean()).isFalse();
        assertThat(employees.get("responseCount").asInt()).isEqualTo(3);
        JsonNode vision = employees.get("dimensions").get(0);
        assertThat(vision.get("key").asString()).isEqualTo("vision-and-goals");
        assertThat(statement(vision, "vision-1").get("mean").asDouble()).isEqualTo(4.0);
        assertThat(statement(vision, "vision-2").get("mean").asDouble()).isEqualTo(3.0);
        assertThat(statement(vision, "vision-2").get("answerCount").asInt()).isEqualTo(2);
        assertThat(statement(vision, "vision-2").get("dontKnowCount").asInt()).isEqualTo(1);
        assertThat(vision.get("mean").asDouble()).isEqualTo(3.5);
        assertThat(vision.get("dontKnowCount").asInt()).isEqualTo(1);
        JsonNode leadership = employees.get("dimensions").get(1);
        // 1, 2, 3 reversed are 5, 4, 3.
        assertThat(statement(leadership, "leadership-3").get("reverseScored").asBoolean())
                .isTrue();
        assertThat(leadership.get("mean").asDouble()).isEqualTo(4.0);
        assertThat(employees.get("dimensions").size()).isEqualTo(2);
        assertThat(employees.get("index").asDouble()).isEqualTo(3.75);
        assertThat(employees.get("index100").asDouble()).isEqualTo(68.75);
        assertThat(employees.get("level").asString()).isEqualTo("MEDIUM");

        // Customers are a group of their own: one customer answer shows no customer figures.
        String link = cycle.customerLinks().get(0);
        JsonNode survey = client().get(customer(link)).json();
        assertThat(client().post(customer(link) + RESPONSES, submission(survey, 1))
                        .status())
                .isEqualTo(201);
        JsonNode withCustomer = results();
        assertThat(withCustomer.get("responseCount").asInt()).isEqualTo(4);
        assertThat(withCustomer.get("customers").get("responseCount").asInt()).isEqualTo(1);
        assertThat(withCustomer.get("customers").get("suppressed").asBoolean()).isTrue();
        assertThat(withCustomer.get("customers").has("index")).isFalse();
        assertThat(withCustomer.get("employees").get("index").asDouble()).isEqualTo(3.75);
    }

    @Test
    void onlyTenantAdminsSeeResults() {
        for (String email : List.of(tenant.leader(), tenant.manager(), tenant.employee())) {
            assertThat(signedIn(email)
                            .get("/api/v1/tenant/cycles/" + cycle.cycleId() + "/results")
                            .status())
                    .isEqualTo(403);
        }
        assertThat(admin.get("/api/v1/tenant/cycles/" + UUID.randomUUID() + "/results")
                        .status())
                .isEqualTo(404);
    }

    private JsonNode results() {
        var response = admin.get("/api/v1/tenant/cycles/" + cycle.cycleId() + "/results");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private void answer(String email, Integer vision1Value, Integer vision2Value, Integer leadership3Value) {
        Map<UUID, Integer> values = new HashMap<>();
        values.put(vision1, vision1Value);
        values.put(vision2, vision2Value);
        values.put(leadership3, leadership3Value);
        List<Map<String, Object>> answers = values.entrySet().stream()
                .map(e -> {
                    Map<String, Object> answer = new HashMap<>();
                    answer.put("itemId", e.getKey().toString());
                    answer.put("value", e.getValue());
                    return answer;
                })
                .toList();
        var stored = client().post(
                        byLink(cycle.linkOf(email)) + RESPONSES,
                        Map.of("idempotencyKey", UUID.randomUUID().toString(), "answers", answers));
        assertThat(stored.status()).isEqualTo(201);
    }

    private static JsonNode statement(JsonNode dimension, String key) {
        for (JsonNode statement : dimension.get("statements")) {
            if (statement.get("key").asString().equals(key)) {
                return statement;
            }
        }
        throw new AssertionError("No statement " + key);
    }
}
