package no.maturo.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.maturo.tenancy.Tenant;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * Each tenant's OpenID Connect client, loaded from the database on demand: the registration id is the tenant's
 * slug. Only active tenants with single sign-on enabled have one. The provider's discovery document is cached
 * briefly and refetched whenever the tenant's configuration changes.
 */
@Component
class TenantClientRegistrations implements ClientRegistrationRepository {

    static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";
    private static final Duration CACHE_FOR = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(TenantClientRegistrations.class);

    private record Cached(OffsetDateTime configuredAt, Instant fetchedAt, ClientRegistration registration) {}

    private final Tenants tenants;
    private final SsoConfigurations configurations;
    private final SsoConnectionCheck discovery;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    TenantClientRegistrations(Tenants tenants, SsoConfigurations configurations, SsoConnectionCheck discovery) {
        this.tenants = tenants;
        this.configurations = configurations;
        this.discovery = discovery;
    }

    @Override
    public ClientRegistration findByRegistrationId(String slug) {
        return find(slug).orElse(null);
    }

    /** The tenant's enabled provider with its registration, for the sign-in that just came back from it. */
    Optional<SsoConfigurations.Provider> provider(String slug) {
        return tenants.findBySlug(slug)
                .filter(t -> t.status() == Tenant.TenantStatus.ACTIVE)
                .flatMap(t -> TenantContext.callAs(t.id(), configurations::enabledProvider));
    }

    private Optional<ClientRegistration> find(String slug) {
        Optional<Tenant> tenant = tenants.findBySlug(slug).filter(t -> t.status() == Tenant.TenantStatus.ACTIVE);
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        Optional<SsoConfigurations.Provider> provider =
                TenantContext.callAs(tenant.get().id(), configurations::enabledProvider);
        if (provider.isEmpty()) {
            cache.remove(slug);
            return Optional.empty();
        }
        SsoConfigurations.Provider p = provider.get();
        Cached cached = cache.get(slug);
        if (cached != null
                && cached.configuredAt().isEqual(p.updatedAt())
                && cached.fetchedAt().plus(CACHE_FOR).isAfter(Instant.now())) {
            return Optional.of(cached.registration());
        }
        Optional<Map<String, Object>> document = discovery.document(p.issuerUrl());
        if (document.isEmpty()) {
            log.warn("Single sign-on of tenant {}: the discovery document of {} is unusable", slug, p.issuerUrl());
            return Optional.empty();
        }
        ClientRegistration registration = ClientRegistrations.fromOidcConfiguration(document.get())
                .registrationId(slug)
                .clientId(p.clientId())
                .clientSecret(p.clientSecret())
                .redirectUri(REDIRECT_URI)
                .scope("openid", "email", "profile")
                .clientName(tenant.get().name())
                .userNameAttributeName("sub")
                .build();
        cache.put(slug, new Cached(p.updatedAt(), Instant.now(), registration));
        return Optional.of(registration);
    }
}
