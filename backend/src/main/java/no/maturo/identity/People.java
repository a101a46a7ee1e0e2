package no.maturo.identity;

import static no.maturo.jooq.Tables.INVITATION;
import static no.maturo.jooq.Tables.USER_ACCOUNT;
import static no.maturo.jooq.Tables.USER_ROLE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.maturo.audit.AuditLog;
import no.maturo.org.Departments;
import no.maturo.shared.ConflictException;
import no.maturo.shared.NotFoundException;
import no.maturo.tenancy.Tenant;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Tenant administration of people: listing, inviting, changing, deactivating. */
@Service
class People {

    record Query(String text, UUID departmentId, RoleLevel roleLevel, Boolean active, int limit, int offset) {}

    /** What an admin sets on a person; {@code email} is used only when inviting. */
    record Details(
            String email, String displayName, UUID departmentId, RoleLevel roleLevel, Set<Role> roles, String locale) {}

    private final DSLContext dsl;
    private final Accounts accounts;
    private final Departments departments;
    private final Tenants tenants;
    private final Invitations invitations;
    private final InvitationMail mail;
    private final Sessions sessions;
    private final AuditLog auditLog;

    People(
            DSLContext dsl,
            Accounts accounts,
            Departments departments,
            Tenants tenants,
            Invitations invitations,
            InvitationMail mail,
            Sessions sessions,
            AuditLog auditLog) {
        this.dsl = dsl;
        this.accounts = accounts;
        this.departments = departments;
        this.tenants = tenants;
        this.invitations = invitations;
        this.mail = mail;
        this.sessions = sessions;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    List<Person> list(Query query) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(USER_ACCOUNT.TENANT_ID.eq(TenantContext.require()));
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().strip();
            conditions.add(
                    USER_ACCOUNT.DISPLAY_NAME.containsIgnoreCase(text).or(USER_ACCOUNT.EMAIL.containsIgnoreCase(text)));
        }
        if (query.departmentId() != null) {
            conditions.add(USER_ACCOUNT.DEPARTMENT_ID.eq(query.departmentId()));
        }
        if (query.roleLevel() != null) {
            conditions.add(USER_ACCOUNT.ROLE_LEVEL.eq(query.roleLevel().name()));
        }
        if (query.active() != null) {
            conditions.add(USER_ACCOUNT.ACTIVE.eq(query.active()));
        }
        return load(conditions, query.limit(), query.offset());
    }

    @Transactional(readOnly = true)
    Person get(UUID id) {
        return find(id);
    }

    private Person find(UUID id) {
        return load(List.of(USER_ACCOUNT.TENANT_ID.eq(TenantContext.require()), USER_ACCOUNT.ID.eq(id)), 1, 0).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("The person does not exist."));
    }

    private List<Person> load(Collection<Condition> conditions, int limit, int offset) {
        UUID tenantId = TenantContext.require();
        var pending = DSL.select(DSL.max(INVITATION.EXPIRES_AT))
                .from(INVITATION)
                .where(
                        INVITATION.TENANT_ID.eq(USER_ACCOUNT.TENANT_ID),
                        INVITATION.USER_ID.eq(USER_ACCOUNT.ID),
                        INVITATION.USED_AT.isNull())
                .asField("pending");
        var rows = dsl.select(
                        USER_ACCOUNT.ID,
                        USER_ACCOUNT.EMAIL,
                        USER_ACCOUNT.DISPLAY_NAME,
                        USER_ACCOUNT.DEPARTMENT_ID,
                        USER_ACCOUNT.ROLE_LEVEL,
                        USER_ACCOUNT.LOCALE,
                        USER_ACCOUNT.ACTIVE,
                        USER_ACCOUNT.PASSWORD_HASH.isNotNull().as("has_password"),
                        pending)
                .from(USER_ACCOUNT)
                .where(conditions)
                .orderBy(DSL.lower(USER_ACCOUNT.DISPLAY_NAME), USER_ACCOUNT.ID)
                .limit(limit)
                .offset(offset)
                .fetch();
        List<UUID> ids = rows.map(r -> r.value1());
        Map<UUID, Set<Role>> roles = new HashMap<>();
        if (!ids.isEmpty()) {
            dsl.select(USER_ROLE.USER_ID, USER_ROLE.ROLE)
                    .from(USER_ROLE)
                    .where(USER_ROLE.TENANT_ID.eq(tenantId), USER_ROLE.USER_ID.in(ids))
                    .forEach(r -> roles.computeIfAbsent(r.value1(), k -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(r.value2())));
        }
        return rows.map(r -> new Person(
                r.value1(),
                r.value2(),
                r.value3(),
                r.value4(),
                r.value5() == null ? null : RoleLevel.valueOf(r.value5()),
                roles.getOrDefault(r.value1(), Set.of()),
                r.value6(),
                r.value7(),
                r.value8(),
                (OffsetDateTime) r.value9()));
    }

    /** Adds a person without a password and mails them a single-use link to choose one. */
    @Transactional
    Person invite(Details details) {
        return find(create(details, "person.invited"));
    }

    /** Adds people in one go (all or nothing); each gets an invitation. Returns their ids. */
    @Transactional
    List<UUID> importAll(List<Details> people) {
        List<UUID> ids = new ArrayList<>();
        for (Details details : people) {
            ids.add(create(details, "person.imported"));
        }
        auditLog.record("people.imported", "person", null, null, Map.of("count", ids.size()));
        return ids;
    }

    private UUID create(Details details, String auditAction) {
        checkRolesAndDepartment(details);
        UUID id;
        try {
            id = accounts.createUser(
                    new NewUser(
                            details.email(),
                            details.displayName().strip(),
                            null,
                            details.locale(),
                            details.departmentId(),
                            details.roleLevel(),
                            details.roles()),
                    auditAction);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    "An account with the email address " + Accounts.normalise(details.email()) + " already exists.");
        }
        sendInvitation(
                id, Accounts.normalise(details.email()), details.displayName().strip(), details.locale());
        return id;
    }

    @Transactional
    Person update(UUID id, Details details, AuthenticatedUser actor) {
        Person before = find(id);
        // People stay in an archived department until moved; only a new department must be active.
        checkRolesAndDepartment(
                details.departmentId() != null && details.departmentId().equals(before.departmentId())
                        ? new Details(null, null, null, null, details.roles(), null)
                        : details);
        if (id.equals(actor.id()) && !details.roles().contains(Role.TENANT_ADMIN)) {
            throw new ConflictException("You cannot take the tenant admin role away from yourself.");
        }
        UUID tenantId = TenantContext.require();
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.DISPLAY_NAME, details.displayName().strip())
                .set(USER_ACCOUNT.DEPARTMENT_ID, details.departmentId())
                .set(
                        USER_ACCOUNT.ROLE_LEVEL,
                        details.roleLevel() == null ? null : details.roleLevel().name())
                .set(USER_ACCOUNT.LOCALE, details.locale())
                .where(USER_ACCOUNT.TENANT_ID.eq(tenantId), USER_ACCOUNT.ID.eq(id))
                .execute();
        if (!before.roles().equals(details.roles())) {
            dsl.deleteFrom(USER_ROLE)
                    .where(USER_ROLE.TENANT_ID.eq(tenantId), USER_ROLE.USER_ID.eq(id))
                    .execute();
            var insert = dsl.insertInto(USER_ROLE, USER_ROLE.TENANT_ID, USER_ROLE.USER_ID, USER_ROLE.ROLE);
            for (Role role : details.roles()) {
                insert = insert.values(tenantId, id, role.name());
            }
            insert.execute();
            if (!id.equals(actor.id())) {
                // Roles live in the session: the person signs in again and gets the new ones.
                sessions.endAllOfAfterCommit(id);
            }
        }
        Person after = find(id);
        if (!after.audit().equals(before.audit())) {
            auditLog.record("person.updated", "person", id, before.audit(), after.audit());
        }
        return after;
    }

    /** Deactivates a person: they cannot sign in and their sessions end at once. */
    @Transactional
    Person deactivate(UUID id, AuthenticatedUser actor) {
        if (id.equals(actor.id())) {
            throw new ConflictException("You cannot deactivate yourself.");
        }
        Person before = find(id);
        if (!before.active()) {
            return before;
        }
        setActive(id, false);
        invitations.withdraw(id);
        sessions.endAllOfAfterCommit(id);
        Person after = find(id);
        auditLog.record("person.deactivated", "person", id, before.audit(), after.audit());
        return after;
    }

    @Transactional
    Person reactivate(UUID id) {
        Person before = find(id);
        if (before.active()) {
            return before;
        }
        setActive(id, true);
        Person after = find(id);
        auditLog.record("person.reactivated", "person", id, before.audit(), after.audit());
        return after;
    }

    /** Sends a fresh invitation to someone who has not chosen a password yet; earlier links stop working. */
    @Transactional
    Person resendInvitation(UUID id) {
        Person person = find(id);
        if (!person.active()) {
            throw new ConflictException("The person is deactivated. Reactivate them first.");
        }
        if (person.hasPassword()) {
            throw new ConflictException("The person has already accepted their invitation.");
        }
        sendInvitation(id, person.email(), person.displayName(), person.locale());
        auditLog.record("person.invitation_sent", "person", id, null, Map.of("email", person.email()));
        return find(id);
    }

    private void sendInvitation(UUID id, String email, String displayName, String locale) {
        String token = invitations.issue(id);
        Tenant tenant = tenants.findById(TenantContext.require()).orElseThrow();
        String mailLocale = locale != null ? locale : tenant.defaultLocale();
        mail.sendAfterCommit(new InvitationMail.Invite(email, displayName, mailLocale, tenant.name(), token));
    }

    private void setActive(UUID id, boolean active) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.ACTIVE, active)
                .where(USER_ACCOUNT.TENANT_ID.eq(TenantContext.require()), USER_ACCOUNT.ID.eq(id))
                .execute();
    }

    private void checkRolesAndDepartment(Details details) {
        if (details.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "PLATFORM_ADMIN is not a tenant role.");
        }
        if (details.departmentId() != null
                && departments
                        .find(details.departmentId())
                        .filter(d -> !d.archived())
                        .isEmpty()) {
            throw new NotFoundException("The department does not exist.");
        }
    }
}
