package no.maturo.analytics;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.maturo.model.MaturityLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public reading API for benchmark sets: the same platform data for every tenant. Dashboards compare a tenant's
 * own top-2-box share of the statements carrying a benchmark key with {@link #figuresFor(String)}.
 */
@Service
public class BenchmarkCatalog {

    /** The key of the built-in Nordic 2024 set. */
    public static final String NORDIC_2024 = "nordic-2024";

    /**
     * The benchmark keys statement figures may use: the keys the shipped model templates give their statements (see
     * model-templates/*.json).
     */
    public static final Set<String> STATEMENT_KEYS = Set.of(
            "long-term-investment",
            "documenting-effects",
            "coherent-experience",
            "data-and-insight",
            "leadership-motivates",
            "leadership-ownership");

    /** One set's statement figure for a benchmark key, with where it comes from. */
    public record StatementBenchmark(
            String setKey, String setName, String source, int year, BigDecimal share, String segment) {}

    private final BenchmarkRepository repository;

    BenchmarkCatalog(BenchmarkRepository repository) {
        this.repository = repository;
    }

    /** Every set with its figures, built-in sets first. */
    @Transactional(readOnly = true)
    public List<BenchmarkSet> sets() {
        return repository.sets();
    }

    @Transactional(readOnly = true)
    public Optional<BenchmarkSet> set(String setKey) {
        return repository.setByKey(setKey);
    }

    /** The top-2-box figures for statements carrying this benchmark key, from every set that has one. */
    @Transactional(readOnly = true)
    public List<StatementBenchmark> figuresFor(String benchmarkKey) {
        return repository.statementFigures(benchmarkKey);
    }

    /** The share of organisations at each maturity level in a set; empty when the set has no such figures. */
    @Transactional(readOnly = true)
    public Map<MaturityLevel, BigDecimal> levelDistribution(String setKey) {
        Map<MaturityLevel, BigDecimal> shares = new EnumMap<>(MaturityLevel.class);
        repository
                .setByKey(setKey)
                .ifPresent(set -> set.figures().stream()
                        .filter(f -> f.kind() == BenchmarkSet.Kind.LEVEL)
                        .forEach(f -> shares.put(f.level(), f.share())));
        return shares;
    }
}
