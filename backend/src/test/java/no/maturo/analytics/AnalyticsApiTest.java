package no.maturo.analytics;

import static no.maturo.jooq.Tables.ANALYTICS_CYCLE_ROLLUP;
import static no.maturo.jooq.Tables.ANALYTICS_GROUP_ROLLUP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.maturo.assessment.OpenCycleFixture;
import no.maturo.identity.NewUser;
import no.maturo.identity.Role;
import no.maturo.identity.RoleLevel;
import no.maturo.model.ModelApiTest;
import no.maturo.tenancy.TenantContext;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Responses submitted through the answering API and read back through the analytics API. The organisation: Customer
 * Service (admin SPECIALIST, leader TOP_MANAGEMENT, manager MIDDLE_MANAGEMENT, employee FRONTLINE), its
 * sub-department Field (two FRONTLINE, two SPECIALIST) and the top-level Sales (two SPECIALIST); threshold 3. Statements vision-1,
 * vision-2 and the reverse-scored leadership-3.
 */
class AnalyticsApiTest extends IntegrationTest {

    @Autowired
    DSLContext dsl;

    private TestTenant tenant;
    private ApiClient leader;
    private OpenCycleFixture.OpenCycle cycle;
    private UUID customerService;
    private UUID field;
    private UUID sales;
    private UUID vision1;
    private UUID vision2;
    private UUID leadership3;
    private final List<String> fieldPeople = new ArrayList<>();
    private final List<String> salesPeople = new ArrayList<>();

    @BeforeEach
    void organisationWithACycleOfThreeStatements() {
        tenant = newTenant("analytics");
        leader = signedIn(tenant.leader());
        JsonNode model = ModelApiTest.publishedTemplateCopy(
                signedIn(tenant.admin()), "Analytics " + UUID.randomUUID(), "dk-four-themes");
        vision1 = OpenCycleFixture.itemId(model, "vision-1");
        vision2 = OpenCycleFixture.itemId(model, "vision-2");
        leadership3 = OpenCycleFixture.itemId(model, "leadership-3");
        TenantContext.runAs(
                tenant.id(),
                () -> transactions.executeWithoutResult(s -> {
                    customerService = departments
                            .listActiveNamed("Customer Service")
                            .getFirst()
                            .id();
                    field = departments.create("Field", customerService).id();
                    sales = departments.create("Sales", null).id();
                    for (int i = 1; i <= 4; i++) {
                        fieldPeople.add(
                                person("field" + i, field, i <= 2 ? RoleLevel.FRONTLINE : RoleLevel.SPECIALIST));
                    }
                    for (int i = 1; i <= 2; i++) {
                        salesPeople.add(person("sales" + i, sales, RoleLevel.SPECIALIST));
                    }
                }));
        cycle = new OpenCycleFixture(dsl, transactions)
                .open(
                        tenant.id(),
                        model,
                        "Q1 assessment",
                        new OpenCycleFixture.Spec(
                                List.of(vision1, vision2, leadership3),
                                3,
                                0,
                                OffsetDateTime.now(ZoneOffset.UTC).minusDays(2)));
    }

    private String person(String name, UUID department, RoleLevel level) {
        String email = name + "@" + tenant.slug() + ".test";
        accounts.createUser(new NewUser(email, name, PASSWORD, "en", department, level, Set.of(Role.EMPLOYEE)));
        return email;
    }

    @Test
    void
            threeAnswers_vision1Is5and3and4_vision2Is4andDontKnowAnd2_reversedLeadership3Is1and2and3_giveIndex3point75_68point75_medium_oneHighTwoMedium() {
        answer(tenant.admin(), 5, 4, 1);
        answer(tenant.leader(), 3, null, 2);
        answer(tenant.employee(), 4, 2, 3);

        JsonNode scores = scores("");
        assertThat(scores.get("suppressed").asBoolean()).isFalse();
        assertThat(scores.get("responseCount").asInt()).isEqualTo(3);
        assertThat(scores.get("index").asDouble()).isEqualTo(3.75);
        assertThat(scores.get("index100").asDouble()).isEqualTo(68.75);
        assertThat(scores.get("level").asString()).isEqualTo("MEDIUM");
        // Own indices: 4.75 (high), 3.5 and 3.0 (medium).
        assertThat(scores.get("levelShares").get("HIGH").asDouble()).isEqualTo(33.33);
        assertThat(scores.get("levelShares").get("MEDIUM").asDouble()).isEqualTo(66.67);
        assertThat(scores.get("levelShares").get("LOW").asDouble()).isEqualTo(0.0);
        JsonNode vision = scores.get("dimensions").get(0);
        assertThat(vision.get("index").asDouble()).isEqualTo(3.5);
        assertThat(vision.get("index100").asDouble()).isEqualTo(62.5);
        assertThat(vision.get("level").asString()).isEqualTo("MEDIUM");
        JsonNode first = statement(vision, "vision-1");
        assertThat(first.get("mean").asDouble()).isEqualTo(4.0);
        assertThat(first.get("top2Box").asDouble()).isEqualTo(66.67);
        assertThat(first.get("distribution").toString()).isEqualTo("[0,0,1,1,1]");
        JsonNode second = statement(vision, "vision-2");
        assertThat(second.get("dontKnowCount").asInt()).isEqualTo(1);
        assertThat(second.get("answerCount").asInt()).isEqualTo(2);
        JsonNode reversed = statement(scores.get("dimensions").get(1), "leadership-3");
        // 1, 2, 3 reversed are 5, 4, 3: favourable are the answers 1 and 2.
        assertThat(reversed.get("mean").asDouble()).isEqualTo(4.0);
        assertThat(reversed.get("top2Box").asDouble()).isEqualTo(66.67);
        assertThat(scores.get("participation").get("invited").asInt()).isEqualTo(10);
        assertThat(scores.get("participation").get("answered").asInt()).isEqualTo(3);
        assertThat(scores.get("participation").get("rate").asDouble()).isEqualTo(30.0);
    }

    @Test
    void cycleAnsweredBeforeRollupsExistedIsRebuiltFromItsResponsesAtTheFirstRead() {
        answer(tenant.admin(), 5, 4, 1);
        answer(tenant.leader(), 3, null, 2);
        answer(tenant.employee(), 4, 2, 3);
        TenantContext.runAs(
                tenant.id(),
                () -> transactions.executeWithoutResult(s -> {
                    dsl.deleteFrom(ANALYTICS_GROUP_ROLLUP)
                            .where(ANALYTICS_GROUP_ROLLUP.CYCLE_ID.eq(cycle.cycleId()))
                            .execute();
                    dsl.deleteFrom(ANALYTICS_CYCLE_ROLLUP)
                            .where(ANALYTICS_CYCLE_ROLLUP.CYCLE_ID.eq(cycle.cycleId()))
                            .execute();
                }));

        JsonNode scores = scores("");
        assertThat(scores.get("responseCount").asInt()).isEqualTo(3);
        assertThat(scores.get("index").asDouble()).isEqualTo(3.75);
        assertThat(scores.get("levelShares").get("HIGH").asDouble()).isEqualTo(33.33);

        // Later answers add to the rebuilt rollups: a fourth answer of 5, 5, 1 gives vision-1 a mean of 4.25.
        answer(fieldPeople.get(0), 5, 5, 1);
        JsonNode after = scores("");
        assertThat(after.get("responseCount").asInt()).isEqualTo(4);
        assertThat(statement(after.get("dimensions").get(0), "vision-1")
                        .get("mean")
                        .asDouble())
                .isEqualTo(4.25);
    }

    @Test
    void
            tenAnswersWithThreshold3_customerServiceOf8IsHiddenBecauseSalesOf2FollowsFromTheWhole_fieldOf4AndTheWholeShow() {
        everyoneAnswers();

        JsonNode heatmap = leader.get("/api/v1/analytics/cycles/" + cycle.cycleId() + "/heatmap")
                .json();
        Map<String, JsonNode> rows = new HashMap<>();
        heatmap.get("rows").forEach(r -> rows.put(r.has("name") ? r.get("name").asString() : "whole", r));
        assertThat(rows.get("whole").get("responseCount").asInt()).isEqualTo(10);
        assertThat(rows.get("whole").get("cells").size()).isEqualTo(2);
        assertThat(rows.get("Customer Service").get("suppressedReason").asString())
                .isEqualTo("SECONDARY");
        assertThat(rows.get("Customer Service").has("index")).isFalse();
        assertThat(rows.get("Field").get("responseCount").asInt()).isEqualTo(4);
        assertThat(rows.get("Field").get("depth").asInt()).isEqualTo(1);
        assertThat(rows.get("Sales").get("suppressedReason").asString()).isEqualTo("BELOW_THRESHOLD");
        assertThat(rows.get("Sales").get("cells").size()).isZero();

        JsonNode customerServiceScores = scores("?departmentId=" + customerService);
        assertThat(customerServiceScores.get("suppressed").asBoolean()).isTrue();
        assertThat(customerServiceScores.has("index")).isFalse();
        assertThat(customerServiceScores.has("responseCount")).isFalse();
        assertThat(customerServiceScores.get("dimensions").size()).isZero();
        assertThat(scores("?departmentId=" + field).get("responseCount").asInt())
                .isEqualTo(4);

        // Role levels: specialists 5 show (means 2.8); frontline 3 would leave top and middle management (2) to
        // subtraction from the whole, so it is hidden too.
        JsonNode gap = leader.get("/api/v1/analytics/cycles/" + cycle.cycleId() + "/perception-gap")
                .json();
        Map<String, JsonNode> overall = new HashMap<>();
        gap.get("overall")
                .get("entries")
                .forEach(e -> overall.put(e.get("roleLevel").asString(), e));
        assertThat(overall.get("SPECIALIST").get("index").asDouble()).isEqualTo(2.8);
        assertThat(overall.get("FRONTLINE").get("suppressedReason").asString()).isEqualTo("SECONDARY");
        assertThat(overall.get("TOP_MANAGEMENT").get("suppressedReason").asString())
                .isEqualTo("BELOW_THRESHOLD");
        assertThat(gap.get("overall").has("gap")).isFalse();
        assertThat(gap.toString()).doesNotContain("\"index\":5.0");
    }

    @Test
    void managersSeeTheirOwnSubtreeOnly_employeesNothing_unknownDepartmentsAre404() {
        everyoneAnswers();
        ApiClient manager = signedIn(tenant.manager());

        JsonNode own = manager.get("/api/v1/analytics/cycles/" + cycle.cycleId() + "/scores")
                .json();
        assertThat(own.get("departmentId").asString()).isEqualTo(customerService.toString());
        assertThat(own.get("suppressed").asBoolean()).isTrue();
        assertThat(manager.get("/api/v1/analytics/cycles/" + cycle.cycleId() + "/scores?departmentId=" + field)
                        .json()
                        .get("responseCount")
                        .asInt())
                .isEqualTo(4);
        assertThat(manager.get("/api/v1/analytics/cycles/" + cycle.cycleId() + "/scores?departmentId=" + sales)
                        .status())
                .isEqualTo(403);
        JsonNode heatmap = manager.get("/api/v1/analytics/cycles/" + cycle.cycleId() + "/heatmap")
                .json();
        assertThat(heatmap.get("rows").size()).isEqualTo(2);
        assertThat(heatmap.toString()).doesNotContain("Sales");

        assertThat(leader.get("/api/v1/analytics/cycles/" + cycle.cycleId() + "/scores?departmentId="
                                + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(leader.get("/api/v1/analytics/cycles/" + cycle.cycleId() + "/scores?roleLevel=CEO")
                        .status())
                .isEqualTo(400);
        assertThat(signedIn(tenant.employee()).get("/api/v1/analytics/cycles").status())
                .isEqualTo(403);
        JsonNode cycles = leader.get("/api/v1/analytics/cycles").json();
        assertThat(cycles.get(0).get("id").asString()).isEqualTo(cycle.cycleId().toString());
        assertThat(cycles.get(0).get("hasFigures").asBoolean()).isTrue();
    }

    @Test
    void anotherTenantsCycleAndDepartmentsAreNotFoundAndItsFiguresStayUnchanged() {
        everyoneAnswers();
        TestTenant other = newTenant("analytics-other");
        ApiClient otherLeader = signedIn(other.leader());
        String base = "/api/v1/analytics/cycles/" + cycle.cycleId();
        for (String path : List.of(base + "/scores", base + "/heatmap", base + "/perception-gap")) {
            assertThat(otherLeader.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(otherLeader.get("/api/v1/analytics/cycles").json().size()).isZero();
        JsonNode ownModel = ModelApiTest.publishedTemplateCopy(
                signedIn(other.admin()), "Other " + UUID.randomUUID(), "dk-four-themes");
        OpenCycleFixture.OpenCycle otherCycle = new OpenCycleFixture(dsl, transactions)
                .open(
                        other.id(),
                        ownModel,
                        "Other cycle",
                        OpenCycleFixture.Spec.standard().withCustomerLinks(0));
        assertThat(otherLeader
                        .get("/api/v1/analytics/cycles/" + otherCycle.cycleId() + "/scores?departmentId="
                                + customerService)
                        .status())
                .isEqualTo(404);
        assertThat(otherLeader
                        .get("/api/v1/analytics/cycles/" + otherCycle.cycleId() + "/perception-gap?departmentId="
                                + field)
                        .status())
                .isEqualTo(404);
        assertThat(scores("").get("responseCount").asInt()).isEqualTo(10);
    }

    private void everyoneAnswers() {
        answer(tenant.admin(), 4, 4, 2);
        answer(tenant.leader(), 5, 5, 1);
        answer(tenant.manager(), 4, 4, 2);
        answer(tenant.employee(), 3, 3, 3);
        for (String person : fieldPeople) {
            answer(person, 3, 3, 3);
        }
        for (String person : salesPeople) {
            answer(person, 2, 2, 4);
        }
    }

    private JsonNode scores(String query) {
        var response = leader.get("/api/v1/analytics/cycles/" + cycle.cycleId() + "/scores" + query);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode statement(JsonNode dimension, String key) {
        for (JsonNode statement : dimension.get("statements")) {
            if (statement.get("key").asString().equals(key)) {
                return statement;
            }
        }
        throw new AssertionError("No statement " + key);
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
                        "/api/v1/surveys/by-link/" + cycle.linkOf(email) + "/responses",
                        Map.of("idempotencyKey", UUID.randomUUID().toString(), "answers", answers));
        assertThat(stored.status()).as(stored.text()).isEqualTo(201);
    }
}
