package no.maturo.tenancy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

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

    static final String ENCRYPTION_KEY_FILE = "maturo-encryption.key";

    /**
     * The key that encrypts secrets stored in this embedded database (maturo.secrets.encryption-key), created
     * randomly on first start and kept in the data directory (readable by its owner only), so it travels with the
     * data it protects. Call after {@link #start}: PostgreSQL initialises only an empty directory.
     */
    public static String encryptionKey(Path dataDirectory) {
        Path file = dataDirectory.resolve(ENCRYPTION_KEY_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, encoded + "\n", StandardCharsets.US_ASCII);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the encryption key " + file, e);
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
