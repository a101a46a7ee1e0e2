package no.maturo.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.maturo.org.Departments;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo tenant "Nordlys Energi" on first start. Enabled only by the embedded database
 * ({@code maturo.demo.enabled}), so an external database never receives demo accounts. Logins: README.md.
 */
@Component
@ConditionalOnProperty(name = "maturo.demo.enabled", havingValue = "true")
@Order(0)
class DemoTenantSeeder implements ApplicationRunner {

    static final String SLUG = "nordlys";
    static final String PASSWORD = "maturo-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoTenantSeeder.class);

    /** name, parent name (null for top level). */
    private static final String[][] DEPARTMENTS = {
        {"Ledelse", null},
        {"Salg", null},
        {"Markedsføring", null},
        {"Drift", null},
        {"Kundeservice", null},
        {"Kundeservice Bedrift", "Kundeservice"},
        {"Kundeservice Privat", "Kundeservice"},
        {"Produktutvikling", null},
    };

    private record Person(String email, String name, String department, RoleLevel level, Set<Role> roles) {}

    private static final Person[] PEOPLE = {
        new Person(
                "admin@nordlys.example",
                "Kari Nordmann",
                "Ledelse",
                RoleLevel.SPECIALIST,
                Set.of(Role.TENANT_ADMIN, Role.EMPLOYEE)),
        new Person(
                "leder@nordlys.example",
                "Ola Hansen",
                "Ledelse",
                RoleLevel.TOP_MANAGEMENT,
                Set.of(Role.LEADER, Role.EMPLOYEE)),
        new Person(
                "salgsdirektor@nordlys.example",
                "Ingrid Johansen",
                "Salg",
                RoleLevel.TOP_MANAGEMENT,
                Set.of(Role.LEADER, Role.DEPARTMENT_MANAGER, Role.EMPLOYEE)),
        new Person(
                "kundeservice.leder@nordlys.example",
                "Sofie Berg",
                "Kundeservice",
                RoleLevel.MIDDLE_MANAGEMENT,
                Set.of(Role.DEPARTMENT_MANAGER, Role.EMPLOYEE)),
        new Person(
                "marked@nordlys.example",
                "Erik Larsen",
                "Markedsføring",
                RoleLevel.MIDDLE_MANAGEMENT,
                Set.of(Role.DEPARTMENT_MANAGER, Role.EMPLOYEE)),
        new Person(
                "analytiker@nordlys.example",
                "Nora Kristiansen",
                "Produktutvikling",
                RoleLevel.SPECIALIST,
                Set.of(Role.EMPLOYEE)),
        new Person("drift@nordlys.example", "Magnus Pedersen", "Drift", RoleLevel.SPECIALIST, Set.of(Role.EMPLOYEE)),
        new Person(
                "ansatt@nordlys.example",
                "Jonas Lie",
                "Kundeservice Privat",
                RoleLevel.FRONTLINE,
                Set.of(Role.EMPLOYEE)),
        new Person(
                "bedrift@nordlys.example",
                "Emma Haugen",
                "Kundeservice Bedrift",
                RoleLevel.FRONTLINE,
                Set.of(Role.EMPLOYEE)),
        new Person("selger@nordlys.example", "Henrik Olsen", "Salg", RoleLevel.FRONTLINE, Set.of(Role.EMPLOYEE)),
    };

    private final Tenants tenants;
    private final Departments departments;
    private final Accounts accounts;
    private final TransactionTemplate transactions;

    DemoTenantSeeder(Tenants tenants, Departments departments, Accounts accounts, TransactionTemplate transactions) {
        this.tenants = tenants;
        this.departments = departments;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.platformAdminExists("operator@maturo.example")) {
            accounts.createPlatformAdmin("operator@maturo.example", "Maturo Operator", PASSWORD);
        }
        if (tenants.findBySlug(SLUG).isPresent()) {
            return;
        }
        // One transaction, begun with the new tenant bound: the demo tenant is seeded whole or not at all.
        UUID tenantId = UUID.randomUUID();
        TenantContext.runAs(
                tenantId,
                () -> transactions.executeWithoutResult(status -> {
                    tenants.create(tenantId, SLUG, "Nordlys Energi", "nb");
                    Map<String, UUID> ids = new HashMap<>();
                    for (String[] department : DEPARTMENTS) {
                        UUID parent = department[1] == null ? null : ids.get(department[1]);
                        ids.put(
                                department[0],
                                departments.create(department[0], parent).id());
                    }
                    for (Person person : PEOPLE) {
                        accounts.createUser(new NewUser(
                                person.email(),
                                person.name(),
                                PASSWORD,
                                "nb",
                                ids.get(person.department()),
                                person.level(),
                                person.roles()));
                    }
                }));
        log.info("Seeded demo tenant '{}' with {} people (password for all: see README.md)", SLUG, PEOPLE.length);
    }
}
