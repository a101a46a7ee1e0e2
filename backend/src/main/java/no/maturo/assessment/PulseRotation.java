package no.maturo.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * Which statements a pulse asks. With {@code m} statements and rotation {@code n}, every pulse asks
 * {@code s = ceil(m / n)} of them: pulse number {@code k} (1-based) the positions {@code ((k - 1) * s + j) mod m} for
 * {@code j < s}. Any {@code n} consecutive pulses ask {@code n * s >= m} consecutive positions modulo {@code m}, so
 * every statement at least once.
 */
final class PulseRotation {

    private PulseRotation() {}

    /** How many statements one pulse asks. */
    static int perPulse(int statements, int rotation) {
        if (statements <= 0) {
            return 0;
        }
        return Math.min(statements, (statements + rotation - 1) / rotation);
    }

    /** The positions (0-based, in model order) that pulse number {@code seriesNumber} asks. */
    static List<Integer> positions(int statements, int rotation, int seriesNumber) {
        int perPulse = perPulse(statements, rotation);
        long start = (long) (seriesNumber - 1) * perPulse;
        List<Integer> positions = new ArrayList<>(perPulse);
        for (int j = 0; j < perPulse; j++) {
            positions.add((int) ((start + j) % statements));
        }
        positions.sort(null);
        return positions;
    }
}
