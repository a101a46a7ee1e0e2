package no.maturo.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The statistics of trends against textbook values (Student's t table; Welch's test worked by hand). */
class TrendStatisticsTest {

    @Test
    void twoSidedT95QuantilesMatchTheTable_12point706_2point571_2point228_2point042_1point96() {
        assertThat(TrendStatistics.tQuantile(0.95, 1)).isCloseTo(12.706, within(0.001));
        assertThat(TrendStatistics.tQuantile(0.95, 5)).isCloseTo(2.571, within(0.001));
        assertThat(TrendStatistics.tQuantile(0.95, 10)).isCloseTo(2.228, within(0.001));
        assertThat(TrendStatistics.tQuantile(0.95, 30)).isCloseTo(2.042, within(0.001));
        assertThat(TrendStatistics.tQuantile(0.95, 100_000)).isCloseTo(1.960, within(0.001));
    }

    @Test
    void sampleFromMoments_2_3_3_3_3_4_hasMean3_variance0point4_interval2point336to3point664() {
        TrendStatistics.Sample sample = sample(2, 3, 3, 3, 3, 4);
        assertThat(sample.n()).isEqualTo(6);
        assertThat(sample.mean()).isCloseTo(3.0, within(1e-12));
        assertThat(sample.variance()).isCloseTo(0.4, within(1e-12));
        TrendStatistics.Interval interval = TrendStatistics.confidenceInterval(sample);
        // 3 ± 2.5706 * sqrt(0.4 / 6)
        assertThat(interval.low()).isCloseTo(2.3363, within(1e-4));
        assertThat(interval.high()).isCloseTo(3.6637, within(1e-4));
    }

    @Test
    void oneValueHasNoVarianceNoIntervalAndNoTest() {
        TrendStatistics.Sample one = sample(4);
        assertThat(one.variance()).isNull();
        assertThat(TrendStatistics.confidenceInterval(one)).isNull();
        assertThat(TrendStatistics.welch(one, sample(2, 3, 4))).isNull();
    }

    @Test
    void welch_means3and4_variances0point4_n6each_t2point739_df10_p0point0209_significant() {
        TrendStatistics.Welch welch = TrendStatistics.welch(sample(2, 3, 3, 3, 3, 4), sample(3, 4, 4, 4, 4, 5));
        assertThat(welch.t()).isCloseTo(2.7386, within(1e-4));
        assertThat(welch.degreesOfFreedom()).isCloseTo(10.0, within(1e-9));
        assertThat(welch.p()).isCloseTo(0.020882, within(1e-6));
        assertThat(welch.significant()).isTrue();
    }

    @Test
    void welchWithUnequalVariancesAndSizes_matchesTheHandComputation_notSignificant() {
        // Before: 1,2,3,4,5 (mean 3, var 2.5, n 5); after: 3,4,4 (mean 11/3, var 1/3, n 3).
        // a = 0.5, b = 1/9; t = (2/3) / sqrt(11/18) = 0.8528; df = (11/18)^2 / (0.25/4 + (1/81)/2) = 5.438 (p 0.4297).
        TrendStatistics.Welch welch = TrendStatistics.welch(sample(1, 2, 3, 4, 5), sample(3, 4, 4));
        assertThat(welch.t()).isCloseTo(0.8528, within(1e-4));
        assertThat(welch.degreesOfFreedom()).isCloseTo(5.438, within(0.001));
        assertThat(welch.p()).isCloseTo(0.4297, within(1e-4));
        assertThat(welch.significant()).isFalse();
    }

    @Test
    void twoSamplesWithoutAnySpreadHaveNoTest() {
        assertThat(TrendStatistics.welch(sample(3, 3, 3), sample(4, 4, 4))).isNull();
    }

    private static TrendStatistics.Sample sample(double... values) {
        Rollups.Moments moments = Rollups.Moments.EMPTY;
        for (double value : values) {
            moments = moments.plus(Rollups.Moments.of(value));
        }
        return TrendStatistics.Sample.of(moments);
    }
}
