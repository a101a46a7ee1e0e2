package no.maturo.identity;

/** Where a person stands in the hierarchy; perception gaps are compared across these levels. */
public enum RoleLevel {
    TOP_MANAGEMENT,
    MIDDLE_MANAGEMENT,
    SPECIALIST,
    FRONTLINE
}
