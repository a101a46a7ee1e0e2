package no.maturo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PulseRotationTest {

    @Test
    void anyRotationLengthOfConsecutivePulsesAsksEveryStatement() {
        for (int m = 1; m <= 60; m++) {
            int statements = m;
            for (int rotation = 1; rotation <= 52; rotation++) {
                int perPulse = PulseRotation.perPulse(statements, rotation);
                assertThat(perPulse).isEqualTo(Math.min(statements, (int) Math.ceil((double) statements / rotation)));
                for (int first = 1; first <= 2 * rotation + 3; first++) {
                    Set<Integer> asked = new HashSet<>();
                    for (int pulse = first; pulse < first + rotation; pulse++) {
                        List<Integer> positions = PulseRotation.positions(statements, rotation, pulse);
                        assertThat(positions)
                                .hasSize(perPulse)
                                .doesNotHaveDuplicates()
                                .isSorted();
                        assertThat(positions).allMatch(p -> p >= 0 && p < statements);
                        asked.addAll(positions);
                    }
                    assertThat(asked)
                            .as(
                                    "%d statements, rotation %d, pulses %d..%d",
                                    statements, rotation, first, first + rotation - 1)
                            .hasSize(statements);
                }
            }
        }
    }

    @Test
    void pulsesFollowTheDocumentedFormula() {
        // 24 statements, rotation 4: six a pulse, the fifth pulse starts over.
        assertThat(PulseRotation.positions(24, 4, 1)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(PulseRotation.positions(24, 4, 2)).containsExactly(6, 7, 8, 9, 10, 11);
        assertThat(PulseRotation.positions(24, 4, 5)).containsExactly(0, 1, 2, 3, 4, 5);
        // 10 statements, rotation 3: four a pulse, wrapping around in model order.
        assertThat(PulseRotation.positions(10, 3, 3)).containsExactly(0, 1, 8, 9);
        // A rotation longer than the model asks one statement at a time.
        assertThat(PulseRotation.positions(3, 7, 5)).containsExactly(1);
    }
}
