package no.maturo.identity;

import static no.maturo.jooq.Tables.USER_ACCOUNT;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.maturo.audit.AuditLog;
import no.maturo.org.Department;
import no.maturo.org.Departments;
import no.maturo.tenancy.TenantContext;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SCIM Groups as the current tenant's active departments. The departments themselves change through
 * {@link Departments} (which audits them); membership is the person's {@code department_id}, written here.
 */
@Component
class ScimGroupStore {

    record Member(UUID id, String displayName) {}

    record ScimGroup(Department department, List<Member> members) {}

    record Page(int total, List<ScimGroup> groups) {}

    /** What the audit log keeps of a membership change. */
    record DepartmentChange(UUID departmentId) {}

    /** Member ids that are not people of this tenant. */
    static class UnknownMembersException extends RuntimeException {
        UnknownMembersException(Collection<UUID> ids) {
            super("Not people of this organisation: " + ids);
        }
    }

    private final DSLContext dsl;
    private final Departments departments;
    private final AuditLog auditLog;

    ScimGroupStore(DSLContext dsl, Departments departments, AuditLog auditLog) {
        this.dsl = dsl;
        this.departments = departments;
        this.auditLog = auditLog;
    }

    /** An active department with its people; archived and unknown ones are not groups. */
    @Transactional(readOnly = true)
    Optional<ScimGroup> find(UUID id) {
        return active(id).map(d -> new ScimGroup(d, members(Set.of(d.id())).getOrDefault(d.id(), List.of())));
    }

    /** One page (startIndex is 1-based), optionally only departments with this name. */
    @Transactional(readOnly = true)
    Page list(String displayName, int startIndex, int count) {
        List<Department> all =
                displayName == null ? departments.listActive() : departments.listActiveNamed(displayName);
        int from = Math.min(all.size(), Math.max(0, startIndex - 1));
        List<Department> page = all.subList(from, Math.min(all.size(), from + count));
        Map<UUID, List<Member>> members =
                members(page.stream().map(Department::id).collect(Collectors.toSet()));
        return new Page(
                all.size(),
                page.stream()
                        .map(d -> new ScimGroup(d, members.getOrDefault(d.id(), List.of())))
                        .toList());
    }

    /** Creates a top-level department and moves the given people into it. */
    @Transactional
    ScimGroup create(String displayName, Set<UUID> memberIds) {
        requirePeople(memberIds);
        Department created = departments.create(displayName, null);
        memberIds.forEach(person -> move(person, created.id()));
        return find(created.id()).orElseThrow();
    }

    /**
     * Renames the department (null keeps the name) and, when {@code memberIds} is given, makes exactly those people
     * its members: the others in it lose their department. {@code added} and {@code removed} change membership
     * relative to the current one. Empty if the group does not exist.
     */
    @Transactional
    Optional<ScimGroup> change(UUID id, String displayName, Set<UUID> memberIds, Set<UUID> added, Set<UUID> removed) {
        Optional<Department> found = active(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Department department = found.get();
        Set<UUID> wanted = new HashSet<>();
        wanted.addAll(memberIds == null ? Set.of() : memberIds);
        wanted.addAll(added);
        requirePeople(wanted);
        if (displayName != null) {
            departments.update(id, displayName, department.parentId());
        }
        Set<UUID> current = currentMembers(id);
        Set<UUID> target = new HashSet<>(memberIds == null ? current : memberIds);
        target.addAll(added);
        target.removeAll(removed);
        current.stream().filter(person -> !target.contains(person)).forEach(person -> move(person, null));
        target.stream().filter(person -> !current.contains(person)).forEach(person -> move(person, id));
        return find(id);
    }

    /** Archives the department (its history stays); its people lose it. False if the group does not exist. */
    @Transactional
    boolean archive(UUID id) {
        if (active(id).isEmpty()) {
            return false;
        }
        departments.archive(id);
        currentMembers(id).forEach(person -> move(person, null));
        return true;
    }

    private Optional<Department> active(UUID id) {
        return departments.find(id).filter(d -> !d.archived());
    }

    private void requirePeople(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<UUID> known = new HashSet<>(dsl.select(USER_ACCOUNT.ID)
                .from(USER_ACCOUNT)
                .where(mine(), USER_ACCOUNT.ID.in(ids))
                .fetch(USER_ACCOUNT.ID));
        if (!known.containsAll(ids)) {
            throw new UnknownMembersException(
                    ids.stream().filter(id -> !known.contains(id)).sorted().toList());
        }
    }

    private Set<UUID> currentMembers(UUID departmentId) {
        return new HashSet<>(dsl.select(USER_ACCOUNT.ID)
                .from(USER_ACCOUNT)
                .where(mine(), USER_ACCOUNT.DEPARTMENT_ID.eq(departmentId))
                .fetch(USER_ACCOUNT.ID));
    }

    private Map<UUID, List<Member>> members(Set<UUID> departmentIds) {
        if (departmentIds.isEmpty()) {
            return Map.of();
        }
        return dsl
                .select(USER_ACCOUNT.DEPARTMENT_ID, USER_ACCOUNT.ID, USER_ACCOUNT.DISPLAY_NAME)
                .from(USER_ACCOUNT)
                .where(mine(), USER_ACCOUNT.DEPARTMENT_ID.in(departmentIds))
                .orderBy(USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.value1(),
                        LinkedHashMap::new,
                        Collectors.mapping(r -> new Member(r.value2(), r.value3()), Collectors.toList())));
    }

    /** Sets one person's department and audits the change. */
    private void move(UUID personId, UUID departmentId) {
        UUID before = dsl.select(USER_ACCOUNT.DEPARTMENT_ID)
                .from(USER_ACCOUNT)
                .where(mine(), USER_ACCOUNT.ID.eq(personId))
                .forUpdate()
                .fetchSingle(USER_ACCOUNT.DEPARTMENT_ID);
        if (Objects.equals(before, departmentId)) {
            return;
        }
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.DEPARTMENT_ID, departmentId)
                .where(mine(), USER_ACCOUNT.ID.eq(personId))
                .execute();
        auditLog.record(
                "person.department-changed",
                "person",
                personId,
                new DepartmentChange(before),
                new DepartmentChange(departmentId));
    }

    private static Condition mine() {
        return USER_ACCOUNT.TENANT_ID.eq(TenantContext.require());
    }
}
