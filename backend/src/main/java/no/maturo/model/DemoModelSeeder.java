package no.maturo.model;

import java.util.UUID;
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
 * Gives the demo tenant a published maturity model (a copy of the six-competency template) on the embedded demo
 * database, so surveys can be tried at once. Runs after the demo tenant exists and only while it has no model.
 */
@Component
@ConditionalOnProperty(name = "maturo.demo.enabled", havingValue = "true")
@Order(1)
class DemoModelSeeder implements ApplicationRunner {

    static final String MODEL_NAME = "Kundeorientering";
    private static final String DEMO_TENANT_SLUG = "nordlys";
    private static final Logger log = LoggerFactory.getLogger(DemoModelSeeder.class);

    private final Tenants tenants;
    private final Models models;
    private final TransactionTemplate transactions;

    DemoModelSeeder(Tenants tenants, Models models, TransactionTemplate transactions) {
        this.tenants = tenants;
        this.models = models;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        tenants.findBySlug(DEMO_TENANT_SLUG).ifPresent(tenant -> seed(tenant.id()));
    }

    /** Seeds the tenant's demo model unless it has a model already. */
    void seed(UUID tenantId) {
        TenantContext.runAs(
                tenantId,
                () -> transactions.executeWithoutResult(status -> {
                    if (!models.list(true).isEmpty()) {
                        return;
                    }
                    var modelId = models.create(
                            MODEL_NAME,
                            "Vår kopi av malen med seks kompetanser, brukt i demoundersøkelsene.",
                            "cx-six-competencies");
                    models.publish(modelId, models.versions(modelId).getFirst().id());
                    log.info("Seeded the demo maturity model '{}'", MODEL_NAME);
                }));
    }
}
