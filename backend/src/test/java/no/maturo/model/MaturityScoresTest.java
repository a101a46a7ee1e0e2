package no.maturo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MaturityScoresTest {

    private static ModelVersion.Item item(String key, int weight, boolean reverse) {
        return new ModelVersion.Item(
                UUID.randomUUID(),
                key,
                UUID.randomUUID(),
                null,
                Map.of("en", key),
                Map.of(),
                reverse,
                BigDecimal.valueOf(weight),
                null);
    }

    @Test
    void statementWeights3and1WithMeans4and2GiveTheDimension3point5_dimensionWeights2and1With3point5and5GiveIndex4() {
        ModelVersion.Item heavy = item("heavy", 3, false);
        ModelVersion.Item light = item("light", 1, false);
        ModelVersion.Item reversed = item("reversed", 1, true);
        ModelVersion.Item notAsked = item("not-asked", 1, false);
        ModelVersion version = new ModelVersion(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "M",
                1,
                ModelVersion.Status.PUBLISHED,
                null,
                new BigDecimal("2.50"),
                new BigDecimal("3.75"),
                null,
                List.of(
                        new ModelVersion.Dimension(
                                UUID.randomUUID(),
                                "a",
                                Map.of(),
                                BigDecimal.valueOf(2),
                                List.of(heavy, light, notAsked)),
                        new ModelVersion.Dimension(
                                UUID.randomUUID(), "b", Map.of(), BigDecimal.ONE, List.of(reversed))));
        List<MaturityScores.Answer> answers = List.of(
                new MaturityScores.Answer(heavy.id(), 5),
                new MaturityScores.Answer(heavy.id(), 3),
                new MaturityScores.Answer(light.id(), 2),
                new MaturityScores.Answer(light.id(), null),
                new MaturityScores.Answer(reversed.id(), 1),
                new MaturityScores.Answer(reversed.id(), 1));

        MaturityScores.Scores scores =
                MaturityScores.ofAnswers(version, Set.of(heavy.id(), light.id(), reversed.id()), answers);

        MaturityScores.DimensionScore a = scores.dimensions().get(0);
        assertThat(a.statements()).extracting(s -> s.item().key()).containsExactly("heavy", "light");
        assertThat(a.statements().get(0).mean()).isEqualTo(4.0);
        assertThat(a.statements().get(1).mean()).isEqualTo(2.0);
        assertThat(a.dontKnowCount()).isEqualTo(1);
        assertThat(a.mean()).isEqualTo(3.5);
        assertThat(scores.dimensions().get(1).mean()).isEqualTo(5.0);
        assertThat(scores.index()).isEqualTo(4.0);
        assertThat(scores.index100()).isEqualTo(75.0);
        assertThat(version.levelOf(scores.exactIndex()).name()).isEqualTo("HIGH");
    }

    @Test
    void onlyDontKnowAnswersGiveNoMeanAndLeaveTheDimensionOutOfTheIndex() {
        ModelVersion.Item unknown = item("unknown", 1, false);
        ModelVersion.Item known = item("known", 1, false);
        ModelVersion version = new ModelVersion(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "M",
                1,
                ModelVersion.Status.PUBLISHED,
                null,
                new BigDecimal("2.50"),
                new BigDecimal("3.75"),
                null,
                List.of(
                        new ModelVersion.Dimension(UUID.randomUUID(), "a", Map.of(), BigDecimal.ONE, List.of(unknown)),
                        new ModelVersion.Dimension(UUID.randomUUID(), "b", Map.of(), BigDecimal.ONE, List.of(known))));
        MaturityScores.Scores scores = MaturityScores.ofAnswers(
                version,
                Set.of(unknown.id(), known.id()),
                List.of(new MaturityScores.Answer(unknown.id(), null), new MaturityScores.Answer(known.id(), 2)));
        assertThat(scores.dimensions().get(0).mean()).isNull();
        assertThat(scores.dimensions().get(0).dontKnowCount()).isEqualTo(1);
        assertThat(scores.index()).isEqualTo(2.0);
        assertThat(scores.index100()).isEqualTo(25.0);
    }
}
