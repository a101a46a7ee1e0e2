package no.maturo.assessment;

import static no.maturo.jooq.Tables.ANSWER_LINK;
import static no.maturo.jooq.Tables.CUSTOMER_LINK;
import static no.maturo.jooq.Tables.CYCLE;
import static no.maturo.jooq.Tables.CYCLE_ITEM;
import static no.maturo.jooq.Tables.CYCLE_PARTICIPANT;
import static no.maturo.jooq.Tables.RESPONSE;
import static no.maturo.jooq.Tables.RESPONSE_ANSWER;
import static no.maturo.jooq.Tables.RESPONSE_COMMENT;
import static no.maturo.jooq.Tables.USER_ACCOUNT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.maturo.jooq.tables.records.CycleRecord;
import no.maturo.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads cycles and participation and writes anonymous responses for the answering side. Row-level security scopes
 * every query to the bound tenant. Participation and responses are written in one transaction but never refer to
 * each other.
 */
@Repository
class SurveyRepository {

    enum CycleStatus {
        DRAFT,
        SCHEDULED,
        OPEN,
        CLOSED
    }

    record CycleRow(
            UUID id,
            String name,
            String kind,
            UUID modelVersionId,
            CycleStatus status,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            OffsetDateTime openedAt,
            Integer anonymityThreshold) {}

    /** A participant's row: the snapshot copied onto their response, and whether (and with which key) they answered. */
    record ParticipantRow(
            UUID cycleId,
            UUID userId,
            UUID departmentId,
            String roleLevel,
            String accountLocale,
            boolean answered,
            byte[] submissionKeyHash) {}

    record CustomerLinkRow(UUID id, UUID cycleId, boolean answered, byte[] submissionKeyHash) {}

    record NewAnswer(UUID itemId, Integer value) {}

    record NewComment(UUID dimensionId, String body) {}

    record Participation(int invited, int answered) {}

    /** One stored answer and whether a customer gave it. */
    record StoredAnswer(boolean customer, UUID itemId, Integer value) {}

    private final DSLContext dsl;

    SurveyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<CycleRow> cycle(UUID cycleId) {
        return dsl.selectFrom(CYCLE).where(CYCLE.ID.eq(cycleId)).fetchOptional(SurveyRepository::toCycle);
    }

    /** The statements the cycle asks, in the order it asks them. */
    List<UUID> cycleItemIds(UUID cycleId) {
        return dsl.select(CYCLE_ITEM.ITEM_ID)
                .from(CYCLE_ITEM)
                .where(CYCLE_ITEM.CYCLE_ID.eq(cycleId))
                .orderBy(CYCLE_ITEM.POSITION, CYCLE_ITEM.ITEM_ID)
                .fetch(CYCLE_ITEM.ITEM_ID);
    }

    /** The participant an answer link belongs to (every link of theirs resolves, also after they answered). */
    Optional<ParticipantRow> participantByLink(byte[] tokenHash) {
        return participantQuery(DSL.exists(DSL.selectOne()
                        .from(ANSWER_LINK)
                        .where(ANSWER_LINK.TOKEN_HASH.eq(tokenHash))
                        .and(ANSWER_LINK.CYCLE_ID.eq(CYCLE_PARTICIPANT.CYCLE_ID))
                        .and(ANSWER_LINK.USER_ID.eq(CYCLE_PARTICIPANT.USER_ID))))
                .fetchOptional(SurveyRepository::toParticipant);
    }

    Optional<ParticipantRow> participant(UUID cycleId, UUID userId) {
        return participantQuery(CYCLE_PARTICIPANT.CYCLE_ID.eq(cycleId).and(CYCLE_PARTICIPANT.USER_ID.eq(userId)))
                .fetchOptional(SurveyRepository::toParticipant);
    }

    /** Locks the participant's row until the transaction ends: concurrent submissions of one person queue here. */
    Optional<ParticipantRow> lockParticipant(UUID cycleId, UUID userId) {
        return participantQuery(CYCLE_PARTICIPANT.CYCLE_ID.eq(cycleId).and(CYCLE_PARTICIPANT.USER_ID.eq(userId)))
                .forUpdate()
                .of(CYCLE_PARTICIPANT)
                .fetchOptional(SurveyRepository::toParticipant);
    }

    private org.jooq.SelectConditionStep<Record> participantQuery(org.jooq.Condition which) {
        // The person's chosen language is read from their account (the identity module's table) for the survey only.
        return dsl.select(CYCLE_PARTICIPANT.fields())
                .select(USER_ACCOUNT.LOCALE)
                .from(CYCLE_PARTICIPANT)
                .join(USER_ACCOUNT)
                .on(USER_ACCOUNT.TENANT_ID.eq(CYCLE_PARTICIPANT.TENANT_ID))
                .and(USER_ACCOUNT.ID.eq(CYCLE_PARTICIPANT.USER_ID))
                .where(which);
    }

    Optional<CustomerLinkRow> customerLink(byte[] tokenHash, boolean lock) {
        var query = dsl.selectFrom(CUSTOMER_LINK).where(CUSTOMER_LINK.TOKEN_HASH.eq(tokenHash));
        return (lock ? query.forUpdate() : query)
                .fetchOptional(
                        r -> new CustomerLinkRow(r.getId(), r.getCycleId(), r.getAnswered(), r.getSubmissionKeyHash()));
    }

    /** Open cycles the person takes part in and has not answered yet, closing soonest first. */
    List<CycleRow> openUnansweredCyclesOf(UUID userId, OffsetDateTime now) {
        return dsl.select(CYCLE.fields())
                .from(CYCLE)
                .join(CYCLE_PARTICIPANT)
                .on(CYCLE_PARTICIPANT.TENANT_ID.eq(CYCLE.TENANT_ID))
                .and(CYCLE_PARTICIPANT.CYCLE_ID.eq(CYCLE.ID))
                .where(CYCLE_PARTICIPANT.USER_ID.eq(userId))
                .and(CYCLE_PARTICIPANT.ANSWERED.isFalse())
                .and(CYCLE.STATUS.eq(CycleStatus.OPEN.name()))
                .and(CYCLE.CLOSES_AT.gt(now))
                .orderBy(CYCLE.CLOSES_AT, CYCLE.NAME)
                .fetch(r -> toCycle(r.into(CYCLE)));
    }

    /**
     * Stores one anonymous response: a random id, the cycle's date and the snapshot's group, nothing else. The caller
     * marks the participation in the same transaction.
     */
    void insertResponse(
            UUID cycleId,
            LocalDate cycleDate,
            UUID departmentId,
            String roleLevel,
            List<NewAnswer> answers,
            List<NewComment> comments) {
        UUID tenantId = TenantContext.require();
        UUID responseId = UUID.randomUUID();
        dsl.insertInto(RESPONSE)
                .set(RESPONSE.TENANT_ID, tenantId)
                .set(RESPONSE.ID, responseId)
                .set(RESPONSE.CYCLE_ID, cycleId)
                .set(RESPONSE.CYCLE_DATE, cycleDate)
                .set(RESPONSE.DEPARTMENT_ID, departmentId)
                .set(RESPONSE.ROLE_LEVEL, roleLevel)
                .execute();
        var insertAnswers = dsl.insertInto(
                RESPONSE_ANSWER,
                RESPONSE_ANSWER.TENANT_ID,
                RESPONSE_ANSWER.RESPONSE_ID,
                RESPONSE_ANSWER.ITEM_ID,
                RESPONSE_ANSWER.VALUE);
        for (NewAnswer answer : answers) {
            insertAnswers = insertAnswers.values(
                    tenantId,
                    responseId,
                    answer.itemId(),
                    answer.value() == null ? null : answer.value().shortValue());
        }
        if (!answers.isEmpty()) {
            insertAnswers.execute();
        }
        var insertComments = dsl.insertInto(
                RESPONSE_COMMENT,
                RESPONSE_COMMENT.TENANT_ID,
                RESPONSE_COMMENT.RESPONSE_ID,
                RESPONSE_COMMENT.DIMENSION_ID,
                RESPONSE_COMMENT.BODY);
        for (NewComment comment : comments) {
            insertComments = insertComments.values(tenantId, responseId, comment.dimensionId(), comment.body());
        }
        if (!comments.isEmpty()) {
            insertComments.execute();
        }
    }

    void markParticipantAnswered(UUID cycleId, UUID userId, byte[] submissionKeyHash) {
        dsl.update(CYCLE_PARTICIPANT)
                .set(CYCLE_PARTICIPANT.ANSWERED, true)
                .set(CYCLE_PARTICIPANT.SUBMISSION_KEY_HASH, submissionKeyHash)
                .where(CYCLE_PARTICIPANT.CYCLE_ID.eq(cycleId))
                .and(CYCLE_PARTICIPANT.USER_ID.eq(userId))
                .execute();
    }

    void markCustomerLinkAnswered(UUID linkId, byte[] submissionKeyHash) {
        dsl.update(CUSTOMER_LINK)
                .set(CUSTOMER_LINK.ANSWERED, true)
                .set(CUSTOMER_LINK.SUBMISSION_KEY_HASH, submissionKeyHash)
                .where(CUSTOMER_LINK.ID.eq(linkId))
                .execute();
    }

    Participation participation(UUID cycleId) {
        return dsl.select(DSL.count(), DSL.count().filterWhere(CYCLE_PARTICIPANT.ANSWERED.isTrue()))
                .from(CYCLE_PARTICIPANT)
                .where(CYCLE_PARTICIPANT.CYCLE_ID.eq(cycleId))
                .fetchSingle(r -> new Participation(r.value1(), r.value2()));
    }

    /** Response counts of the cycle: employees and customers. */
    int responseCount(UUID cycleId, boolean customers) {
        return dsl.fetchCount(RESPONSE, RESPONSE.CYCLE_ID.eq(cycleId).and(customerCondition(customers)));
    }

    List<StoredAnswer> answers(UUID cycleId) {
        return dsl.select(RESPONSE.ROLE_LEVEL, RESPONSE_ANSWER.ITEM_ID, RESPONSE_ANSWER.VALUE)
                .from(RESPONSE)
                .join(RESPONSE_ANSWER)
                .on(RESPONSE_ANSWER.TENANT_ID.eq(RESPONSE.TENANT_ID))
                .and(RESPONSE_ANSWER.RESPONSE_ID.eq(RESPONSE.ID))
                .where(RESPONSE.CYCLE_ID.eq(cycleId))
                .fetch(r -> new StoredAnswer(
                        CUSTOMER.equals(r.value1()),
                        r.value2(),
                        r.value3() == null ? null : r.value3().intValue()));
    }

    static final String CUSTOMER = "CUSTOMER";

    private static org.jooq.Condition customerCondition(boolean customers) {
        return customers
                ? RESPONSE.ROLE_LEVEL.eq(CUSTOMER)
                : RESPONSE.ROLE_LEVEL.isNull().or(RESPONSE.ROLE_LEVEL.ne(CUSTOMER));
    }

    private static CycleRow toCycle(CycleRecord r) {
        return new CycleRow(
                r.getId(),
                r.getName(),
                r.getKind(),
                r.getModelVersionId(),
                CycleStatus.valueOf(r.getStatus()),
                r.getOpensAt(),
                r.getClosesAt(),
                r.getOpenedAt(),
                r.getAnonymityThreshold());
    }

    private static ParticipantRow toParticipant(Record r) {
        return new ParticipantRow(
                r.get(CYCLE_PARTICIPANT.CYCLE_ID),
                r.get(CYCLE_PARTICIPANT.USER_ID),
                r.get(CYCLE_PARTICIPANT.DEPARTMENT_ID),
                r.get(CYCLE_PARTICIPANT.ROLE_LEVEL),
                r.get(USER_ACCOUNT.LOCALE),
                r.get(CYCLE_PARTICIPANT.ANSWERED),
                r.get(CYCLE_PARTICIPANT.SUBMISSION_KEY_HASH));
    }
}
