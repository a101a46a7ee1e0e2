package no.maturo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.maturo.testsupport.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Planning surveys through the API: validation, the status rules, customer links and tenant isolation. */
class CycleApiTest extends CycleTestSupport {

    private TestTenant tenant;
    private ApiClient admin;
    private JsonNode version;

    @BeforeEach
    void tenantWithAPublishedModel() {
        tenant = newTenant("cycles");
        admin = signedIn(tenant.admin());
        version = publishedVersion(admin, "CX model");
    }

    @Test
    void aDraftAsksTheWholeModelOrTheRotationsShareAndIsListedWithItsModel() {
        JsonNode assessment = created(admin, plan(version));
        assertThat(assessment.get("status").asString()).isEqualTo("DRAFT");
        assertThat(assessment.get("seriesNumber").asInt()).isEqualTo(1);
        assertThat(assessment.get("recurrence").asString()).isEqualTo("NONE");
        assertThat(assessment.get("items").findValuesAsString("id")).containsExactlyElementsOf(itemIds(version));

        JsonNode pulse = created(
                admin,
                with(plan(version), "kind", "PULSE", "pulseRotation", 4, "name", "Pulse", "recurrence", "MONTHLY"));
        assertThat(pulse.get("items").findValuesAsString("id"))
                .containsExactlyElementsOf(itemIds(version).subList(0, 6));
        assertThat(pulse.get("modelStatementCount").asInt()).isEqualTo(24);

        JsonNode list = admin.get(CYCLES).json();
        assertThat(list.findValuesAsString("name")).containsExactlyInAnyOrder("Customer orientation 2026", "Pulse");
        JsonNode first = list.get(0);
        assertThat(first.get("modelName").asString()).isEqualTo("CX model");
        assertThat(first.get("modelVersionNumber").asInt()).isEqualTo(1);
        assertThat(first.get("participation").get("participants").asInt()).isZero();
        assertThat(first.has("items")).isFalse();

        assertThat(employeeAccess(tenant)).isEqualTo(403);
    }

    private int employeeAccess(TestTenant t) {
        return signedIn(t.employee()).get(CYCLES).status();
    }

    @Test
    void everyBadPlanIsRefusedWithAReasonAndNothingIsStored() {
        Map<String, Object> good = plan(version);
        String opens = (String) good.get("opensAt");
        record Case(Map<String, Object> plan, int status, String detail) {}
        List<Case> cases = List.of(
                new Case(with(good, "name", " "), 400, "Some fields"),
                new Case(with(good, "name", "x".repeat(201)), 400, "Some fields"),
                new Case(with(good, "kind", null), 400, "Some fields"),
                new Case(with(good, "kind", "SURVEY"), 400, ""),
                new Case(with(good, "modelVersionId", null), 400, "Some fields"),
                new Case(with(good, "opensAt", null), 400, "Some fields"),
                new Case(with(good, "closesAt", opens), 400, "must close after it opens"),
                new Case(
                        with(
                                good,
                                "opensAt",
                                OffsetDateTime.now().minusDays(3).toString(),
                                "closesAt",
                                OffsetDateTime.now().minusDays(1).toString()),
                        400,
                        "closing time has already passed"),
                new Case(with(good, "kind", "PULSE"), 400, "A pulse needs a rotation"),
                new Case(with(good, "pulseRotation", 3), 400, "Only pulses rotate"),
                new Case(with(good, "kind", "PULSE", "pulseRotation", 0), 400, "Some fields"),
                new Case(with(good, "kind", "PULSE", "pulseRotation", 53), 400, "Some fields"),
                new Case(with(good, "reminderIntervalDays", 0), 400, "Some fields"),
                new Case(with(good, "reminderIntervalDays", 31), 400, "Some fields"),
                new Case(with(good, "audienceRoleLevels", List.of("JANITOR")), 400, ""),
                new Case(with(good, "recurrence", "WEEKLY"), 400, ""),
                new Case(
                        with(
                                good,
                                "recurrence",
                                "MONTHLY",
                                "closesAt",
                                OffsetDateTime.parse(opens).plusDays(40).toString()),
                        400,
                        "at most one month"),
                new Case(with(good, "modelVersionId", UUID.randomUUID().toString()), 404, "No model version"),
                new Case(
                        with(good, "audienceDepartmentId", UUID.randomUUID().toString()),
                        404,
                        "audience department does not exist"));
        for (Case c : cases) {
            var response = admin.post(CYCLES, c.plan());
            assertThat(response.status())
                    .as(c.plan() + " -> " + response.text())
                    .isEqualTo(c.status());
            assertThat(response.header("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(response.json().get("detail").asString()).contains(c.detail());
        }

        JsonNode draftModel = admin.post(
                        "/api/v1/tenant/models", Map.of("name", "Unpublished", "templateKey", "dk-four-themes"))
                .json();
        var draftVersion = admin.post(
                CYCLES,
                with(
                        good,
                        "modelVersionId",
                        draftModel.get("versions").get(0).get("id").asString()));
        assertThat(draftVersion.status()).isEqualTo(409);
        assertThat(draftVersion.json().get("detail").asString()).contains("publish it");

        UUID archived = departments(tenant, "Closed branch", true);
        var archivedAudience = admin.post(CYCLES, with(good, "audienceDepartmentId", archived.toString()));
        assertThat(archivedAudience.status()).isEqualTo(400);
        assertThat(archivedAudience.json().get("detail").asString()).contains("archived");

        assertThat(admin.get(CYCLES).json().size()).isZero();
        assertThat(rows("SELECT count(*) AS n FROM cycle_item WHERE tenant_id = ?", tenant.id())
                        .getFirst()
                        .get("n"))
                .isEqualTo(0L);
    }

    private UUID departments(TestTenant t, String name, boolean archive) {
        JsonNode created =
                admin.post("/api/v1/departments", Map.of("name", name)).json();
        if (archive) {
            admin.post("/api/v1/departments/" + created.get("id").asString() + "/archive", null);
        }
        return UUID.fromString(created.get("id").asString());
    }

    @Test
    void draftsChangeScheduleUnscheduleAndDeleteOthersRefuseWithConflict() {
        JsonNode draft = created(admin, plan(version));
        String path = CYCLES + "/" + draft.get("id").asString();

        var changed = admin.put(path, with(plan(version), "name", "Renamed", "kind", "PULSE", "pulseRotation", 2));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("items").size()).isEqualTo(12);

        var scheduled = admin.post(path + "/schedule", null);
        assertThat(scheduled.status()).isEqualTo(200);
        assertThat(scheduled.json().get("status").asString()).isEqualTo("SCHEDULED");
        UUID cycleId = UUID.fromString(draft.get("id").asString());
        assertThat(openTaskTime(cycleId)).isNotNull();
        assertThat(admin.post(path + "/schedule", null).status()).isEqualTo(409);
        assertThat(admin.delete(path).status()).isEqualTo(409);
        assertThat(admin.post(path + "/close-now", null).status()).isEqualTo(409);

        // Rescheduling a scheduled survey moves its open task; it must still open in the future.
        OffsetDateTime later = OffsetDateTime.now().plusDays(2).truncatedTo(ChronoUnit.SECONDS);
        var moved = admin.put(
                path,
                with(
                        plan(version),
                        "opensAt",
                        later.toString(),
                        "closesAt",
                        later.plusDays(3).toString()));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(openTaskTime(cycleId).toInstant()).isEqualTo(later.toInstant());
        var past = admin.put(
                path,
                with(
                        plan(version),
                        "opensAt",
                        OffsetDateTime.now().minusMinutes(1).toString()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("detail").asString()).contains("open in the future");

        var unscheduled = admin.post(path + "/unschedule", null);
        assertThat(unscheduled.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(openTaskTime(cycleId)).isNull();
        assertThat(admin.post(path + "/unschedule", null).status()).isEqualTo(409);

        assertThat(admin.delete(path).status()).isEqualTo(204);
        assertThat(admin.get(path).status()).isEqualTo(404);
        assertThat(rows(
                                "SELECT action FROM audit_event WHERE tenant_id = ? AND target_type = 'cycle' ORDER BY occurred_at",
                                tenant.id())
                        .stream()
                        .map(r -> r.get("action"))
                        .toList())
                .containsExactly(
                        "cycle.created",
                        "cycle.updated",
                        "cycle.scheduled",
                        "cycle.updated",
                        "cycle.unscheduled",
                        "cycle.deleted");
    }

    @Test
    void aDraftWhoseOpeningHasPassedCannotBeScheduledButCanBeOpenedNow() {
        JsonNode draft = created(
                admin,
                with(
                        plan(version),
                        "opensAt",
                        OffsetDateTime.now().minusHours(1).toString(),
                        "closesAt",
                        OffsetDateTime.now().plusDays(1).toString()));
        String path = CYCLES + "/" + draft.get("id").asString();
        var refused = admin.post(path + "/schedule", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("opening time has passed");

        var open = admin.post(path + "/open-now", null);
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(open.json().get("participation").get("participants").asInt()).isEqualTo(4);
        assertThat(admin.post(path + "/open-now", null).status()).isEqualTo(409);
        assertThat(admin.put(path, plan(version)).status()).isEqualTo(409);
        assertThat(admin.delete(path).status()).isEqualTo(409);

        var closed = admin.post(path + "/close-now", null);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(admin.post(path + "/close-now", null).status()).isEqualTo(409);
        assertThat(admin.post(path + "/open-now", null).status()).isEqualTo(409);
    }

    @Test
    void customerLinksAreShownOnceAndCountedOnlyForOutsideInSurveys() {
        JsonNode inside = created(admin, plan(version));
        String insidePath = CYCLES + "/" + inside.get("id").asString();
        admin.post(insidePath + "/schedule", null);
        var noOutsideIn = admin.post(insidePath + "/customer-links", Map.of("count", 3));
        assertThat(noOutsideIn.status()).isEqualTo(409);
        assertThat(noOutsideIn.json().get("detail").asString()).contains("no outside-in part");

        JsonNode outside = created(admin, with(plan(version), "outsideIn", true));
        String path = CYCLES + "/" + outside.get("id").asString();
        var draft = admin.post(path + "/customer-links", Map.of("count", 3));
        assertThat(draft.status()).isEqualTo(409);
        admin.post(path + "/schedule", null);

        assertThat(admin.post(path + "/customer-links", Map.of("count", 0)).status())
                .isEqualTo(400);
        assertThat(admin.post(path + "/customer-links", Map.of("count", 501)).status())
                .isEqualTo(400);
        assertThat(admin.post(path + "/customer-links", Map.of("count", 1, "label", "x".repeat(201)))
                        .status())
                .isEqualTo(400);

        var created = admin.post(path + "/customer-links", Map.of("count", 25, "label", "Key accounts"));
        assertThat(created.status()).isEqualTo(201);
        List<String> links = created.json()
                .get("links")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
        assertThat(links).hasSize(25).doesNotHaveDuplicates();
        assertThat(links).allMatch(l -> l.matches("http://localhost:8080/c/c_[A-Za-z0-9_-]{64}"));
        // Only hashes are stored: no link appears in the database.
        assertThat(rows("SELECT token_hash FROM customer_link WHERE tenant_id = ?", tenant.id()))
                .hasSize(25)
                .allMatch(r -> ((byte[]) r.get("token_hash")).length == 32);

        JsonNode counts = admin.get(path + "/customer-links").json();
        assertThat(counts.get("created").asInt()).isEqualTo(25);
        assertThat(counts.get("answered").asInt()).isZero();
        assertThat(admin.get(path)
                        .json()
                        .get("participation")
                        .get("customerLinks")
                        .asInt())
                .isEqualTo(25);
    }

    @Test
    void anotherTenantCanNeitherSeeNorChangeTheseSurveys() {
        JsonNode draft = created(admin, plan(version));
        JsonNode scheduled = created(admin, with(plan(version), "outsideIn", true, "name", "Scheduled"));
        String scheduledPath = CYCLES + "/" + scheduled.get("id").asString();
        admin.post(scheduledPath + "/schedule", null);
        String draftPath = CYCLES + "/" + draft.get("id").asString();

        TestTenant other = newTenant("cycles-other");
        ApiClient intruder = signedIn(other.admin());
        JsonNode otherVersion = publishedVersion(intruder, "Other model");
        assertThat(intruder.get(CYCLES).json().size()).isZero();
        assertThat(intruder.get(draftPath).status()).isEqualTo(404);
        assertThat(intruder.put(draftPath, plan(otherVersion)).status()).isEqualTo(404);
        assertThat(intruder.delete(draftPath).status()).isEqualTo(404);
        assertThat(intruder.post(draftPath + "/schedule", null).status()).isEqualTo(404);
        assertThat(intruder.post(draftPath + "/open-now", null).status()).isEqualTo(404);
        assertThat(intruder.post(scheduledPath + "/unschedule", null).status()).isEqualTo(404);
        assertThat(intruder.post(scheduledPath + "/close-now", null).status()).isEqualTo(404);
        assertThat(intruder.post(scheduledPath + "/customer-links", Map.of("count", 2))
                        .status())
                .isEqualTo(404);
        assertThat(intruder.get(scheduledPath + "/customer-links").status()).isEqualTo(404);
        // Using this tenant's model version or department in the other tenant's plan is refused too.
        assertThat(intruder.post(CYCLES, plan(version)).status()).isEqualTo(404);
        UUID department = UUID.fromString(
                admin.get("/api/v1/departments").json().get(0).get("id").asString());
        assertThat(intruder.post(CYCLES, with(plan(otherVersion), "audienceDepartmentId", department.toString()))
                        .status())
                .isEqualTo(404);

        assertThat(admin.get(draftPath).json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(admin.get(draftPath).json().get("name").asString()).isEqualTo("Customer orientation 2026");
        assertThat(admin.get(scheduledPath).json().get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(admin.get(scheduledPath + "/customer-links")
                        .json()
                        .get("created")
                        .asInt())
                .isZero();
        assertThat(intruder.get(CYCLES).json().size()).isZero();
    }

    private static OffsetDateTime openTaskTime(UUID cycleId) {
        return rows(
                        "SELECT execution_time FROM scheduled_tasks WHERE task_name = 'cycle-open' AND task_instance LIKE ?",
                        "%:" + cycleId)
                .stream()
                .map(r -> (OffsetDateTime) r.get("execution_time"))
                .findFirst()
                .orElse(null);
    }
}
