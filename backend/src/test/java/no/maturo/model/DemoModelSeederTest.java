package no.maturo.model;

import static org.assertj.core.api.Assertions.assertThat;

import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DemoModelSeederTest extends IntegrationTest {

    @Autowired
    private Models models;

    @Test
    void seedsOnePublishedCopyOfTheSixCompetencyTemplateOnlyWhileTheTenantHasNoModel() {
        TestTenant tenant = newTenant("demo-model");
        var seeder = new DemoModelSeeder(tenants, models, transactions);
        seeder.seed(tenant.id());
        seeder.seed(tenant.id());

        ApiClient admin = signedIn(tenant.admin());
        JsonNode list = admin.get("/api/v1/tenant/models").json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("name").asString()).isEqualTo(DemoModelSeeder.MODEL_NAME);
        assertThat(list.get(0).get("templateKey").asString()).isEqualTo("cx-six-competencies");
        assertThat(list.get(0).get("versions").get(0).get("status").asString()).isEqualTo("PUBLISHED");

        TestTenant withOwnModel = newTenant("demo-model-own");
        ApiClient otherAdmin = signedIn(withOwnModel.admin());
        ModelApiTest.createFromTemplate(otherAdmin, "Ours", "dk-four-themes");
        seeder.seed(withOwnModel.id());
        assertThat(otherAdmin.get("/api/v1/tenant/models").json().findValuesAsString("name"))
                .containsExactly("Ours");
    }
}
