package no.maturo.assessment;

import static no.maturo.jooq.Tables.CYCLE_PARTICIPANT;
import static no.maturo.jooq.Tables.RESPONSE;
import static no.maturo.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import no.maturo.jooq.tables.records.CycleParticipantRecord;
import no.maturo.jooq.tables.records.ResponseRecord;
import no.maturo.tenancy.TenantContext;
import no.maturo.testsupport.TestDatabase;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Inspects what is stored: a response holds nothing that leads back to the person, participation nothing of the answers. */
class SurveyAnonymityTest extends SurveyTestSupport {

    private static final String COLUMNS = """
            SELECT column_name || ':' || data_type FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position
            """;

    @Test
    void responseTablesHaveNoPersonNoTimeAndNoOrderAndParticipationNoAnswers() throws Exception {
        try (Connection connection = TestDatabase.superuserConnection()) {
            var sql = DSL.using(connection, SQLDialect.POSTGRES);
            assertThat(sql.fetch(COLUMNS, "response").getValues(0, String.class))
                    .containsExactly(
                            "tenant_id:uuid",
                            "id:uuid",
                            "cycle_id:uuid",
                            "cycle_date:date",
                            "department_id:uuid",
                            "role_level:text");
            assertThat(sql.fetch(COLUMNS, "response_answer").getValues(0, String.class))
                    .containsExactly("tenant_id:uuid", "response_id:uuid", "item_id:uuid", "value:smallint");
            assertThat(sql.fetch(COLUMNS, "response_comment").getValues(0, String.class))
                    .containsExactly("tenant_id:uuid", "response_id:uuid", "dimension_id:uuid", "body:text");
            assertThat(sql.fetch(COLUMNS, "cycle_participant").getValues(0, String.class))
                    .noneMatch(column -> column.contains("response") || column.contains("value"));
            // No sequence or default that could order responses by arrival.
            assertThat(sql.fetchValue("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'"
                            + " AND table_name IN ('response', 'response_answer', 'response_comment')"
                            + " AND column_default IS NOT NULL"))
                    .isEqualTo(0L);
        }
    }

    @Test
    void aStoredResponseCarriesARandomIdTheCycleDateAndTheSnapshotGroupOnly() {
        TestTenant tenant = newTenant("anonymity");
        OpenCycleFixture.OpenCycle cycle = openCycle(tenant, OpenCycleFixture.Spec.standard());
        // The person moves department after the cycle opened: the response keeps the snapshot.
        UUID snapshotDepartment = TenantContext.callAs(
                tenant.id(),
                () -> transactions.execute(s -> {
                    UUID before = dsl.select(USER_ACCOUNT.DEPARTMENT_ID)
                            .from(USER_ACCOUNT)
                            .where(USER_ACCOUNT.EMAIL.eq(tenant.employee()))
                            .fetchSingle(USER_ACCOUNT.DEPARTMENT_ID);
                    dsl.update(USER_ACCOUNT)
                            .setNull(USER_ACCOUNT.DEPARTMENT_ID)
                            .set(USER_ACCOUNT.ROLE_LEVEL, "TOP_MANAGEMENT")
                            .where(USER_ACCOUNT.EMAIL.eq(tenant.employee()))
                            .execute();
                    return before;
                }));
        UUID key = UUID.randomUUID();
        var client = client();
        JsonNode survey = client.get(byLink(cycle.linkOf(tenant.employee()))).json();
        var receipt = client.post(byLink(cycle.linkOf(tenant.employee())) + RESPONSES, submission(key, survey, i -> 4));
        assertThat(receipt.status()).isEqualTo(201);

        List<ResponseRecord> responses = TenantContext.callAs(
                tenant.id(),
                () -> transactions.execute(s -> dsl.selectFrom(RESPONSE)
                        .where(RESPONSE.CYCLE_ID.eq(cycle.cycleId()))
                        .fetch()));
        assertThat(responses).hasSize(1);
        ResponseRecord response = responses.get(0);
        assertThat(response.getId()).isNotIn(cycle.participants().values());
        assertThat(response.getId().version()).as("a random (version 4) UUID").isEqualTo(4);
        assertThat(response.getCycleDate()).isEqualTo(cycle.openedOn()).isNotEqualTo(java.time.LocalDate.now());
        assertThat(response.getDepartmentId()).isEqualTo(snapshotDepartment);
        assertThat(response.getRoleLevel()).isEqualTo("FRONTLINE");
        assertThat(receipt.text()).doesNotContain(response.getId().toString());

        CycleParticipantRecord participation = TenantContext.callAs(
                tenant.id(),
                () -> transactions.execute(s -> dsl.selectFrom(CYCLE_PARTICIPANT)
                        .where(CYCLE_PARTICIPANT.CYCLE_ID.eq(cycle.cycleId()))
                        .and(CYCLE_PARTICIPANT.USER_ID.eq(cycle.participant(tenant.employee())))
                        .fetchSingle()));
        assertThat(participation.getAnswered()).isTrue();
        // Only a hash of the client's key, which the response does not carry either.
        assertThat(participation.getSubmissionKeyHash()).isEqualTo(SurveyLinkToken.sha256(key.toString()));
        assertThat(participation.intoMap().values().stream().map(String::valueOf))
                .noneMatch(value -> value.contains(response.getId().toString()));
    }
}
