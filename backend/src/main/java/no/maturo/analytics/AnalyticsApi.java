package no.maturo.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.maturo.model.MaturityLevel;

/** What the analytics endpoints return. Hidden figures are absent, with the reason in {@code suppressedReason}. */
final class AnalyticsApi {

    private AnalyticsApi() {}

    record CycleSummary(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ASSESSMENT or PULSE")
            String kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "OPEN or CLOSED")
            String status,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OffsetDateTime opensAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OffsetDateTime closesAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int anonymityThreshold,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean outsideIn,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "True when the viewer's whole scope has figures (enough responses)")
            boolean hasFigures) {}

    record Participation(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int invited,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int answered,

            @Schema(description = "Answered per invited, in percent")
            Double rate) {}

    record StatementFigures(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String key,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "By locale")
            Map<String, String> text,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean reverseScored,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            double weight,

            @Schema(description = "Mean on 1-5, reverse-scored statements as 6 - value")
            Double mean,

            @Schema(description = "Percent of 1-5 answers that are favourable: 4 or 5 (1 or 2 when reverse-scored)")
            Double top2Box,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Answers 1, 2, 3, 4 and 5, as given")
            List<Integer> distribution,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int answerCount,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int dontKnowCount) {}

    record DimensionFigures(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String key,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Map<String, String> name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            double weight,

            @Schema(description = "Weighted index on 1-5") Double index,
            @Schema(description = "Index on 0-100") Double index100,
            MaturityLevel level,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int dontKnowCount,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<StatementFigures> statements) {}

    record GroupFigures(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID cycleId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String cycleName,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int anonymityThreshold,

            @Schema(description = "The department whose subtree this is; absent for the whole organisation")
            UUID departmentId,

            @Schema(description = "The role level; absent for all employees")
            String roleLevel,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean suppressed,

            Suppression.Reason suppressedReason,
            Integer responseCount,
            @Schema(description = "Overall index on 1-5") Double index,
            @Schema(description = "Overall index on 0-100") Double index100,
            MaturityLevel level,

            @Schema(description = "Percent of respondents whose own index is at each level")
            Map<MaturityLevel, Double> levelShares,

            Participation participation,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Empty when suppressed")
            List<DimensionFigures> dimensions) {}

    record DimensionHead(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String key,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Map<String, String> name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            double weight) {}

    record HeatmapCell(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID dimensionId,

            Double index,
            Double index100,
            MaturityLevel level) {}

    record HeatmapRow(
            @Schema(description = "Absent for the whole organisation")
            UUID departmentId,

            @Schema(description = "Absent for the whole organisation")
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "0 for top-level rows")
            int depth,

            Integer responseCount,
            Double index,
            MaturityLevel level,

            @Schema(description = "Present when the row's figures are hidden")
            Suppression.Reason suppressedReason,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Empty when suppressed")
            List<HeatmapCell> cells) {}

    record Heatmap(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID cycleId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int anonymityThreshold,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<DimensionHead> dimensions,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<HeatmapRow> rows) {}

    record GapEntry(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String roleLevel,

            @Schema(description = "Index on 1-5; absent when hidden")
            Double index,

            Suppression.Reason suppressedReason) {}

    record GapDimension(
            @Schema(description = "Absent for the overall row")
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String key,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Map<String, String> name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<GapEntry> entries,

            @Schema(description = "Top management minus the mean of the other shown levels; absent without both")
            Double gap) {}

    record PerceptionGap(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID cycleId,

            UUID departmentId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> roleLevels,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            GapDimension overall,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<GapDimension> dimensions) {}

    record TrendCycle(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "OPEN (figures may still change) or CLOSED")
            String status,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OffsetDateTime opensAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OffsetDateTime closesAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int anonymityThreshold,

            @Schema(description = "Responses of the group; absent when hidden")
            Integer responses,

            Suppression.Reason suppressedReason) {}

    record TrendPoint(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID cycleId,

            @Schema(description = "Mean of the respondents' dimension indices (1-5); absent when hidden or unasked")
            Double mean,

            @Schema(description = "Respondents with an index in this dimension")
            Integer n,

            @Schema(description = "Lower end of the 95% confidence interval (t-distribution); absent below n = 2")
            Double ciLow,

            @Schema(description = "Upper end of the 95% confidence interval")
            Double ciHigh,

            @Schema(description = "Mean minus the previous cycle's mean; absent without both")
            Double change,

            @Schema(description = "Two-sided p-value of Welch's t-test against the previous cycle")
            Double pValue,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "True only when Welch's t-test gives p < 0.05")
            boolean significant,

            Suppression.Reason suppressedReason) {}

    record TrendDimension(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String key,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Map<String, String> name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "One point per cycle, in cycle order")
            List<TrendPoint> points) {}

    record Trends(
            UUID departmentId,

            String roleLevel,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Assessments, oldest first")
            List<TrendCycle> cycles,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<TrendDimension> dimensions) {}
}
