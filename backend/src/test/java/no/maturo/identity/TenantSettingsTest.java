package no.maturo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

class TenantSettingsTest extends IntegrationTest {

    @Test
    void adminChangesTheOrganisationsSettingsAndTheChangeIsAudited() {
        TestTenant tenant = newTenant("settings");
        TestTenant other = newTenant("other-settings");
        ApiClient admin = signedIn(tenant.admin());
        var before = admin.get("/api/v1/tenant/settings").json();
        assertThat(before.get("anonymityThreshold").asInt()).isEqualTo(5);

        var updated = admin.put(
                "/api/v1/tenant/settings",
                Map.of("name", "Nordic Retail", "defaultLocale", "sv", "anonymityThreshold", 7));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/tenant/settings")
                        .json()
                        .get("defaultLocale")
                        .asString())
                .isEqualTo("sv");
        assertThat(tenants.findById(tenant.id()).orElseThrow().anonymityThreshold())
                .isEqualTo(7);
        assertThat(tenants.findById(other.id()).orElseThrow().anonymityThreshold())
                .isEqualTo(5);

        var audit = admin.get("/api/v1/audit-events?action=tenant.settings-changed")
                .json()
                .get(0);
        assertThat(audit.get("before").get("anonymityThreshold").asInt()).isEqualTo(5);
        assertThat(audit.get("after").get("anonymityThreshold").asInt()).isEqualTo(7);
    }

    @Test
    void theAnonymityThresholdNeverGoesBelowThreeAndNothingIsStored() {
        TestTenant tenant = newTenant("threshold");
        ApiClient admin = signedIn(tenant.admin());
        var tooLow = admin.put(
                "/api/v1/tenant/settings", Map.of("name", "Changed", "defaultLocale", "en", "anonymityThreshold", 2));
        assertThat(tooLow.status()).isEqualTo(400);
        assertThat(tooLow.json().get("errors").findValuesAsString("field")).containsExactly("anonymityThreshold");
        assertThat(tenants.findById(tenant.id()).orElseThrow().name()).isEqualTo("Tenant threshold");
    }

    @Test
    void onlyTenantAdminsSeeOrChangeSettings() {
        TestTenant tenant = newTenant("settings-roles");
        assertThat(signedIn(tenant.leader()).get("/api/v1/tenant/settings").status())
                .isEqualTo(403);
        assertThat(signedIn(tenant.employee())
                        .put(
                                "/api/v1/tenant/settings",
                                Map.of("name", "X", "defaultLocale", "en", "anonymityThreshold", 5))
                        .status())
                .isEqualTo(403);
    }
}
