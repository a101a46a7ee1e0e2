package no.maturo.analytics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.maturo.model.MaturityLevel;

/**
 * A published set of benchmark figures (platform data, the same for every tenant). A built-in set ships with Maturo
 * and is read-only.
 */
public record BenchmarkSet(
        UUID id,
        String key,
        String name,
        String source,
        int year,
        String description,
        boolean builtIn,
        OffsetDateTime createdAt,
        List<Figure> figures) {

    public enum Kind {
        /** The top-2-box share (answers 4 or 5) of the statements carrying {@code benchmarkKey}. */
        STATEMENT,
        /** The share of organisations at {@code level}. */
        LEVEL
    }

    /**
     * One figure: {@code benchmarkKey} is set for statement figures, {@code level} for level figures; {@code share} is
     * a percentage 0-100; {@code segment} says which organisations it describes when not all of them.
     */
    public record Figure(Kind kind, String benchmarkKey, MaturityLevel level, BigDecimal share, String segment) {}
}
