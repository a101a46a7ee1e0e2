package no.maturo.tenancy;

/** The two accounts Maturo uses: the owner migrates, the application account serves requests under RLS. */
public record DatabaseAccounts(
        String jdbcUrl, String ownerUser, String ownerPassword, String applicationUser, String applicationPassword) {

    @Override
    public String toString() {
        return "DatabaseAccounts[" + jdbcUrl + ", owner=" + ownerUser + ", application=" + applicationUser + "]";
    }
}
