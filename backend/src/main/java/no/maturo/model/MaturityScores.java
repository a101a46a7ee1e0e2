package no.maturo.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The arithmetic of a group's maturity scores, kept apart from storage so it can be checked by hand. A statement's
 * mean is taken over its 1-5 answers ("don't know" left out), reverse-scored statements counted as 6 - value. A
 * dimension's index is the weighted mean of its statements' means, the overall index the weighted mean of the
 * dimensions' indices; statements or dimensions without any 1-5 answer are left out of the weighting. Works from
 * answer counts per value ({@link Tally}), so single answers and pre-aggregated rollups score the same way.
 */
public final class MaturityScores {

    /** How often each value 1-5 was given to one statement, and how often "don't know". */
    public record Tally(int ones, int twos, int threes, int fours, int fives, int dontKnow) {

        public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0);

        /** One answer; {@code value} null is "don't know". */
        public static Tally of(Integer value) {
            return EMPTY.plus(value);
        }

        public Tally plus(Integer value) {
            if (value == null) {
                return new Tally(ones, twos, threes, fours, fives, dontKnow + 1);
            }
            return switch (value) {
                case 1 -> new Tally(ones + 1, twos, threes, fours, fives, dontKnow);
                case 2 -> new Tally(ones, twos + 1, threes, fours, fives, dontKnow);
                case 3 -> new Tally(ones, twos, threes + 1, fours, fives, dontKnow);
                case 4 -> new Tally(ones, twos, threes, fours + 1, fives, dontKnow);
                case 5 -> new Tally(ones, twos, threes, fours, fives + 1, dontKnow);
                default -> throw new IllegalArgumentException("Answers are 1 to 5, not " + value);
            };
        }

        public Tally plus(Tally other) {
            return new Tally(
                    ones + other.ones,
                    twos + other.twos,
                    threes + other.threes,
                    fours + other.fours,
                    fives + other.fives,
                    dontKnow + other.dontKnow);
        }

        /** Answers on the 1-5 scale, "don't know" not counted. */
        public int answered() {
            return ones + twos + threes + fours + fives;
        }

        public int sum() {
            return ones + 2 * twos + 3 * threes + 4 * fours + 5 * fives;
        }

        /** Counts of the values 1 to 5, in that order. */
        public List<Integer> distribution() {
            return List.of(ones, twos, threes, fours, fives);
        }
    }

    /**
     * {@code mean} is rounded to two decimals; {@code top2Box} is the share (0-1, rounded to four decimals) of the
     * 1-5 answers that are favourable: 4 or 5, or 1 or 2 on a reverse-scored statement.
     */
    public record StatementScore(ModelVersion.Item item, Double mean, Double top2Box, Tally tally) {

        public int answerCount() {
            return tally.answered();
        }

        public int dontKnowCount() {
            return tally.dontKnow();
        }
    }

    /** {@code exactMean} is unrounded, for the maturity level; {@code mean} is rounded to two decimals. */
    public record DimensionScore(
            ModelVersion.Dimension dimension, Double exactMean, int dontKnowCount, List<StatementScore> statements) {

        public Double mean() {
            return exactMean == null ? null : round(exactMean);
        }

        public Double mean100() {
            return exactMean == null ? null : to100(exactMean);
        }
    }

    /** {@code exactIndex} is unrounded, for the maturity level; the figures shown are rounded to two decimals. */
    public record Scores(Double exactIndex, List<DimensionScore> dimensions) {

        public Double index() {
            return exactIndex == null ? null : round(exactIndex);
        }

        /** The index on 0-100: 1 is 0 and 5 is 100. */
        public Double index100() {
            return exactIndex == null ? null : to100(exactIndex);
        }
    }

    /** One answer: the statement and its value, null for "don't know". */
    public record Answer(UUID itemId, Integer value) {}

    private MaturityScores() {}

    /** Scores single answers (one group's, or one response's). */
    public static Scores ofAnswers(ModelVersion version, Set<UUID> askedItemIds, List<Answer> answers) {
        Map<UUID, Tally> tallies = new HashMap<>();
        for (Answer answer : answers) {
            tallies.merge(answer.itemId(), Tally.of(answer.value()), Tally::plus);
        }
        return of(version, askedItemIds, tallies);
    }

    /**
     * Scores the asked statements of {@code version} (those in {@code askedItemIds}) from answer counts per
     * statement. Dimensions without asked statements are left out.
     */
    public static Scores of(ModelVersion version, Set<UUID> askedItemIds, Map<UUID, Tally> tallies) {
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
                Tally tally = tallies.getOrDefault(item.id(), Tally.EMPTY);
                dontKnow += tally.dontKnow();
                int answered = tally.answered();
                Double mean = null;
                Double top2Box = null;
                if (answered > 0) {
                    // Reverse scored: the mean of (6 - value) is (6n - sum) / n.
                    mean = item.reverseScored()
                            ? (6.0 * answered - tally.sum()) / answered
                            : (double) tally.sum() / answered;
                    int favourable = item.reverseScored() ? tally.ones() + tally.twos() : tally.fours() + tally.fives();
                    top2Box = BigDecimal.valueOf((double) favourable / answered)
                            .setScale(4, RoundingMode.HALF_UP)
                            .doubleValue();
                    itemWeights += item.weight().doubleValue();
                    weightedItems += item.weight().doubleValue() * mean;
                }
                statements.add(new StatementScore(item, mean == null ? null : round(mean), top2Box, tally));
            }
            if (statements.isEmpty()) {
                continue;
            }
            Double dimensionMean = itemWeights == 0 ? null : weightedItems / itemWeights;
            if (dimensionMean != null) {
                dimensionWeights += dimension.weight().doubleValue();
                weightedDimensions += dimension.weight().doubleValue() * dimensionMean;
            }
            dimensions.add(new DimensionScore(dimension, dimensionMean, dontKnow, statements));
        }
        Double index = dimensionWeights == 0 ? null : weightedDimensions / dimensionWeights;
        return new Scores(index, dimensions);
    }

    public static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** A value on 1-5 as 0-100, rounded to two decimals. */
    public static double to100(double value) {
        return round((value - 1) / 4 * 100);
    }
}
