package no.maturo.org;

import static no.maturo.jooq.Tables.DEPARTMENT;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.maturo.audit.AuditLog;
import no.maturo.shared.ConflictException;
import no.maturo.shared.NotFoundException;
import no.maturo.tenancy.TenantContext;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's departments. Row-level security scopes every query; the tenant filter here is for the plan. */
@Service
public class Departments {

    /** What the audit log keeps of a department. */
    record DepartmentAudit(String name, UUID parentId, boolean archived) {
        DepartmentAudit(Department d) {
            this(d.name(), d.parentId(), d.archived());
        }
    }

    private final DSLContext dsl;
    private final AuditLog auditLog;

    Departments(DSLContext dsl, AuditLog auditLog) {
        this.dsl = dsl;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public List<Department> listActive() {
        return list(DEPARTMENT.ARCHIVED_AT.isNull());
    }

    /** Active and archived departments. */
    @Transactional(readOnly = true)
    public List<Department> listAll() {
        return list(DSL.noCondition());
    }

    @Transactional(readOnly = true)
    public Optional<Department> find(UUID id) {
        return list(DEPARTMENT.ID.eq(id)).stream().findFirst();
    }

    /** Active departments with this name (case-insensitive, as names are unique among active siblings), any level. */
    @Transactional(readOnly = true)
    public List<Department> listActiveNamed(String name) {
        return list(
                DEPARTMENT.ARCHIVED_AT.isNull().and(DSL.lower(DEPARTMENT.NAME).eq(DSL.lower(DSL.val(name.strip())))));
    }

    private List<Department> list(Condition condition) {
        return dsl.select(
                        DEPARTMENT.ID,
                        DEPARTMENT.PARENT_ID,
                        DEPARTMENT.NAME,
                        DEPARTMENT.ARCHIVED_AT,
                        DEPARTMENT.CREATED_AT)
                .from(DEPARTMENT)
                .where(DEPARTMENT.TENANT_ID.eq(TenantContext.require()))
                .and(condition)
                .orderBy(DEPARTMENT.NAME, DEPARTMENT.ID)
                .fetch(r -> new Department(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    @Transactional
    public Department create(String name, UUID parentId) {
        UUID tenantId = TenantContext.require();
        String trimmed = name.strip();
        if (parentId != null && find(parentId).filter(p -> !p.archived()).isEmpty()) {
            throw new NotFoundException("The parent department does not exist.");
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime createdAt;
        try {
            createdAt = dsl.insertInto(DEPARTMENT)
                    .set(DEPARTMENT.TENANT_ID, tenantId)
                    .set(DEPARTMENT.ID, id)
                    .set(DEPARTMENT.PARENT_ID, parentId)
                    .set(DEPARTMENT.NAME, trimmed)
                    .returningResult(DEPARTMENT.CREATED_AT)
                    .fetchSingle(DEPARTMENT.CREATED_AT);
        } catch (DuplicateKeyException e) {
            throw duplicateName(trimmed);
        }
        Department created = new Department(id, parentId, trimmed, null, createdAt);
        auditLog.record("department.created", "department", id, null, new DepartmentAudit(created));
        return created;
    }

    /**
     * Renames a department and/or moves it under another parent (null: top level). Refuses a move under itself or
     * one of its own descendants, and changes to archived departments.
     */
    @Transactional
    public Department update(UUID id, String name, UUID parentId) {
        Map<UUID, Department> all = new HashMap<>();
        listAll().forEach(d -> all.put(d.id(), d));
        Department before = all.get(id);
        if (before == null) {
            throw new NotFoundException("The department does not exist.");
        }
        if (before.archived()) {
            throw new ConflictException("The department is archived. Restore it before changing it.");
        }
        if (parentId != null) {
            Department parent = all.get(parentId);
            if (parent == null || parent.archived()) {
                throw new NotFoundException("The parent department does not exist.");
            }
            if (isSelfOrDescendant(parentId, id, all)) {
                throw new ConflictException(
                        "A department cannot be moved under itself or one of its own" + " sub-departments.");
            }
        }
        String trimmed = name.strip();
        Department after = new Department(id, parentId, trimmed, null, before.createdAt());
        if (after.equals(before)) {
            return before;
        }
        try {
            dsl.update(DEPARTMENT)
                    .set(DEPARTMENT.NAME, trimmed)
                    .set(DEPARTMENT.PARENT_ID, parentId)
                    .where(DEPARTMENT.TENANT_ID.eq(TenantContext.require()), DEPARTMENT.ID.eq(id))
                    .execute();
        } catch (DuplicateKeyException e) {
            throw duplicateName(trimmed);
        }
        auditLog.record(
                "department.updated", "department", id, new DepartmentAudit(before), new DepartmentAudit(after));
        return after;
    }

    /** Archives a department: it leaves the default list; its people and history stay. */
    @Transactional
    public Department archive(UUID id) {
        Department before = find(id).orElseThrow(() -> new NotFoundException("The department does not exist."));
        if (before.archived()) {
            return before;
        }
        boolean activeChildren = dsl.fetchExists(
                DEPARTMENT,
                DEPARTMENT.TENANT_ID.eq(TenantContext.require()),
                DEPARTMENT.PARENT_ID.eq(id),
                DEPARTMENT.ARCHIVED_AT.isNull());
        if (activeChildren) {
            throw new ConflictException("The department has active sub-departments. Archive or move them first.");
        }
        OffsetDateTime now = dsl.select(DSL.currentOffsetDateTime()).fetchSingle(0, OffsetDateTime.class);
        dsl.update(DEPARTMENT)
                .set(DEPARTMENT.ARCHIVED_AT, now)
                .where(DEPARTMENT.TENANT_ID.eq(TenantContext.require()), DEPARTMENT.ID.eq(id))
                .execute();
        Department after = new Department(id, before.parentId(), before.name(), now, before.createdAt());
        auditLog.record(
                "department.archived", "department", id, new DepartmentAudit(before), new DepartmentAudit(after));
        return after;
    }

    /** Brings an archived department back, at its old place; its parent must be active. */
    @Transactional
    public Department restore(UUID id) {
        Department before = find(id).orElseThrow(() -> new NotFoundException("The department does not exist."));
        if (!before.archived()) {
            return before;
        }
        if (before.parentId() != null
                && find(before.parentId()).map(Department::archived).orElse(true)) {
            throw new ConflictException("The parent department is archived. Restore the parent first.");
        }
        try {
            dsl.update(DEPARTMENT)
                    .setNull(DEPARTMENT.ARCHIVED_AT)
                    .where(DEPARTMENT.TENANT_ID.eq(TenantContext.require()), DEPARTMENT.ID.eq(id))
                    .execute();
        } catch (DuplicateKeyException e) {
            throw duplicateName(before.name());
        }
        Department after = new Department(id, before.parentId(), before.name(), null, before.createdAt());
        auditLog.record(
                "department.restored", "department", id, new DepartmentAudit(before), new DepartmentAudit(after));
        return after;
    }

    private static boolean isSelfOrDescendant(UUID candidate, UUID root, Map<UUID, Department> all) {
        Set<UUID> seen = new HashSet<>();
        UUID current = candidate;
        while (current != null && seen.add(current)) {
            if (Objects.equals(current, root)) {
                return true;
            }
            Department d = all.get(current);
            current = d == null ? null : d.parentId();
        }
        return false;
    }

    private static ConflictException duplicateName(String name) {
        return new ConflictException("A department named '" + name + "' already exists at that place.");
    }
}
