package no.maturo.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import no.maturo.tenancy.DatabaseAccounts;
import no.maturo.tenancy.DatabaseProvisioner;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL for the whole test run: a Testcontainers container when a Docker engine answers, otherwise
 * the embedded PostgreSQL binaries from Maven Central. Prepared exactly like production: an owner account that
 * migrates and an application account under row-level security.
 */
public final class TestDatabase {

    private static final String DATABASE = "maturo";

    private static DatabaseAccounts accounts;
    private static String superuserUrl;
    private static String superuser;
    private static String superuserPassword;

    private TestDatabase() {}

    public static synchronized DatabaseAccounts accounts() {
        if (accounts == null) {
            start();
        }
        return accounts;
    }

    /** A connection as superuser: sees every tenant's rows, for assertions only. */
    public static Connection superuserConnection() throws SQLException {
        accounts();
        return DriverManager.getConnection(superuserUrl + DATABASE, superuser, superuserPassword);
    }

    /** A connection as the application account, outside any Spring transaction. */
    public static Connection applicationConnection() throws SQLException {
        DatabaseAccounts a = accounts();
        return DriverManager.getConnection(a.jdbcUrl(), a.applicationUser(), a.applicationPassword());
    }

    public static String engine() {
        accounts();
        return superuser.equals("postgres") ? "embedded PostgreSQL" : "Testcontainers PostgreSQL";
    }

    private static void start() {
        if (dockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:18-alpine");
            container.start();
            superuserUrl = "jdbc:postgresql://" + container.getHost() + ":" + container.getFirstMappedPort() + "/";
            superuser = container.getUsername();
            superuserPassword = container.getPassword();
        } else {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
                superuserUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
                superuser = "postgres";
                superuserPassword = "postgres";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        accounts = DatabaseProvisioner.provision(superuserUrl, superuser, superuserPassword, DATABASE);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // The JVM is exiting; the temporary data directory goes with it.
        }
    }
}
