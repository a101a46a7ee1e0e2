package no.maturo.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.maturo.audit.AuditLog;
import no.maturo.shared.ConflictException;
import no.maturo.shared.NotFoundException;
import no.maturo.tenancy.Tenant;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Platform operators' and tenant admins' changes to tenants, each recorded in the audit log in the same
 * transaction. Lives in identity because it needs people (first admin, sessions) as well as the registry.
 */
@Service
class TenantAdministration {

    /** What the audit log keeps of a tenant. */
    record TenantAudit(String slug, String name, String status, String defaultLocale, int anonymityThreshold) {
        TenantAudit(Tenant t) {
            this(t.slug(), t.name(), t.status().name(), t.defaultLocale(), t.anonymityThreshold());
        }
    }

    private final Tenants tenants;
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;
    private final Sessions sessions;

    TenantAdministration(
            Tenants tenants,
            Accounts accounts,
            AuditLog auditLog,
            TransactionTemplate transactions,
            Sessions sessions) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.sessions = sessions;
    }

    /** Creates a tenant with its first tenant admin, who signs in once invited (or through SSO). */
    Tenant create(String slug, String name, String defaultLocale, String adminEmail, String adminName) {
        UUID tenantId = UUID.randomUUID();
        try {
            // Begun with the new tenant bound, so its first person is written under its own row security.
            return TenantContext.callAs(
                    tenantId,
                    () -> transactions.execute(status -> {
                        Tenant tenant = tenants.create(tenantId, slug, name, defaultLocale);
                        accounts.createUser(new NewUser(
                                adminEmail, adminName, null, defaultLocale, null, null, Set.of(Role.TENANT_ADMIN)));
                        auditLog.recordPlatform("tenant.created", "tenant", tenantId, null, new TenantAudit(tenant));
                        return tenant;
                    }));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The short name or the first admin's email is already in use.");
        }
    }

    @Transactional
    public Tenant rename(UUID id, String name) {
        Tenant before = existing(id);
        Tenant after = tenants.update(id, name, before.defaultLocale(), before.anonymityThreshold())
                .orElseThrow();
        auditLog.recordPlatform("tenant.renamed", "tenant", id, new TenantAudit(before), new TenantAudit(after));
        return after;
    }

    /** Suspension blocks every sign-in and every request of the tenant's people from the next request on. */
    @Transactional
    public Tenant changeStatus(UUID id, Tenant.TenantStatus status) {
        Tenant before = existing(id);
        Tenant after = tenants.changeStatus(id, status).orElseThrow();
        String action = status == Tenant.TenantStatus.SUSPENDED ? "tenant.suspended" : "tenant.reactivated";
        auditLog.recordPlatform(action, "tenant", id, new TenantAudit(before), new TenantAudit(after));
        return after;
    }

    /** Deletes the tenant and all its data, after the caller has typed its short name to confirm. */
    void delete(UUID id, String confirmation) {
        Tenant tenant = existing(id);
        if (!tenant.slug().equals(confirmation)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "To delete this tenant, confirm with its short name '" + tenant.slug() + "'.");
        }
        // Read inside the tenant's own scope (its own transaction), before the rows are gone.
        List<UUID> people = TenantContext.callAs(id, accounts::userIds);
        transactions.executeWithoutResult(status -> {
            tenants.delete(id);
            auditLog.recordPlatform("tenant.deleted", "tenant", id, new TenantAudit(tenant), null);
        });
        people.forEach(sessions::endAllOf);
    }

    /** The signed-in tenant admin's own tenant settings. */
    @Transactional
    public Tenant updateSettings(String name, String defaultLocale, int anonymityThreshold) {
        UUID id = TenantContext.require();
        Tenant before = existing(id);
        Tenant after =
                tenants.update(id, name, defaultLocale, anonymityThreshold).orElseThrow();
        auditLog.record("tenant.settings-changed", "tenant", id, new TenantAudit(before), new TenantAudit(after));
        return after;
    }

    private Tenant existing(UUID id) {
        Optional<Tenant> tenant = tenants.findById(id);
        return tenant.orElseThrow(() -> new NotFoundException("No such tenant."));
    }
}
