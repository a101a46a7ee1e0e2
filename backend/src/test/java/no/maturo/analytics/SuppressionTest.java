package no.maturo.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static Suppression.Group<String> group(Set<String> cells) {
        return new Suppression.Group<>(cells, Set.of("departments"));
    }

    @Test
    void salesOf6NextToAWholeOf8IsHiddenBecauseTheOther2WouldShowThreshold5() {
        Map<String, Suppression.Group<String>> groups = new LinkedHashMap<>();
        groups.put("whole", group(Set.of("sales", "support")));
        groups.put("sales", group(Set.of("sales")));
        groups.put("support", group(Set.of("support")));
        Suppression<String> suppression = Suppression.of(5, groups, Map.of("sales", 6, "support", 2));
        assertThat(suppression.shown("whole")).isTrue();
        assertThat(suppression.reason("support")).isEqualTo(Suppression.Reason.BELOW_THRESHOLD);
        assertThat(suppression.reason("sales")).isEqualTo(Suppression.Reason.SECONDARY);
    }

    @Test
    void threeDepartmentsOf5And6And2_hideTheSmallestOtherSoTheHiddenPairHas7() {
        Map<String, Suppression.Group<String>> groups = new LinkedHashMap<>();
        groups.put("whole", group(Set.of("a", "b", "c")));
        groups.put("a", group(Set.of("a")));
        groups.put("b", group(Set.of("b")));
        groups.put("c", group(Set.of("c")));
        Suppression<String> suppression = Suppression.of(5, groups, Map.of("a", 5, "b", 6, "c", 2));
        assertThat(suppression.shownGroups()).containsExactlyInAnyOrder("whole", "b");
        assertThat(suppression.reason("a")).isEqualTo(Suppression.Reason.SECONDARY);
        assertThat(suppression.reason("c")).isEqualTo(Suppression.Reason.BELOW_THRESHOLD);
    }

    @Test
    void aGroupWithoutResponsesIsHiddenAsEmptyAndLeavesItsSiblingsShown() {
        Map<String, Suppression.Group<String>> groups = new LinkedHashMap<>();
        groups.put("whole", group(Set.of("a", "b")));
        groups.put("a", group(Set.of("a")));
        groups.put("b", group(Set.of("b")));
        Suppression<String> suppression = Suppression.of(5, groups, Map.of("a", 5));
        assertThat(suppression.shownGroups()).containsExactlyInAnyOrder("whole", "a");
        assertThat(suppression.reason("b")).isEqualTo(Suppression.Reason.NO_RESPONSES);
    }
}
