package no.maturo.analytics;

import static no.maturo.jooq.Tables.ANALYTICS_CYCLE_ROLLUP;
import static no.maturo.jooq.Tables.ANALYTICS_DIMENSION_ROLLUP;
import static no.maturo.jooq.Tables.ANALYTICS_GROUP_ROLLUP;
import static no.maturo.jooq.Tables.ANALYTICS_STATEMENT_ROLLUP;
import static no.maturo.jooq.Tables.CYCLE;
import static no.maturo.jooq.Tables.RESPONSE;
import static no.maturo.jooq.Tables.RESPONSE_ANSWER;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.maturo.assessment.ResponseRecorded;
import no.maturo.model.MaturityLevel;
import no.maturo.model.MaturityScores;
import no.maturo.model.MaturityScores.Tally;
import no.maturo.model.ModelCatalog;
import no.maturo.model.ModelVersion;
import no.maturo.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the rollups in step with the responses: each {@link ResponseRecorded} adds its answers in the transaction that
 * stores the response. A cycle without rollups (answered before they existed) is rebuilt from its stored responses
 * once, by whichever comes first, its next response or its first read. The marker row in
 * {@code analytics_cycle_rollup} decides: only the transaction that inserts it rebuilds, and a concurrent one waits
 * on that insert and then adds its own response, which the rebuild could not yet see.
 */
@Component
class Rollups {

    /** One group's answers per statement, and its respondents per level. */
    record GroupRollup(
            String groupKey,
            UUID departmentId,
            String roleLevel,
            int responses,
            Map<MaturityLevel, Integer> levels,
            Map<UUID, Tally> statements) {}

    /**
     * Respondents' own indices of one dimension: how many, their sum and their sum of squares. Adds up over groups.
     */
    record Moments(int n, double sum, double squares) {

        static final Moments EMPTY = new Moments(0, 0, 0);

        static Moments of(double index) {
            return new Moments(1, index, index * index);
        }

        Moments plus(Moments other) {
            return new Moments(n + other.n, sum + other.sum, squares + other.squares);
        }
    }

    private final DSLContext dsl;
    private final ModelCatalog catalog;

    Rollups(DSLContext dsl, ModelCatalog catalog) {
        this.dsl = dsl;
        this.catalog = catalog;
    }

    static String groupKey(UUID departmentId, String roleLevel) {
        return (departmentId == null ? "-" : departmentId.toString()) + "/" + (roleLevel == null ? "-" : roleLevel);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResponseRecorded response) {
        if (markRolledUp(response.cycleId())) {
            rebuild(response.cycleId());
            return;
        }
        ModelVersion version = catalog.version(response.modelVersionId()).orElseThrow();
        Map<UUID, Tally> answers = new HashMap<>();
        response.answers().forEach(a -> answers.merge(a.itemId(), Tally.of(a.value()), Tally::plus));
        add(
                response.cycleId(),
                response.departmentId(),
                response.roleLevel(),
                1,
                levelCounts(level(version, response.answers())),
                answers,
                dimensionMoments(version, response.answers()));
    }

    /** Makes sure the cycle has rollups, rebuilding them from its responses the first time. */
    @Transactional(propagation = Propagation.MANDATORY)
    void ensure(UUID cycleId) {
        if (markRolledUp(cycleId)) {
            rebuild(cycleId);
        }
    }

    /** Every group's rollup of the cycle; the cost depends on groups and statements, not on answers. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<GroupRollup> of(UUID cycleId) {
        Map<String, Map<UUID, Tally>> statements = new HashMap<>();
        dsl.selectFrom(ANALYTICS_STATEMENT_ROLLUP)
                .where(ANALYTICS_STATEMENT_ROLLUP.CYCLE_ID.eq(cycleId))
                .forEach(r -> statements
                        .computeIfAbsent(r.getGroupKey(), k -> new HashMap<>())
                        .put(
                                r.getItemId(),
                                new Tally(
                                        r.getValue_1(),
                                        r.getValue_2(),
                                        r.getValue_3(),
                                        r.getValue_4(),
                                        r.getValue_5(),
                                        r.getDontKnow())));
        return dsl.selectFrom(ANALYTICS_GROUP_ROLLUP)
                .where(ANALYTICS_GROUP_ROLLUP.CYCLE_ID.eq(cycleId))
                .orderBy(ANALYTICS_GROUP_ROLLUP.GROUP_KEY)
                .fetch(r -> new GroupRollup(
                        r.getGroupKey(),
                        r.getDepartmentId(),
                        r.getRoleLevel(),
                        r.getResponses(),
                        Map.of(
                                MaturityLevel.LOW, r.getLevelLow(),
                                MaturityLevel.MEDIUM, r.getLevelMedium(),
                                MaturityLevel.HIGH, r.getLevelHigh()),
                        statements.getOrDefault(r.getGroupKey(), Map.of())));
    }

    private boolean markRolledUp(UUID cycleId) {
        return dsl.insertInto(ANALYTICS_CYCLE_ROLLUP)
                        .set(ANALYTICS_CYCLE_ROLLUP.TENANT_ID, TenantContext.require())
                        .set(ANALYTICS_CYCLE_ROLLUP.CYCLE_ID, cycleId)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    /** Recomputes the cycle's rollups from its stored responses. */
    private void rebuild(UUID cycleId) {
        dsl.deleteFrom(ANALYTICS_GROUP_ROLLUP)
                .where(ANALYTICS_GROUP_ROLLUP.CYCLE_ID.eq(cycleId))
                .execute();
        UUID versionId = dsl.select(CYCLE.MODEL_VERSION_ID)
                .from(CYCLE)
                .where(CYCLE.ID.eq(cycleId))
                .fetchSingle(CYCLE.MODEL_VERSION_ID);
        ModelVersion version = catalog.version(versionId).orElseThrow();
        Map<UUID, List<MaturityScores.Answer>> answersByResponse = dsl.select(
                        RESPONSE_ANSWER.RESPONSE_ID, RESPONSE_ANSWER.ITEM_ID, RESPONSE_ANSWER.VALUE)
                .from(RESPONSE_ANSWER)
                .join(RESPONSE)
                .on(RESPONSE.TENANT_ID.eq(RESPONSE_ANSWER.TENANT_ID), RESPONSE.ID.eq(RESPONSE_ANSWER.RESPONSE_ID))
                .where(RESPONSE.CYCLE_ID.eq(cycleId))
                .fetchGroups(
                        RESPONSE_ANSWER.RESPONSE_ID,
                        r -> new MaturityScores.Answer(
                                r.value2(),
                                r.value3() == null ? null : r.value3().intValue()));
        record Group(UUID departmentId, String roleLevel) {}
        Map<Group, List<List<MaturityScores.Answer>>> byGroup = new LinkedHashMap<>();
        for (Record response : dsl.select(RESPONSE.ID, RESPONSE.DEPARTMENT_ID, RESPONSE.ROLE_LEVEL)
                .from(RESPONSE)
                .where(RESPONSE.CYCLE_ID.eq(cycleId))
                .fetch()) {
            byGroup.computeIfAbsent(
                            new Group(response.get(RESPONSE.DEPARTMENT_ID), response.get(RESPONSE.ROLE_LEVEL)),
                            g -> new ArrayList<>())
                    .add(answersByResponse.getOrDefault(response.get(RESPONSE.ID), List.of()));
        }
        byGroup.forEach((group, responses) -> {
            Map<MaturityLevel, Integer> levels = levelCounts(null);
            Map<UUID, Tally> statements = new HashMap<>();
            Map<String, Moments> dimensions = new HashMap<>();
            for (List<MaturityScores.Answer> answers : responses) {
                dimensionMoments(version, answers).forEach((key, m) -> dimensions.merge(key, m, Moments::plus));
                MaturityLevel level = level(version, answers);
                if (level != null) {
                    levels.merge(level, 1, Integer::sum);
                }
                answers.forEach(a -> statements.merge(a.itemId(), Tally.of(a.value()), Tally::plus));
            }
            add(cycleId, group.departmentId(), group.roleLevel(), responses.size(), levels, statements, dimensions);
        });
    }

    /** The level of one response's overall index; none when it has only "don't know" answers. */
    private static MaturityLevel level(ModelVersion version, List<MaturityScores.Answer> answers) {
        Set<UUID> answered = answers.stream().map(MaturityScores.Answer::itemId).collect(Collectors.toSet());
        Double index = MaturityScores.ofAnswers(version, answered, answers).exactIndex();
        return index == null ? null : version.levelOf(index);
    }

    /** One response's own index per dimension key; dimensions it answered only with "don't know" are left out. */
    private static Map<String, Moments> dimensionMoments(ModelVersion version, List<MaturityScores.Answer> answers) {
        Set<UUID> answered = answers.stream().map(MaturityScores.Answer::itemId).collect(Collectors.toSet());
        Map<String, Moments> moments = new HashMap<>();
        for (MaturityScores.DimensionScore dimension :
                MaturityScores.ofAnswers(version, answered, answers).dimensions()) {
            if (dimension.exactMean() != null) {
                moments.put(dimension.dimension().key(), Moments.of(dimension.exactMean()));
            }
        }
        return moments;
    }

    /** Per group key, the respondents' dimension indices per dimension key. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<String, Map<String, Moments>> dimensionsOf(UUID cycleId) {
        Map<String, Map<String, Moments>> byGroup = new HashMap<>();
        dsl.selectFrom(ANALYTICS_DIMENSION_ROLLUP)
                .where(ANALYTICS_DIMENSION_ROLLUP.CYCLE_ID.eq(cycleId))
                .forEach(r -> byGroup.computeIfAbsent(r.getGroupKey(), k -> new HashMap<>())
                        .put(
                                r.getDimensionKey(),
                                new Moments(r.getRespondents(), r.getIndexSum(), r.getIndexSquares())));
        return byGroup;
    }

    private static Map<MaturityLevel, Integer> levelCounts(MaturityLevel level) {
        Map<MaturityLevel, Integer> counts =
                new HashMap<>(Map.of(MaturityLevel.LOW, 0, MaturityLevel.MEDIUM, 0, MaturityLevel.HIGH, 0));
        if (level != null) {
            counts.put(level, 1);
        }
        return counts;
    }

    /** Adds responses to a group's rollup, creating its rows on first use; concurrent additions add up. */
    private void add(
            UUID cycleId,
            UUID departmentId,
            String roleLevel,
            int responses,
            Map<MaturityLevel, Integer> levels,
            Map<UUID, Tally> statements,
            Map<String, Moments> dimensions) {
        UUID tenantId = TenantContext.require();
        String key = groupKey(departmentId, roleLevel);
        var g = ANALYTICS_GROUP_ROLLUP;
        dsl.insertInto(g)
                .set(g.TENANT_ID, tenantId)
                .set(g.CYCLE_ID, cycleId)
                .set(g.GROUP_KEY, key)
                .set(g.DEPARTMENT_ID, departmentId)
                .set(g.ROLE_LEVEL, roleLevel)
                .set(g.RESPONSES, responses)
                .set(g.LEVEL_LOW, levels.get(MaturityLevel.LOW))
                .set(g.LEVEL_MEDIUM, levels.get(MaturityLevel.MEDIUM))
                .set(g.LEVEL_HIGH, levels.get(MaturityLevel.HIGH))
                .onConflict(g.TENANT_ID, g.CYCLE_ID, g.GROUP_KEY)
                .doUpdate()
                .set(g.RESPONSES, g.RESPONSES.plus(responses))
                .set(g.LEVEL_LOW, g.LEVEL_LOW.plus(levels.get(MaturityLevel.LOW)))
                .set(g.LEVEL_MEDIUM, g.LEVEL_MEDIUM.plus(levels.get(MaturityLevel.MEDIUM)))
                .set(g.LEVEL_HIGH, g.LEVEL_HIGH.plus(levels.get(MaturityLevel.HIGH)))
                .execute();
        var s = ANALYTICS_STATEMENT_ROLLUP;
        statements.forEach((itemId, tally) -> dsl.insertInto(s)
                .set(s.TENANT_ID, tenantId)
                .set(s.CYCLE_ID, cycleId)
                .set(s.GROUP_KEY, key)
                .set(s.ITEM_ID, itemId)
                .set(s.DEPARTMENT_ID, departmentId)
                .set(s.ROLE_LEVEL, roleLevel)
                .set(s.VALUE_1, tally.ones())
                .set(s.VALUE_2, tally.twos())
                .set(s.VALUE_3, tally.threes())
                .set(s.VALUE_4, tally.fours())
                .set(s.VALUE_5, tally.fives())
                .set(s.DONT_KNOW, tally.dontKnow())
                .onConflict(s.TENANT_ID, s.CYCLE_ID, s.GROUP_KEY, s.ITEM_ID)
                .doUpdate()
                .set(s.VALUE_1, s.VALUE_1.plus(tally.ones()))
                .set(s.VALUE_2, s.VALUE_2.plus(tally.twos()))
                .set(s.VALUE_3, s.VALUE_3.plus(tally.threes()))
                .set(s.VALUE_4, s.VALUE_4.plus(tally.fours()))
                .set(s.VALUE_5, s.VALUE_5.plus(tally.fives()))
                .set(s.DONT_KNOW, s.DONT_KNOW.plus(tally.dontKnow()))
                .execute());
        var d = ANALYTICS_DIMENSION_ROLLUP;
        dimensions.forEach((dimensionKey, m) -> dsl.insertInto(d)
                .set(d.TENANT_ID, tenantId)
                .set(d.CYCLE_ID, cycleId)
                .set(d.GROUP_KEY, key)
                .set(d.DIMENSION_KEY, dimensionKey)
                .set(d.RESPONDENTS, m.n())
                .set(d.INDEX_SUM, m.sum())
                .set(d.INDEX_SQUARES, m.squares())
                .onConflict(d.TENANT_ID, d.CYCLE_ID, d.GROUP_KEY, d.DIMENSION_KEY)
                .doUpdate()
                .set(d.RESPONDENTS, d.RESPONDENTS.plus(m.n()))
                .set(d.INDEX_SUM, d.INDEX_SUM.plus(m.sum()))
                .set(d.INDEX_SQUARES, d.INDEX_SQUARES.plus(m.squares()))
                .execute());
    }
}
