package no.maturo.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A tenant's single sign-on configuration as stored, without the client secret (only whether one is set). */
record SsoSettings(
        boolean enabled,
        String issuerUrl,
        String clientId,
        boolean clientSecretSet,
        List<String> domains,
        String emailClaim,
        String nameClaim,
        String groupsClaim,
        List<GroupRole> groupRoles,
        List<GroupDepartment> groupDepartments,
        boolean jitProvisioning,
        boolean ssoRequired,
        OffsetDateTime updatedAt) {

    static final String DEFAULT_EMAIL_CLAIM = "email";
    static final String DEFAULT_NAME_CLAIM = "name";
    static final String DEFAULT_GROUPS_CLAIM = "groups";

    record GroupRole(String group, Role role) {}

    record GroupDepartment(String group, UUID departmentId) {}

    /** What an administrator submits; a null or blank secret keeps the stored one. */
    record Update(
            boolean enabled,
            String issuerUrl,
            String clientId,
            String clientSecret,
            List<String> domains,
            String emailClaim,
            String nameClaim,
            String groupsClaim,
            List<GroupRole> groupRoles,
            List<GroupDepartment> groupDepartments,
            boolean jitProvisioning,
            boolean ssoRequired) {}

    /** What the audit log keeps: everything but the secret, and whether the secret changed. */
    record Audit(
            boolean enabled,
            String issuerUrl,
            String clientId,
            boolean clientSecretSet,
            Boolean clientSecretChanged,
            List<String> domains,
            String emailClaim,
            String nameClaim,
            String groupsClaim,
            List<GroupRole> groupRoles,
            List<GroupDepartment> groupDepartments,
            boolean jitProvisioning,
            boolean ssoRequired) {

        static Audit of(SsoSettings s, Boolean secretChanged) {
            return new Audit(
                    s.enabled(),
                    s.issuerUrl(),
                    s.clientId(),
                    s.clientSecretSet(),
                    secretChanged,
                    s.domains(),
                    s.emailClaim(),
                    s.nameClaim(),
                    s.groupsClaim(),
                    s.groupRoles(),
                    s.groupDepartments(),
                    s.jitProvisioning(),
                    s.ssoRequired());
        }
    }
}
