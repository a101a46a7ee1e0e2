package no.maturo.identity;

import no.maturo.shared.ProblemWriter;
import no.maturo.tenancy.Tenants;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * SCIM 2.0 provisioning (/scim/v2) is called by identity providers with a bearer API token carrying the SCIM
 * scope: stateless, no cookies, so no CSRF. Checked before the browser-facing chain.
 */
@Configuration(proxyBeanMethods = false)
class ScimSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain scimFilterChain(
            HttpSecurity http, ApiTokenIntrospector introspector, Tenants tenants, ProblemWriter problems) {
        http.securityMatcher("/scim/v2/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().hasAuthority(ApiScope.SCIM.authority()))
                .oauth2ResourceServer(server -> server.opaqueToken(token -> token.introspector(introspector)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterAfter(new TenantScopeFilter(tenants, problems), AuthorizationFilter.class);
        return http.build();
    }
}
