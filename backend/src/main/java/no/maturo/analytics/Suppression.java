package no.maturo.analytics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which groups' figures may be shown, for every group a cycle's figures can be asked for at once, so that no
 * figure, and no difference between figures, describes fewer people than the threshold (ADR 0014). Pure: groups are
 * sets of cells (the smallest groups responses are counted in), each cell with its response count.
 *
 * <ol>
 *   <li>Primary: a group with fewer responses than the threshold is hidden.
 *   <li>Nested difference: for two shown groups where one contains the other, the people in the larger but not
 *       in the smaller must be none or at least the threshold; otherwise the smaller is hidden.
 *   <li>Remainder within a family (a laminar set of groups, such as a department and its sub-departments, or a
 *       group and its role levels): the shown groups inside a shown group, taken largest first while disjoint, must
 *       leave none or at least the threshold uncovered; otherwise the smallest of them is hidden.
 * </ol>
 *
 * Groups made of the same cells are one figure, shown or hidden together. Hiding is greedy (always the smallest group involved in a breach, repeated until no rule is broken), which hides
 * few extra groups though not always the fewest possible.
 */
final class Suppression<G> {

    /** Why a group's figures are hidden. */
    enum Reason {
        NO_RESPONSES,
        BELOW_THRESHOLD,
        SECONDARY
    }

    /** A group: the cells it consists of, and the families (laminar sets) it belongs to. */
    record Group<C>(Set<C> cells, Set<String> families) {}

    private final Map<G, Reason> hidden;
    private final Map<G, Integer> counts;

    private Suppression(Map<G, Reason> hidden, Map<G, Integer> counts) {
        this.hidden = hidden;
        this.counts = counts;
    }

    boolean shown(G group) {
        return counts.containsKey(group) && !hidden.containsKey(group);
    }

    /** Why the group is hidden; null when shown. */
    Reason reason(G group) {
        return shown(group) ? null : hidden.getOrDefault(group, Reason.NO_RESPONSES);
    }

    int count(G group) {
        return counts.getOrDefault(group, 0);
    }

    static <G, C> Suppression<G> of(int threshold, Map<G, Group<C>> groups, Map<C, Integer> cellCounts) {
        Map<C, Integer> index = new HashMap<>();
        cellCounts.keySet().forEach(c -> index.put(c, index.size()));
        List<C> cellOf = new ArrayList<>(index.keySet());
        cellOf.sort(Comparator.comparingInt(index::get));
        // Groups of the same cells are one figure: they are shown or hidden together, in all their families.
        Map<G, BitSet> figureOf = new LinkedHashMap<>();
        Map<BitSet, Set<String>> families = new LinkedHashMap<>();
        groups.forEach((g, group) -> {
            BitSet bits = new BitSet();
            for (C cell : group.cells()) {
                Integer i = index.get(cell);
                if (i != null) {
                    bits.set(i);
                }
            }
            figureOf.put(g, bits);
            families.computeIfAbsent(bits, b -> new HashSet<>()).addAll(group.families());
        });
        Map<BitSet, Integer> figureCounts = new HashMap<>();
        Map<BitSet, Reason> hidden = new HashMap<>();
        for (BitSet figure : families.keySet()) {
            int count = sum(figure, cellOf, cellCounts);
            figureCounts.put(figure, count);
            if (count == 0) {
                hidden.put(figure, Reason.NO_RESPONSES);
            } else if (count < threshold) {
                hidden.put(figure, Reason.BELOW_THRESHOLD);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            List<BitSet> shown = families.keySet().stream()
                    .filter(f -> !hidden.containsKey(f))
                    .sorted(Comparator.comparingInt(figureCounts::get))
                    .toList();
            for (BitSet small : shown) {
                for (BitSet large : shown) {
                    if (hidden.containsKey(small)) {
                        break;
                    }
                    if (large == small || hidden.containsKey(large) || !contains(large, small)) {
                        continue;
                    }
                    int difference = figureCounts.get(large) - figureCounts.get(small);
                    if (difference > 0 && difference < threshold) {
                        hidden.put(small, Reason.SECONDARY);
                        changed = true;
                    }
                }
            }
            for (BitSet large : shown) {
                if (hidden.containsKey(large)) {
                    continue;
                }
                for (String family : families.get(large)) {
                    BitSet covered = new BitSet();
                    BitSet smallestPicked = null;
                    for (BitSet inner : shown.reversed()) {
                        if (inner == large
                                || hidden.containsKey(inner)
                                || !families.get(inner).contains(family)
                                || !contains(large, inner)
                                || inner.intersects(covered)) {
                            continue;
                        }
                        covered.or(inner);
                        smallestPicked = inner;
                    }
                    if (smallestPicked == null) {
                        continue;
                    }
                    int remainder = figureCounts.get(large) - sum(covered, cellOf, cellCounts);
                    if (remainder > 0 && remainder < threshold) {
                        hidden.put(smallestPicked, Reason.SECONDARY);
                        changed = true;
                    }
                }
            }
        }
        Map<G, Reason> hiddenGroups = new HashMap<>();
        Map<G, Integer> counts = new LinkedHashMap<>();
        figureOf.forEach((g, figure) -> {
            counts.put(g, figureCounts.get(figure));
            if (hidden.containsKey(figure)) {
                hiddenGroups.put(g, hidden.get(figure));
            }
        });
        return new Suppression<>(hiddenGroups, counts);
    }

    private static boolean contains(BitSet outer, BitSet inner) {
        BitSet rest = (BitSet) inner.clone();
        rest.andNot(outer);
        return rest.isEmpty();
    }

    private static <C> int sum(BitSet bits, List<C> cellOf, Map<C, Integer> cellCounts) {
        int sum = 0;
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            sum += cellCounts.get(cellOf.get(i));
        }
        return sum;
    }

    /** The shown groups, for tests and for listing. */
    Set<G> shownGroups() {
        Set<G> shown = new HashSet<>(counts.keySet());
        shown.removeAll(hidden.keySet());
        return shown;
    }
}
