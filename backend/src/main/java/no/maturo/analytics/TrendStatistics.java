package no.maturo.analytics;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The statistics of trends (ADR 0016), from count, sum and sum of squares of respondents' dimension indices: the
 * sample mean, the sample variance (n - 1), a two-sided 95% confidence interval from Student's t-distribution with
 * n - 1 degrees of freedom, and Welch's two-sample t-test (unequal variances, Welch–Satterthwaite degrees of
 * freedom) for the change between two cycles. Pure, so it can be checked against textbook values.
 */
final class TrendStatistics {

    static final double CONFIDENCE = 0.95;
    static final double SIGNIFICANCE = 0.05;

    /** A sample's summary: n, mean and sample variance (null below two values). */
    record Sample(int n, double mean, Double variance) {

        static Sample of(Rollups.Moments moments) {
            int n = moments.n();
            double mean = moments.sum() / n;
            Double variance = null;
            if (n >= 2) {
                // Rounding can make an all-equal sample's variance a tiny negative number.
                variance = Math.max(0, (moments.squares() - n * mean * mean) / (n - 1));
            }
            return new Sample(n, mean, variance);
        }
    }

    /** A confidence interval. */
    record Interval(double low, double high) {}

    /** Welch's test result: t, degrees of freedom and the two-sided p-value. */
    record Welch(double t, double degreesOfFreedom, double p) {

        boolean significant() {
            return p < SIGNIFICANCE;
        }
    }

    private TrendStatistics() {}

    /** The two-sided quantile t(1 - (1 - confidence) / 2; df). */
    static double tQuantile(double confidence, double degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }

    /** The 95% confidence interval of the mean; none below two values. */
    static Interval confidenceInterval(Sample sample) {
        if (sample.variance() == null) {
            return null;
        }
        double half = tQuantile(CONFIDENCE, sample.n() - 1) * Math.sqrt(sample.variance() / sample.n());
        return new Interval(sample.mean() - half, sample.mean() + half);
    }

    /**
     * Welch's t-test of {@code after} against {@code before}; none when either sample has fewer than two values or
     * both have no spread at all (the test is undefined then).
     */
    static Welch welch(Sample before, Sample after) {
        if (before.variance() == null || after.variance() == null) {
            return null;
        }
        double a = before.variance() / before.n();
        double b = after.variance() / after.n();
        if (a + b == 0) {
            return null;
        }
        double t = (after.mean() - before.mean()) / Math.sqrt(a + b);
        double df = (a + b) * (a + b) / (a * a / (before.n() - 1) + b * b / (after.n() - 1));
        double p = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
        return new Welch(t, df, p);
    }
}
