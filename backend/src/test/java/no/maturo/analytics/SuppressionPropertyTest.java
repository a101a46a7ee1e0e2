package no.maturo.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.maturo.analytics.CycleAnalysis.GroupId;
import no.maturo.model.MaturityLevel;

/**
 * Random organisation trees, random response counts per department and role level, and every filter combination
 * the API accepts (whole organisation or a department's subtree, all employees or one role level, customers): no
 * shown figure, and no difference between two shown figures where one group contains the other, describes fewer
 * people than the threshold; nor does a shown group minus any disjoint shown groups inside it of the same kind.
 */
class SuppressionPropertyTest {

    private static final List<String> LEVELS = new ArrayList<>(CycleAnalysis.EMPLOYEE_LEVELS);

    static {
        LEVELS.add(null);
    }

    /** parents.get(i) is the index of department i's parent (always lower), or -1 for a top-level department. */
    record Organisation(int threshold, List<Integer> parents, Map<String, Integer> counts) {}

    @Provide
    Arbitrary<Organisation> organisations() {
        Arbitrary<Integer> threshold = Arbitraries.integers().between(3, 7);
        Arbitrary<List<Integer>> parents = Arbitraries.integers()
                .between(1, 8)
                .flatMap(n -> Combinators.combine(java.util.stream.IntStream.range(0, n)
                                .mapToObj(i -> Arbitraries.integers().between(-1, i - 1))
                                .toList())
                        .as(List::copyOf));
        return Combinators.combine(threshold, parents).flatAs((t, p) -> {
            List<String> cells = new ArrayList<>();
            for (int d = -1; d < p.size(); d++) {
                for (String level : LEVELS) {
                    cells.add((d < 0 ? "-" : "d" + d) + "/" + (level == null ? "-" : level));
                }
            }
            cells.add("-/CUSTOMER");
            Arbitrary<Integer> count = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
                    net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(1, 4)),
                    net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(5, 12)));
            return count.list().ofSize(cells.size()).map(values -> {
                Map<String, Integer> counts = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    if (values.get(i) > 0) {
                        counts.put(cells.get(i), values.get(i));
                    }
                }
                return new Organisation(t, p, counts);
            });
        });
    }

    @Property(tries = 400)
    void noShownFigureOrDifferenceDescribesFewerThanTheThreshold(@ForAll("organisations") Organisation organisation) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < organisation.parents().size(); i++) {
            ids.add(UUID.nameUUIDFromBytes(("d" + i).getBytes()));
        }
        Map<UUID, List<UUID>> children = new HashMap<>();
        ids.forEach(id -> children.put(id, new ArrayList<>()));
        for (int i = 0; i < ids.size(); i++) {
            int parent = organisation.parents().get(i);
            if (parent >= 0) {
                children.get(ids.get(parent)).add(ids.get(i));
            }
        }
        List<Rollups.GroupRollup> rollups = new ArrayList<>();
        Map<String, UUID> departmentOfCell = new HashMap<>();
        Map<String, String> levelOfCell = new HashMap<>();
        organisation.counts().forEach((cell, count) -> {
            String[] parts = cell.split("/");
            UUID department = parts[0].equals("-") ? null : ids.get(Integer.parseInt(parts[0].substring(1)));
            String level = parts[1].equals("-") ? null : parts[1];
            departmentOfCell.put(cell, department);
            levelOfCell.put(cell, level);
            String key = Rollups.groupKey(department, level);
            rollups.add(
                    new Rollups.GroupRollup(key, department, level, count, Map.of(MaturityLevel.LOW, count), Map.of()));
        });
        CycleAnalysis analysis = new CycleAnalysis(organisation.threshold(), rollups, children);

        // Every group a request can name, with its members computed here independently.
        Map<GroupId, Set<String>> members = new HashMap<>();
        List<UUID> scopes = new ArrayList<>(ids);
        scopes.add(null);
        List<String> filters = new ArrayList<>(LEVELS);
        for (UUID scope : scopes) {
            Set<UUID> subtree = scope == null ? null : CycleAnalysis.subtree(scope, children);
            for (String level : filters) {
                Set<String> cells = new HashSet<>();
                organisation.counts().keySet().forEach(cell -> {
                    String cellLevel = levelOfCell.get(cell);
                    boolean levelMatches = level == null ? !"CUSTOMER".equals(cellLevel) : level.equals(cellLevel);
                    if (levelMatches && (subtree == null || subtree.contains(departmentOfCell.get(cell)))) {
                        cells.add(cell);
                    }
                });
                members.put(new GroupId(scope, level), cells);
            }
        }
        members.put(
                new GroupId(null, "CUSTOMER"),
                organisation.counts().containsKey("-/CUSTOMER") ? Set.of("-/CUSTOMER") : Set.of());

        int t = organisation.threshold();
        List<GroupId> shown = members.keySet().stream().filter(analysis::shown).toList();
        for (GroupId group : members.keySet()) {
            assertThat(analysis.responses(group))
                    .as("count of %s", group)
                    .isEqualTo(count(members.get(group), organisation));
        }
        for (GroupId group : shown) {
            assertThat(count(members.get(group), organisation))
                    .as("shown %s", group)
                    .isGreaterThanOrEqualTo(t);
        }
        for (GroupId large : shown) {
            for (GroupId small : shown) {
                if (large.equals(small) || !members.get(large).containsAll(members.get(small))) {
                    continue;
                }
                int difference = count(members.get(large), organisation) - count(members.get(small), organisation);
                assertThat(difference == 0 || difference >= t)
                        .as("%s minus %s describes %d people", large, small, difference)
                        .isTrue();
            }
        }
        // A shown group minus one, two or three disjoint shown groups inside it, all of one family: the same role
        // filter across departments, or one department (or the whole) split by role level. Groups of the same
        // people are one figure, so a figure belongs to the families of every group it equals.
        Map<Set<String>, Set<String>> families = new HashMap<>();
        members.forEach((group, cells) ->
                families.computeIfAbsent(cells, c -> new HashSet<>()).addAll(families(group)));
        for (GroupId large : shown) {
            for (String family : families.get(members.get(large))) {
                List<GroupId> inside = shown.stream()
                        .filter(g -> !members.get(g).equals(members.get(large)))
                        .filter(g -> members.get(large).containsAll(members.get(g)))
                        .filter(g -> families.get(members.get(g)).contains(family))
                        .toList();
                for (int a = 0; a < inside.size(); a++) {
                    for (int b = a; b < inside.size(); b++) {
                        for (int c = b; c < inside.size(); c++) {
                            Set<GroupId> parts = new HashSet<>(List.of(inside.get(a), inside.get(b), inside.get(c)));
                            if (!disjoint(parts, members)) {
                                continue;
                            }
                            Set<String> covered = new HashSet<>();
                            parts.forEach(p -> covered.addAll(members.get(p)));
                            int remainder = count(members.get(large), organisation) - count(covered, organisation);
                            assertThat(remainder == 0 || remainder >= t)
                                    .as("%s minus %s describes %d people", large, parts, remainder)
                                    .isTrue();
                        }
                    }
                }
            }
        }
    }

    /** The families a group belongs to, as {@link CycleAnalysis} declares them. */
    private static Set<String> families(GroupId group) {
        if ("CUSTOMER".equals(group.roleLevel())) {
            return Set.of();
        }
        String slice = "slice:" + (group.roleLevel() == null ? "all" : group.roleLevel());
        String roles = "roles:" + (group.departmentId() == null ? "whole" : group.departmentId());
        return Set.of(slice, roles);
    }

    private static boolean disjoint(Set<GroupId> parts, Map<GroupId, Set<String>> members) {
        List<GroupId> list = List.copyOf(parts);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                Set<String> overlap = new HashSet<>(members.get(list.get(i)));
                overlap.retainAll(members.get(list.get(j)));
                if (!overlap.isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int count(Set<String> cells, Organisation organisation) {
        return cells.stream()
                .mapToInt(c -> organisation.counts().getOrDefault(c, 0))
                .sum();
    }
}
