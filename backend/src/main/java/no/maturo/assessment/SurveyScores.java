package no.maturo.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.maturo.model.ModelVersion;

/**
 * The arithmetic of a group's results, kept apart from storage so it can be checked by hand. A statement's mean is
 * taken over its 1-5 answers ("don't know" left out), reverse-scored statements counted as 6 - value. A dimension's
 * index is the weighted mean of its statements' means, the overall index the weighted mean of the dimensions'
 * indices; statements or dimensions without any 1-5 answer are left out of the weighting.
 */
final class SurveyScores {

    record StatementScore(ModelVersion.Item item, Double mean, int answerCount, int dontKnowCount) {}

    record DimensionScore(
            ModelVersion.Dimension dimension, Double mean, int dontKnowCount, List<StatementScore> statements) {}

    /** {@code exactIndex} is unrounded, for the maturity level; the figures shown are rounded to two decimals. */
    record Scores(Double exactIndex, List<DimensionScore> dimensions) {

        Double index() {
            return exactIndex == null ? null : round(exactIndex);
        }

        /** The index on 0-100: 1 is 0 and 5 is 100. */
        Double index100() {
            return exactIndex == null ? null : round((exactIndex - 1) / 4 * 100);
        }
    }

    /** One answer: the statement and its value, null for "don't know". */
    record Answer(UUID itemId, Integer value) {}

    private SurveyScores() {}

    /**
     * Scores the asked statements of {@code version} (those in {@code askedItemIds}) from the group's answers.
     * Dimensions without asked statements are left out.
     */
    static Scores of(ModelVersion version, Set<UUID> askedItemIds, List<Answer> answers) {
        Map<UUID, List<Answer>> byItem = answers.stream().collect(Collectors.groupingBy(Answer::itemId));
        List<DimensionScore> dimensions = new ArrayList<>();
        double dimensionWeights = 0;
        double weightedDimensions = 0;
        for (ModelVersion.Dimension dimension : version.dimensions()) {
            List<StatementScore> statements = new ArrayList<>();
            double itemWeights = 0;
            double weightedItems = 0;
            int dontKnow = 0;
            for (ModelVersion.Item item : dimension.items()) {
                if (!askedItemIds.contains(item.id())) {
                    continue;
                }
                List<Answer> given = byItem.getOrDefault(item.id(), List.of());
                List<Integer> values = given.stream()
                        .map(Answer::value)
                        .filter(v -> v != null)
                        .map(v -> item.reverseScored() ? 6 - v : v)
                        .toList();
                int itemDontKnow = given.size() - values.size();
                dontKnow += itemDontKnow;
                Double mean = values.isEmpty()
                        ? null
                        : values.stream().mapToInt(Integer::intValue).average().orElseThrow();
                if (mean != null) {
                    itemWeights += item.weight().doubleValue();
                    weightedItems += item.weight().doubleValue() * mean;
                }
                statements.add(
                        new StatementScore(item, mean == null ? null : round(mean), values.size(), itemDontKnow));
            }
            if (statements.isEmpty()) {
                continue;
            }
            Double dimensionMean = itemWeights == 0 ? null : weightedItems / itemWeights;
            if (dimensionMean != null) {
                dimensionWeights += dimension.weight().doubleValue();
                weightedDimensions += dimension.weight().doubleValue() * dimensionMean;
            }
            dimensions.add(new DimensionScore(
                    dimension, dimensionMean == null ? null : round(dimensionMean), dontKnow, statements));
        }
        Double index = dimensionWeights == 0 ? null : weightedDimensions / dimensionWeights;
        return new Scores(index, dimensions);
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
