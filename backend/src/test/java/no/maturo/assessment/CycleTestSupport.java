package no.maturo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import no.maturo.testsupport.TestDatabase;
import tools.jackson.databind.JsonNode;

/** Helpers for the survey tests: a published model, survey plans, bounded waiting, reading rows as superuser. */
abstract class CycleTestSupport extends IntegrationTest {

    static final String CYCLES = "/api/v1/tenant/cycles";

    /** A published copy of the CXPA-style template (24 statements); returns the version. */
    static JsonNode publishedVersion(ApiClient admin, String name) {
        var created = admin.post("/api/v1/tenant/models", Map.of("name", name, "templateKey", "cx-six-competencies"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode model = created.json();
        var published = admin.post(
                "/api/v1/tenant/models/" + model.get("id").asString() + "/versions/"
                        + model.get("versions").get(0).get("id").asString() + "/publish",
                null);
        assertThat(published.status()).isEqualTo(200);
        return published.json();
    }

    /** The ids of a version's statements in model order. */
    static List<String> itemIds(JsonNode version) {
        List<String> ids = new ArrayList<>();
        for (JsonNode dimension : version.get("dimensions")) {
            for (JsonNode item : dimension.get("items")) {
                ids.add(item.get("id").asString());
            }
        }
        return ids;
    }

    /** A valid plan: an assessment of everyone, opening in an hour for a week. */
    static Map<String, Object> plan(JsonNode version) {
        Map<String, Object> plan = new HashMap<>();
        OffsetDateTime opens = OffsetDateTime.now().plusHours(1).truncatedTo(ChronoUnit.SECONDS);
        plan.put("name", "Customer orientation 2026");
        plan.put("kind", "ASSESSMENT");
        plan.put("modelVersionId", version.get("id").asString());
        plan.put("opensAt", opens.toString());
        plan.put("closesAt", opens.plusDays(7).toString());
        return plan;
    }

    static Map<String, Object> with(Map<String, Object> plan, Object... keyValues) {
        Map<String, Object> changed = new HashMap<>(plan);
        for (int i = 0; i < keyValues.length; i += 2) {
            changed.put((String) keyValues[i], keyValues[i + 1]);
        }
        return changed;
    }

    static JsonNode created(ApiClient admin, Map<String, Object> plan) {
        var response = admin.post(CYCLES, plan);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json();
    }

    /** Waits until the condition holds, polling, and fails after the timeout. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Rows of a query run as superuser (sees every tenant), each row as column name to value. */
    static List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = TestDatabase.superuserConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                        String type = result.getMetaData().getColumnTypeName(c);
                        row.put(
                                result.getMetaData().getColumnName(c),
                                type.equals("timestamptz")
                                        ? result.getObject(c, OffsetDateTime.class)
                                        : result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int execute(String sql, Object... parameters) {
        try (Connection connection = TestDatabase.superuserConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
