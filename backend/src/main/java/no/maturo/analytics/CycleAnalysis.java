package no.maturo.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.maturo.model.MaturityLevel;
import no.maturo.model.MaturityScores.Tally;

/**
 * One cycle's rollups seen as every group its figures can be asked for, with the suppression decided once for all
 * of them, so what one request shows never lets another request's figure be subtracted down to a small group.
 * Groups are a department's subtree (or the whole organisation) crossed with one role level (or all employees);
 * customers are a group of their own.
 */
final class CycleAnalysis {

    static final List<String> EMPLOYEE_LEVELS =
            List.of("TOP_MANAGEMENT", "MIDDLE_MANAGEMENT", "SPECIALIST", "FRONTLINE");
    static final String CUSTOMER = "CUSTOMER";

    /** A group: {@code departmentId} null for the whole organisation, {@code roleLevel} null for all employees. */
    record GroupId(UUID departmentId, String roleLevel) {}

    /** The figures behind one group: responses, respondents per level and answers per statement. */
    record Totals(int responses, Map<MaturityLevel, Integer> levels, Map<UUID, Tally> statements) {}

    private final Map<GroupId, Set<String>> cellsOf = new LinkedHashMap<>();
    private final Map<String, Rollups.GroupRollup> cells = new HashMap<>();
    private final Suppression<GroupId> suppression;

    /**
     * @param children department id to its direct sub-departments, for every department (archived ones too)
     */
    CycleAnalysis(int threshold, List<Rollups.GroupRollup> rollups, Map<UUID, List<UUID>> children) {
        rollups.forEach(r -> cells.put(r.groupKey(), r));
        Map<GroupId, Suppression.Group<String>> groups = new LinkedHashMap<>();
        add(groups, new GroupId(null, null), rollups, null, null, Set.of("slice:all", "roles:whole"));
        for (String level : EMPLOYEE_LEVELS) {
            add(groups, new GroupId(null, level), rollups, null, level, Set.of("slice:" + level, "roles:whole"));
        }
        add(groups, new GroupId(null, CUSTOMER), rollups, null, CUSTOMER, Set.of());
        for (UUID department : children.keySet()) {
            Set<UUID> subtree = subtree(department, children);
            add(
                    groups,
                    new GroupId(department, null),
                    rollups,
                    subtree,
                    null,
                    Set.of("slice:all", "roles:" + department));
            for (String level : EMPLOYEE_LEVELS) {
                add(
                        groups,
                        new GroupId(department, level),
                        rollups,
                        subtree,
                        level,
                        Set.of("slice:" + level, "roles:" + department));
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        rollups.forEach(r -> counts.put(r.groupKey(), r.responses()));
        suppression = Suppression.of(threshold, groups, counts);
    }

    private void add(
            Map<GroupId, Suppression.Group<String>> groups,
            GroupId id,
            List<Rollups.GroupRollup> rollups,
            Set<UUID> departments,
            String roleLevel,
            Set<String> families) {
        Set<String> members = new HashSet<>();
        for (Rollups.GroupRollup cell : rollups) {
            boolean levelMatches =
                    roleLevel == null ? !CUSTOMER.equals(cell.roleLevel()) : roleLevel.equals(cell.roleLevel());
            boolean departmentMatches = departments == null || departments.contains(cell.departmentId());
            if (levelMatches && departmentMatches) {
                members.add(cell.groupKey());
            }
        }
        cellsOf.put(id, members);
        groups.put(id, new Suppression.Group<>(members, families));
    }

    static Set<UUID> subtree(UUID root, Map<UUID, List<UUID>> children) {
        Set<UUID> subtree = new HashSet<>();
        List<UUID> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            UUID next = todo.removeLast();
            if (subtree.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return subtree;
    }

    boolean shown(GroupId group) {
        return suppression.shown(group);
    }

    Suppression.Reason reason(GroupId group) {
        return suppression.reason(group);
    }

    int responses(GroupId group) {
        return suppression.count(group);
    }

    /** The cells (group keys) of a shown group. */
    Set<String> cells(GroupId group) {
        if (!shown(group)) {
            throw new IllegalStateException("Cells of a hidden group were asked for");
        }
        return cellsOf.getOrDefault(group, Set.of());
    }

    /** The group's figures; only for shown groups. */
    Totals totals(GroupId group) {
        if (!shown(group)) {
            throw new IllegalStateException("Figures of a hidden group were asked for");
        }
        int responses = 0;
        Map<MaturityLevel, Integer> levels = new HashMap<>();
        Map<UUID, Tally> statements = new HashMap<>();
        for (String key : cellsOf.getOrDefault(group, Set.of())) {
            Rollups.GroupRollup cell = cells.get(key);
            responses += cell.responses();
            cell.levels().forEach((level, count) -> levels.merge(level, count, Integer::sum));
            cell.statements().forEach((item, tally) -> statements.merge(item, tally, Tally::plus));
        }
        return new Totals(responses, levels, statements);
    }
}
