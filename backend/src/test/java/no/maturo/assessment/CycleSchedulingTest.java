package no.maturo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import no.maturo.identity.NewUser;
import no.maturo.identity.Role;
import no.maturo.identity.RoleLevel;
import no.maturo.shared.BackgroundJobs;
import no.maturo.tenancy.TenantContext;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import tools.jackson.databind.JsonNode;

/** The scheduled side of surveys, run by the real db-scheduler against the real database and mail server. */
class CycleSchedulingTest extends CycleTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Pattern ANSWER_LINK = Pattern.compile("(https?://\\S+?/answer/)(a_[A-Za-z0-9_-]{64})");

    @Autowired
    private DataSource dataSource;

    @Autowired
    private BackgroundJobs backgroundJobs;

    @Autowired
    private CycleJobs jobs;

    private TestTenant tenant;
    private ApiClient admin;
    private JsonNode version;

    @BeforeEach
    void tenantWithAPublishedModel() {
        tenant = newTenant("sched");
        admin = signedIn(tenant.admin());
        version = publishedVersion(admin, "CX model");
    }

    private JsonNode cycle(String id) {
        return admin.get(CYCLES + "/" + id).json();
    }

    private JsonNode openNow(Map<String, Object> plan) {
        JsonNode draft = created(admin, plan);
        var opened = admin.post(CYCLES + "/" + draft.get("id").asString() + "/open-now", null);
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        return opened.json();
    }

    private UUID person(String name, UUID department, RoleLevel level, String locale) {
        return TenantContext.callAs(
                tenant.id(),
                () -> accounts.createUser(new NewUser(
                        name + "@" + tenant.slug() + ".test",
                        name,
                        PASSWORD,
                        locale,
                        department,
                        level,
                        Set.of(Role.EMPLOYEE))));
    }

    private UUID department(String name, UUID parent) {
        return TenantContext.callAs(
                tenant.id(), () -> departments.create(name, parent).id());
    }

    private List<Map<String, Object>> participants(String cycleId) {
        return rows(
                "SELECT * FROM cycle_participant WHERE tenant_id = ? AND cycle_id = ? ORDER BY user_id",
                tenant.id(),
                UUID.fromString(cycleId));
    }

    private static List<String> surveyMails(String address) {
        List<String> texts = new ArrayList<>();
        for (MimeMessage message : TestMail.to(address)) {
            String plain = TestMail.parts(message).getFirst();
            if (ANSWER_LINK.matcher(plain).find()) {
                texts.add(plain);
            }
        }
        return texts;
    }

    private static String subjectOfLast(String address) {
        try {
            return TestMail.to(address).getLast().getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aScheduledSurveyOpensByItselfAtItsOpeningTimeAndClosesAtItsClosingTime() {
        OffsetDateTime opensAt = OffsetDateTime.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        JsonNode draft = created(
                admin,
                with(
                        plan(version),
                        "opensAt",
                        opensAt.toString(),
                        "closesAt",
                        opensAt.plusSeconds(4).toString()));
        String id = draft.get("id").asString();
        assertThat(admin.post(CYCLES + "/" + id + "/schedule", null).status()).isEqualTo(200);
        assertThat(cycle(id).get("status").asString()).isEqualTo("SCHEDULED");

        await(
                "the open task",
                PATIENCE,
                () -> !cycle(id).get("status").asString().equals("SCHEDULED"));
        JsonNode opened = cycle(id);
        OffsetDateTime openedAt = OffsetDateTime.parse(opened.get("openedAt").asString());
        assertThat(openedAt).isAfterOrEqualTo(opensAt);
        assertThat(opened.get("participation").get("participants").asInt()).isEqualTo(4);
        await(
                "the invitations",
                PATIENCE,
                () -> cycle(id).get("participation").get("invited").asInt() == 4);

        await(
                "the close task",
                PATIENCE,
                () -> cycle(id).get("status").asString().equals("CLOSED"));
        assertThat(OffsetDateTime.parse(cycle(id).get("closedAt").asString())).isAfterOrEqualTo(opensAt.plusSeconds(4));
        assertThat(rows(
                        "SELECT actor_label, action FROM audit_event WHERE tenant_id = ? AND action IN ('cycle.opened', 'cycle.closed')",
                        tenant.id()))
                .extracting(r -> r.get("actor_label"))
                .containsOnly("Scheduler");
    }

    @Test
    void theAudienceIsTheDepartmentSubtreeAndTheChosenRoleLevelsOfActivePeople() {
        UUID sales = department("Sales", null);
        UUID north = department("Sales North", sales);
        UUID field = department("North Field", north);
        UUID support = department("Support", null);
        UUID salesFrontline = person("sales-frontline", sales, RoleLevel.FRONTLINE, "en");
        UUID fieldSpecialist = person("field-specialist", field, RoleLevel.SPECIALIST, "en");
        UUID northManager = person("north-manager", north, RoleLevel.MIDDLE_MANAGEMENT, "en");
        UUID northNoLevel = person("north-nolevel", north, null, "en");
        person("support-frontline", support, RoleLevel.FRONTLINE, "en");
        UUID gone = person("sales-gone", sales, RoleLevel.FRONTLINE, "en");
        assertThat(admin.post("/api/v1/people/" + gone + "/deactivate", null).status())
                .isEqualTo(200);

        JsonNode limited = openNow(with(
                plan(version),
                "audienceDepartmentId",
                sales.toString(),
                "audienceRoleLevels",
                List.of("FRONTLINE", "SPECIALIST")));
        List<Map<String, Object>> snapshot = participants(limited.get("id").asString());
        assertThat(snapshot)
                .extracting(r -> r.get("user_id"))
                .containsExactlyInAnyOrder(salesFrontline, fieldSpecialist);
        Map<String, Object> specialist = snapshot.stream()
                .filter(r -> r.get("user_id").equals(fieldSpecialist))
                .findFirst()
                .orElseThrow();
        assertThat(specialist.get("department_id")).isEqualTo(field);
        assertThat(specialist.get("role_level")).isEqualTo("SPECIALIST");

        JsonNode wholeSubtree =
                openNow(with(plan(version), "name", "Everyone in sales", "audienceDepartmentId", sales.toString()));
        assertThat(participants(wholeSubtree.get("id").asString()))
                .extracting(r -> r.get("user_id"))
                .containsExactlyInAnyOrder(salesFrontline, fieldSpecialist, northManager, northNoLevel);

        JsonNode everyone = openNow(with(plan(version), "name", "Everyone"));
        // The four people of newTenant, the five active ones above.
        assertThat(everyone.get("participation").get("participants").asInt()).isEqualTo(9);
    }

    @Test
    void theThresholdIsFrozenWhenTheSurveyOpens() {
        JsonNode first = openNow(plan(version));
        assertThat(first.get("anonymityThreshold").asInt()).isEqualTo(5);
        var settings = admin.get("/api/v1/tenant/settings").json();
        assertThat(admin.put(
                                "/api/v1/tenant/settings",
                                Map.of(
                                        "name",
                                        settings.get("name").asString(),
                                        "defaultLocale",
                                        "en",
                                        "anonymityThreshold",
                                        8))
                        .status())
                .isEqualTo(200);
        assertThat(cycle(first.get("id").asString()).get("anonymityThreshold").asInt())
                .isEqualTo(5);
        assertThat(openNow(with(plan(version), "name", "Later"))
                        .get("anonymityThreshold")
                        .asInt())
                .isEqualTo(8);
    }

    @Test
    void invitationsArriveOnceInTheParticipantsLanguageWithASingleUseLink() {
        UUID norwegian = person("nora", null, RoleLevel.FRONTLINE, "nb");
        UUID swede = person("sven", null, RoleLevel.FRONTLINE, null);
        TenantContext.runAs(tenant.id(), () -> tenants.update(tenant.id(), "Tenant sched", "sv", 5));
        JsonNode open = openNow(with(plan(version), "name", "Kundeorientering vår"));
        String id = open.get("id").asString();
        await(
                "six invitations",
                PATIENCE,
                () -> cycle(id).get("participation").get("invited").asInt() == 6);

        String nora = "nora@" + tenant.slug() + ".test";
        List<String> noraMails = surveyMails(nora);
        assertThat(noraMails).hasSize(1);
        assertThat(subjectOfLast(nora)).isEqualTo("Din stemme teller: Kundeorientering vår");
        assertThat(noraMails.getFirst()).contains("Hei nora,", "Undersøkelsen stenger");
        Matcher link = ANSWER_LINK.matcher(noraMails.getFirst());
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).isEqualTo("http://localhost:8080/answer/");
        // Without a language of their own, people get the tenant's default language.
        assertThat(subjectOfLast("sven@" + tenant.slug() + ".test")).isEqualTo("Din röst räknas: Kundeorientering vår");

        // Only the hash of the link is stored, one per participant, and it belongs to that participant.
        List<Map<String, Object>> links = rows(
                "SELECT user_id, token_hash FROM answer_link WHERE tenant_id = ? AND cycle_id = ?",
                tenant.id(),
                UUID.fromString(id));
        assertThat(links).hasSize(6);
        byte[] hash = SurveyLinkToken.sha256(link.group(2));
        assertThat(links.stream().filter(r -> java.util.Arrays.equals((byte[]) r.get("token_hash"), hash)))
                .singleElement()
                .extracting(r -> r.get("user_id"))
                .isEqualTo(norwegian);
        assertThat(participants(id)).allMatch(r -> r.get("invited_at") != null);

        // Running the invitation task again mails nobody twice.
        jobs.invite(new CycleSchedule.Target(tenant.id(), UUID.fromString(id)));
        assertThat(surveyMails(nora)).hasSize(1);
        assertThat(links(id)).isEqualTo(6);
        assertThat(swede).isNotNull();
    }

    private int links(String cycleId) {
        return ((Long) rows(
                                "SELECT count(*) AS n FROM answer_link WHERE tenant_id = ? AND cycle_id = ?",
                                tenant.id(),
                                UUID.fromString(cycleId))
                        .getFirst()
                        .get("n"))
                .intValue();
    }

    @Test
    void remindersGoOnlyToThoseWhoHaveNotAnsweredAndNeverAfterClose() {
        JsonNode open = openNow(with(plan(version), "name", "Reminded", "reminderIntervalDays", 1));
        String id = open.get("id").asString();
        UUID cycleId = UUID.fromString(id);
        await(
                "four invitations",
                PATIENCE,
                () -> cycle(id).get("participation").get("invited").asInt() == 4);
        UUID employee = (UUID) rows("SELECT id FROM user_account WHERE email = ?", tenant.employee())
                .getFirst()
                .get("id");
        assertThat(execute(
                        "UPDATE cycle_participant SET answered = true, submission_key_hash = '\\x01'::bytea"
                                + " WHERE tenant_id = ? AND cycle_id = ? AND user_id = ?",
                        tenant.id(),
                        cycleId,
                        employee))
                .isEqualTo(1);

        // The first reminder is due in a day; bring it forward instead of waiting.
        SchedulerClient client = SchedulerClient.Builder.create(dataSource).build();
        String instance = tenant.id() + ":" + id;
        assertThat(client.reschedule(CycleSchedule.REMIND.instanceId(instance), Instant.now()))
                .isTrue();
        await(
                "the first reminders",
                PATIENCE,
                () -> participants(id).stream()
                                .filter(r -> (int) r.get("reminders_sent") == 1)
                                .count()
                        == 3);

        List<Map<String, Object>> after = participants(id);
        assertThat(after)
                .filteredOn(r -> r.get("user_id").equals(employee))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("reminders_sent")).isEqualTo(0);
                    assertThat(r.get("last_reminded_at")).isNull();
                });
        assertThat(after)
                .filteredOn(r -> !r.get("user_id").equals(employee))
                .allMatch(r -> r.get("last_reminded_at") != null);
        assertThat(TestMail.to(tenant.employee()))
                .extracting(CycleSchedulingTest::subject)
                .containsExactly("Your voice counts: Reminded");
        assertThat(TestMail.to(tenant.leader()))
                .extracting(CycleSchedulingTest::subject)
                .containsExactly("Your voice counts: Reminded", "Reminder: Reminded");
        // Each reminder carries a fresh link: the invitation's and the reminder's.
        assertThat(links(id)).isEqualTo(4 + 3);
        // The next round waits for the interval.
        OffsetDateTime next = client.getScheduledExecution(CycleSchedule.REMIND.instanceId(instance))
                .orElseThrow()
                .getExecutionTime()
                .atOffset(java.time.ZoneOffset.UTC);
        assertThat(next).isAfter(OffsetDateTime.now().plusHours(23));

        assertThat(admin.post(CYCLES + "/" + id + "/close-now", null).status()).isEqualTo(200);
        assertThat(client.getScheduledExecution(CycleSchedule.REMIND.instanceId(instance)))
                .isEmpty();
        // Even a reminder task that had already started finds the survey closed and mails nobody.
        assertThat(jobs.remind(new CycleSchedule.Target(tenant.id(), cycleId), 2))
                .isEmpty();
        assertThat(TestMail.to(tenant.leader())).hasSize(2);
        assertThat(participants(id)).allMatch(r -> (int) r.get("reminders_sent") <= 1);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void closingARecurringPulseSchedulesTheNextWithTheNextStatementsOfTheRotation() {
        OffsetDateTime opensAt = OffsetDateTime.now().plusHours(1).truncatedTo(ChronoUnit.SECONDS);
        JsonNode draft = created(
                admin,
                with(
                        plan(version),
                        "name",
                        "Monthly pulse",
                        "kind",
                        "PULSE",
                        "pulseRotation",
                        4,
                        "recurrence",
                        "MONTHLY",
                        "opensAt",
                        opensAt.toString(),
                        "closesAt",
                        opensAt.plusDays(5).toString()));
        String id = draft.get("id").asString();
        List<String> all = itemIds(version);
        assertThat(draft.get("items").findValuesAsString("id")).containsExactlyElementsOf(all.subList(0, 6));
        admin.post(CYCLES + "/" + id + "/open-now", null);
        JsonNode opened = cycle(id);
        assertThat(admin.post(CYCLES + "/" + id + "/close-now", null).status()).isEqualTo(200);

        JsonNode list = admin.get(CYCLES).json();
        assertThat(list.size()).isEqualTo(2);
        JsonNode next = null;
        for (JsonNode c : list) {
            if (c.get("seriesNumber").asInt() == 2) {
                next = cycle(c.get("id").asString());
            }
        }
        assertThat(next).isNotNull();
        assertThat(next.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(next.get("seriesId").asString())
                .isEqualTo(draft.get("seriesId").asString());
        assertThat(next.get("anonymityThreshold")).isNull();
        OffsetDateTime firstOpened = OffsetDateTime.parse(opened.get("opensAt").asString());
        assertThat(OffsetDateTime.parse(next.get("opensAt").asString()).toInstant())
                .isEqualTo(firstOpened.plusMonths(1).toInstant());
        assertThat(OffsetDateTime.parse(next.get("closesAt").asString()).toInstant())
                .isEqualTo(opensAt.plusDays(5).plusMonths(1).toInstant());
        assertThat(next.get("items").findValuesAsString("id")).containsExactlyElementsOf(all.subList(6, 12));
        String nextId = next.get("id").asString();
        assertThat(rows(
                        "SELECT 1 FROM scheduled_tasks WHERE task_name = 'cycle-open' AND task_instance = ?",
                        tenant.id() + ":" + nextId))
                .hasSize(1);

        // Its close creates the third, which asks the third share; closing it again creates nothing more.
        admin.post(CYCLES + "/" + nextId + "/open-now", null);
        admin.post(CYCLES + "/" + nextId + "/close-now", null);
        assertThat(admin.get(CYCLES).json().findValuesAsString("status"))
                .containsExactlyInAnyOrder("CLOSED", "CLOSED", "SCHEDULED");
        jobs.close(new CycleSchedule.Target(tenant.id(), UUID.fromString(nextId)));
        assertThat(admin.get(CYCLES).json().size()).isEqualTo(3);
    }

    @Test
    void twoSchedulersOnOneDatabaseRunEachDueTaskExactlyOnce() throws Exception {
        // A task of the test's own, counted per instance, on two schedulers sharing the table.
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        Set<String> ranOn = ConcurrentHashMap.newKeySet();
        String taskName = "test-count-" + UUID.randomUUID();
        List<Scheduler> schedulers = new ArrayList<>();
        for (String name : List.of("first", "second")) {
            Task<Void> counting = Tasks.oneTime(taskName).execute((instance, context) -> {
                runs.computeIfAbsent(instance.getId(), k -> new AtomicInteger()).incrementAndGet();
                ranOn.add(name);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            List<Task<?>> known = new ArrayList<>(backgroundJobs.tasks());
            known.add(counting);
            schedulers.add(Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), known)
                    .schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed("test-" + name))
                    .pollingInterval(Duration.ofMillis(100))
                    .threads(4)
                    .build());
        }
        try {
            SchedulerClient client = SchedulerClient.Builder.create(dataSource).build();
            for (int i = 0; i < 40; i++) {
                client.schedule(
                        Tasks.oneTime(taskName).execute((inst, ctx) -> {}).instance("n" + i), Instant.now());
            }
            schedulers.forEach(Scheduler::start);
            await(
                    "40 counted runs",
                    PATIENCE,
                    () -> runs.size() == 40
                            && runs.values().stream()
                                            .mapToInt(AtomicInteger::get)
                                            .sum()
                                    >= 40);

            // And the application's own tasks: a survey whose invitations race between three schedulers.
            for (int i = 0; i < 12; i++) {
                person("crowd" + i, null, RoleLevel.FRONTLINE, "en");
            }
            JsonNode open = openNow(with(plan(version), "name", "Raced"));
            String id = open.get("id").asString();
            await(
                    "sixteen invitations",
                    PATIENCE,
                    () -> cycle(id).get("participation").get("invited").asInt() == 16);
            Thread.sleep(500);
            assertThat(runs.values()).allMatch(count -> count.get() == 1);
            assertThat(links(id)).isEqualTo(16);
            for (int i = 0; i < 12; i++) {
                assertThat(surveyMails("crowd" + i + "@" + tenant.slug() + ".test"))
                        .hasSize(1);
            }
        } finally {
            schedulers.forEach(Scheduler::stop);
        }
        assertThat(ranOn).isNotEmpty();
    }
}
