package no.maturo.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.maturo.audit.AuditActor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/** An integration calling with an API token: bound to one tenant, limited to the token's scopes. */
record ApiTokenPrincipal(UUID tenantId, UUID tokenId, String tokenName, Set<ApiScope> scopes)
        implements OAuth2AuthenticatedPrincipal, AuditActor, TenantMember, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Map<String, Object> getAttributes() {
        return Map.of("tenant_id", tenantId.toString(), "token_id", tokenId.toString());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return scopes.stream()
                .map(scope -> new SimpleGrantedAuthority(scope.authority()))
                .toList();
    }

    @Override
    public String getName() {
        return tokenId.toString();
    }

    @Override
    public UUID actorId() {
        return null;
    }

    @Override
    public String actorLabel() {
        return "api-token:" + tokenName;
    }
}
