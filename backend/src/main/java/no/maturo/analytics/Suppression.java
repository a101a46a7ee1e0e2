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
 * Hiding is greedy (always the smallest group involved in a breach, repeated until no rule is broken), which hides
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
        Map<G, BitSet> cells = new LinkedHashMap<>();
        Map<G, Integer> counts = new LinkedHashMap<>();
        Map<G, Reason> hidden = new HashMap<>();
        groups.forEach((g, group) -> {
            BitSet bits = new BitSet();
            int count = 0;
            for (C cell : group.cells()) {
                Integer i = index.get(cell);
                if (i != null) {
                    bits.set(i);
                    count += cellCounts.get(cell);
                }
            }
            cells.put(g, bits);
            counts.put(g, count);
            if (count == 0) {
                hidden.put(g, Reason.NO_RESPONSES);
            } else if (count < threshold) {
                hidden.put(g, Reason.BELOW_THRESHOLD);
            }
        });
        List<C> cellOf = new ArrayList<>(index.keySet());
        cellOf.sort(Comparator.comparingInt(index::get));
        boolean changed = true;
        while (changed) {
            changed = false;
            List<G> shown = cells.keySet().stream()
                    .filter(g -> !hidden.containsKey(g))
                    .sorted(Comparator.comparingInt(counts::get))
                    .toList();
            for (G small : shown) {
                if (hidden.containsKey(small)) {
                    continue;
                }
                for (G large : shown) {
                    if (large == small || hidden.containsKey(large) || !contains(cells.get(large), cells.get(small))) {
                        continue;
                    }
                    int difference = counts.get(large) - counts.get(small);
                    if (difference > 0 && difference < threshold) {
                        hidden.put(small, Reason.SECONDARY);
                        changed = true;
                        break;
                    }
                }
            }
            for (G large : shown) {
                if (hidden.containsKey(large)) {
                    continue;
                }
                for (String family : groups.get(large).families()) {
                    BitSet covered = new BitSet();
                    G smallestPicked = null;
                    for (G inner : shown.reversed()) {
                        if (inner == large
                                || hidden.containsKey(inner)
                                || !groups.get(inner).families().contains(family)
                                || !contains(cells.get(large), cells.get(inner))
                                || cells.get(inner).equals(cells.get(large))
                                || cells.get(inner).intersects(covered)) {
                            continue;
                        }
                        covered.or(cells.get(inner));
                        smallestPicked = inner;
                    }
                    if (smallestPicked == null) {
                        continue;
                    }
                    int remainder = counts.get(large) - sum(covered, cellOf, cellCounts);
                    if (remainder > 0 && remainder < threshold) {
                        hidden.put(smallestPicked, Reason.SECONDARY);
                        changed = true;
                    }
                }
            }
        }
        return new Suppression<>(hidden, counts);
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
