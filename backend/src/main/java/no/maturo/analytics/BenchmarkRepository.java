package no.maturo.analytics;

import static no.maturo.jooq.Tables.BENCHMARK_FIGURE;
import static no.maturo.jooq.Tables.BENCHMARK_SET;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.maturo.jooq.tables.records.BenchmarkSetRecord;
import no.maturo.model.MaturityLevel;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Reads and writes benchmark sets; platform tables without tenant_id or row-level security. */
@Repository
class BenchmarkRepository {

    record NewSet(String key, String name, String source, int year, String description) {}

    private final DSLContext dsl;

    BenchmarkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every set with its figures: built-in sets first, then the newest year first. */
    List<BenchmarkSet> sets() {
        List<BenchmarkSetRecord> sets = dsl.selectFrom(BENCHMARK_SET)
                .orderBy(BENCHMARK_SET.BUILT_IN.desc(), BENCHMARK_SET.YEAR.desc(), BENCHMARK_SET.NAME)
                .fetch();
        Map<UUID, List<BenchmarkSet.Figure>> figures = new LinkedHashMap<>();
        dsl.selectFrom(BENCHMARK_FIGURE)
                .orderBy(BENCHMARK_FIGURE.SET_ID, BENCHMARK_FIGURE.POSITION)
                .forEach(f -> figures.computeIfAbsent(f.getSetId(), k -> new ArrayList<>())
                        .add(toFigure(f)));
        return sets.stream()
                .map(s -> toSet(s, figures.getOrDefault(s.getId(), List.of())))
                .toList();
    }

    Optional<BenchmarkSet> set(UUID id) {
        return dsl.selectFrom(BENCHMARK_SET)
                .where(BENCHMARK_SET.ID.eq(id))
                .fetchOptional()
                .map(this::withFigures);
    }

    Optional<BenchmarkSet> setByKey(String key) {
        return dsl.selectFrom(BENCHMARK_SET)
                .where(BENCHMARK_SET.SET_KEY.eq(key))
                .fetchOptional()
                .map(this::withFigures);
    }

    boolean keyInUse(String key) {
        return dsl.fetchExists(BENCHMARK_SET, BENCHMARK_SET.SET_KEY.eq(key));
    }

    /** The statement figures carrying this key, in every set. */
    List<BenchmarkCatalog.StatementBenchmark> statementFigures(String benchmarkKey) {
        return dsl.select(BENCHMARK_SET.asterisk(), BENCHMARK_FIGURE.asterisk())
                .from(BENCHMARK_FIGURE)
                .join(BENCHMARK_SET)
                .on(BENCHMARK_SET.ID.eq(BENCHMARK_FIGURE.SET_ID))
                .where(BENCHMARK_FIGURE.BENCHMARK_KEY.eq(benchmarkKey))
                .orderBy(BENCHMARK_SET.BUILT_IN.desc(), BENCHMARK_SET.YEAR.desc(), BENCHMARK_SET.NAME)
                .fetch(r -> new BenchmarkCatalog.StatementBenchmark(
                        r.get(BENCHMARK_SET.SET_KEY),
                        r.get(BENCHMARK_SET.NAME),
                        r.get(BENCHMARK_SET.SOURCE),
                        r.get(BENCHMARK_SET.YEAR),
                        r.get(BENCHMARK_FIGURE.SHARE),
                        r.get(BENCHMARK_FIGURE.SEGMENT)));
    }

    UUID insert(NewSet set, List<BenchmarkSet.Figure> figures) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(BENCHMARK_SET)
                .set(BENCHMARK_SET.ID, id)
                .set(BENCHMARK_SET.SET_KEY, set.key())
                .set(BENCHMARK_SET.NAME, set.name())
                .set(BENCHMARK_SET.SOURCE, set.source())
                .set(BENCHMARK_SET.YEAR, set.year())
                .set(BENCHMARK_SET.DESCRIPTION, set.description())
                .set(BENCHMARK_SET.BUILT_IN, false)
                .execute();
        var inserts = dsl.insertInto(
                BENCHMARK_FIGURE,
                BENCHMARK_FIGURE.SET_ID,
                BENCHMARK_FIGURE.POSITION,
                BENCHMARK_FIGURE.KIND,
                BENCHMARK_FIGURE.BENCHMARK_KEY,
                BENCHMARK_FIGURE.LEVEL,
                BENCHMARK_FIGURE.SHARE,
                BENCHMARK_FIGURE.SEGMENT);
        for (int i = 0; i < figures.size(); i++) {
            BenchmarkSet.Figure f = figures.get(i);
            inserts = inserts.values(
                    id,
                    i,
                    f.kind().name(),
                    f.benchmarkKey(),
                    f.level() == null ? null : f.level().name(),
                    f.share(),
                    f.segment());
        }
        inserts.execute();
        return id;
    }

    void delete(UUID id) {
        dsl.deleteFrom(BENCHMARK_SET).where(BENCHMARK_SET.ID.eq(id)).execute();
    }

    private BenchmarkSet withFigures(BenchmarkSetRecord set) {
        return toSet(
                set,
                dsl.selectFrom(BENCHMARK_FIGURE)
                        .where(BENCHMARK_FIGURE.SET_ID.eq(set.getId()))
                        .orderBy(BENCHMARK_FIGURE.POSITION)
                        .fetch(BenchmarkRepository::toFigure));
    }

    private static BenchmarkSet toSet(BenchmarkSetRecord s, List<BenchmarkSet.Figure> figures) {
        return new BenchmarkSet(
                s.getId(),
                s.getSetKey(),
                s.getName(),
                s.getSource(),
                s.getYear(),
                s.getDescription(),
                s.getBuiltIn(),
                s.getCreatedAt(),
                List.copyOf(figures));
    }

    private static BenchmarkSet.Figure toFigure(Record f) {
        String level = f.get(BENCHMARK_FIGURE.LEVEL);
        return new BenchmarkSet.Figure(
                BenchmarkSet.Kind.valueOf(f.get(BENCHMARK_FIGURE.KIND)),
                f.get(BENCHMARK_FIGURE.BENCHMARK_KEY),
                level == null ? null : MaturityLevel.valueOf(level),
                f.get(BENCHMARK_FIGURE.SHARE),
                f.get(BENCHMARK_FIGURE.SEGMENT));
    }
}
