package no.maturo.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * Trends through the API: three assessments of the statement vision-1 alone (so each respondent's vision index is
 * their answer) by six people of Customer Service (the standard four and two more specialists), threshold 3. The
 * cycles open 90, 60 and 2 days ago; the first two are closed.
 */
class TrendsApiTest extends IntegrationTest {

    @Autowired
    DSLContext dsl;

    private TestTenant tenant;
    private ApiClient leader;
    private JsonNode model;
    private UUID vision1;
    private UUID customerService;
    private final List<String> people = new ArrayList<>();

    @BeforeEach
    void sixPeopleInCustomerService() {
        tenant = newTenant("trends");
        leader = signedIn(tenant.leader());
        model = ModelApiTest.publishedTemplateCopy(
                signedIn(tenant.admin()), "Trends " + UUID.randomUUID(), "dk-four-themes");
        vision1 = OpenCycleFixture.itemId(model, "vision-1");
        people.addAll(List.of(tenant.admin(), tenant.leader(), tenant.manager(), tenant.employee()));
        TenantContext.runAs(
                tenant.id(),
                () -> transactions.executeWithoutResult(s -> {
                    customerService = departments
                            .listActiveNamed("Customer Service")
                            .getFirst()
                            .id();
                    for (int i = 1; i <= 2; i++) {
                        String email = "specialist" + i + "@" + tenant.slug() + ".test";
                        accounts.createUser(new NewUser(
                                email,
                                "Specialist " + i,
                                PASSWORD,
                                "en",
                                customerService,
                                RoleLevel.SPECIALIST,
                                Set.of(Role.EMPLOYEE)));
                        people.add(email);
                    }
                }));
    }

    @Test
    void
            means3then4with_variance0point4_n6each_areASignificantRise_p0point0209_then3point83is_aTinyNotSignificantFall() {
        cycle("Q1", 90, true, 2, 3, 3, 3, 3, 4);
        cycle("Q2", 60, true, 3, 4, 4, 4, 4, 5);
        cycle("Q3", 2, false, 3, 4, 4, 4, 4, 4);

        JsonNode trends = trends(leader, "");
        JsonNode cycles = trends.get("cycles");
        assertThat(cycles.size()).isEqualTo(3);
        assertThat(cycles.get(0).get("name").asString()).isEqualTo("Q1");
        assertThat(cycles.get(2).get("status").asString()).isEqualTo("OPEN");
        assertThat(cycles.get(1).get("responses").asInt()).isEqualTo(6);
        JsonNode vision = dimension(trends, "vision-and-goals");
        JsonNode q1 = vision.get("points").get(0);
        assertThat(q1.get("mean").asDouble()).isEqualTo(3.0);
        assertThat(q1.get("n").asInt()).isEqualTo(6);
        // 3 ± t(0.975; 5) · sqrt(0.4 / 6) = 3 ± 2.5706 · 0.2582
        assertThat(q1.get("ciLow").asDouble()).isEqualTo(2.34);
        assertThat(q1.get("ciHigh").asDouble()).isEqualTo(3.66);
        assertThat(q1.get("significant").asBoolean()).isFalse();
        assertThat(q1.hasNonNull("change")).isFalse();
        JsonNode q2 = vision.get("points").get(1);
        assertThat(q2.get("mean").asDouble()).isEqualTo(4.0);
        assertThat(q2.get("change").asDouble()).isEqualTo(1.0);
        assertThat(q2.get("pValue").asDouble()).isEqualTo(0.0209);
        assertThat(q2.get("significant").asBoolean()).isTrue();
        JsonNode q3 = vision.get("points").get(2);
        assertThat(q3.get("mean").asDouble()).isEqualTo(3.83);
        assertThat(q3.get("change").asDouble()).isEqualTo(-0.17);
        assertThat(q3.get("pValue").asDouble()).isEqualTo(0.601);
        assertThat(q3.get("significant").asBoolean()).isFalse();
        // Only vision-1 was asked: no other dimension has figures.
        assertThat(trends.get("dimensions").size()).isEqualTo(1);
    }

    @Test
    void aGroupBelowTheThresholdShowsNoFiguresInAnyCycle() {
        cycle("Q1", 90, true, 2, 3, 3, 3, 3, 4);
        cycle("Q2", 60, true, 3, 4, 4, 4, 4, 5);

        JsonNode trends = trends(leader, "?roleLevel=TOP_MANAGEMENT");
        for (JsonNode cycle : trends.get("cycles")) {
            assertThat(cycle.hasNonNull("responses")).isFalse();
            assertThat(cycle.get("suppressedReason").asString()).isEqualTo("BELOW_THRESHOLD");
        }
        assertThat(trends.get("dimensions").size()).isZero();
        assertThat(trends(leader, "?roleLevel=NOBODY").toString()).contains("Unknown role level");
    }

    @Test
    void managersSeeTheirDepartment_employeesNothing_otherTenantsGet404ForOurDepartmentAndSeeNoCycles() {
        cycle("Q1", 90, true, 2, 3, 3, 3, 3, 4);
        JsonNode managers = trends(signedIn(tenant.manager()), "");
        assertThat(managers.get("departmentId").asString()).isEqualTo(customerService.toString());
        assertThat(dimension(managers, "vision-and-goals")
                        .get("points")
                        .get(0)
                        .get("mean")
                        .asDouble())
                .isEqualTo(3.0);
        assertThat(signedIn(tenant.employee()).get("/api/v1/analytics/trends").status())
                .isEqualTo(403);

        TestTenant other = newTenant("trends-other");
        ApiClient otherLeader = signedIn(other.leader());
        assertThat(otherLeader
                        .get("/api/v1/analytics/trends?departmentId=" + customerService)
                        .status())
                .isEqualTo(404);
        JsonNode theirs = otherLeader.get("/api/v1/analytics/trends").json();
        assertThat(theirs.get("cycles").size()).isZero();
        assertThat(dimension(trends(leader, ""), "vision-and-goals")
                        .get("points")
                        .get(0)
                        .get("n")
                        .asInt())
                .isEqualTo(6);
    }

    /** Opens an assessment of vision-1 {@code daysAgo}, lets the six people answer in order, maybe closes it. */
    private void cycle(String name, int daysAgo, boolean close, int... answers) {
        OffsetDateTime opened = OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo);
        OpenCycleFixture fixture = new OpenCycleFixture(dsl, transactions);
        OpenCycleFixture.OpenCycle cycle =
                fixture.open(tenant.id(), model, name, new OpenCycleFixture.Spec(List.of(vision1), 3, 0, opened));
        for (int i = 0; i < answers.length; i++) {
            var stored = client().post(
                            "/api/v1/surveys/by-link/" + cycle.linkOf(people.get(i)) + "/responses",
                            Map.of(
                                    "idempotencyKey",
                                    UUID.randomUUID().toString(),
                                    "answers",
                                    List.of(Map.of("itemId", vision1.toString(), "value", answers[i]))));
            assertThat(stored.status()).as(stored.text()).isEqualTo(201);
        }
        if (close) {
            fixture.setStatus(cycle, "CLOSED", opened, opened.plusDays(14));
        }
    }

    private static JsonNode trends(ApiClient viewer, String query) {
        var response = viewer.get("/api/v1/analytics/trends" + query);
        assertThat(response.status()).as(response.text()).isIn(200, 400);
        return response.json();
    }

    private static JsonNode dimension(JsonNode trends, String key) {
        for (JsonNode dimension : trends.get("dimensions")) {
            if (dimension.get("key").asString().equals(key)) {
                return dimension;
            }
        }
        throw new AssertionError("No dimension " + key + " in " + trends);
    }
}
