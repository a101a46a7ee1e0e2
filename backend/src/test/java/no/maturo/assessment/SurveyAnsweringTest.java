package no.maturo.assessment;

import static no.maturo.jooq.Tables.MODEL_ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.maturo.tenancy.TenantContext;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SurveyAnsweringTest extends SurveyTestSupport {

    private TestTenant tenant;
    private OpenCycleFixture.OpenCycle cycle;

    @BeforeEach
    void openCycle() {
        tenant = newTenant("answering");
        cycle = openCycle(tenant, OpenCycleFixture.Spec.standard());
    }

    @Test
    void anEmployeeAnswersFromTheMailLinkInTheirLanguageAndGetsAReceiptDatedTheCycle() {
        ApiClient anonymous = client();
        String link = cycle.linkOf(tenant.employee());
        var survey = anonymous.get(byLink(link));
        assertThat(survey.status()).isEqualTo(200);
        JsonNode shown = survey.json();
        assertThat(shown.get("cycleName").asString()).isEqualTo("Spring pulse");
        assertThat(shown.get("organisation").asString()).isEqualTo("Tenant answering");
        assertThat(shown.get("language").asString()).isEqualTo("en");
        assertThat(shown.get("respondent").asString()).isEqualTo("EMPLOYEE");
        assertThat(shown.get("dimensions").get(0).get("name").asString()).isEqualTo("Vision and goals");
        assertThat(shown.findValues("statements").stream()
                        .mapToInt(JsonNode::size)
                        .sum())
                .isEqualTo(16);
        assertThat(shown.get("dimensions")
                        .get(0)
                        .get("statements")
                        .get(0)
                        .get("text")
                        .asString())
                .startsWith("We have a clear vision");

        JsonNode norwegian = anonymous.get(byLink(link) + "?lang=nb").json();
        assertThat(norwegian.get("language").asString()).isEqualTo("nb");
        assertThat(norwegian
                        .get("dimensions")
                        .get(0)
                        .get("statements")
                        .get(0)
                        .get("text")
                        .asString())
                .startsWith("Vi har en tydelig visjon");

        var answered = anonymous.post(byLink(link) + RESPONSES, submission(shown, 4));
        assertThat(answered.status()).isEqualTo(201);
        JsonNode receipt = answered.json();
        assertThat(receipt.propertyNames()).containsExactlyInAnyOrder("cycleId", "cycleName", "recordedOn");
        assertThat(receipt.get("cycleId").asString()).isEqualTo(cycle.cycleId().toString());
        assertThat(receipt.get("recordedOn").asString())
                .isEqualTo(cycle.openedOn().toString())
                .isNotEqualTo(java.time.LocalDate.now().toString());
        assertThat(responseCount(cycle)).isEqualTo(1);
        assertThat(answerCount(cycle)).isEqualTo(16);
        assertThat(answered(cycle, tenant.employee())).isTrue();

        var again = anonymous.get(byLink(link));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.json().get("detail").asString()).contains("already been answered");
        assertThat(again.json().get("reason").asString()).isEqualTo("ANSWERED");
    }

    @Test
    void theAccountsLanguageIsTheDefaultAndTheOrganisationsWhenThePersonHasNone() {
        TenantContext.runAs(
                tenant.id(),
                () -> transactions.executeWithoutResult(s -> dsl.update(no.maturo.jooq.Tables.USER_ACCOUNT)
                        .set(no.maturo.jooq.Tables.USER_ACCOUNT.LOCALE, "sv")
                        .where(no.maturo.jooq.Tables.USER_ACCOUNT.EMAIL.eq(tenant.leader()))
                        .execute()));
        assertThat(client().get(byLink(cycle.linkOf(tenant.leader())))
                        .json()
                        .get("language")
                        .asString())
                .isEqualTo("sv");
        TenantContext.runAs(
                tenant.id(),
                () -> transactions.executeWithoutResult(s -> dsl.update(no.maturo.jooq.Tables.USER_ACCOUNT)
                        .setNull(no.maturo.jooq.Tables.USER_ACCOUNT.LOCALE)
                        .where(no.maturo.jooq.Tables.USER_ACCOUNT.EMAIL.eq(tenant.manager()))
                        .execute()));
        signedIn(tenant.admin())
                .put(
                        "/api/v1/tenant/settings",
                        Map.of("name", "Tenant answering", "defaultLocale", "da", "anonymityThreshold", 5));
        JsonNode danish = client().get(byLink(cycle.linkOf(tenant.manager()))).json();
        assertThat(danish.get("language").asString()).isEqualTo("da");
        assertThat(danish.get("dimensions").get(0).get("name").asString()).isEqualTo("Vision og mål");
    }

    @Test
    void aSignedInEmployeeSeesTheirOpenSurveyAnswersItAndItLeavesTheList() {
        ApiClient employee = signedIn(tenant.employee());
        JsonNode list = employee.get("/api/v1/me/surveys").json();
        assertThat(list.findValuesAsString("cycleId"))
                .containsExactly(cycle.cycleId().toString());
        assertThat(list.get(0).get("cycleName").asString()).isEqualTo("Spring pulse");

        JsonNode survey = employee.get(mine(cycle.cycleId())).json();
        assertThat(survey.get("respondent").asString()).isEqualTo("EMPLOYEE");
        var answered = employee.post(mine(cycle.cycleId()) + RESPONSES, submission(survey, 3));
        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.json().get("recordedOn").asString())
                .isEqualTo(cycle.openedOn().toString());

        assertThat(employee.get("/api/v1/me/surveys").json().size()).isZero();
        assertThat(employee.get(mine(cycle.cycleId())).status()).isEqualTo(410);
        // Their mail link is used up too.
        assertThat(client().get(byLink(cycle.linkOf(tenant.employee()))).status())
                .isEqualTo(410);
        // A colleague's survey is still open.
        assertThat(signedIn(tenant.leader()).get("/api/v1/me/surveys").json().size())
                .isEqualTo(1);
    }

    @Test
    void aCustomerAnswersOnlyCustomerPhrasedStatementsOnceInTheirLanguage() {
        JsonNode model = publishedModel(tenant);
        UUID internalOnly = OpenCycleFixture.itemId(model, "process-2");
        // A statement without customer wording, as a tenant's own model may have: customers are not asked it.
        TenantContext.runAs(
                tenant.id(),
                () -> transactions.executeWithoutResult(s -> dsl.update(MODEL_ITEM)
                        .setNull(MODEL_ITEM.CUSTOMER_TEXT)
                        .where(MODEL_ITEM.ID.eq(internalOnly))
                        .execute()));
        OpenCycleFixture.OpenCycle outsideIn =
                fixture().open(tenant.id(), model, "Outside-in", OpenCycleFixture.Spec.standard());
        String link = outsideIn.customerLinks().get(0);

        ApiClient customer = client();
        JsonNode survey = customer.get(customer(link)).json();
        assertThat(survey.get("respondent").asString()).isEqualTo("CUSTOMER");
        assertThat(survey.get("language").asString()).isEqualTo("en");
        assertThat(survey.findValues("statements").stream()
                        .mapToInt(JsonNode::size)
                        .sum())
                .isEqualTo(15);
        assertThat(survey.findValuesAsString("id")).doesNotContain(internalOnly.toString());
        assertThat(survey.get("dimensions")
                        .get(1)
                        .get("statements")
                        .get(2)
                        .get("text")
                        .asString())
                .isEqualTo("The company announces improvements for customers that never really happen.");
        JsonNode swedish = customer.get(customer(link) + "?lang=sv").json();
        assertThat(swedish.get("dimensions")
                        .get(1)
                        .get("statements")
                        .get(2)
                        .get("text")
                        .asString())
                .isEqualTo("Företaget lanserar förbättringar för kunderna som aldrig riktigt blir av.");

        // Answering the internal-only statement is refused: customers were not asked it.
        Map<String, Object> withInternal = submission(survey, 2);
        List<Object> answers = new ArrayList<>((List<?>) withInternal.get("answers"));
        answers.add(Map.of("itemId", internalOnly.toString(), "value", 2));
        withInternal.put("answers", answers);
        assertThat(customer.post(customer(link) + RESPONSES, withInternal).status())
                .isEqualTo(400);

        var answered = customer.post(customer(link) + RESPONSES, submission(survey, 2));
        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.json().get("cycleName").asString()).isEqualTo("Outside-in");
        assertThat(customerLinkAnswered(outsideIn)).isTrue();
        assertThat(storedGroups(outsideIn)).containsExactly("null/CUSTOMER");

        var second = customer.post(customer(link) + RESPONSES, submission(survey, 5));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("already answered");
        assertThat(customer.get(customer(link)).status()).isEqualTo(410);
        assertThat(responseCount(outsideIn)).isEqualTo(1);
    }

    @Test
    void withoutAChoiceTheCustomerSeesTheBrowsersLanguageElseTheOrganisations() {
        signedIn(tenant.admin())
                .put(
                        "/api/v1/tenant/settings",
                        Map.of("name", "Tenant answering", "defaultLocale", "nb", "anonymityThreshold", 5));
        String link = cycle.customerLinks().get(0);
        assertThat(client().get(customer(link)).json().get("language").asString())
                .isEqualTo("nb");
    }

    @Test
    void everyBrokenRuleIsRefusedWithItsReasonAndNothingIsStored() {
        ApiClient employee = client();
        String link = cycle.linkOf(tenant.employee());
        JsonNode survey = employee.get(byLink(link)).json();
        String dimension = firstDimensionId(survey);
        String firstItem = survey.get("dimensions")
                .get(0)
                .get("statements")
                .get(0)
                .get("id")
                .asString();

        Map<String, String> expectations = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> bodies = new ArrayList<>();
        bodies.add(submission(UUID.randomUUID(), survey, i -> i == 3 ? 6 : 4));
        expectations.put("value 6", "Answers are 1 to 5");
        bodies.add(submission(UUID.randomUUID(), survey, i -> i == 0 ? 0 : 4));
        expectations.put("value 0", "Answers are 1 to 5");
        bodies.add(withAnswer(submission(survey, 4), UUID.randomUUID().toString(), 3));
        expectations.put("unknown statement", "is not part of this survey");
        bodies.add(withAnswer(submission(survey, 4), firstItem, 3));
        expectations.put("duplicate statement", "answered more than once");
        Map<String, Object> missing = submission(survey, 4);
        missing.put("answers", ((List<?>) missing.get("answers")).subList(1, 16));
        bodies.add(missing);
        expectations.put("missing statement", "1 of 16 are missing");
        bodies.add(withComments(submission(survey, 4), Map.of("dimensionId", UUID.randomUUID(), "text", "Hi")));
        expectations.put("foreign dimension", "is not one of them");
        bodies.add(withComments(
                submission(survey, 4),
                Map.of("dimensionId", dimension, "text", "One"),
                Map.of("dimensionId", dimension, "text", "Two")));
        expectations.put("duplicate comment", "Only one comment per theme");
        bodies.add(withComments(submission(survey, 4), Map.of("dimensionId", dimension, "text", "   ")));
        expectations.put("blank comment", "cannot be empty");
        bodies.add(withComments(submission(survey, 4), Map.of("dimensionId", dimension, "text", "x".repeat(2001))));
        expectations.put("long comment", "at most 2,000 characters");
        Map<String, Object> withoutKey = submission(survey, 4);
        withoutKey.remove("idempotencyKey");
        bodies.add(withoutKey);
        expectations.put("no idempotency key", "Some fields are missing or invalid");

        List<String> labels = new ArrayList<>(expectations.keySet());
        for (int i = 0; i < bodies.size(); i++) {
            var refused = employee.post(byLink(link) + RESPONSES, bodies.get(i));
            assertThat(refused.status()).as(labels.get(i)).isEqualTo(400);
            assertThat(refused.json().get("detail").asString())
                    .as(labels.get(i))
                    .contains(expectations.get(labels.get(i)));
        }
        assertThat(responseCount(cycle)).isZero();
        assertThat(answered(cycle, tenant.employee())).isFalse();

        // Exactly 2,000 characters (counted as characters, not UTF-16 units) and "don't know" everywhere are fine.
        String longest = "æ".repeat(1998) + "😀😀";
        var accepted = employee.post(
                byLink(link) + RESPONSES,
                withComments(
                        submission(UUID.randomUUID(), survey, i -> null),
                        Map.of("dimensionId", dimension, "text", longest)));
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(comments(cycle)).containsExactly(longest);
    }

    @Test
    void aCommentWithANulCharacterIsRefusedWithAClearReason() {
        ApiClient employee = client();
        String link = cycle.linkOf(tenant.employee());
        JsonNode survey = employee.get(byLink(link)).json();
        var refused = employee.post(
                byLink(link) + RESPONSES,
                withComments(
                        submission(survey, 4), Map.of("dimensionId", firstDimensionId(survey), "text", "a\u0000b")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("NUL character");
        assertThat(responseCount(cycle)).isZero();
        assertThat(answered(cycle, tenant.employee())).isFalse();
    }

    @Test
    void aSubmissionTheDatabaseRefusesHalfwayLeavesNoResponseAndThePersonUnanswered() throws Exception {
        ApiClient employee = client();
        String link = cycle.linkOf(tenant.employee());
        JsonNode survey = employee.get(byLink(link)).json();
        // The comment is written after the response and its answers; taking the right to insert comments away makes
        // the database refuse the submission halfway.
        String revoke = "REVOKE INSERT ON response_comment FROM "
                + TestDatabase.accounts().applicationUser();
        try (Connection superuser = TestDatabase.superuserConnection()) {
            superuser.createStatement().execute(revoke);
            try {
                var refused = employee.post(
                        byLink(link) + RESPONSES,
                        withComments(
                                submission(survey, 4),
                                Map.of("dimensionId", firstDimensionId(survey), "text", "Halfway")));
                assertThat(refused.status()).isGreaterThanOrEqualTo(400);
            } finally {
                superuser
                        .createStatement()
                        .execute(revoke.replace("REVOKE", "GRANT").replace(" FROM ", " TO "));
            }
        }
        assertThat(responseCount(cycle)).isZero();
        assertThat(answerCount(cycle)).isZero();
        assertThat(answered(cycle, tenant.employee())).isFalse();
        assertThat(employee.post(byLink(link) + RESPONSES, submission(survey, 4))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void markupIsStoredAsTypedAndReturnedAsPlainText() {
        OpenCycleFixture.OpenCycle marked = fixture()
                .open(
                        tenant.id(),
                        publishedModel(tenant),
                        "<script>alert('pulse')</script>",
                        OpenCycleFixture.Spec.standard());
        ApiClient employee = client();
        String link = marked.linkOf(tenant.employee());
        JsonNode survey = employee.get(byLink(link)).json();
        assertThat(survey.get("cycleName").asString()).isEqualTo("<script>alert('pulse')</script>");
        String comment = "<script>alert(1)</script> & <b>bold</b>";
        var answered = employee.post(
                byLink(link) + RESPONSES,
                withComments(submission(survey, 4), Map.of("dimensionId", firstDimensionId(survey), "text", comment)));
        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.json().get("cycleName").asString()).isEqualTo("<script>alert('pulse')</script>");
        assertThat(comments(marked)).containsExactly(comment);
    }

    @Test
    void eightParallelRetriesOfOneSubmissionStoreExactlyOneResponseAndGetTheSameReceipt() throws Exception {
        ApiClient employee = client();
        String link = cycle.linkOf(tenant.employee());
        JsonNode survey = employee.get(byLink(link)).json();
        employee.get("/api/v1/me");
        Map<String, Object> body = submission(UUID.randomUUID(), survey, i -> 1 + i % 5);
        List<Callable<ApiClient.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> employee.post(byLink(link) + RESPONSES, body));
        }
        List<ApiClient.Response> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<ApiClient.Response> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }
        }
        assertThat(responses).extracting(ApiClient.Response::status).containsOnly(200, 201);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses)
                .extracting(ApiClient.Response::text)
                .containsOnly(responses.get(0).text());
        assertThat(responseCount(cycle)).isEqualTo(1);
        assertThat(answerCount(cycle)).isEqualTo(16);

        // The same key later still gets the receipt; another key is refused.
        assertThat(employee.post(byLink(link) + RESPONSES, body).status()).isEqualTo(200);
        var other = employee.post(byLink(link) + RESPONSES, submission(survey, 2));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("detail").asString()).contains("already answered");
        assertThat(responseCount(cycle)).isEqualTo(1);
    }

    @Test
    void anAnsweredInvitationAndEveryOtherLinkOfThatPersonStopWorking() {
        String reminderLink = fixture().anotherLink(cycle, tenant.manager());
        String invitationLink = cycle.linkOf(tenant.manager());
        ApiClient manager = client();
        JsonNode survey = manager.get(byLink(reminderLink)).json();
        Map<String, Object> body = submission(survey, 5);
        assertThat(manager.post(byLink(invitationLink) + RESPONSES, body).status())
                .isEqualTo(201);

        for (String link : List.of(invitationLink, reminderLink)) {
            assertThat(client().get(byLink(link)).status()).isEqualTo(410);
            assertThat(client().post(byLink(link) + RESPONSES, submission(survey, 1))
                            .status())
                    .isEqualTo(409);
        }
        assertThat(signedIn(tenant.manager())
                        .post(mine(cycle.cycleId()) + RESPONSES, submission(survey, 1))
                        .status())
                .isEqualTo(409);
        // A retry of the original submission through the other link is still the same answer.
        assertThat(client().post(byLink(reminderLink) + RESPONSES, body).status())
                .isEqualTo(200);
        assertThat(responseCount(cycle)).isEqualTo(1);
        // Nobody else's link was touched.
        assertThat(client().get(byLink(cycle.linkOf(tenant.employee()))).status())
                .isEqualTo(200);
    }

    @Test
    void closedAndNotYetOpenSurveysRefuseWithAClearReason() {
        ApiClient employee = client();
        String link = cycle.linkOf(tenant.employee());
        JsonNode survey = employee.get(byLink(link)).json();
        String customerLink = cycle.customerLinks().get(0);
        OffsetDateTime now = OffsetDateTime.now();

        fixture().setStatus(cycle, "CLOSED", now.minusDays(10), now.minusDays(1));
        for (var refused : List.of(
                employee.get(byLink(link)),
                employee.post(byLink(link) + RESPONSES, submission(survey, 3)),
                employee.get(customer(customerLink)),
                signedIn(tenant.employee()).get(mine(cycle.cycleId())))) {
            assertThat(refused.status()).isEqualTo(410);
            assertThat(refused.json().get("detail").asString()).contains("closed on");
            assertThat(refused.json().get("reason").asString()).isEqualTo("CLOSED");
        }
        // Still OPEN but past its closing time (the scheduler has not run yet): closed all the same.
        fixture().setStatus(cycle, "OPEN", now.minusDays(10), now.minusMinutes(1));
        assertThat(employee.post(byLink(link) + RESPONSES, submission(survey, 3))
                        .status())
                .isEqualTo(410);
        fixture().setStatus(cycle, "SCHEDULED", now.plusDays(1), now.plusDays(8));
        var early = employee.post(byLink(link) + RESPONSES, submission(survey, 3));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("has not opened yet");
        assertThat(early.json().get("reason").asString()).isEqualTo("NOT_OPEN");
        assertThat(signedIn(tenant.employee()).get("/api/v1/me/surveys").json().size())
                .isZero();
        assertThat(responseCount(cycle)).isZero();
    }

    @Test
    void unknownForgedAndMalformedLinksAllGetTheSameNotFound() {
        String employeeLink = cycle.linkOf(tenant.employee());
        String forged = SurveyLinkToken.issue(SurveyLinkToken.Kind.INVITATION, tenant.id())
                .value();
        String otherTenant = SurveyLinkToken.issue(SurveyLinkToken.Kind.INVITATION, UUID.randomUUID())
                .value();
        String tampered =
                employeeLink.substring(0, employeeLink.length() - 2) + (employeeLink.endsWith("AA") ? "BB" : "AA");
        List<String> paths = List.of(
                byLink("nonsense"),
                byLink("a_"),
                byLink(forged),
                byLink(otherTenant),
                byLink(tampered),
                // A customer link is not an employee link, and the other way round.
                byLink(cycle.customerLinks().get(0)),
                customer(employeeLink),
                customer("c_" + "x".repeat(64)));
        ApiClient anonymous = client();
        String detail = null;
        for (String path : paths) {
            var refused = anonymous.get(path);
            assertThat(refused.status()).as(path).isEqualTo(404);
            detail = detail == null ? refused.json().get("detail").asString() : detail;
            assertThat(refused.json().get("detail").asString()).as(path).isEqualTo(detail);
            assertThat(anonymous
                            .post(path + RESPONSES, Map.of("idempotencyKey", UUID.randomUUID(), "answers", List.of()))
                            .status())
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(detail).contains("not valid");
        assertThat(responseCount(cycle)).isZero();
    }

    @Test
    void surveyLinksWorkWithoutSignInButMySurveysNeedsIt() {
        assertThat(client().get("/api/v1/me/surveys").status()).isEqualTo(401);
        assertThat(client().get(mine(cycle.cycleId())).status()).isEqualTo(401);
        assertThat(client().get(byLink(cycle.linkOf(tenant.leader()))).status()).isEqualTo(200);
    }

    private static Map<String, Object> withAnswer(Map<String, Object> body, String itemId, int value) {
        List<Object> answers = new ArrayList<>((List<?>) body.get("answers"));
        answers.add(Map.of("itemId", itemId, "value", value));
        body.put("answers", answers);
        return body;
    }

    @SafeVarargs
    private static Map<String, Object> withComments(Map<String, Object> body, Map<String, ?>... comments) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("comments", List.of(comments));
        return changed;
    }

    private List<String> storedGroups(OpenCycleFixture.OpenCycle of) {
        return TenantContext.callAs(
                of.tenantId(),
                () -> transactions.execute(s -> dsl.select(
                                no.maturo.jooq.Tables.RESPONSE.DEPARTMENT_ID, no.maturo.jooq.Tables.RESPONSE.ROLE_LEVEL)
                        .from(no.maturo.jooq.Tables.RESPONSE)
                        .where(no.maturo.jooq.Tables.RESPONSE.CYCLE_ID.eq(of.cycleId()))
                        .fetch(r -> r.value1() + "/" + r.value2())));
    }
}
