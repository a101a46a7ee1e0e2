package no.maturo.identity;

import io.swagger.v3.oas.annotations.media.Schema;

/** What an API token may do. KPI pushes will add their own scope with the KPI capability. */
@Schema(enumAsRef = true)
public enum ApiScope {
    /** Provision people and departments through SCIM 2.0 (/scim/v2). */
    SCIM;

    public String authority() {
        return "SCOPE_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
