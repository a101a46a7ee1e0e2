package no.maturo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import no.maturo.tenancy.TenantContext;
import no.maturo.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DemoTenantSeederTest extends IntegrationTest {

    @Test
    void seedsTheDemoTenantOnceWithWorkingLogins() {
        var seeder = new DemoTenantSeeder(tenants, departments, accounts, transactions);
        seeder.run(null);
        seeder.run(null);

        var tenant = tenants.findBySlug(DemoTenantSeeder.SLUG).orElseThrow();
        assertThat(tenant.name()).isEqualTo("Nordlys Energi");
        assertThat(TenantContext.callAs(tenant.id(), () -> departments.listActive()))
                .extracting(d -> d.name())
                .contains("Ledelse", "Kundeservice", "Kundeservice Privat")
                .doesNotHaveDuplicates();
        assertThat(TenantContext.callAs(tenant.id(), accounts::activity).people())
                .isEqualTo(10);

        JsonNode admin = client().signedIn("admin@nordlys.example", DemoTenantSeeder.PASSWORD)
                .get("/api/v1/me")
                .json();
        assertThat(admin.get("roles").toString()).contains("TENANT_ADMIN");
        JsonNode operator = client().signedIn("operator@maturo.example", DemoTenantSeeder.PASSWORD)
                .get("/api/v1/me")
                .json();
        assertThat(operator.get("roles").toString()).isEqualTo("[\"PLATFORM_ADMIN\"]");
    }
}
