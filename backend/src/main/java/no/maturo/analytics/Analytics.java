package no.maturo.analytics;

import static no.maturo.jooq.Tables.CYCLE;
import static no.maturo.jooq.Tables.CYCLE_ITEM;
import static no.maturo.jooq.Tables.CYCLE_PARTICIPANT;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.maturo.analytics.AnalyticsApi.CycleSummary;
import no.maturo.analytics.AnalyticsApi.DimensionFigures;
import no.maturo.analytics.AnalyticsApi.GapDimension;
import no.maturo.analytics.AnalyticsApi.GapEntry;
import no.maturo.analytics.AnalyticsApi.GroupFigures;
import no.maturo.analytics.AnalyticsApi.Heatmap;
import no.maturo.analytics.AnalyticsApi.HeatmapCell;
import no.maturo.analytics.AnalyticsApi.HeatmapRow;
import no.maturo.analytics.AnalyticsApi.Participation;
import no.maturo.analytics.AnalyticsApi.PerceptionGap;
import no.maturo.analytics.AnalyticsApi.StatementFigures;
import no.maturo.analytics.AnalyticsApi.TrendCycle;
import no.maturo.analytics.AnalyticsApi.TrendDimension;
import no.maturo.analytics.AnalyticsApi.TrendPoint;
import no.maturo.analytics.AnalyticsApi.Trends;
import no.maturo.analytics.CycleAnalysis.GroupId;
import no.maturo.identity.Accounts;
import no.maturo.identity.AuthenticatedUser;
import no.maturo.identity.Role;
import no.maturo.model.MaturityLevel;
import no.maturo.model.MaturityScores;
import no.maturo.model.ModelCatalog;
import no.maturo.model.ModelVersion;
import no.maturo.org.Department;
import no.maturo.org.Departments;
import no.maturo.shared.NotFoundException;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Results of open and closed cycles from the rollups, behind the anonymity rules of {@link Suppression}: leaders and
 * tenant admins see the whole organisation, department managers their own department's subtree. Reads the cycle,
 * its statements and its participation snapshot (never joined to responses) directly.
 */
@Service
class Analytics {

    private record CycleInfo(
            UUID id,
            String name,
            String kind,
            String status,
            UUID modelVersionId,
            int threshold,
            boolean outsideIn,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt) {}

    /** What the viewer may see: the whole organisation (root null) or one department's subtree. */
    private record Scope(UUID root) {}

    private record Loaded(
            CycleInfo cycle,
            ModelVersion version,
            Set<UUID> asked,
            Map<UUID, Department> departments,
            Map<UUID, List<UUID>> children,
            CycleAnalysis analysis) {}

    private final DSLContext dsl;
    private final Rollups rollups;
    private final ModelCatalog catalog;
    private final Departments departments;
    private final Accounts accounts;
    private final Tenants tenants;

    Analytics(
            DSLContext dsl,
            Rollups rollups,
            ModelCatalog catalog,
            Departments departments,
            Accounts accounts,
            Tenants tenants) {
        this.dsl = dsl;
        this.rollups = rollups;
        this.catalog = catalog;
        this.departments = departments;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    @Transactional
    List<CycleSummary> cycles(AuthenticatedUser viewer) {
        Scope scope = scope(viewer);
        List<CycleSummary> summaries = new ArrayList<>();
        for (CycleInfo cycle : dsl.selectFrom(CYCLE)
                .where(CYCLE.STATUS.in("OPEN", "CLOSED"))
                .orderBy(CYCLE.OPENS_AT.desc())
                .fetch(this::info)) {
            Loaded loaded = load(cycle);
            GroupId root = new GroupId(scope.root(), null);
            summaries.add(new CycleSummary(
                    cycle.id(),
                    cycle.name(),
                    cycle.kind(),
                    cycle.status(),
                    cycle.opensAt(),
                    cycle.closesAt(),
                    cycle.threshold(),
                    cycle.outsideIn(),
                    loaded.analysis().shown(root)));
        }
        return summaries;
    }

    @Transactional
    GroupFigures scores(AuthenticatedUser viewer, UUID cycleId, UUID departmentId, String roleLevel) {
        Loaded loaded = load(cycle(cycleId));
        Scope scope = scope(viewer);
        UUID department = departmentIn(scope, loaded, departmentId);
        checkRoleLevel(roleLevel, department);
        return figures(loaded, new GroupId(department, roleLevel));
    }

    @Transactional
    Heatmap heatmap(AuthenticatedUser viewer, UUID cycleId) {
        Loaded loaded = load(cycle(cycleId));
        Scope scope = scope(viewer);
        List<HeatmapRow> rows = new ArrayList<>();
        if (scope.root() == null) {
            rows.add(row(loaded, null, null, 0));
            for (UUID top : topLevel(loaded)) {
                addRows(loaded, top, 0, rows);
            }
        } else {
            addRows(loaded, scope.root(), 0, rows);
        }
        return new Heatmap(loaded.cycle().id(), loaded.cycle().threshold(), dimensionHeads(loaded), rows);
    }

    @Transactional
    PerceptionGap perceptionGap(AuthenticatedUser viewer, UUID cycleId, UUID departmentId) {
        Loaded loaded = load(cycle(cycleId));
        UUID department = departmentIn(scope(viewer), loaded, departmentId);
        List<String> levels = new ArrayList<>(CycleAnalysis.EMPLOYEE_LEVELS);
        if (loaded.cycle().outsideIn() && department == null) {
            levels.add(CycleAnalysis.CUSTOMER);
        }
        Map<String, MaturityScores.Scores> byLevel = new HashMap<>();
        for (String level : levels) {
            GroupId group = new GroupId(department, level);
            if (loaded.analysis().shown(group)) {
                byLevel.put(level, scoresOf(loaded, group));
            }
        }
        List<GapDimension> dimensions = new ArrayList<>();
        List<GapEntry> overall = new ArrayList<>();
        for (String level : levels) {
            MaturityScores.Scores scores = byLevel.get(level);
            overall.add(new GapEntry(
                    level,
                    scores == null ? null : scores.index(),
                    loaded.analysis().reason(new GroupId(department, level))));
        }
        for (ModelVersion.Dimension dimension : askedDimensions(loaded)) {
            List<GapEntry> entries = new ArrayList<>();
            for (String level : levels) {
                MaturityScores.Scores scores = byLevel.get(level);
                Double mean = scores == null
                        ? null
                        : scores.dimensions().stream()
                                .filter(d -> d.dimension().id().equals(dimension.id()))
                                .findFirst()
                                .map(MaturityScores.DimensionScore::mean)
                                .orElse(null);
                entries.add(new GapEntry(level, mean, loaded.analysis().reason(new GroupId(department, level))));
            }
            dimensions.add(new GapDimension(dimension.id(), dimension.key(), dimension.name(), entries, gap(entries)));
        }
        return new PerceptionGap(
                loaded.cycle().id(),
                department,
                levels,
                new GapDimension(null, "overall", Map.of(), overall, gap(overall)),
                dimensions);
    }

    /**
     * Per dimension (matched across model versions by key) and assessment, oldest first: the mean of the
     * respondents' dimension indices with its 95% confidence interval, and the change from the previous assessment
     * in the list, significant only when Welch's t-test gives p < 0.05 (ADR 0016). Each cycle's figures obey that
     * cycle's suppression; a hidden cycle has no figures and breaks the comparison for the next one.
     */
    @Transactional
    Trends trends(AuthenticatedUser viewer, UUID departmentId, String roleLevel) {
        Scope scope = scope(viewer);
        Map<UUID, Department> all = departmentsById();
        UUID department = departmentIn(scope, all, childrenOf(all), departmentId);
        checkRoleLevel(roleLevel, department);
        GroupId group = new GroupId(department, roleLevel);
        List<TrendCycle> cycles = new ArrayList<>();
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        List<Map<String, Rollups.Moments>> perCycle = new ArrayList<>();
        List<ModelVersion> versions = new ArrayList<>();
        for (CycleInfo cycle : dsl.selectFrom(CYCLE)
                .where(CYCLE.STATUS.in("OPEN", "CLOSED"), CYCLE.KIND.eq("ASSESSMENT"))
                .orderBy(CYCLE.OPENS_AT, CYCLE.ID)
                .fetch(this::info)) {
            Loaded loaded = load(cycle);
            versions.add(loaded.version());
            CycleAnalysis analysis = loaded.analysis();
            boolean shown = analysis.shown(group);
            cycles.add(new TrendCycle(
                    cycle.id(),
                    cycle.name(),
                    cycle.status(),
                    cycle.opensAt(),
                    cycle.closesAt(),
                    cycle.threshold(),
                    shown ? analysis.responses(group) : null,
                    analysis.reason(group)));
            Map<String, Rollups.Moments> moments = new HashMap<>();
            if (shown) {
                Map<String, Map<String, Rollups.Moments>> byCell = rollups.dimensionsOf(cycle.id());
                for (String cell : analysis.cells(group)) {
                    byCell.getOrDefault(cell, Map.of())
                            .forEach((key, m) -> moments.merge(key, m, Rollups.Moments::plus));
                }
            }
            perCycle.add(moments);
        }
        // Dimension names and order from the newest version that has the dimension.
        for (ModelVersion version : versions.reversed()) {
            for (ModelVersion.Dimension dimension : version.dimensions()) {
                names.putIfAbsent(dimension.key(), dimension.name());
            }
        }
        List<TrendDimension> dimensions = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> dimension : names.entrySet()) {
            List<TrendPoint> points = new ArrayList<>();
            TrendStatistics.Sample previous = null;
            boolean any = false;
            for (int i = 0; i < cycles.size(); i++) {
                TrendCycle cycle = cycles.get(i);
                Rollups.Moments moments = perCycle.get(i).get(dimension.getKey());
                if (moments == null || moments.n() == 0) {
                    points.add(new TrendPoint(
                            cycle.id(), null, null, null, null, null, null, false, cycle.suppressedReason()));
                    previous = null;
                    continue;
                }
                any = true;
                TrendStatistics.Sample sample = TrendStatistics.Sample.of(moments);
                TrendStatistics.Interval interval = TrendStatistics.confidenceInterval(sample);
                TrendStatistics.Welch welch = previous == null ? null : TrendStatistics.welch(previous, sample);
                points.add(new TrendPoint(
                        cycle.id(),
                        MaturityScores.round(sample.mean()),
                        sample.n(),
                        interval == null ? null : MaturityScores.round(interval.low()),
                        interval == null ? null : MaturityScores.round(interval.high()),
                        previous == null ? null : MaturityScores.round(sample.mean() - previous.mean()),
                        welch == null
                                ? null
                                : BigDecimal.valueOf(welch.p())
                                        .round(new MathContext(3))
                                        .doubleValue(),
                        welch != null && welch.significant(),
                        null));
                previous = sample;
            }
            if (any) {
                dimensions.add(new TrendDimension(dimension.getKey(), dimension.getValue(), points));
            }
        }
        return new Trends(department, roleLevel, cycles, dimensions);
    }

    private static void checkRoleLevel(String roleLevel, UUID department) {
        if (roleLevel != null
                && !CycleAnalysis.EMPLOYEE_LEVELS.contains(roleLevel)
                && !CycleAnalysis.CUSTOMER.equals(roleLevel)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Unknown role level " + roleLevel + "; use one of " + CycleAnalysis.EMPLOYEE_LEVELS
                            + " or CUSTOMER.");
        }
        if (CycleAnalysis.CUSTOMER.equals(roleLevel) && department != null) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Customers belong to no department; leave out departmentId for them.");
        }
    }

    /** Top management minus the mean of the other shown role levels (customers included); null without both sides. */
    static Double gap(List<GapEntry> entries) {
        Double top = null;
        double others = 0;
        int count = 0;
        for (GapEntry entry : entries) {
            if (entry.index() == null) {
                continue;
            }
            if (entry.roleLevel().equals("TOP_MANAGEMENT")) {
                top = entry.index();
            } else {
                others += entry.index();
                count++;
            }
        }
        return top == null || count == 0 ? null : MaturityScores.round(top - others / count);
    }

    // Figures of one group

    private GroupFigures figures(Loaded loaded, GroupId group) {
        CycleAnalysis analysis = loaded.analysis();
        Participation participation = analysis.shown(group) ? participation(loaded, group) : null;
        if (!analysis.shown(group)) {
            return new GroupFigures(
                    loaded.cycle().id(),
                    loaded.cycle().name(),
                    loaded.cycle().threshold(),
                    group.departmentId(),
                    group.roleLevel(),
                    true,
                    analysis.reason(group),
                    null,
                    null,
                    null,
                    null,
                    null,
                    participation,
                    List.of());
        }
        CycleAnalysis.Totals totals = analysis.totals(group);
        MaturityScores.Scores scores = MaturityScores.of(loaded.version(), loaded.asked(), totals.statements());
        int levelled =
                totals.levels().values().stream().mapToInt(Integer::intValue).sum();
        Map<MaturityLevel, Double> shares = new HashMap<>();
        for (MaturityLevel level : MaturityLevel.values()) {
            shares.put(
                    level,
                    levelled == 0
                            ? null
                            : MaturityScores.round(100.0 * totals.levels().getOrDefault(level, 0) / levelled));
        }
        boolean customers = CycleAnalysis.CUSTOMER.equals(group.roleLevel());
        List<DimensionFigures> dimensions = scores.dimensions().stream()
                .map(d -> new DimensionFigures(
                        d.dimension().id(),
                        d.dimension().key(),
                        d.dimension().name(),
                        d.dimension().weight().doubleValue(),
                        d.mean(),
                        d.mean100(),
                        d.exactMean() == null ? null : loaded.version().levelOf(d.exactMean()),
                        d.dontKnowCount(),
                        d.statements().stream()
                                .filter(s -> s.answerCount() + s.dontKnowCount() > 0)
                                .map(s -> new StatementFigures(
                                        s.item().id(),
                                        s.item().key(),
                                        customers
                                                ? s.item().customerText()
                                                : s.item().employeeText(),
                                        s.item().reverseScored(),
                                        s.item().weight().doubleValue(),
                                        s.mean(),
                                        s.top2Box() == null ? null : MaturityScores.round(100 * s.top2Box()),
                                        s.tally().distribution(),
                                        s.answerCount(),
                                        s.dontKnowCount()))
                                .toList()))
                .toList();
        return new GroupFigures(
                loaded.cycle().id(),
                loaded.cycle().name(),
                loaded.cycle().threshold(),
                group.departmentId(),
                group.roleLevel(),
                false,
                null,
                totals.responses(),
                scores.index(),
                scores.index100(),
                scores.exactIndex() == null ? null : loaded.version().levelOf(scores.exactIndex()),
                shares,
                participation,
                dimensions);
    }

    private MaturityScores.Scores scoresOf(Loaded loaded, GroupId group) {
        return MaturityScores.of(
                loaded.version(),
                loaded.asked(),
                loaded.analysis().totals(group).statements());
    }

    /** Invited and answered employees of the group, from the participation snapshot; none for customers. */
    private Participation participation(Loaded loaded, GroupId group) {
        if (CycleAnalysis.CUSTOMER.equals(group.roleLevel())) {
            return null;
        }
        var condition = CYCLE_PARTICIPANT.CYCLE_ID.eq(loaded.cycle().id());
        if (group.departmentId() != null) {
            condition = condition.and(
                    CYCLE_PARTICIPANT.DEPARTMENT_ID.in(CycleAnalysis.subtree(group.departmentId(), loaded.children())));
        }
        if (group.roleLevel() != null) {
            condition = condition.and(CYCLE_PARTICIPANT.ROLE_LEVEL.eq(group.roleLevel()));
        }
        var counts = dsl.select(DSL.count(), DSL.count().filterWhere(CYCLE_PARTICIPANT.ANSWERED.isTrue()))
                .from(CYCLE_PARTICIPANT)
                .where(condition)
                .fetchSingle();
        int invited = counts.value1();
        int answered = counts.value2();
        return new Participation(
                invited, answered, invited == 0 ? null : MaturityScores.round(100.0 * answered / invited));
    }

    // Heatmap

    private void addRows(Loaded loaded, UUID department, int depth, List<HeatmapRow> rows) {
        rows.add(row(loaded, department, loaded.departments().get(department).name(), depth));
        for (UUID child : loaded.children().getOrDefault(department, List.of())) {
            Department d = loaded.departments().get(child);
            if (!d.archived() || loaded.analysis().responses(new GroupId(child, null)) > 0) {
                addRows(loaded, child, depth + 1, rows);
            }
        }
    }

    private HeatmapRow row(Loaded loaded, UUID department, String name, int depth) {
        GroupId group = new GroupId(department, null);
        if (!loaded.analysis().shown(group)) {
            return new HeatmapRow(
                    department, name, depth, null, null, null, loaded.analysis().reason(group), List.of());
        }
        MaturityScores.Scores scores = scoresOf(loaded, group);
        List<HeatmapCell> cells = scores.dimensions().stream()
                .map(d -> new HeatmapCell(
                        d.dimension().id(),
                        d.mean(),
                        d.mean100(),
                        d.exactMean() == null ? null : loaded.version().levelOf(d.exactMean())))
                .toList();
        return new HeatmapRow(
                department,
                name,
                depth,
                loaded.analysis().responses(group),
                scores.index(),
                scores.exactIndex() == null ? null : loaded.version().levelOf(scores.exactIndex()),
                null,
                cells);
    }

    private List<UUID> topLevel(Loaded loaded) {
        return loaded.departments().values().stream()
                .filter(d -> d.parentId() == null)
                .filter(d -> !d.archived() || loaded.analysis().responses(new GroupId(d.id(), null)) > 0)
                .sorted(java.util.Comparator.comparing(Department::name))
                .map(Department::id)
                .toList();
    }

    private List<AnalyticsApi.DimensionHead> dimensionHeads(Loaded loaded) {
        return askedDimensions(loaded).stream()
                .map(d -> new AnalyticsApi.DimensionHead(
                        d.id(), d.key(), d.name(), d.weight().doubleValue()))
                .toList();
    }

    private static List<ModelVersion.Dimension> askedDimensions(Loaded loaded) {
        return loaded.version().dimensions().stream()
                .filter(d -> d.items().stream().anyMatch(i -> loaded.asked().contains(i.id())))
                .toList();
    }

    // Loading and access

    private Loaded load(CycleInfo cycle) {
        rollups.ensure(cycle.id());
        ModelVersion version = catalog.version(cycle.modelVersionId()).orElseThrow();
        Set<UUID> asked = new HashSet<>(dsl.select(CYCLE_ITEM.ITEM_ID)
                .from(CYCLE_ITEM)
                .where(CYCLE_ITEM.CYCLE_ID.eq(cycle.id()))
                .fetch(CYCLE_ITEM.ITEM_ID));
        Map<UUID, Department> all = departmentsById();
        Map<UUID, List<UUID>> children = childrenOf(all);
        CycleAnalysis analysis = new CycleAnalysis(cycle.threshold(), rollups.of(cycle.id()), children);
        return new Loaded(cycle, version, asked, all, children, analysis);
    }

    private Map<UUID, Department> departmentsById() {
        Map<UUID, Department> all = new HashMap<>();
        for (Department department : departments.listAll()) {
            all.put(department.id(), department);
        }
        return all;
    }

    private static Map<UUID, List<UUID>> childrenOf(Map<UUID, Department> all) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        all.keySet().forEach(id -> children.put(id, new ArrayList<>()));
        all.values().stream()
                .sorted(java.util.Comparator.comparing(Department::name))
                .filter(d -> d.parentId() != null && children.containsKey(d.parentId()))
                .forEach(d -> children.get(d.parentId()).add(d.id()));
        return children;
    }

    private CycleInfo cycle(UUID cycleId) {
        return dsl.selectFrom(CYCLE)
                .where(CYCLE.ID.eq(cycleId), CYCLE.STATUS.in("OPEN", "CLOSED"))
                .fetchOptional(this::info)
                .orElseThrow(() -> new NotFoundException("No open or closed cycle " + cycleId + "."));
    }

    private CycleInfo info(no.maturo.jooq.tables.records.CycleRecord r) {
        int threshold = r.getAnonymityThreshold() != null
                ? r.getAnonymityThreshold()
                : tenants.findById(TenantContext.require()).orElseThrow().anonymityThreshold();
        return new CycleInfo(
                r.getId(),
                r.getName(),
                r.getKind(),
                r.getStatus(),
                r.getModelVersionId(),
                threshold,
                r.getOutsideIn(),
                r.getOpensAt(),
                r.getClosesAt());
    }

    private Scope scope(AuthenticatedUser viewer) {
        if (viewer.roles().contains(Role.LEADER) || viewer.roles().contains(Role.TENANT_ADMIN)) {
            return new Scope(null);
        }
        UUID department = accounts.departmentOf(viewer.id())
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.FORBIDDEN,
                        "You see results of your own department, and your account belongs to no department."));
        return new Scope(department);
    }

    /** The department asked for, checked against the viewer's scope; a manager's default is their department. */
    private static UUID departmentIn(Scope scope, Loaded loaded, UUID departmentId) {
        return departmentIn(scope, loaded.departments(), loaded.children(), departmentId);
    }

    private static UUID departmentIn(
            Scope scope, Map<UUID, Department> departments, Map<UUID, List<UUID>> children, UUID departmentId) {
        if (departmentId != null && !departments.containsKey(departmentId)) {
            throw new NotFoundException("No department " + departmentId + ".");
        }
        if (scope.root() == null) {
            return departmentId;
        }
        if (departmentId == null) {
            return scope.root();
        }
        if (!CycleAnalysis.subtree(scope.root(), children).contains(departmentId)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "You see results of your own department and its sub-departments only.");
        }
        return departmentId;
    }
}
