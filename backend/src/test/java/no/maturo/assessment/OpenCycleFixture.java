package no.maturo.assessment;

import static no.maturo.jooq.Tables.ANSWER_LINK;
import static no.maturo.jooq.Tables.CUSTOMER_LINK;
import static no.maturo.jooq.Tables.CYCLE;
import static no.maturo.jooq.Tables.CYCLE_ITEM;
import static no.maturo.jooq.Tables.CYCLE_PARTICIPANT;
import static no.maturo.jooq.Tables.USER_ACCOUNT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.maturo.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Writes an OPEN cycle the way the administration side opens one: the cycle with its frozen anonymity threshold and
 * opening time, its statements, a participant per person of the tenant with the department and role level
 * snapshot, one answer link per participant and, for outside-in, customer links. Only link hashes are stored; the
 * tokens are returned for the test to use.
 */
public final class OpenCycleFixture {

    /** What to open: which statements (all of the version when empty), threshold, customer links. */
    public record Spec(List<UUID> itemIds, int anonymityThreshold, int customerLinks, OffsetDateTime openedAt) {

        public static Spec standard() {
            return new Spec(List.of(), 3, 1, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3));
        }

        public Spec withItems(List<UUID> items) {
            return new Spec(items, anonymityThreshold, customerLinks, openedAt);
        }

        public Spec withCustomerLinks(int count) {
            return new Spec(itemIds, anonymityThreshold, count, openedAt);
        }
    }

    public record OpenCycle(
            UUID tenantId,
            UUID cycleId,
            String name,
            LocalDate openedOn,
            List<UUID> itemIds,
            Map<String, UUID> participants,
            Map<String, String> answerLinks,
            List<String> customerLinks) {

        UUID participant(String email) {
            return participants.get(email);
        }

        public String linkOf(String email) {
            return answerLinks.get(email);
        }
    }

    private final DSLContext dsl;
    private final TransactionTemplate transactions;

    public OpenCycleFixture(DSLContext dsl, TransactionTemplate transactions) {
        this.dsl = dsl;
        this.transactions = transactions;
    }

    /** Every statement id of a published version (as returned by the model API), in order. */
    public static List<UUID> itemIds(JsonNode version) {
        List<UUID> ids = new ArrayList<>();
        version.get("dimensions")
                .forEach(d -> d.get("items")
                        .forEach(i -> ids.add(UUID.fromString(i.get("id").asString()))));
        return ids;
    }

    /** The statement of a published version with this key. */
    public static UUID itemId(JsonNode version, String key) {
        for (JsonNode dimension : version.get("dimensions")) {
            for (JsonNode item : dimension.get("items")) {
                if (item.get("key").asString().equals(key)) {
                    return UUID.fromString(item.get("id").asString());
                }
            }
        }
        throw new IllegalArgumentException("No statement " + key);
    }

    public OpenCycle open(UUID tenantId, JsonNode publishedVersion, String name, Spec spec) {
        UUID versionId = UUID.fromString(publishedVersion.get("id").asString());
        List<UUID> items = spec.itemIds().isEmpty() ? itemIds(publishedVersion) : spec.itemIds();
        UUID cycleId = UUID.randomUUID();
        Map<String, UUID> participants = new LinkedHashMap<>();
        Map<String, String> answerLinks = new LinkedHashMap<>();
        List<String> customerLinks = new ArrayList<>();
        TenantContext.runAs(
                tenantId,
                () -> transactions.executeWithoutResult(status -> {
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    dsl.insertInto(CYCLE)
                            .set(CYCLE.TENANT_ID, tenantId)
                            .set(CYCLE.ID, cycleId)
                            .set(CYCLE.NAME, name)
                            .set(CYCLE.KIND, "ASSESSMENT")
                            .set(CYCLE.MODEL_VERSION_ID, versionId)
                            .set(CYCLE.STATUS, "OPEN")
                            .set(CYCLE.OPENS_AT, spec.openedAt())
                            .set(CYCLE.CLOSES_AT, now.plusDays(14))
                            .set(CYCLE.SERIES_ID, cycleId)
                            .set(CYCLE.OUTSIDE_IN, spec.customerLinks() > 0)
                            .set(CYCLE.ANONYMITY_THRESHOLD, spec.anonymityThreshold())
                            .set(CYCLE.OPENED_AT, spec.openedAt())
                            .execute();
                    for (int position = 0; position < items.size(); position++) {
                        dsl.insertInto(CYCLE_ITEM)
                                .set(CYCLE_ITEM.TENANT_ID, tenantId)
                                .set(CYCLE_ITEM.CYCLE_ID, cycleId)
                                .set(CYCLE_ITEM.ITEM_ID, items.get(position))
                                .set(CYCLE_ITEM.POSITION, position)
                                .execute();
                    }
                    dsl.selectFrom(USER_ACCOUNT).orderBy(USER_ACCOUNT.EMAIL).forEach(person -> {
                        dsl.insertInto(CYCLE_PARTICIPANT)
                                .set(CYCLE_PARTICIPANT.TENANT_ID, tenantId)
                                .set(CYCLE_PARTICIPANT.CYCLE_ID, cycleId)
                                .set(CYCLE_PARTICIPANT.USER_ID, person.getId())
                                .set(CYCLE_PARTICIPANT.DEPARTMENT_ID, person.getDepartmentId())
                                .set(CYCLE_PARTICIPANT.ROLE_LEVEL, person.getRoleLevel())
                                .set(CYCLE_PARTICIPANT.INVITED_AT, now)
                                .execute();
                        participants.put(person.getEmail(), person.getId());
                        answerLinks.put(person.getEmail(), insertAnswerLink(tenantId, cycleId, person.getId()));
                    });
                    for (int i = 0; i < spec.customerLinks(); i++) {
                        SurveyLinkToken.Issued issued = SurveyLinkToken.issue(SurveyLinkToken.Kind.CUSTOMER, tenantId);
                        dsl.insertInto(CUSTOMER_LINK)
                                .set(CUSTOMER_LINK.TENANT_ID, tenantId)
                                .set(CUSTOMER_LINK.ID, UUID.randomUUID())
                                .set(CUSTOMER_LINK.CYCLE_ID, cycleId)
                                .set(CUSTOMER_LINK.TOKEN_HASH, issued.parsed().hash())
                                .set(CUSTOMER_LINK.LABEL, "Customer " + (i + 1))
                                .execute();
                        customerLinks.add(issued.value());
                    }
                }));
        return new OpenCycle(
                tenantId,
                cycleId,
                name,
                spec.openedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                items,
                participants,
                answerLinks,
                customerLinks);
    }

    /** Another answer link for a participant, as a reminder mail carries. */
    String anotherLink(OpenCycle cycle, String email) {
        return TenantContext.callAs(
                cycle.tenantId(),
                () -> transactions.execute(
                        status -> insertAnswerLink(cycle.tenantId(), cycle.cycleId(), cycle.participant(email))));
    }

    /** Changes the cycle's status and window, as the scheduler would when closing it (or before opening it). */
    public void setStatus(OpenCycle cycle, String status, OffsetDateTime opensAt, OffsetDateTime closesAt) {
        TenantContext.runAs(
                cycle.tenantId(),
                () -> transactions.executeWithoutResult(s -> dsl.update(CYCLE)
                        .set(CYCLE.STATUS, status)
                        .set(CYCLE.OPENS_AT, opensAt)
                        .set(CYCLE.CLOSES_AT, closesAt)
                        .where(CYCLE.ID.eq(cycle.cycleId()))
                        .execute()));
    }

    private String insertAnswerLink(UUID tenantId, UUID cycleId, UUID userId) {
        SurveyLinkToken.Issued issued = SurveyLinkToken.issue(SurveyLinkToken.Kind.INVITATION, tenantId);
        dsl.insertInto(ANSWER_LINK)
                .set(ANSWER_LINK.TENANT_ID, tenantId)
                .set(ANSWER_LINK.TOKEN_HASH, issued.parsed().hash())
                .set(ANSWER_LINK.CYCLE_ID, cycleId)
                .set(ANSWER_LINK.USER_ID, userId)
                .execute();
        return issued.value();
    }
}
