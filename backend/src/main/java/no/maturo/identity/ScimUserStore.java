package no.maturo.identity;

import static no.maturo.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.lower;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.maturo.audit.AuditLog;
import no.maturo.jooq.tables.records.UserAccountRecord;
import no.maturo.tenancy.TenantContext;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's people as SCIM sees them: reads, replacement of the provisioned fields, removal. */
@Component
class ScimUserStore {

    record ScimPerson(
            UUID id, String email, String displayName, boolean active, String locale, OffsetDateTime created) {}

    record Page(int total, List<ScimPerson> people) {}

    private final DSLContext dsl;
    private final AuditLog auditLog;
    private final Sessions sessions;

    ScimUserStore(DSLContext dsl, AuditLog auditLog, Sessions sessions) {
        this.dsl = dsl;
        this.auditLog = auditLog;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    Optional<ScimPerson> find(UUID id) {
        return dsl.selectFrom(USER_ACCOUNT)
                .where(mine(), USER_ACCOUNT.ID.eq(id))
                .fetchOptional(ScimUserStore::toPerson);
    }

    /** One page (startIndex is 1-based, as in SCIM), optionally only the person with this email. */
    @Transactional(readOnly = true)
    Page list(String emailFilter, int startIndex, int count) {
        Condition condition = emailFilter == null
                ? mine()
                : mine().and(lower(USER_ACCOUNT.EMAIL).eq(Accounts.normalise(emailFilter)));
        int total = dsl.fetchCount(USER_ACCOUNT, condition);
        List<ScimPerson> people = dsl.selectFrom(USER_ACCOUNT)
                .where(condition)
                .orderBy(USER_ACCOUNT.CREATED_AT, USER_ACCOUNT.ID)
                .limit(count)
                .offset(Math.max(0, startIndex - 1))
                .fetch(ScimUserStore::toPerson);
        return new Page(total, people);
    }

    /** Replaces what SCIM provisions; deactivation ends the person's sessions at once. */
    @Transactional
    Optional<ScimPerson> replace(UUID id, String email, String displayName, boolean active) {
        Optional<ScimPerson> before = find(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        ScimPerson after = dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.EMAIL, Accounts.normalise(email))
                .set(USER_ACCOUNT.DISPLAY_NAME, displayName.strip())
                .set(USER_ACCOUNT.ACTIVE, active)
                .where(mine(), USER_ACCOUNT.ID.eq(id))
                .returning()
                .fetchSingle(ScimUserStore::toPerson);
        auditLog.record("person.provisioned", "person", id, before.get(), after);
        if (before.get().active() && !active) {
            sessions.endAllOfAfterCommit(id);
        }
        return Optional.of(after);
    }

    @Transactional
    boolean delete(UUID id) {
        Optional<ScimPerson> before = find(id);
        if (before.isEmpty()) {
            return false;
        }
        dsl.deleteFrom(USER_ACCOUNT).where(mine(), USER_ACCOUNT.ID.eq(id)).execute();
        auditLog.record("person.deleted", "person", id, before.get(), null);
        sessions.endAllOfAfterCommit(id);
        return true;
    }

    private static Condition mine() {
        return USER_ACCOUNT.TENANT_ID.eq(TenantContext.require());
    }

    private static ScimPerson toPerson(UserAccountRecord r) {
        return new ScimPerson(
                r.getId(), r.getEmail(), r.getDisplayName(), r.getActive(), r.getLocale(), r.getCreatedAt());
    }
}
