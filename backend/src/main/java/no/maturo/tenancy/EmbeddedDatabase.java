package no.maturo.tenancy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server from Maven Central's binaries, kept in a local folder so its data survives restarts.
 * The default database when no external one is configured.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "maturo";

    private final EmbeddedPostgres postgres;
    private final DatabaseAccounts accounts;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseAccounts accounts) {
        this.postgres = postgres;
        this.accounts = accounts;
    }

    public static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            String serverUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
            DatabaseAccounts accounts = DatabaseProvisioner.provision(serverUrl, "postgres", "postgres", DATABASE);
            return new EmbeddedDatabase(postgres, accounts);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public DatabaseAccounts accounts() {
        return accounts;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
