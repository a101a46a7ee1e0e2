package no.maturo.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import no.maturo.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

class TenantContextTest extends IntegrationTest {

    @Test
    void switchingTenantInsideARunningTransactionIsRefused() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        TenantContext.runAs(
                a,
                () -> transactions.executeWithoutResult(status -> {
                    assertThatThrownBy(() -> TenantContext.runAs(b, () -> {}))
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("before the transaction begins");
                    // Re-binding the same tenant is harmless.
                    assertThat(TenantContext.callAs(a, TenantContext::require)).isEqualTo(a);
                }));
        assertThat(TenantContext.callAs(b, TenantContext::require)).isEqualTo(b);
    }
}
