package no.maturo.identity;

import java.util.UUID;
import no.maturo.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/** What single sign-on means for password sign-in: a tenant that requires it refuses passwords. */
@Component
class SsoPolicy {

    private final SsoConfigurations configurations;

    SsoPolicy(SsoConfigurations configurations) {
        this.configurations = configurations;
    }

    boolean passwordRefused(UUID tenantId) {
        return TenantContext.callAs(tenantId, configurations::ssoRequired);
    }
}
