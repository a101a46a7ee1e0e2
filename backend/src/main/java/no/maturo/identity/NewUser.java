package no.maturo.identity;

import java.util.Set;
import java.util.UUID;

/** A person to add to the current tenant; {@code password} may be null for people who sign in through SSO. */
public record NewUser(
        String email,
        String displayName,
        String password,
        String locale,
        UUID departmentId,
        RoleLevel roleLevel,
        Set<Role> roles) {}
