package no.maturo.assessment;

import static no.maturo.jooq.Tables.ANSWER_LINK;
import static no.maturo.jooq.Tables.CUSTOMER_LINK;
import static no.maturo.jooq.Tables.CYCLE;
import static no.maturo.jooq.Tables.CYCLE_ITEM;
import static no.maturo.jooq.Tables.CYCLE_PARTICIPANT;
import static no.maturo.jooq.Tables.RESPONSE;
import static no.maturo.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.count;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.maturo.identity.RoleLevel;
import no.maturo.jooq.tables.records.CycleRecord;
import no.maturo.tenancy.TenantContext;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Cycles, their statements, participation and links. Row-level security scopes every query; the tenant conditions
 * are there for the plan.
 */
@Repository
class CycleRepository {

    /** Participation totals of one cycle; never who. */
    record Participation(int participants, int invited, int answered, int customerLinks, int customerAnswers) {
        static final Participation NONE = new Participation(0, 0, 0, 0, 0);
    }

    /** A participant who gets a mail: an invitation or a reminder. */
    record Recipient(UUID userId, String email, String displayName, String locale) {}

    private final DSLContext dsl;

    CycleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static UUID tenant() {
        return TenantContext.require();
    }

    void insert(Cycle cycle) {
        dsl.insertInto(CYCLE)
                .set(CYCLE.TENANT_ID, tenant())
                .set(CYCLE.ID, cycle.id())
                .set(CYCLE.STATUS, cycle.status().name())
                .set(CYCLE.SERIES_ID, cycle.seriesId())
                .set(CYCLE.SERIES_NUMBER, cycle.seriesNumber())
                .set(planFields(cycle.plan()))
                .execute();
    }

    void updatePlan(UUID id, Cycle.Plan plan) {
        dsl.update(CYCLE)
                .set(planFields(plan))
                .where(CYCLE.TENANT_ID.eq(tenant()), CYCLE.ID.eq(id))
                .execute();
    }

    private static Map<org.jooq.Field<?>, Object> planFields(Cycle.Plan plan) {
        Map<org.jooq.Field<?>, Object> fields = new HashMap<>();
        fields.put(CYCLE.NAME, plan.name());
        fields.put(CYCLE.KIND, plan.kind().name());
        fields.put(CYCLE.MODEL_VERSION_ID, plan.modelVersionId());
        fields.put(CYCLE.OPENS_AT, plan.opensAt());
        fields.put(CYCLE.CLOSES_AT, plan.closesAt());
        fields.put(CYCLE.RECURRENCE, plan.recurrence().name());
        fields.put(CYCLE.PULSE_ROTATION, plan.pulseRotation());
        fields.put(CYCLE.AUDIENCE_DEPARTMENT_ID, plan.audienceDepartmentId());
        fields.put(
                CYCLE.AUDIENCE_ROLE_LEVELS,
                plan.audienceRoleLevels() == null
                        ? null
                        : plan.audienceRoleLevels().stream().map(Enum::name).toArray(String[]::new));
        fields.put(CYCLE.REMINDER_INTERVAL_DAYS, plan.reminderIntervalDays());
        fields.put(CYCLE.OUTSIDE_IN, plan.outsideIn());
        return fields;
    }

    Optional<Cycle> find(UUID id) {
        return dsl.selectFrom(CYCLE)
                .where(CYCLE.TENANT_ID.eq(tenant()), CYCLE.ID.eq(id))
                .fetchOptional(CycleRepository::toCycle);
    }

    /** The cycle, locked against a parallel change of its status until the transaction ends. */
    Optional<Cycle> lock(UUID id) {
        return dsl.selectFrom(CYCLE)
                .where(CYCLE.TENANT_ID.eq(tenant()), CYCLE.ID.eq(id))
                .forUpdate()
                .fetchOptional(CycleRepository::toCycle);
    }

    List<Cycle> list() {
        return dsl.selectFrom(CYCLE)
                .where(CYCLE.TENANT_ID.eq(tenant()))
                .orderBy(CYCLE.OPENS_AT.desc(), CYCLE.ID)
                .fetch(CycleRepository::toCycle);
    }

    boolean seriesNumberTaken(UUID seriesId, int seriesNumber) {
        return dsl.fetchExists(
                CYCLE,
                CYCLE.TENANT_ID.eq(tenant()),
                CYCLE.SERIES_ID.eq(seriesId),
                CYCLE.SERIES_NUMBER.eq(seriesNumber));
    }

    void delete(UUID id) {
        dsl.deleteFrom(CYCLE)
                .where(CYCLE.TENANT_ID.eq(tenant()), CYCLE.ID.eq(id))
                .execute();
    }

    void changeStatus(UUID id, Cycle.Status status) {
        dsl.update(CYCLE)
                .set(CYCLE.STATUS, status.name())
                .where(CYCLE.TENANT_ID.eq(tenant()), CYCLE.ID.eq(id))
                .execute();
    }

    void markOpened(UUID id, OffsetDateTime opensAt, OffsetDateTime openedAt, int anonymityThreshold) {
        dsl.update(CYCLE)
                .set(CYCLE.STATUS, Cycle.Status.OPEN.name())
                .set(CYCLE.OPENS_AT, opensAt)
                .set(CYCLE.OPENED_AT, openedAt)
                .set(CYCLE.ANONYMITY_THRESHOLD, anonymityThreshold)
                .where(CYCLE.TENANT_ID.eq(tenant()), CYCLE.ID.eq(id))
                .execute();
    }

    void markClosed(UUID id, OffsetDateTime closedAt) {
        dsl.update(CYCLE)
                .set(CYCLE.STATUS, Cycle.Status.CLOSED.name())
                .set(CYCLE.CLOSED_AT, closedAt)
                .where(CYCLE.TENANT_ID.eq(tenant()), CYCLE.ID.eq(id))
                .execute();
    }

    /**
     * Moves a closed cycle, and its responses' cycle date, back in time. Only for {@link DemoSurveySeeder}: the demo
     * needs earlier quarters to show trends, while the ordinary services rightly refuse opening dates in the past,
     * so the demo creates, opens, answers and closes those cycles through the services today and then dates them
     * back here. Nothing else may rewrite a cycle's history.
     */
    void backdateForDemo(UUID cycleId, OffsetDateTime opensAt, OffsetDateTime closesAt) {
        dsl.update(CYCLE)
                .set(CYCLE.OPENS_AT, opensAt)
                .set(CYCLE.OPENED_AT, opensAt)
                .set(CYCLE.CLOSES_AT, closesAt)
                .set(CYCLE.CLOSED_AT, closesAt)
                .where(CYCLE.TENANT_ID.eq(tenant()), CYCLE.ID.eq(cycleId), CYCLE.STATUS.eq(Cycle.Status.CLOSED.name()))
                .execute();
        dsl.update(RESPONSE)
                .set(RESPONSE.CYCLE_DATE, opensAt.toLocalDate())
                .where(RESPONSE.TENANT_ID.eq(tenant()), RESPONSE.CYCLE_ID.eq(cycleId))
                .execute();
    }

    void replaceItems(UUID cycleId, List<UUID> itemIds) {
        dsl.deleteFrom(CYCLE_ITEM)
                .where(CYCLE_ITEM.TENANT_ID.eq(tenant()), CYCLE_ITEM.CYCLE_ID.eq(cycleId))
                .execute();
        var insert = dsl.insertInto(
                CYCLE_ITEM, CYCLE_ITEM.TENANT_ID, CYCLE_ITEM.CYCLE_ID, CYCLE_ITEM.ITEM_ID, CYCLE_ITEM.POSITION);
        for (int position = 0; position < itemIds.size(); position++) {
            insert = insert.values(tenant(), cycleId, itemIds.get(position), position);
        }
        if (!itemIds.isEmpty()) {
            insert.execute();
        }
    }

    /** The statements the cycle asks, in the order they are asked. */
    List<UUID> items(UUID cycleId) {
        return dsl.select(CYCLE_ITEM.ITEM_ID)
                .from(CYCLE_ITEM)
                .where(CYCLE_ITEM.TENANT_ID.eq(tenant()), CYCLE_ITEM.CYCLE_ID.eq(cycleId))
                .orderBy(CYCLE_ITEM.POSITION)
                .fetch(CYCLE_ITEM.ITEM_ID);
    }

    /**
     * Snapshots the audience: active people in the given departments (null: everyone) with one of the given role
     * levels (null: every level, and people without one). Copies their department and role level.
     */
    int snapshotParticipants(UUID cycleId, Collection<UUID> departmentIds, List<RoleLevel> roleLevels) {
        Condition audience = USER_ACCOUNT.TENANT_ID.eq(tenant()).and(USER_ACCOUNT.ACTIVE.isTrue());
        if (departmentIds != null) {
            audience = audience.and(USER_ACCOUNT.DEPARTMENT_ID.in(departmentIds));
        }
        if (roleLevels != null) {
            audience = audience.and(USER_ACCOUNT.ROLE_LEVEL.in(
                    roleLevels.stream().map(Enum::name).toList()));
        }
        return dsl.insertInto(
                        CYCLE_PARTICIPANT,
                        CYCLE_PARTICIPANT.TENANT_ID,
                        CYCLE_PARTICIPANT.CYCLE_ID,
                        CYCLE_PARTICIPANT.USER_ID,
                        CYCLE_PARTICIPANT.DEPARTMENT_ID,
                        CYCLE_PARTICIPANT.ROLE_LEVEL)
                .select(dsl.select(
                                USER_ACCOUNT.TENANT_ID,
                                DSL.val(cycleId),
                                USER_ACCOUNT.ID,
                                USER_ACCOUNT.DEPARTMENT_ID,
                                USER_ACCOUNT.ROLE_LEVEL)
                        .from(USER_ACCOUNT)
                        .where(audience))
                .onConflictDoNothing()
                .execute();
    }

    record ParticipantLevel(UUID userId, RoleLevel roleLevel) {}

    /** Every participant with the role level of their snapshot (null when they had none). */
    List<ParticipantLevel> participantLevels(UUID cycleId) {
        return dsl.select(CYCLE_PARTICIPANT.USER_ID, CYCLE_PARTICIPANT.ROLE_LEVEL)
                .from(CYCLE_PARTICIPANT)
                .where(CYCLE_PARTICIPANT.CYCLE_ID.eq(cycleId))
                .orderBy(CYCLE_PARTICIPANT.USER_ID)
                .fetch(r ->
                        new ParticipantLevel(r.value1(), r.value2() == null ? null : RoleLevel.valueOf(r.value2())));
    }

    /** Participants not invited yet, with what their mail needs. */
    List<Recipient> notInvited(UUID cycleId) {
        return recipients(cycleId, CYCLE_PARTICIPANT.INVITED_AT.isNull());
    }

    /** Participants who were invited, have not answered and have had fewer than {@code round} reminders. */
    List<Recipient> toRemind(UUID cycleId, int round) {
        return recipients(
                cycleId,
                CYCLE_PARTICIPANT
                        .INVITED_AT
                        .isNotNull()
                        .and(CYCLE_PARTICIPANT.ANSWERED.isFalse())
                        .and(CYCLE_PARTICIPANT.REMINDERS_SENT.lt(round)));
    }

    private List<Recipient> recipients(UUID cycleId, Condition which) {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.EMAIL, USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.LOCALE)
                .from(CYCLE_PARTICIPANT)
                .join(USER_ACCOUNT)
                .on(
                        USER_ACCOUNT.TENANT_ID.eq(CYCLE_PARTICIPANT.TENANT_ID),
                        USER_ACCOUNT.ID.eq(CYCLE_PARTICIPANT.USER_ID))
                .where(CYCLE_PARTICIPANT.TENANT_ID.eq(tenant()), CYCLE_PARTICIPANT.CYCLE_ID.eq(cycleId))
                .and(which)
                .orderBy(USER_ACCOUNT.ID)
                .fetch(r -> new Recipient(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Locks the participant's row and tells whether the mail of this step is still due. */
    boolean lockIfInvitationDue(UUID cycleId, UUID userId) {
        return dsl.selectOne()
                .from(CYCLE_PARTICIPANT)
                .where(
                        CYCLE_PARTICIPANT.TENANT_ID.eq(tenant()),
                        CYCLE_PARTICIPANT.CYCLE_ID.eq(cycleId),
                        CYCLE_PARTICIPANT.USER_ID.eq(userId),
                        CYCLE_PARTICIPANT.INVITED_AT.isNull())
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }

    boolean lockIfReminderDue(UUID cycleId, UUID userId, int round) {
        return dsl.selectOne()
                .from(CYCLE_PARTICIPANT)
                .where(
                        CYCLE_PARTICIPANT.TENANT_ID.eq(tenant()),
                        CYCLE_PARTICIPANT.CYCLE_ID.eq(cycleId),
                        CYCLE_PARTICIPANT.USER_ID.eq(userId),
                        CYCLE_PARTICIPANT.ANSWERED.isFalse(),
                        CYCLE_PARTICIPANT.REMINDERS_SENT.lt(round))
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }

    void markInvited(UUID cycleId, UUID userId, OffsetDateTime at) {
        dsl.update(CYCLE_PARTICIPANT)
                .set(CYCLE_PARTICIPANT.INVITED_AT, at)
                .where(
                        CYCLE_PARTICIPANT.TENANT_ID.eq(tenant()),
                        CYCLE_PARTICIPANT.CYCLE_ID.eq(cycleId),
                        CYCLE_PARTICIPANT.USER_ID.eq(userId))
                .execute();
    }

    void markReminded(UUID cycleId, UUID userId, int round, OffsetDateTime at) {
        dsl.update(CYCLE_PARTICIPANT)
                .set(CYCLE_PARTICIPANT.REMINDERS_SENT, round)
                .set(CYCLE_PARTICIPANT.LAST_REMINDED_AT, at)
                .where(
                        CYCLE_PARTICIPANT.TENANT_ID.eq(tenant()),
                        CYCLE_PARTICIPANT.CYCLE_ID.eq(cycleId),
                        CYCLE_PARTICIPANT.USER_ID.eq(userId))
                .execute();
    }

    void insertAnswerLink(byte[] tokenHash, UUID cycleId, UUID userId) {
        dsl.insertInto(ANSWER_LINK)
                .set(ANSWER_LINK.TENANT_ID, tenant())
                .set(ANSWER_LINK.TOKEN_HASH, tokenHash)
                .set(ANSWER_LINK.CYCLE_ID, cycleId)
                .set(ANSWER_LINK.USER_ID, userId)
                .execute();
    }

    void insertCustomerLink(UUID cycleId, byte[] tokenHash, String label) {
        dsl.insertInto(CUSTOMER_LINK)
                .set(CUSTOMER_LINK.TENANT_ID, tenant())
                .set(CUSTOMER_LINK.ID, UUID.randomUUID())
                .set(CUSTOMER_LINK.CYCLE_ID, cycleId)
                .set(CUSTOMER_LINK.TOKEN_HASH, tokenHash)
                .set(CUSTOMER_LINK.LABEL, label)
                .execute();
    }

    /** Participation totals by cycle; cycles without any are absent. */
    Map<UUID, Participation> participation(Collection<UUID> cycleIds) {
        Map<UUID, Participation> result = new HashMap<>();
        dsl.select(
                        CYCLE_PARTICIPANT.CYCLE_ID,
                        count(),
                        count().filterWhere(CYCLE_PARTICIPANT.INVITED_AT.isNotNull()),
                        count().filterWhere(CYCLE_PARTICIPANT.ANSWERED.isTrue()))
                .from(CYCLE_PARTICIPANT)
                .where(CYCLE_PARTICIPANT.TENANT_ID.eq(tenant()), CYCLE_PARTICIPANT.CYCLE_ID.in(cycleIds))
                .groupBy(CYCLE_PARTICIPANT.CYCLE_ID)
                .fetch()
                .forEach(r -> result.put(r.value1(), new Participation(r.value2(), r.value3(), r.value4(), 0, 0)));
        dsl.select(CUSTOMER_LINK.CYCLE_ID, count(), count().filterWhere(CUSTOMER_LINK.ANSWERED.isTrue()))
                .from(CUSTOMER_LINK)
                .where(CUSTOMER_LINK.TENANT_ID.eq(tenant()), CUSTOMER_LINK.CYCLE_ID.in(cycleIds))
                .groupBy(CUSTOMER_LINK.CYCLE_ID)
                .fetch()
                .forEach(r -> {
                    Participation p = result.getOrDefault(r.value1(), Participation.NONE);
                    result.put(
                            r.value1(),
                            new Participation(p.participants(), p.invited(), p.answered(), r.value2(), r.value3()));
                });
        return result;
    }

    private static Cycle toCycle(CycleRecord r) {
        return new Cycle(
                r.getId(),
                r.getName(),
                Cycle.Kind.valueOf(r.getKind()),
                r.getModelVersionId(),
                Cycle.Status.valueOf(r.getStatus()),
                r.getOpensAt(),
                r.getClosesAt(),
                Cycle.Recurrence.valueOf(r.getRecurrence()),
                r.getSeriesId(),
                r.getSeriesNumber(),
                r.getPulseRotation(),
                r.getAudienceDepartmentId(),
                r.getAudienceRoleLevels() == null
                        ? null
                        : Arrays.stream(r.getAudienceRoleLevels())
                                .map(RoleLevel::valueOf)
                                .toList(),
                r.getReminderIntervalDays(),
                r.getOutsideIn(),
                r.getAnonymityThreshold(),
                r.getCreatedAt(),
                r.getOpenedAt(),
                r.getClosedAt());
    }
}
