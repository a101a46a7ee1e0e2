package no.maturo.org;

import static no.maturo.jooq.Tables.DEPARTMENT;

import java.util.List;
import java.util.UUID;
import no.maturo.audit.AuditLog;
import no.maturo.shared.ConflictException;
import no.maturo.shared.NotFoundException;
import no.maturo.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's departments. Row-level security scopes every query; the tenant filter here is for the plan. */
@Service
public class Departments {

    private final DSLContext dsl;
    private final AuditLog auditLog;

    Departments(DSLContext dsl, AuditLog auditLog) {
        this.dsl = dsl;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public List<Department> listActive() {
        return dsl.select(DEPARTMENT.ID, DEPARTMENT.PARENT_ID, DEPARTMENT.NAME)
                .from(DEPARTMENT)
                .where(DEPARTMENT.TENANT_ID.eq(TenantContext.require()))
                .and(DEPARTMENT.ARCHIVED_AT.isNull())
                .orderBy(DEPARTMENT.NAME, DEPARTMENT.ID)
                .fetch(r -> new Department(r.value1(), r.value2(), r.value3()));
    }

    @Transactional
    public Department create(String name, UUID parentId) {
        UUID tenantId = TenantContext.require();
        String trimmed = name.strip();
        if (parentId != null
                && !dsl.fetchExists(
                        DEPARTMENT,
                        DEPARTMENT.TENANT_ID.eq(tenantId),
                        DEPARTMENT.ID.eq(parentId),
                        DEPARTMENT.ARCHIVED_AT.isNull())) {
            throw new NotFoundException("The parent department does not exist.");
        }
        UUID id = UUID.randomUUID();
        try {
            dsl.insertInto(DEPARTMENT)
                    .set(DEPARTMENT.TENANT_ID, tenantId)
                    .set(DEPARTMENT.ID, id)
                    .set(DEPARTMENT.PARENT_ID, parentId)
                    .set(DEPARTMENT.NAME, trimmed)
                    .execute();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A department named '" + trimmed + "' already exists at that place.");
        }
        Department created = new Department(id, parentId, trimmed);
        auditLog.record("department.created", "department", id, null, created);
        return created;
    }
}
