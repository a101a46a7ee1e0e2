package no.maturo.identity;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import no.maturo.audit.AuditActor;

/**
 * The signed-in person as kept in the server-side session. {@code tenantId} is null for platform admins. Holds no
 * credentials.
 */
public record AuthenticatedUser(
        UUID id, UUID tenantId, String email, String displayName, String locale, Set<Role> roles)
        implements Principal, AuditActor, TenantMember, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public AuthenticatedUser {
        roles = Set.copyOf(roles);
    }

    /** The stable name sessions are indexed by (Spring Session's principal name): the account id. */
    @Override
    public String getName() {
        return id.toString();
    }

    @Override
    public UUID actorId() {
        return id;
    }

    @Override
    public String actorLabel() {
        return email;
    }

    public boolean isPlatformAdmin() {
        return tenantId == null;
    }
}
