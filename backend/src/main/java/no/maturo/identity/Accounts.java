package no.maturo.identity;

import static no.maturo.jooq.Tables.PLATFORM_ACCOUNT;
import static no.maturo.jooq.Tables.USER_ACCOUNT;
import static no.maturo.jooq.Tables.USER_ROLE;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.maturo.audit.AuditActor;
import no.maturo.audit.AuditLog;
import no.maturo.tenancy.Tenant;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** People and platform operators: creating them, and finding them again for sign-in and for the session. */
@Service
public class Accounts {

    /**
     * A stored account with its password hash (null for SSO-only people), for the sign-in check only. Enabled means
     * the person and their tenant are both active.
     */
    record StoredAccount(AuthenticatedUser user, String passwordHash, boolean enabled) {}

    private final DSLContext dsl;
    private final PasswordEncoder passwordEncoder;
    private final Tenants tenants;
    private final TransactionTemplate transactions;
    private final AuditLog auditLog;

    Accounts(
            DSLContext dsl,
            PasswordEncoder passwordEncoder,
            Tenants tenants,
            TransactionTemplate transactions,
            AuditLog auditLog) {
        this.dsl = dsl;
        this.passwordEncoder = passwordEncoder;
        this.tenants = tenants;
        this.transactions = transactions;
        this.auditLog = auditLog;
    }

    /** What the audit log keeps of a person: never the password. */
    record PersonAudit(String email, String displayName, UUID departmentId, RoleLevel roleLevel, Set<Role> roles) {
        PersonAudit(NewUser user) {
            this(normalise(user.email()), user.displayName(), user.departmentId(), user.roleLevel(), user.roles());
        }
    }

    /** Adds a person to the tenant bound to the current work. */
    @Transactional
    public UUID createUser(NewUser user) {
        return createUser(user, "person.created", null);
    }

    /** Adds a person to the current tenant, audited under the given action (for example an import). */
    UUID createUser(NewUser user, String auditAction) {
        return createUser(user, auditAction, null);
    }

    /** Adds a person on behalf of the given actor, for example single sign-on's just-in-time provisioning. */
    UUID createUser(NewUser user, AuditActor actor) {
        return createUser(user, "person.created", actor);
    }

    /** Adds a person; a null actor means the signed-in person. */
    @Transactional
    UUID createUser(NewUser user, String auditAction, AuditActor actor) {
        UUID tenantId = TenantContext.require();
        UUID id = UUID.randomUUID();
        dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.TENANT_ID, tenantId)
                .set(USER_ACCOUNT.ID, id)
                .set(USER_ACCOUNT.EMAIL, normalise(user.email()))
                .set(USER_ACCOUNT.DISPLAY_NAME, user.displayName().strip())
                .set(
                        USER_ACCOUNT.PASSWORD_HASH,
                        user.password() == null ? null : passwordEncoder.encode(user.password()))
                .set(USER_ACCOUNT.LOCALE, user.locale())
                .set(USER_ACCOUNT.DEPARTMENT_ID, user.departmentId())
                .set(
                        USER_ACCOUNT.ROLE_LEVEL,
                        user.roleLevel() == null ? null : user.roleLevel().name())
                .execute();
        var insertRoles = dsl.insertInto(USER_ROLE, USER_ROLE.TENANT_ID, USER_ROLE.USER_ID, USER_ROLE.ROLE);
        for (Role role : user.roles()) {
            if (role == Role.PLATFORM_ADMIN) {
                throw new IllegalArgumentException("Platform admins are not tenant members");
            }
            insertRoles = insertRoles.values(tenantId, id, role.name());
        }
        if (!user.roles().isEmpty()) {
            insertRoles.execute();
        }
        if (actor == null) {
            auditLog.record(auditAction, "person", id, null, new PersonAudit(user));
        } else {
            auditLog.record(actor, auditAction, "person", id, null, new PersonAudit(user));
        }
        return id;
    }

    @Transactional
    public UUID createPlatformAdmin(String email, String displayName, String password) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(PLATFORM_ACCOUNT)
                .set(PLATFORM_ACCOUNT.ID, id)
                .set(PLATFORM_ACCOUNT.EMAIL, normalise(email))
                .set(PLATFORM_ACCOUNT.DISPLAY_NAME, displayName)
                .set(PLATFORM_ACCOUNT.PASSWORD_HASH, passwordEncoder.encode(password))
                .execute();
        return id;
    }

    @Transactional(readOnly = true)
    public boolean platformAdminExists(String email) {
        return dsl.fetchExists(PLATFORM_ACCOUNT, lower(PLATFORM_ACCOUNT.EMAIL).eq(normalise(email)));
    }

    /** How many people the current tenant has and when one of them last signed in. */
    public record TenantActivity(int people, OffsetDateTime lastSignInAt) {}

    @Transactional(readOnly = true)
    public TenantActivity activity() {
        return dsl.select(DSL.count(), DSL.max(USER_ACCOUNT.LAST_SIGN_IN_AT))
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.TENANT_ID.eq(TenantContext.require()))
                .fetchSingle(r -> new TenantActivity(r.value1(), r.value2()));
    }

    /** Ids of the current tenant's people, for ending their sessions. */
    @Transactional(readOnly = true)
    public List<UUID> userIds() {
        return dsl.select(USER_ACCOUNT.ID)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.TENANT_ID.eq(TenantContext.require()))
                .fetch(USER_ACCOUNT.ID);
    }

    /** The department of one of the current tenant's people, if they have one (department managers see its subtree). */
    @Transactional(readOnly = true)
    public Optional<UUID> departmentOf(UUID userId) {
        return dsl.select(USER_ACCOUNT.DEPARTMENT_ID)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.TENANT_ID.eq(TenantContext.require()), USER_ACCOUNT.ID.eq(userId))
                .fetchOptional(USER_ACCOUNT.DEPARTMENT_ID);
    }

    void recordSignIn(AuthenticatedUser user) {
        if (user.isPlatformAdmin()) {
            return;
        }
        TenantContext.runAs(
                user.tenantId(),
                () -> transactions.executeWithoutResult(status -> dsl.update(USER_ACCOUNT)
                        .set(USER_ACCOUNT.LAST_SIGN_IN_AT, OffsetDateTime.now())
                        .where(USER_ACCOUNT.TENANT_ID.eq(user.tenantId()), USER_ACCOUNT.ID.eq(user.id()))
                        .execute()));
    }

    /** Looks up the account that signs in with this email, in whichever tenant it lives. */
    Optional<StoredAccount> findForSignIn(String email) {
        String normalised = normalise(email);
        Optional<StoredAccount> platform = transactions.execute(status -> dsl.selectFrom(PLATFORM_ACCOUNT)
                .where(lower(PLATFORM_ACCOUNT.EMAIL).eq(normalised))
                .fetchOptional(r -> new StoredAccount(
                        new AuthenticatedUser(
                                r.getId(),
                                null,
                                r.getEmail(),
                                r.getDisplayName(),
                                r.getLocale(),
                                Set.of(Role.PLATFORM_ADMIN)),
                        r.getPasswordHash(),
                        r.getActive())));
        if (platform.isPresent()) {
            return platform;
        }
        Optional<UUID> tenantId = transactions.execute(status -> {
            // The one place that reads accounts before a tenant is known (policy login_lookup, read only).
            dsl.select(function("set_config", String.class, inline("app.login_lookup"), inline("on"), inline(true)))
                    .fetch();
            return dsl.select(USER_ACCOUNT.TENANT_ID)
                    .from(USER_ACCOUNT)
                    .where(lower(USER_ACCOUNT.EMAIL).eq(normalised))
                    .fetchOptional(USER_ACCOUNT.TENANT_ID);
        });
        return tenantId.flatMap(tenant -> TenantContext.callAs(
                tenant,
                () -> transactions.execute(
                        status -> loadTenantAccount(lower(USER_ACCOUNT.EMAIL).eq(normalised)))));
    }

    /** The account with this email in the tenant bound to the current work (single sign-on). */
    Optional<StoredAccount> findInCurrentTenant(String email) {
        String normalised = normalise(email);
        return transactions.execute(
                status -> loadTenantAccount(lower(USER_ACCOUNT.EMAIL).eq(normalised)));
    }

    /** The session's user as stored now, or empty when the account or its tenant can no longer sign in. */
    Optional<AuthenticatedUser> refresh(AuthenticatedUser user) {
        if (user.isPlatformAdmin()) {
            return findForSignIn(user.email())
                    .filter(StoredAccount::enabled)
                    .map(StoredAccount::user)
                    .filter(found -> found.id().equals(user.id()));
        }
        return TenantContext.callAs(
                        user.tenantId(),
                        () -> transactions.execute(status -> loadTenantAccount(USER_ACCOUNT.ID.eq(user.id()))))
                .filter(StoredAccount::enabled)
                .map(StoredAccount::user);
    }

    private Optional<StoredAccount> loadTenantAccount(org.jooq.Condition which) {
        UUID tenantId = TenantContext.require();
        return dsl.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.TENANT_ID.eq(tenantId))
                .and(which)
                .fetchOptional(r -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    dsl.select(USER_ROLE.ROLE)
                            .from(USER_ROLE)
                            .where(USER_ROLE.TENANT_ID.eq(tenantId), USER_ROLE.USER_ID.eq(r.getId()))
                            .fetch(USER_ROLE.ROLE)
                            .forEach(role -> roles.add(Role.valueOf(role)));
                    boolean tenantActive = tenants.findById(tenantId)
                            .map(t -> t.status() == Tenant.TenantStatus.ACTIVE)
                            .orElse(false);
                    return new StoredAccount(
                            new AuthenticatedUser(
                                    r.getId(), tenantId, r.getEmail(), r.getDisplayName(), r.getLocale(), roles),
                            r.getPasswordHash(),
                            r.getActive() && tenantActive);
                });
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
