package no.maturo.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One version of a tenant's maturity model with its dimensions and statements, in order. */
public record ModelVersion(
        UUID id,
        UUID modelId,
        String modelName,
        int number,
        Status status,
        UUID derivedFromId,
        BigDecimal lowUpTo,
        BigDecimal mediumUpTo,
        OffsetDateTime publishedAt,
        List<Dimension> dimensions) {

    public enum Status {
        DRAFT,
        PUBLISHED
    }

    public record Dimension(UUID id, String key, Map<String, String> name, BigDecimal weight, List<Item> items) {}

    /**
     * A 1-5 statement. {@code lineageId} is shared by the same statement in every version; {@code customerText} is
     * empty when the statement is not asked of customers.
     */
    public record Item(
            UUID id,
            String key,
            UUID lineageId,
            UUID derivedFromId,
            Map<String, String> employeeText,
            Map<String, String> customerText,
            boolean reverseScored,
            BigDecimal weight,
            String benchmarkKey) {}

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    /** Every statement, dimension by dimension. */
    public List<Item> items() {
        return dimensions.stream().flatMap(d -> d.items().stream()).toList();
    }

    /** The level of a maturity index on the 1-5 scale by this version's thresholds. */
    public MaturityLevel levelOf(double index) {
        if (index <= lowUpTo.doubleValue()) {
            return MaturityLevel.LOW;
        }
        return index <= mediumUpTo.doubleValue() ? MaturityLevel.MEDIUM : MaturityLevel.HIGH;
    }
}
