package no.maturo.identity;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** A person of the current tenant as tenant admins see them. */
record Person(
        UUID id,
        String email,
        String displayName,
        UUID departmentId,
        RoleLevel roleLevel,
        Set<Role> roles,
        String locale,
        boolean active,
        boolean hasPassword,
        OffsetDateTime invitationExpiresAt) {

    enum Status {
        ACTIVE,
        INVITED,
        DEACTIVATED
    }

    Status status() {
        if (!active) {
            return Status.DEACTIVATED;
        }
        return hasPassword ? Status.ACTIVE : Status.INVITED;
    }

    /** What the audit log keeps: never a password or token. */
    record Audit(
            String email,
            String displayName,
            UUID departmentId,
            RoleLevel roleLevel,
            Set<Role> roles,
            String locale,
            boolean active) {}

    Audit audit() {
        return new Audit(email, displayName, departmentId, roleLevel, roles, locale, active);
    }
}
