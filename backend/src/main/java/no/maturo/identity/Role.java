package no.maturo.identity;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a person may do. Platform admins run Maturo itself; the other roles live inside one tenant. */
@Schema(enumAsRef = true)
public enum Role {
    PLATFORM_ADMIN,
    TENANT_ADMIN,
    LEADER,
    DEPARTMENT_MANAGER,
    EMPLOYEE;

    public String authority() {
        return "ROLE_" + name();
    }
}
