package no.maturo.tenancy;

import static no.maturo.jooq.Tables.TENANT;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.maturo.jooq.tables.records.TenantRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant registry: platform data, read and written without a tenant bound. */
@Service
public class Tenants {

    private final DSLContext dsl;

    Tenants(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional
    public Tenant create(UUID id, String slug, String name, String defaultLocale) {
        return toTenant(dsl.insertInto(TENANT)
                .set(TENANT.ID, id)
                .set(TENANT.SLUG, slug)
                .set(TENANT.NAME, name.strip())
                .set(TENANT.DEFAULT_LOCALE, defaultLocale)
                .returning()
                .fetchSingle());
    }

    /** Changes the tenant's own settings; empty when no such tenant exists. */
    @Transactional
    public Optional<Tenant> update(UUID id, String name, String defaultLocale, int anonymityThreshold) {
        return dsl.update(TENANT)
                .set(TENANT.NAME, name.strip())
                .set(TENANT.DEFAULT_LOCALE, defaultLocale)
                .set(TENANT.ANONYMITY_THRESHOLD, anonymityThreshold)
                .where(TENANT.ID.eq(id))
                .returning()
                .fetchOptional(Tenants::toTenant);
    }

    @Transactional
    public Optional<Tenant> changeStatus(UUID id, Tenant.TenantStatus status) {
        return dsl.update(TENANT)
                .set(TENANT.STATUS, status.name())
                .where(TENANT.ID.eq(id))
                .returning()
                .fetchOptional(Tenants::toTenant);
    }

    /**
     * Deletes the tenant; every tenant-owned row goes with it through the foreign keys' ON DELETE CASCADE
     * (referential actions are not filtered by row-level security).
     */
    @Transactional
    public boolean delete(UUID id) {
        return dsl.deleteFrom(TENANT).where(TENANT.ID.eq(id)).execute() == 1;
    }

    /** Whether the tenant may use Maturo right now: checked on every request of its people. */
    @Transactional(readOnly = true)
    public boolean isActive(UUID id) {
        return dsl.fetchExists(TENANT, TENANT.ID.eq(id), TENANT.STATUS.eq(Tenant.TenantStatus.ACTIVE.name()));
    }

    @Transactional(readOnly = true)
    public Optional<Tenant> findById(UUID id) {
        return dsl.selectFrom(TENANT).where(TENANT.ID.eq(id)).fetchOptional(Tenants::toTenant);
    }

    @Transactional(readOnly = true)
    public Optional<Tenant> findBySlug(String slug) {
        return dsl.selectFrom(TENANT).where(TENANT.SLUG.eq(slug)).fetchOptional(Tenants::toTenant);
    }

    @Transactional(readOnly = true)
    public List<Tenant> list() {
        return dsl.selectFrom(TENANT).orderBy(TENANT.NAME, TENANT.ID).fetch(Tenants::toTenant);
    }

    private static Tenant toTenant(TenantRecord r) {
        return new Tenant(
                r.getId(),
                r.getSlug(),
                r.getName(),
                Tenant.TenantStatus.valueOf(r.getStatus()),
                r.getDefaultLocale(),
                r.getAnonymityThreshold(),
                r.getCreatedAt());
    }
}
