package no.maturo.assessment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.maturo.identity.RoleLevel;
import no.maturo.model.ModelCatalog;
import no.maturo.model.ModelVersion;
import no.maturo.org.Department;
import no.maturo.org.Departments;
import no.maturo.shared.ConflictException;
import no.maturo.shared.NotFoundException;
import no.maturo.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** A tenant admin's assessment cycles: planning, scheduling, opening and closing by hand, customer links. */
@Service
class Cycles {

    /** A cycle with its model version, the statements it asks and participation totals. */
    record Detail(Cycle cycle, ModelVersion version, List<UUID> itemIds, CycleRepository.Participation participation) {}

    /** A cycle in the list. */
    record Summary(
            Cycle cycle, String modelName, int modelVersionNumber, CycleRepository.Participation participation) {}

    private final CycleRepository repository;
    private final CycleLifecycle lifecycle;
    private final CycleSchedule schedule;
    private final ModelCatalog catalog;
    private final Departments departments;
    private final String publicUrl;

    Cycles(
            CycleRepository repository,
            CycleLifecycle lifecycle,
            CycleSchedule schedule,
            ModelCatalog catalog,
            Departments departments,
            @Value("${maturo.public-url}") String publicUrl) {
        this.repository = repository;
        this.lifecycle = lifecycle;
        this.schedule = schedule;
        this.catalog = catalog;
        this.departments = departments;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Transactional(readOnly = true)
    public List<Summary> list() {
        List<Cycle> cycles = repository.list();
        Map<UUID, CycleRepository.Participation> participation =
                repository.participation(cycles.stream().map(Cycle::id).toList());
        Map<UUID, Optional<ModelVersion>> versions = new HashMap<>();
        return cycles.stream()
                .map(c -> {
                    Optional<ModelVersion> version = versions.computeIfAbsent(c.modelVersionId(), catalog::version);
                    return new Summary(
                            c,
                            version.map(ModelVersion::modelName).orElse(""),
                            version.map(ModelVersion::number).orElse(0),
                            participation.getOrDefault(c.id(), CycleRepository.Participation.NONE));
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public Detail get(UUID id) {
        Cycle cycle = repository.find(id).orElseThrow(() -> notFound(id));
        return detail(cycle);
    }

    private Detail detail(Cycle cycle) {
        return new Detail(
                cycle,
                catalog.version(cycle.modelVersionId()).orElseThrow(),
                repository.items(cycle.id()),
                repository
                        .participation(List.of(cycle.id()))
                        .getOrDefault(cycle.id(), CycleRepository.Participation.NONE));
    }

    @Transactional
    public Detail create(Cycle.Plan requested) {
        Cycle.Plan plan = normalise(requested);
        ModelVersion version = validate(plan, false);
        UUID id = UUID.randomUUID();
        Cycle cycle = new Cycle(
                id,
                plan.name(),
                plan.kind(),
                plan.modelVersionId(),
                Cycle.Status.DRAFT,
                plan.opensAt(),
                plan.closesAt(),
                plan.recurrence(),
                UUID.randomUUID(),
                1,
                plan.pulseRotation(),
                plan.audienceDepartmentId(),
                plan.audienceRoleLevels(),
                plan.reminderIntervalDays(),
                plan.outsideIn(),
                null,
                null,
                null,
                null);
        repository.insert(cycle);
        repository.replaceItems(id, CycleLifecycle.itemsFor(plan, 1, version));
        lifecycle.audit(null, "cycle.created", cycle, null, CycleLifecycle.CycleAudit.of(cycle));
        return detail(repository.find(id).orElseThrow());
    }

    @Transactional
    public Detail update(UUID id, Cycle.Plan requested) {
        Cycle before = repository.lock(id).orElseThrow(() -> notFound(id));
        if (before.status() != Cycle.Status.DRAFT && before.status() != Cycle.Status.SCHEDULED) {
            throw new ConflictException("The survey is "
                    + before.status().name().toLowerCase() + "; only drafts and scheduled surveys can be changed.");
        }
        Cycle.Plan plan = normalise(requested);
        boolean scheduled = before.status() == Cycle.Status.SCHEDULED;
        ModelVersion version = validate(plan, scheduled);
        repository.updatePlan(id, plan);
        repository.replaceItems(id, CycleLifecycle.itemsFor(plan, before.seriesNumber(), version));
        if (scheduled) {
            schedule.scheduleOpen(id, plan.opensAt().toInstant());
        }
        return auditedChange("cycle.updated", before);
    }

    @Transactional
    public void delete(UUID id) {
        Cycle cycle = repository.lock(id).orElseThrow(() -> notFound(id));
        if (cycle.status() != Cycle.Status.DRAFT) {
            throw new ConflictException("Only drafts can be deleted; unschedule a scheduled survey first.");
        }
        schedule.cancelAll(id);
        repository.delete(id);
        lifecycle.audit(null, "cycle.deleted", cycle, CycleLifecycle.CycleAudit.of(cycle), null);
    }

    /** DRAFT to SCHEDULED: the open task runs at the opening time. */
    @Transactional
    public Detail schedule(UUID id) {
        Cycle cycle = repository.lock(id).orElseThrow(() -> notFound(id));
        if (cycle.status() != Cycle.Status.DRAFT) {
            throw new ConflictException("Only drafts can be scheduled; this survey is "
                    + cycle.status().name().toLowerCase() + ".");
        }
        if (!cycle.opensAt().isAfter(OffsetDateTime.now())) {
            throw new ConflictException("The opening time has passed. Choose a later time, or open the survey now.");
        }
        catalog.publishedVersion(cycle.modelVersionId());
        repository.changeStatus(id, Cycle.Status.SCHEDULED);
        schedule.scheduleOpen(id, cycle.opensAt().toInstant());
        return auditedChange("cycle.scheduled", cycle);
    }

    /** SCHEDULED back to DRAFT: the open task is removed. */
    @Transactional
    public Detail unschedule(UUID id) {
        Cycle cycle = repository.lock(id).orElseThrow(() -> notFound(id));
        if (cycle.status() != Cycle.Status.SCHEDULED) {
            throw new ConflictException("Only scheduled surveys can be unscheduled; this survey is "
                    + cycle.status().name().toLowerCase() + ".");
        }
        repository.changeStatus(id, Cycle.Status.DRAFT);
        schedule.cancelAll(id);
        return auditedChange("cycle.unscheduled", cycle);
    }

    @Transactional
    public Detail openNow(UUID id) {
        Cycle cycle = repository.lock(id).orElseThrow(() -> notFound(id));
        if (cycle.status() != Cycle.Status.DRAFT && cycle.status() != Cycle.Status.SCHEDULED) {
            throw new ConflictException(
                    "The survey is already " + cycle.status().name().toLowerCase() + ".");
        }
        OffsetDateTime now = CycleLifecycle.now();
        if (!cycle.closesAt().isAfter(now)) {
            throw new ConflictException("The closing time has passed. Change it before opening the survey.");
        }
        catalog.publishedVersion(cycle.modelVersionId());
        return detail(lifecycle.open(cycle, now, null));
    }

    @Transactional
    public Detail closeNow(UUID id) {
        Cycle cycle = repository.lock(id).orElseThrow(() -> notFound(id));
        if (cycle.status() != Cycle.Status.OPEN) {
            throw new ConflictException("Only open surveys can be closed; this survey is "
                    + cycle.status().name().toLowerCase() + ".");
        }
        return detail(lifecycle.close(cycle, CycleLifecycle.now(), null));
    }

    /** New single-use customer links; the full links are returned here and never again. */
    @Transactional
    public List<String> createCustomerLinks(UUID id, int count, String label) {
        Cycle cycle = repository.lock(id).orElseThrow(() -> notFound(id));
        if (!cycle.outsideIn()) {
            throw new ConflictException(
                    "The survey has no outside-in part; turn it on before creating customer links.");
        }
        if (cycle.status() != Cycle.Status.SCHEDULED && cycle.status() != Cycle.Status.OPEN) {
            throw new ConflictException(
                    "Customer links can be created for scheduled and open surveys only; this survey is "
                            + cycle.status().name().toLowerCase() + ".");
        }
        String trimmedLabel = label == null || label.isBlank() ? null : label.strip();
        List<String> links = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SurveyLinkToken.Issued token =
                    SurveyLinkToken.issue(SurveyLinkToken.Kind.CUSTOMER, TenantContext.require());
            repository.insertCustomerLink(id, token.parsed().hash(), trimmedLabel);
            links.add(publicUrl + "/c/" + token.value());
        }
        lifecycle.audit(
                null,
                "cycle.customer-links-created",
                cycle,
                null,
                Map.of("count", count, "label", trimmedLabel == null ? "" : trimmedLabel));
        return links;
    }

    /** Audits a change of the cycle from {@code before} to what is stored now, and returns the stored detail. */
    private Detail auditedChange(String action, Cycle before) {
        Cycle after = repository.find(before.id()).orElseThrow();
        lifecycle.audit(null, action, after, CycleLifecycle.CycleAudit.of(before), CycleLifecycle.CycleAudit.of(after));
        return detail(after);
    }

    private static Cycle.Plan normalise(Cycle.Plan plan) {
        List<RoleLevel> levels =
                plan.audienceRoleLevels() == null || plan.audienceRoleLevels().isEmpty()
                        ? null
                        : List.copyOf(new LinkedHashSet<>(plan.audienceRoleLevels()));
        return new Cycle.Plan(
                plan.name().strip(),
                plan.kind(),
                plan.modelVersionId(),
                plan.opensAt(),
                plan.closesAt(),
                plan.recurrence() == null ? Cycle.Recurrence.NONE : plan.recurrence(),
                plan.pulseRotation(),
                plan.audienceDepartmentId(),
                levels,
                plan.reminderIntervalDays(),
                plan.outsideIn());
    }

    /** Every rule a plan must meet; the published model version it uses. */
    private ModelVersion validate(Cycle.Plan plan, boolean scheduled) {
        if (!plan.closesAt().isAfter(plan.opensAt())) {
            throw badRequest("The survey must close after it opens.");
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (!plan.closesAt().isAfter(now)) {
            throw badRequest("The closing time has already passed.");
        }
        if (scheduled && !plan.opensAt().isAfter(now)) {
            throw badRequest("A scheduled survey must open in the future; open it now instead.");
        }
        if (plan.kind() == Cycle.Kind.PULSE && plan.pulseRotation() == null) {
            throw badRequest("A pulse needs a rotation: every statement is asked at least once every N pulses.");
        }
        if (plan.kind() == Cycle.Kind.ASSESSMENT && plan.pulseRotation() != null) {
            throw badRequest("Only pulses rotate statements; leave the rotation empty for a full assessment.");
        }
        if (plan.recurrence() != Cycle.Recurrence.NONE
                && plan.closesAt().isAfter(plan.opensAt().plusMonths(plan.recurrence().months))) {
            throw badRequest("A " + plan.recurrence().name().toLowerCase()
                    + " survey must close before the next one opens: keep it open at most "
                    + (plan.recurrence().months == 1 ? "one month." : plan.recurrence().months + " months."));
        }
        if (plan.audienceDepartmentId() != null) {
            Department department = departments
                    .find(plan.audienceDepartmentId())
                    .orElseThrow(() -> new NotFoundException("The audience department does not exist."));
            if (department.archived()) {
                throw badRequest("The audience department '" + department.name() + "' is archived.");
            }
        }
        ModelVersion version = catalog.publishedVersion(plan.modelVersionId());
        if (version.items().isEmpty()) {
            throw badRequest("The model version has no statements.");
        }
        if (plan.outsideIn()
                && version.items().stream().allMatch(i -> i.customerText().isEmpty())) {
            throw badRequest(
                    "The model version has no statements for customers, so it cannot have an outside-in part.");
        }
        return version;
    }

    private static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No survey " + id);
    }
}
