package no.maturo.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.maturo.assessment.SurveyRepository.CycleRow;
import no.maturo.assessment.SurveyRepository.StoredAnswer;
import no.maturo.model.MaturityLevel;
import no.maturo.model.MaturityScores;
import no.maturo.model.ModelCatalog;
import no.maturo.model.ModelVersion;
import no.maturo.shared.NotFoundException;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cycle's live results for its admins: turnout, and figures per group only when the group has at least as many
 * responses as the cycle's frozen anonymity threshold. Employees and customers are separate groups; free text is
 * not part of this.
 */
@Service
class SurveyResults {

    record StatementResult(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String key,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "By locale, in the group's wording")
            Map<String, String> text,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean reverseScored,

            @Schema(description = "Mean on 1-5 (reverse-scored statements as 6 - value); absent without 1-5 answers")
            Double mean,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int answerCount,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int dontKnowCount) {}

    record DimensionResult(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String key,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Map<String, String> name,

            @Schema(description = "Weighted mean of the statements' means on 1-5")
            Double mean,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int dontKnowCount,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<StatementResult> statements) {}

    record GroupResults(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int responseCount,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "True when the group has fewer responses than the threshold: no figures then")
            boolean suppressed,

            @Schema(description = "Overall index on 1-5") Double index,
            @Schema(description = "Overall index on 0-100") Double index100,
            MaturityLevel level,
            @Schema(description = "Empty when suppressed") List<DimensionResult> dimensions) {}

    record Participation(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int invited,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int answered) {}

    record CycleResults(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID cycleId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String cycleName,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String status,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The cycle's frozen anonymity threshold (the organisation's until it opens)")
            int anonymityThreshold,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int responseCount,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Participation participation,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            GroupResults employees,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            GroupResults customers) {}

    private final SurveyRepository repository;
    private final ModelCatalog catalog;
    private final Tenants tenants;

    SurveyResults(SurveyRepository repository, ModelCatalog catalog, Tenants tenants) {
        this.repository = repository;
        this.catalog = catalog;
        this.tenants = tenants;
    }

    @Transactional(readOnly = true)
    CycleResults of(UUID cycleId) {
        CycleRow cycle = repository.cycle(cycleId).orElseThrow(() -> new NotFoundException("No cycle " + cycleId));
        int threshold = cycle.anonymityThreshold() != null
                ? cycle.anonymityThreshold()
                : tenants.findById(TenantContext.require()).orElseThrow().anonymityThreshold();
        ModelVersion version = catalog.version(cycle.modelVersionId()).orElseThrow();
        Set<UUID> asked = new HashSet<>(repository.cycleItemIds(cycleId));
        Set<UUID> askedOfCustomers = new HashSet<>();
        version.items().stream()
                .filter(item ->
                        asked.contains(item.id()) && !item.customerText().isEmpty())
                .forEach(item -> askedOfCustomers.add(item.id()));
        int employees = repository.responseCount(cycleId, false);
        int customers = repository.responseCount(cycleId, true);
        List<StoredAnswer> answers =
                employees >= threshold || customers >= threshold ? repository.answers(cycleId) : List.of();
        SurveyRepository.Participation participation = repository.participation(cycleId);
        return new CycleResults(
                cycle.id(),
                cycle.name(),
                cycle.status().name(),
                threshold,
                employees + customers,
                new Participation(participation.invited(), participation.answered()),
                group(version, asked, answers, false, employees, threshold),
                group(version, askedOfCustomers, answers, true, customers, threshold));
    }

    private static GroupResults group(
            ModelVersion version,
            Set<UUID> asked,
            List<StoredAnswer> answers,
            boolean customers,
            int responseCount,
            int threshold) {
        if (responseCount < threshold) {
            return new GroupResults(responseCount, true, null, null, null, List.of());
        }
        List<MaturityScores.Answer> ofGroup = answers.stream()
                .filter(a -> a.customer() == customers)
                .map(a -> new MaturityScores.Answer(a.itemId(), a.value()))
                .toList();
        MaturityScores.Scores scores = MaturityScores.ofAnswers(version, asked, ofGroup);
        List<DimensionResult> dimensions = scores.dimensions().stream()
                .map(d -> new DimensionResult(
                        d.dimension().id(),
                        d.dimension().key(),
                        d.dimension().name(),
                        d.mean(),
                        d.dontKnowCount(),
                        d.statements().stream()
                                .map(s -> new StatementResult(
                                        s.item().id(),
                                        s.item().key(),
                                        customers
                                                ? s.item().customerText()
                                                : s.item().employeeText(),
                                        s.item().reverseScored(),
                                        s.mean(),
                                        s.answerCount(),
                                        s.dontKnowCount()))
                                .toList()))
                .toList();
        return new GroupResults(
                responseCount,
                false,
                scores.index(),
                scores.index100(),
                scores.exactIndex() == null ? null : version.levelOf(scores.exactIndex()),
                dimensions);
    }
}
