package no.maturo.identity;

import static no.maturo.jooq.Tables.SSO_CONFIGURATION;
import static no.maturo.jooq.Tables.SSO_DOMAIN;
import static no.maturo.jooq.Tables.SSO_GROUP_DEPARTMENT;
import static no.maturo.jooq.Tables.SSO_GROUP_ROLE;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.maturo.audit.AuditLog;
import no.maturo.org.Department;
import no.maturo.org.Departments;
import no.maturo.shared.ConflictException;
import no.maturo.shared.NotFoundException;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ResponseStatusException;

/** The tenants' single sign-on configurations: administration, and the look-ups sign-in needs. */
@Service
class SsoConfigurations {

    /** What sign-in needs of a tenant's provider, with the decrypted secret; kept in memory only. */
    record Provider(
            UUID tenantId,
            String issuerUrl,
            String clientId,
            String clientSecret,
            Set<String> domains,
            String emailClaim,
            String nameClaim,
            String groupsClaim,
            List<SsoSettings.GroupRole> groupRoles,
            List<SsoSettings.GroupDepartment> groupDepartments,
            boolean jitProvisioning,
            OffsetDateTime updatedAt) {}

    private final DSLContext dsl;
    private final AuditLog auditLog;
    private final SecretEncryptor encryptor;
    private final Departments departments;
    private final TransactionTemplate transactions;
    private final Tenants tenants;

    SsoConfigurations(
            DSLContext dsl,
            AuditLog auditLog,
            SecretEncryptor encryptor,
            Departments departments,
            TransactionTemplate transactions,
            Tenants tenants) {
        this.dsl = dsl;
        this.auditLog = auditLog;
        this.encryptor = encryptor;
        this.departments = departments;
        this.transactions = transactions;
        this.tenants = tenants;
    }

    /** The current tenant's configuration, if it has one. */
    @Transactional(readOnly = true)
    public Optional<SsoSettings> current() {
        UUID tenantId = TenantContext.require();
        return dsl.selectFrom(SSO_CONFIGURATION)
                .where(SSO_CONFIGURATION.TENANT_ID.eq(tenantId))
                .fetchOptional(r -> new SsoSettings(
                        r.getEnabled(),
                        r.getIssuerUrl(),
                        r.getClientId(),
                        r.getClientSecretEncrypted() != null,
                        domains(tenantId),
                        r.getEmailClaim(),
                        r.getNameClaim(),
                        r.getGroupsClaim(),
                        groupRoles(tenantId),
                        groupDepartments(tenantId),
                        r.getJitProvisioning(),
                        r.getSsoRequired(),
                        r.getUpdatedAt()));
    }

    /** Replaces the current tenant's configuration; bad input stores nothing (the transaction rolls back). */
    @Transactional
    public SsoSettings save(SsoSettings.Update update) {
        UUID tenantId = TenantContext.require();
        Optional<SsoSettings> before = current();
        String storedSecret = dsl.select(SSO_CONFIGURATION.CLIENT_SECRET_ENCRYPTED)
                .from(SSO_CONFIGURATION)
                .where(SSO_CONFIGURATION.TENANT_ID.eq(tenantId))
                .fetchOptional(SSO_CONFIGURATION.CLIENT_SECRET_ENCRYPTED)
                .orElse(null);
        boolean secretChanged = StringUtils.hasText(update.clientSecret());
        String secret = secretChanged ? encryptor.encrypt(update.clientSecret()) : storedSecret;

        List<String> domains = normaliseDomains(update.domains());
        if (update.enabled() && secret == null) {
            throw badRequest("Enter the client secret your identity provider gave you before enabling single sign-on.");
        }
        if (update.enabled() && domains.isEmpty()) {
            throw badRequest("Add at least one verified email domain before enabling single sign-on.");
        }
        if (update.ssoRequired() && !update.enabled()) {
            throw badRequest("Single sign-on can only be required while it is enabled.");
        }
        List<SsoSettings.GroupRole> groupRoles = List.copyOf(new LinkedHashSet<>(update.groupRoles()));
        if (groupRoles.stream().anyMatch(m -> m.role() == Role.PLATFORM_ADMIN)) {
            throw badRequest("Groups can only be mapped to the roles of an organisation.");
        }
        List<SsoSettings.GroupDepartment> groupDepartments = List.copyOf(update.groupDepartments());
        if (groupDepartments.stream()
                        .map(SsoSettings.GroupDepartment::group)
                        .distinct()
                        .count()
                != groupDepartments.size()) {
            throw badRequest("Each group can be mapped to one department only.");
        }
        Set<UUID> activeDepartments =
                departments.listActive().stream().map(Department::id).collect(Collectors.toSet());
        for (var mapping : groupDepartments) {
            if (!activeDepartments.contains(mapping.departmentId())) {
                throw new NotFoundException("The department mapped to group '" + mapping.group() + "' does not exist.");
            }
        }

        OffsetDateTime now = OffsetDateTime.now();
        dsl.insertInto(SSO_CONFIGURATION)
                .set(SSO_CONFIGURATION.TENANT_ID, tenantId)
                .set(SSO_CONFIGURATION.ENABLED, update.enabled())
                .set(SSO_CONFIGURATION.ISSUER_URL, update.issuerUrl().strip())
                .set(SSO_CONFIGURATION.CLIENT_ID, update.clientId().strip())
                .set(SSO_CONFIGURATION.CLIENT_SECRET_ENCRYPTED, secret)
                .set(
                        SSO_CONFIGURATION.EMAIL_CLAIM,
                        claimOrDefault(update.emailClaim(), SsoSettings.DEFAULT_EMAIL_CLAIM))
                .set(SSO_CONFIGURATION.NAME_CLAIM, claimOrDefault(update.nameClaim(), SsoSettings.DEFAULT_NAME_CLAIM))
                .set(
                        SSO_CONFIGURATION.GROUPS_CLAIM,
                        claimOrDefault(update.groupsClaim(), SsoSettings.DEFAULT_GROUPS_CLAIM))
                .set(SSO_CONFIGURATION.JIT_PROVISIONING, update.jitProvisioning())
                .set(SSO_CONFIGURATION.SSO_REQUIRED, update.ssoRequired())
                .set(SSO_CONFIGURATION.UPDATED_AT, now)
                .onConflict(SSO_CONFIGURATION.TENANT_ID)
                .doUpdate()
                .setAllToExcluded()
                .execute();

        dsl.deleteFrom(SSO_DOMAIN).where(SSO_DOMAIN.TENANT_ID.eq(tenantId)).execute();
        for (String domain : domains) {
            try {
                dsl.insertInto(SSO_DOMAIN)
                        .set(SSO_DOMAIN.TENANT_ID, tenantId)
                        .set(SSO_DOMAIN.DOMAIN, domain)
                        .execute();
            } catch (DuplicateKeyException e) {
                throw new ConflictException("The email domain '" + domain
                        + "' already belongs to another organisation. A domain can sign in to one organisation only.");
            }
        }
        dsl.deleteFrom(SSO_GROUP_ROLE)
                .where(SSO_GROUP_ROLE.TENANT_ID.eq(tenantId))
                .execute();
        for (var mapping : groupRoles) {
            dsl.insertInto(SSO_GROUP_ROLE)
                    .set(SSO_GROUP_ROLE.TENANT_ID, tenantId)
                    .set(SSO_GROUP_ROLE.GROUP_NAME, mapping.group())
                    .set(SSO_GROUP_ROLE.ROLE, mapping.role().name())
                    .execute();
        }
        dsl.deleteFrom(SSO_GROUP_DEPARTMENT)
                .where(SSO_GROUP_DEPARTMENT.TENANT_ID.eq(tenantId))
                .execute();
        for (var mapping : groupDepartments) {
            dsl.insertInto(SSO_GROUP_DEPARTMENT)
                    .set(SSO_GROUP_DEPARTMENT.TENANT_ID, tenantId)
                    .set(SSO_GROUP_DEPARTMENT.GROUP_NAME, mapping.group())
                    .set(SSO_GROUP_DEPARTMENT.DEPARTMENT_ID, mapping.departmentId())
                    .execute();
        }
        SsoSettings after = current().orElseThrow();
        auditLog.record(
                "sso.updated",
                "sso_configuration",
                tenantId,
                before.map(b -> SsoSettings.Audit.of(b, null)).orElse(null),
                SsoSettings.Audit.of(after, secretChanged));
        return after;
    }

    /** The current tenant's provider for sign-in, if single sign-on is enabled. */
    @Transactional(readOnly = true)
    public Optional<Provider> enabledProvider() {
        UUID tenantId = TenantContext.require();
        return dsl.selectFrom(SSO_CONFIGURATION)
                .where(SSO_CONFIGURATION.TENANT_ID.eq(tenantId))
                .and(SSO_CONFIGURATION.ENABLED.isTrue())
                .and(SSO_CONFIGURATION.CLIENT_SECRET_ENCRYPTED.isNotNull())
                .fetchOptional(r -> new Provider(
                        tenantId,
                        r.getIssuerUrl(),
                        r.getClientId(),
                        encryptor.decrypt(r.getClientSecretEncrypted()),
                        Set.copyOf(domains(tenantId)),
                        r.getEmailClaim(),
                        r.getNameClaim(),
                        r.getGroupsClaim(),
                        groupRoles(tenantId),
                        groupDepartments(tenantId),
                        r.getJitProvisioning(),
                        r.getUpdatedAt()));
    }

    /** Whether the current tenant refuses password sign-in. */
    @Transactional(readOnly = true)
    public boolean ssoRequired() {
        return dsl.fetchExists(
                SSO_CONFIGURATION,
                SSO_CONFIGURATION.TENANT_ID.eq(TenantContext.require()),
                SSO_CONFIGURATION.ENABLED.isTrue(),
                SSO_CONFIGURATION.SSO_REQUIRED.isTrue());
    }

    /**
     * The slug of the active tenant whose enabled single sign-on owns this email's domain. Runs before sign-in: the
     * domain is found through the reviewed read-only policy {@code sso_domain.login_lookup}, the rest inside that
     * tenant.
     */
    Optional<String> ssoTenantSlugForEmail(String email) {
        String domain = domainOf(email);
        Optional<UUID> tenantId = transactions.execute(status -> {
            dsl.select(function("set_config", String.class, inline("app.login_lookup"), inline("on"), inline(true)))
                    .fetch();
            return dsl.select(SSO_DOMAIN.TENANT_ID)
                    .from(SSO_DOMAIN)
                    .where(SSO_DOMAIN.DOMAIN.eq(domain))
                    .fetchOptional(SSO_DOMAIN.TENANT_ID);
        });
        return tenantId.filter(id -> TenantContext.callAs(
                        id,
                        () -> transactions.execute(status -> dsl.fetchExists(
                                SSO_CONFIGURATION,
                                SSO_CONFIGURATION.TENANT_ID.eq(id),
                                SSO_CONFIGURATION.ENABLED.isTrue()))))
                .flatMap(tenants::findById)
                .filter(t -> t.status() == no.maturo.tenancy.Tenant.TenantStatus.ACTIVE)
                .map(no.maturo.tenancy.Tenant::slug);
    }

    static String domainOf(String email) {
        String normalised = Accounts.normalise(email);
        return normalised.substring(normalised.lastIndexOf('@') + 1);
    }

    private List<String> domains(UUID tenantId) {
        return dsl.select(SSO_DOMAIN.DOMAIN)
                .from(SSO_DOMAIN)
                .where(SSO_DOMAIN.TENANT_ID.eq(tenantId))
                .orderBy(SSO_DOMAIN.DOMAIN)
                .fetch(SSO_DOMAIN.DOMAIN);
    }

    private List<SsoSettings.GroupRole> groupRoles(UUID tenantId) {
        return dsl.select(SSO_GROUP_ROLE.GROUP_NAME, SSO_GROUP_ROLE.ROLE)
                .from(SSO_GROUP_ROLE)
                .where(SSO_GROUP_ROLE.TENANT_ID.eq(tenantId))
                .orderBy(SSO_GROUP_ROLE.GROUP_NAME, SSO_GROUP_ROLE.ROLE)
                .fetch(r -> new SsoSettings.GroupRole(r.value1(), Role.valueOf(r.value2())));
    }

    private List<SsoSettings.GroupDepartment> groupDepartments(UUID tenantId) {
        return dsl.select(SSO_GROUP_DEPARTMENT.GROUP_NAME, SSO_GROUP_DEPARTMENT.DEPARTMENT_ID)
                .from(SSO_GROUP_DEPARTMENT)
                .where(SSO_GROUP_DEPARTMENT.TENANT_ID.eq(tenantId))
                .orderBy(SSO_GROUP_DEPARTMENT.GROUP_NAME)
                .fetch(r -> new SsoSettings.GroupDepartment(r.value1(), r.value2()));
    }

    private static List<String> normaliseDomains(List<String> domains) {
        List<String> result = new ArrayList<>();
        for (String domain : domains) {
            String d = domain.strip().toLowerCase(Locale.ROOT);
            if (!d.isEmpty() && !result.contains(d)) {
                result.add(d);
            }
        }
        return result;
    }

    private static String claimOrDefault(String claim, String fallback) {
        return StringUtils.hasText(claim) ? claim.strip() : fallback;
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}
