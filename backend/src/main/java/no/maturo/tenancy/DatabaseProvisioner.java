package no.maturo.tenancy;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * Prepares a PostgreSQL server that Maturo controls (the embedded one, or a test database) the way an operator
 * prepares an external one: a database owned by an owner account, and an application account that owns nothing
 * and cannot bypass row-level security. Passwords are fresh random values on every call.
 */
public final class DatabaseProvisioner {

    public static final String OWNER = "maturo_owner";
    public static final String APPLICATION = "maturo_app";

    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabaseProvisioner() {}

    /**
     * @param serverUrl JDBC URL of the server without a database name, e.g. {@code jdbc:postgresql://localhost:5432/}
     */
    public static DatabaseAccounts provision(
            String serverUrl, String superuser, String superuserPassword, String database) {
        String ownerPassword = newPassword();
        String applicationPassword = newPassword();
        try (Connection admin = DriverManager.getConnection(serverUrl + "postgres", superuser, superuserPassword);
                Statement sql = admin.createStatement()) {
            ensureRole(sql, OWNER, ownerPassword, "NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB");
            ensureRole(sql, APPLICATION, applicationPassword, "NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB");
            try (var existing = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!existing.next()) {
                    sql.execute("CREATE DATABASE " + database + " OWNER " + OWNER + " ENCODING 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + database + ": " + e.getMessage(), e);
        }
        try (Connection db = DriverManager.getConnection(serverUrl + database, superuser, superuserPassword);
                Statement sql = db.createStatement()) {
            sql.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            sql.execute("GRANT ALL ON SCHEMA public TO " + OWNER);
            sql.execute("GRANT USAGE ON SCHEMA public TO " + APPLICATION);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare schema of " + database + ": " + e.getMessage(), e);
        }
        return new DatabaseAccounts(serverUrl + database, OWNER, ownerPassword, APPLICATION, applicationPassword);
    }

    private static void ensureRole(Statement sql, String role, String password, String attributes) throws SQLException {
        try (var existing = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            if (!existing.next()) {
                sql.execute("CREATE ROLE " + role + " LOGIN");
            }
        }
        // The password is hex from SecureRandom, so it can stand in the statement as a literal.
        sql.execute("ALTER ROLE " + role + " WITH LOGIN " + attributes + " PASSWORD '" + password + "'");
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
