package no.maturo.assessment;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import no.maturo.identity.RoleLevel;
import no.maturo.model.ModelCatalog;
import no.maturo.model.ModelVersion;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo tenant its surveys on the embedded demo database, through the same services an admin and the
 * respondents use: three earlier quarterly assessments and the current one, closed and answered by most people
 * (leaders more positive than the front line, the perception gap the product exists to show, and some dimensions
 * improving quarter by quarter, for the trends), and an open monthly pulse that every demo login can answer. The
 * earlier quarters are run today and then dated back ({@link CycleRepository#backdateForDemo}). Runs after the demo
 * model exists and only while the tenant has no survey.
 */
@Component
@ConditionalOnProperty(name = "maturo.demo.enabled", havingValue = "true")
@Order(2)
class DemoSurveySeeder implements ApplicationRunner {

    private static final String DEMO_TENANT_SLUG = "nordlys";
    private static final int RESPONDENTS_LEFT_OUT = 2;
    private static final int EARLIER_QUARTERS = 3;

    /**
     * Per dimension (in model order; the last row for all further ones), how far below today's answers it lay some
     * quarters ago (column 0 is today, 3 three quarters ago): the first dimension took a leap two quarters ago, the
     * second drifts up slowly, the others stay.
     */
    private static final double[][] IMPROVEMENT_BEHIND = {
        {0, 0.3, 1.3, 1.5},
        {0, 0.15, 0.3, 0.45},
        {0, 0, 0, 0}
    };

    private static final Logger log = LoggerFactory.getLogger(DemoSurveySeeder.class);

    private final Tenants tenants;
    private final ModelCatalog catalog;
    private final Cycles cycles;
    private final CycleRepository cycleRepository;
    private final SurveyAnswering answering;
    private final TransactionTemplate transactions;

    DemoSurveySeeder(
            Tenants tenants,
            ModelCatalog catalog,
            Cycles cycles,
            CycleRepository cycleRepository,
            SurveyAnswering answering,
            TransactionTemplate transactions) {
        this.tenants = tenants;
        this.catalog = catalog;
        this.cycles = cycles;
        this.cycleRepository = cycleRepository;
        this.answering = answering;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        tenants.findBySlug(DEMO_TENANT_SLUG).ifPresent(tenant -> seed(tenant.id()));
    }

    /** Seeds the tenant's demo surveys, whole or not at all, unless it has any survey already. */
    void seed(UUID tenantId) {
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> seedCurrentTenant()));
    }

    private void seedCurrentTenant() {
        if (!cycles.list().isEmpty()) {
            return;
        }
        ModelVersion version = catalog.newestPublishedVersion().orElse(null);
        if (version == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);

        for (int quartersAgo = EARLIER_QUARTERS; quartersAgo >= 1; quartersAgo--) {
            OffsetDateTime opensAt = now.minusMonths(3L * quartersAgo);
            UUID earlier = cycles.create(plan(
                            "Kundeorientering – " + ((opensAt.getMonthValue() - 1) / 3 + 1) + ". kvartal "
                                    + opensAt.getYear(),
                            Cycle.Kind.ASSESSMENT,
                            version,
                            now.plusDays(21),
                            Cycle.Recurrence.NONE,
                            null))
                    .cycle()
                    .id();
            cycles.openNow(earlier);
            answerAsMostParticipants(earlier, version, quartersAgo);
            cycles.closeNow(earlier);
            cycleRepository.backdateForDemo(earlier, opensAt, opensAt.plusDays(21));
        }

        UUID assessment = cycles.create(plan(
                        "Kundeorientering – egenvurdering",
                        Cycle.Kind.ASSESSMENT,
                        version,
                        now.plusDays(21),
                        Cycle.Recurrence.NONE,
                        null))
                .cycle()
                .id();
        cycles.openNow(assessment);
        answerAsMostParticipants(assessment, version, 0);
        cycles.closeNow(assessment);

        UUID pulse = cycles.create(
                        plan("Månedlig puls", Cycle.Kind.PULSE, version, now.plusDays(14), Cycle.Recurrence.MONTHLY, 4))
                .cycle()
                .id();
        cycles.openNow(pulse);
        log.info("Seeded the demo surveys: four quarterly assessments with answers and an open monthly pulse");
    }

    private static Cycle.Plan plan(
            String name,
            Cycle.Kind kind,
            ModelVersion version,
            OffsetDateTime closesAt,
            Cycle.Recurrence recurrence,
            Integer pulseRotation) {
        return new Cycle.Plan(
                name,
                kind,
                version.id(),
                OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES),
                closesAt,
                recurrence,
                pulseRotation,
                null,
                null,
                null,
                kind == Cycle.Kind.ASSESSMENT);
    }

    /** Answers as every participant but a few, through the ordinary submission path. */
    private void answerAsMostParticipants(UUID cycleId, ModelVersion version, int quartersAgo) {
        List<UUID> asked = cycleRepository.items(cycleId);
        Random random = new Random(2026 + quartersAgo);
        List<CycleRepository.ParticipantLevel> participants = cycleRepository.participantLevels(cycleId);
        for (CycleRepository.ParticipantLevel participant :
                participants.subList(0, Math.max(0, participants.size() - RESPONDENTS_LEFT_OUT))) {
            double leaning = leaningOf(participant.roleLevel());
            List<SurveyAnswering.SubmittedAnswer> answers = new ArrayList<>();
            List<ModelVersion.Dimension> dimensions = version.dimensions();
            for (int d = 0; d < dimensions.size(); d++) {
                double behind = IMPROVEMENT_BEHIND[Math.min(d, IMPROVEMENT_BEHIND.length - 1)][quartersAgo];
                for (ModelVersion.Item item : dimensions.get(d).items()) {
                    if (asked.contains(item.id())) {
                        answers.add(
                                new SurveyAnswering.SubmittedAnswer(item.id(), value(random, leaning - behind, item)));
                    }
                }
            }
            answering.submitAsEmployee(
                    cycleId,
                    participant.userId(),
                    new SurveyAnswering.Submission(UUID.randomUUID(), answers, List.of()));
        }
    }

    /** Top management sees things brighter than the people closest to customers. */
    private static double leaningOf(RoleLevel level) {
        if (level == null) {
            return 3.2;
        }
        return switch (level) {
            case TOP_MANAGEMENT -> 4.1;
            case MIDDLE_MANAGEMENT -> 3.6;
            case SPECIALIST -> 3.0;
            case FRONTLINE -> 2.7;
        };
    }

    /** A 1-5 answer around the leaning, sometimes "don't know" (null); reverse-scored statements mirrored. */
    private static Integer value(Random random, double leaning, ModelVersion.Item item) {
        if (random.nextInt(12) == 0) {
            return null;
        }
        long answer = Math.round(leaning + random.nextGaussian() * 0.8);
        int bounded = (int) Math.max(1, Math.min(5, answer));
        return item.reverseScored() ? 6 - bounded : bounded;
    }
}
