package no.maturo.assessment;

import static no.maturo.jooq.Tables.CUSTOMER_LINK;
import static no.maturo.jooq.Tables.CYCLE_PARTICIPANT;
import static no.maturo.jooq.Tables.RESPONSE;
import static no.maturo.jooq.Tables.RESPONSE_ANSWER;
import static no.maturo.jooq.Tables.RESPONSE_COMMENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.maturo.model.ModelApiTest;
import no.maturo.tenancy.TenantContext;
import no.maturo.testsupport.IntegrationTest;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A tenant with a published model and an open cycle, and helpers to build submissions and read what was stored. */
abstract class SurveyTestSupport extends IntegrationTest {

    static final String RESPONSES = "/responses";

    @Autowired
    protected DSLContext dsl;

    protected OpenCycleFixture fixture() {
        return new OpenCycleFixture(dsl, transactions);
    }

    /** A published copy of the Danish four-themes template (every statement has customer wording but one). */
    protected JsonNode publishedModel(TestTenant tenant) {
        return ModelApiTest.publishedTemplateCopy(
                signedIn(tenant.admin()),
                "Survey model " + UUID.randomUUID().toString().substring(0, 8),
                "dk-four-themes");
    }

    protected OpenCycleFixture.OpenCycle openCycle(TestTenant tenant, OpenCycleFixture.Spec spec) {
        return fixture().open(tenant.id(), publishedModel(tenant), "Spring pulse", spec);
    }

    static String byLink(String token) {
        return "/api/v1/surveys/by-link/" + token;
    }

    static String customer(String token) {
        return "/api/v1/surveys/customer/" + token;
    }

    static String mine(UUID cycleId) {
        return "/api/v1/me/surveys/" + cycleId;
    }

    /** A submission answering every statement of the survey shown with {@code value(statementIndex)}. */
    static Map<String, Object> submission(UUID key, JsonNode survey, Function<Integer, Integer> value) {
        List<Map<String, Object>> answers = new ArrayList<>();
        int index = 0;
        for (JsonNode dimension : survey.get("dimensions")) {
            for (JsonNode statement : dimension.get("statements")) {
                Map<String, Object> answer = new HashMap<>();
                answer.put("itemId", statement.get("id").asString());
                answer.put("value", value.apply(index++));
                answers.add(answer);
            }
        }
        Map<String, Object> body = new HashMap<>();
        body.put("idempotencyKey", key.toString());
        body.put("answers", answers);
        body.put("comments", List.of());
        return body;
    }

    static Map<String, Object> submission(JsonNode survey, int value) {
        return submission(UUID.randomUUID(), survey, i -> value);
    }

    static String firstDimensionId(JsonNode survey) {
        return survey.get("dimensions").get(0).get("id").asString();
    }

    protected int responseCount(OpenCycleFixture.OpenCycle cycle) {
        return TenantContext.callAs(
                cycle.tenantId(),
                () -> transactions.execute(s -> dsl.fetchCount(RESPONSE, RESPONSE.CYCLE_ID.eq(cycle.cycleId()))));
    }

    protected int answerCount(OpenCycleFixture.OpenCycle cycle) {
        return TenantContext.callAs(
                cycle.tenantId(),
                () -> transactions.execute(s -> dsl.fetchCount(dsl.select()
                        .from(RESPONSE_ANSWER)
                        .join(RESPONSE)
                        .on(RESPONSE.ID.eq(RESPONSE_ANSWER.RESPONSE_ID))
                        .where(RESPONSE.CYCLE_ID.eq(cycle.cycleId())))));
    }

    protected List<String> comments(OpenCycleFixture.OpenCycle cycle) {
        return TenantContext.callAs(
                cycle.tenantId(),
                () -> transactions.execute(s -> dsl.select(RESPONSE_COMMENT.BODY)
                        .from(RESPONSE_COMMENT)
                        .join(RESPONSE)
                        .on(RESPONSE.ID.eq(RESPONSE_COMMENT.RESPONSE_ID))
                        .where(RESPONSE.CYCLE_ID.eq(cycle.cycleId()))
                        .fetch(RESPONSE_COMMENT.BODY)));
    }

    protected boolean answered(OpenCycleFixture.OpenCycle cycle, String email) {
        return TenantContext.callAs(
                cycle.tenantId(),
                () -> transactions.execute(s -> dsl.select(CYCLE_PARTICIPANT.ANSWERED)
                        .from(CYCLE_PARTICIPANT)
                        .where(CYCLE_PARTICIPANT.CYCLE_ID.eq(cycle.cycleId()))
                        .and(CYCLE_PARTICIPANT.USER_ID.eq(cycle.participant(email)))
                        .fetchSingle(CYCLE_PARTICIPANT.ANSWERED)));
    }

    protected boolean customerLinkAnswered(OpenCycleFixture.OpenCycle cycle) {
        return TenantContext.callAs(
                cycle.tenantId(),
                () -> transactions.execute(s -> dsl.fetchExists(
                        CUSTOMER_LINK,
                        CUSTOMER_LINK.CYCLE_ID.eq(cycle.cycleId()).and(CUSTOMER_LINK.ANSWERED.isTrue()))));
    }
}
