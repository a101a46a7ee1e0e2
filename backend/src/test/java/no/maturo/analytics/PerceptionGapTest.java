package no.maturo.analytics;

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
import no.maturo.testsupport.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A worked example of the perception gap with every role level shown: one department of twelve, three people at
 * each role level, threshold 3 (the lowest allowed), statements vision-1 and the reverse-scored leadership-3.
 */
class PerceptionGapTest extends IntegrationTest {

    @Autowired
    DSLContext dsl;

    @Test
    void threePerRoleLevel_topManagementMinusTheMeanOfTheOthers_perDimensionAndOverall() {
        TestTenant tenant = newTenant("gap");
        JsonNode model = ModelApiTest.publishedTemplateCopy(
                signedIn(tenant.admin()), "Gap " + UUID.randomUUID(), "dk-four-themes");
        UUID vision1 = OpenCycleFixture.itemId(model, "vision-1");
        UUID leadership3 = OpenCycleFixture.itemId(model, "leadership-3");
        // newTenant gives one person per role level: admin SPECIALIST, leader TOP, manager MIDDLE, employee FRONTLINE.
        Map<RoleLevel, List<String>> people = new HashMap<>();
        people.put(RoleLevel.SPECIALIST, new ArrayList<>(List.of(tenant.admin())));
        people.put(RoleLevel.TOP_MANAGEMENT, new ArrayList<>(List.of(tenant.leader())));
        people.put(RoleLevel.MIDDLE_MANAGEMENT, new ArrayList<>(List.of(tenant.manager())));
        people.put(RoleLevel.FRONTLINE, new ArrayList<>(List.of(tenant.employee())));
        TenantContext.runAs(
                tenant.id(),
                () -> transactions.executeWithoutResult(s -> {
                    UUID customerService = departments
                            .listActiveNamed("Customer Service")
                            .getFirst()
                            .id();
                    people.forEach((level, emails) -> {
                        for (int i = 1; i <= 2; i++) {
                            String email = level.name().toLowerCase() + i + "@" + tenant.slug() + ".test";
                            accounts.createUser(new NewUser(
                                    email, email, PASSWORD, "en", customerService, level, Set.of(Role.EMPLOYEE)));
                            emails.add(email);
                        }
                    });
                }));
        OpenCycleFixture.OpenCycle cycle = new OpenCycleFixture(dsl, transactions)
                .open(
                        tenant.id(),
                        model,
                        "Gap assessment",
                        new OpenCycleFixture.Spec(
                                List.of(vision1, leadership3),
                                3,
                                0,
                                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1)));

        // vision-1 means: top 5, middle 3.67, specialists 3, frontline 2.33 (others' mean 3).
        // leadership-3 is reversed (6 - answer): top 4, middle 5, specialists 2, frontline 1 (others' mean 2.67).
        answerAll(cycle, people.get(RoleLevel.TOP_MANAGEMENT), vision1, leadership3, new int[] {5, 5, 5}, 2);
        answerAll(cycle, people.get(RoleLevel.MIDDLE_MANAGEMENT), vision1, leadership3, new int[] {4, 4, 3}, 1);
        answerAll(cycle, people.get(RoleLevel.SPECIALIST), vision1, leadership3, new int[] {3, 3, 3}, 4);
        answerAll(cycle, people.get(RoleLevel.FRONTLINE), vision1, leadership3, new int[] {2, 3, 2}, 5);

        var response = signedIn(tenant.leader()).get("/api/v1/analytics/cycles/" + cycle.cycleId() + "/perception-gap");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode gap = response.json();

        JsonNode vision = dimension(gap, "vision-and-goals");
        assertThat(entry(vision, "TOP_MANAGEMENT").get("index").asDouble()).isEqualTo(5.0);
        assertThat(entry(vision, "MIDDLE_MANAGEMENT").get("index").asDouble()).isEqualTo(3.67);
        assertThat(entry(vision, "FRONTLINE").get("index").asDouble()).isEqualTo(2.33);
        assertThat(vision.get("gap").asDouble()).isEqualTo(2.0);

        JsonNode leadership = dimension(gap, "leadership-and-culture");
        assertThat(entry(leadership, "TOP_MANAGEMENT").get("index").asDouble()).isEqualTo(4.0);
        assertThat(entry(leadership, "MIDDLE_MANAGEMENT").get("index").asDouble())
                .isEqualTo(5.0);
        // 4 - (5 + 2 + 1) / 3 = 1.33: top management sees leadership brighter than the rest.
        assertThat(leadership.get("gap").asDouble()).isEqualTo(1.33);

        // Overall, with equal weights: top 4.5; middle 4.33, specialists 2.5, frontline 1.67; 4.5 - 8.5 / 3 = 1.67.
        JsonNode overall = gap.get("overall");
        assertThat(entry(overall, "TOP_MANAGEMENT").get("index").asDouble()).isEqualTo(4.5);
        assertThat(entry(overall, "SPECIALIST").get("index").asDouble()).isEqualTo(2.5);
        assertThat(overall.get("gap").asDouble()).isEqualTo(1.67);
        gap.get("overall")
                .get("entries")
                .forEach(e ->
                        assertThat(e.has("suppressedReason")).as(e.toString()).isFalse());
    }

    private static JsonNode dimension(JsonNode gap, String key) {
        for (JsonNode dimension : gap.get("dimensions")) {
            if (dimension.get("key").asString().equals(key)) {
                return dimension;
            }
        }
        throw new AssertionError("No dimension " + key + " in " + gap);
    }

    private static JsonNode entry(JsonNode dimension, String roleLevel) {
        for (JsonNode entry : dimension.get("entries")) {
            if (entry.get("roleLevel").asString().equals(roleLevel)) {
                return entry;
            }
        }
        throw new AssertionError("No " + roleLevel + " in " + dimension);
    }

    private void answerAll(
            OpenCycleFixture.OpenCycle cycle,
            List<String> emails,
            UUID vision1,
            UUID leadership3,
            int[] vision1Values,
            int leadership3Value) {
        for (int i = 0; i < emails.size(); i++) {
            List<Map<String, Object>> answers = List.of(
                    Map.of("itemId", vision1.toString(), "value", vision1Values[i]),
                    Map.of("itemId", leadership3.toString(), "value", leadership3Value));
            var stored = client().post(
                            "/api/v1/surveys/by-link/" + cycle.linkOf(emails.get(i)) + "/responses",
                            Map.of("idempotencyKey", UUID.randomUUID().toString(), "answers", answers));
            assertThat(stored.status()).as(stored.text()).isEqualTo(201);
        }
    }
}
