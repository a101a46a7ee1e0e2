package no.maturo.audit;

import static no.maturo.jooq.Tables.AUDIT_EVENT;
import static no.maturo.jooq.Tables.PLATFORM_AUDIT_EVENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.maturo.tenancy.TenantContext;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log of administrative changes. {@link #record} joins the caller's transaction, so a change and its
 * audit entry are stored together or not at all. The application account may only insert and read these rows.
 */
@Service
public class AuditLog {

    private final DSLContext dsl;
    private final JsonMapper json;

    AuditLog(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /** Records a change in the current tenant, made by the signed-in person. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, Object targetId, Object before, Object after) {
        record(currentActor(), action, targetType, targetId, before, after);
    }

    /** Records a change in the current tenant, made by the given actor. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            AuditActor actor, String action, String targetType, Object targetId, Object before, Object after) {
        insert(AUDIT_EVENT, actor, action, targetType, targetId, before, after)
                .set(AUDIT_EVENT.TENANT_ID, TenantContext.require())
                .execute();
    }

    /** Records a platform administration change (no tenant), made by the signed-in operator. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordPlatform(String action, String targetType, Object targetId, Object before, Object after) {
        insert(PLATFORM_AUDIT_EVENT, currentActor(), action, targetType, targetId, before, after)
                .execute();
    }

    private <R extends org.jooq.Record> org.jooq.InsertSetMoreStep<R> insert(
            Table<R> table,
            AuditActor actor,
            String action,
            String targetType,
            Object targetId,
            Object before,
            Object after) {
        return dsl.insertInto(table)
                .set(column(table, AUDIT_EVENT.ID), UUID.randomUUID())
                .set(column(table, AUDIT_EVENT.ACTOR_ID), actor.actorId())
                .set(column(table, AUDIT_EVENT.ACTOR_LABEL), actor.actorLabel())
                .set(column(table, AUDIT_EVENT.ACTION), action)
                .set(column(table, AUDIT_EVENT.TARGET_TYPE), targetType)
                .set(column(table, AUDIT_EVENT.TARGET_ID), Objects.toString(targetId, null))
                .set(column(table, AUDIT_EVENT.BEFORE), toJson(before))
                .set(column(table, AUDIT_EVENT.AFTER), toJson(after));
    }

    /** The current tenant's events, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditQuery query) {
        return search(AUDIT_EVENT, AUDIT_EVENT.TENANT_ID.eq(TenantContext.require()), query);
    }

    /** Platform administration events, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> searchPlatform(AuditQuery query) {
        return search(PLATFORM_AUDIT_EVENT, DSL.noCondition(), query);
    }

    // Both logs have the same columns, so the tenant log's fields name the columns of either table.

    /** Queries either log. */
    private List<AuditEvent> search(Table<?> table, Condition scope, AuditQuery query) {
        var occurredAt = column(table, AUDIT_EVENT.OCCURRED_AT);
        List<Condition> conditions = new ArrayList<>(List.of(scope));
        if (query.action() != null && !query.action().isBlank()) {
            conditions.add(
                    column(table, AUDIT_EVENT.ACTION).startsWith(query.action().strip()));
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            conditions.add(column(table, AUDIT_EVENT.ACTOR_LABEL)
                    .containsIgnoreCase(query.actor().strip()));
        }
        if (query.from() != null) {
            conditions.add(occurredAt.ge(query.from()));
        }
        if (query.to() != null) {
            conditions.add(occurredAt.lt(query.to()));
        }
        return dsl.select(
                        column(table, AUDIT_EVENT.ID),
                        occurredAt,
                        column(table, AUDIT_EVENT.ACTOR_ID),
                        column(table, AUDIT_EVENT.ACTOR_LABEL),
                        column(table, AUDIT_EVENT.ACTION),
                        column(table, AUDIT_EVENT.TARGET_TYPE),
                        column(table, AUDIT_EVENT.TARGET_ID),
                        column(table, AUDIT_EVENT.BEFORE),
                        column(table, AUDIT_EVENT.AFTER))
                .from(table)
                .where(conditions)
                .orderBy(occurredAt.desc(), column(table, AUDIT_EVENT.ID))
                .limit(query.limit())
                .offset(query.offset())
                .fetch(r -> new AuditEvent(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        fromJson(r.value8()),
                        fromJson(r.value9())));
    }

    private static <T> Field<T> column(Table<?> table, Field<T> like) {
        return Objects.requireNonNull(table.field(like), like.getName());
    }

    private static AuditActor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
            return actor;
        }
        return AuditActor.system("system");
    }

    private JSONB toJson(Object value) {
        return value == null ? null : JSONB.valueOf(json.writeValueAsString(value));
    }

    private JsonNode fromJson(JSONB value) {
        return value == null ? null : json.readTree(value.data());
    }
}
