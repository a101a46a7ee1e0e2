package no.maturo.testsupport;

import java.util.Set;
import java.util.UUID;
import no.maturo.identity.Accounts;
import no.maturo.identity.NewUser;
import no.maturo.identity.Role;
import no.maturo.identity.RoleLevel;
import no.maturo.org.Departments;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** A running Maturo on a random port against the shared test database. Tests isolate by making their own tenants. */
// The embedded database of `Run` is switched off before start-up; the test database is set below.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "maturo.embedded-database.enabled=false",
            "maturo.secrets.encryption-key=integration-test-key-not-for-production",
            // The SSO tests run their OpenID Connect provider on localhost over plain HTTP.
            "maturo.sso.allow-local-issuers=true"
        })
public abstract class IntegrationTest {

    public static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    protected int port;

    @Autowired
    protected Tenants tenants;

    @Autowired
    protected Departments departments;

    @Autowired
    protected Accounts accounts;

    @Autowired
    protected TransactionTemplate transactions;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.accounts().jdbcUrl());
        registry.add("spring.datasource.username", () -> TestDatabase.accounts().applicationUser());
        registry.add("spring.datasource.password", () -> TestDatabase.accounts().applicationPassword());
        registry.add("spring.liquibase.user", () -> TestDatabase.accounts().ownerUser());
        registry.add("spring.liquibase.password", () -> TestDatabase.accounts().ownerPassword());
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", TestMail::smtpPort);
    }

    /** A tenant of its own with one person per role; emails are unique to this call. */
    public record TestTenant(UUID id, String slug, String admin, String leader, String manager, String employee) {}

    protected TestTenant newTenant(String label) {
        String unique = label.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        UUID tenantId = UUID.randomUUID();
        TenantContext.runAs(
                tenantId,
                () -> transactions.executeWithoutResult(status -> {
                    tenants.create(tenantId, unique, "Tenant " + label, "en");
                    UUID department =
                            departments.create("Customer Service", null).id();
                    person("admin@" + unique + ".test", department, RoleLevel.SPECIALIST, Role.TENANT_ADMIN);
                    person("leader@" + unique + ".test", department, RoleLevel.TOP_MANAGEMENT, Role.LEADER);
                    person(
                            "manager@" + unique + ".test",
                            department,
                            RoleLevel.MIDDLE_MANAGEMENT,
                            Role.DEPARTMENT_MANAGER);
                    person("employee@" + unique + ".test", department, RoleLevel.FRONTLINE, Role.EMPLOYEE);
                }));
        return new TestTenant(
                tenantId,
                unique,
                "admin@" + unique + ".test",
                "leader@" + unique + ".test",
                "manager@" + unique + ".test",
                "employee@" + unique + ".test");
    }

    private void person(String email, UUID department, RoleLevel level, Role role) {
        accounts.createUser(new NewUser(
                email, email.substring(0, email.indexOf('@')), PASSWORD, "en", department, level, Set.of(role)));
    }

    protected ApiClient client() {
        return new ApiClient(port);
    }

    protected ApiClient signedIn(String email) {
        return client().signedIn(email, PASSWORD);
    }
}
