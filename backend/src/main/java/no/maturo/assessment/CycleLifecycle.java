package no.maturo.assessment;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.maturo.audit.AuditActor;
import no.maturo.audit.AuditLog;
import no.maturo.identity.RoleLevel;
import no.maturo.model.ModelCatalog;
import no.maturo.model.ModelVersion;
import no.maturo.org.Department;
import no.maturo.org.Departments;
import no.maturo.tenancy.Tenant;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and closing cycles, for the scheduled tasks and for "open now" / "close now". Opening freezes the tenant's
 * anonymity threshold onto the cycle and snapshots the audience; closing a recurring cycle creates the next one of
 * its series.
 */
@Service
class CycleLifecycle {

    static final AuditActor SCHEDULER = AuditActor.system("Scheduler");

    /** What the audit log keeps of a cycle. */
    record CycleAudit(
            String name,
            Cycle.Kind kind,
            Cycle.Status status,
            UUID modelVersionId,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            Cycle.Recurrence recurrence,
            int seriesNumber,
            Integer pulseRotation,
            UUID audienceDepartmentId,
            List<RoleLevel> audienceRoleLevels,
            Integer reminderIntervalDays,
            boolean outsideIn,
            Integer anonymityThreshold,
            Integer participants) {
        static CycleAudit of(Cycle c) {
            return of(c, null);
        }

        static CycleAudit of(Cycle c, Integer participants) {
            return new CycleAudit(
                    c.name(),
                    c.kind(),
                    c.status(),
                    c.modelVersionId(),
                    c.opensAt(),
                    c.closesAt(),
                    c.recurrence(),
                    c.seriesNumber(),
                    c.pulseRotation(),
                    c.audienceDepartmentId(),
                    c.audienceRoleLevels(),
                    c.reminderIntervalDays(),
                    c.outsideIn(),
                    c.anonymityThreshold(),
                    participants);
        }
    }

    private final CycleRepository repository;
    private final CycleSchedule schedule;
    private final ModelCatalog catalog;
    private final Departments departments;
    private final Tenants tenants;
    private final AuditLog auditLog;

    CycleLifecycle(
            CycleRepository repository,
            CycleSchedule schedule,
            ModelCatalog catalog,
            Departments departments,
            Tenants tenants,
            AuditLog auditLog) {
        this.repository = repository;
        this.schedule = schedule;
        this.catalog = catalog;
        this.departments = departments;
        this.tenants = tenants;
        this.auditLog = auditLog;
    }

    /** The open task: opens the cycle if it is still scheduled (it may have been unscheduled or opened by hand). */
    @Transactional
    public void openWhenDue(UUID cycleId) {
        repository
                .lock(cycleId)
                .filter(c -> c.status() == Cycle.Status.SCHEDULED)
                .ifPresent(c -> open(c, now(), SCHEDULER));
    }

    /** The close task: closes the cycle if it is still open. */
    @Transactional
    public void closeWhenDue(UUID cycleId) {
        repository
                .lock(cycleId)
                .filter(c -> c.status() == Cycle.Status.OPEN)
                .ifPresent(c -> close(c, now(), SCHEDULER));
    }

    /** Opens a locked cycle; {@code actor} null means the signed-in person. */
    @Transactional(propagation = Propagation.MANDATORY)
    Cycle open(Cycle cycle, OffsetDateTime now, AuditActor actor) {
        int threshold = tenants.findById(TenantContext.require())
                .map(Tenant::anonymityThreshold)
                .orElseThrow();
        Set<UUID> audienceDepartments =
                cycle.audienceDepartmentId() == null ? null : subtree(cycle.audienceDepartmentId());
        List<RoleLevel> roleLevels =
                cycle.audienceRoleLevels() == null || cycle.audienceRoleLevels().isEmpty()
                        ? null
                        : cycle.audienceRoleLevels();
        int participants = repository.snapshotParticipants(cycle.id(), audienceDepartments, roleLevels);
        OffsetDateTime opensAt = cycle.opensAt().isAfter(now) ? now : cycle.opensAt();
        repository.markOpened(cycle.id(), opensAt, now, threshold);
        schedule.cancel(CycleSchedule.OPEN, cycle.id());
        schedule.scheduleInvitations(cycle.id());
        schedule.scheduleClose(cycle.id(), cycle.closesAt().toInstant());
        if (cycle.reminderIntervalDays() != null) {
            OffsetDateTime first = now.plusDays(cycle.reminderIntervalDays());
            if (first.isBefore(cycle.closesAt())) {
                schedule.scheduleReminder(cycle.id(), 1, first.toInstant());
            }
        }
        Cycle opened = repository.find(cycle.id()).orElseThrow();
        audit(actor, "cycle.opened", cycle, CycleAudit.of(cycle), CycleAudit.of(opened, participants));
        return opened;
    }

    /** Closes a locked, open cycle and, for a recurring one, creates the next of its series. */
    @Transactional(propagation = Propagation.MANDATORY)
    Cycle close(Cycle cycle, OffsetDateTime now, AuditActor actor) {
        repository.markClosed(cycle.id(), now);
        schedule.cancel(CycleSchedule.REMIND, cycle.id());
        schedule.cancel(CycleSchedule.CLOSE, cycle.id());
        Cycle closed = repository.find(cycle.id()).orElseThrow();
        audit(actor, "cycle.closed", cycle, CycleAudit.of(cycle), CycleAudit.of(closed));
        createSuccessor(closed, now, actor);
        return closed;
    }

    /**
     * The next cycle of a recurring series: the same plan one period later (skipping periods that have already
     * ended), series number plus one, its statements from the rotation, scheduled to open.
     */
    private void createSuccessor(Cycle cycle, OffsetDateTime now, AuditActor actor) {
        if (cycle.recurrence() == Cycle.Recurrence.NONE) {
            return;
        }
        int number = cycle.seriesNumber() + 1;
        if (repository.seriesNumberTaken(cycle.seriesId(), number)) {
            return;
        }
        int months = cycle.recurrence().months;
        OffsetDateTime opensAt = cycle.opensAt().plusMonths(months);
        OffsetDateTime closesAt = cycle.closesAt().plusMonths(months);
        while (!closesAt.isAfter(now)) {
            opensAt = opensAt.plusMonths(months);
            closesAt = closesAt.plusMonths(months);
        }
        Cycle next = new Cycle(
                UUID.randomUUID(),
                cycle.name(),
                cycle.kind(),
                cycle.modelVersionId(),
                Cycle.Status.SCHEDULED,
                opensAt,
                closesAt,
                cycle.recurrence(),
                cycle.seriesId(),
                number,
                cycle.pulseRotation(),
                cycle.audienceDepartmentId(),
                cycle.audienceRoleLevels(),
                cycle.reminderIntervalDays(),
                cycle.outsideIn(),
                null,
                null,
                null,
                null);
        repository.insert(next);
        repository.replaceItems(
                next.id(), itemsFor(next.plan(), number, catalog.publishedVersion(next.modelVersionId())));
        schedule.scheduleOpen(next.id(), opensAt.toInstant());
        audit(actor, "cycle.created", next, null, CycleAudit.of(next));
    }

    /** The statements a cycle asks: the whole model for an assessment, the rotation's share for a pulse. */
    static List<UUID> itemsFor(Cycle.Plan plan, int seriesNumber, ModelVersion version) {
        List<ModelVersion.Item> items = version.items();
        if (plan.kind() == Cycle.Kind.ASSESSMENT) {
            return items.stream().map(ModelVersion.Item::id).toList();
        }
        List<UUID> asked = new ArrayList<>();
        for (int position : PulseRotation.positions(items.size(), plan.pulseRotation(), seriesNumber)) {
            asked.add(items.get(position).id());
        }
        return asked;
    }

    /** The department and all its descendants, archived ones included (people may still belong to them). */
    Set<UUID> subtree(UUID root) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        for (Department d : departments.listAll()) {
            if (d.parentId() != null) {
                children.computeIfAbsent(d.parentId(), k -> new ArrayList<>()).add(d.id());
            }
        }
        Set<UUID> found = new HashSet<>();
        Deque<UUID> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            UUID id = queue.pop();
            if (found.add(id)) {
                queue.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return found;
    }

    void audit(AuditActor actor, String action, Cycle cycle, Object before, Object after) {
        if (actor == null) {
            auditLog.record(action, "cycle", cycle.id(), before, after);
        } else {
            auditLog.record(actor, action, "cycle", cycle.id(), before, after);
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
