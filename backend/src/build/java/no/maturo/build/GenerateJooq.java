package no.maturo.build;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.stream.Stream;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;

/**
 * Build step "migrate, generate": applies the Liquibase changelog to a throwaway embedded PostgreSQL and generates
 * the jOOQ classes from the real schema. Run by exec-maven-plugin in generate-sources as a Java source program, so
 * it needs no module of its own. Skips the work when neither the changelogs nor this file changed.
 *
 * <p>Arguments: resources directory, changelog path inside it, output directory, target package, this file.
 */
public class GenerateJooq {

    private static final String APPLICATION_ROLE = "maturo_app";

    public static void main(String[] args) throws Exception {
        Path resources = Path.of(args[0]);
        String changelog = args[1];
        Path output = Path.of(args[2]);
        String targetPackage = args[3];

        Path stamp = output.resolve(".inputs.sha256");
        Path self = Path.of(args[4]);
        String inputsHash = hashInputs(resources.resolve("db"), self);
        if (Files.exists(stamp) && Files.readString(stamp).equals(inputsHash)) {
            System.out.println("[jooq] schema unchanged, generated sources are up to date");
            return;
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
                connection.createStatement().execute("CREATE ROLE " + APPLICATION_ROLE + " LOGIN");
                var database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                try (var liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(resources), database)) {
                    liquibase.setChangeLogParameter("application_role", APPLICATION_ROLE);
                    liquibase.update("");
                }
            }
            GenerationTool.generate(new Configuration()
                    .withLogging(Logging.WARN)
                    .withJdbc(new Jdbc()
                            .withDriver("org.postgresql.Driver")
                            .withUrl(url)
                            .withUser("postgres")
                            .withPassword("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    .withExcludes("databasechangelog.*|spring_session.*|enable_tenant_isolation"))
                            .withGenerate(new Generate()
                                    .withRecords(true)
                                    .withImplicitJoinPathsToMany(false)
                                    .withJavaTimeTypes(true)
                                    .withPojos(false)
                                    .withDaos(false)
                                    .withGeneratedAnnotation(false))
                            .withTarget(new Target()
                                    .withPackageName(targetPackage)
                                    .withDirectory(output.toString())
                                    .withClean(true))));
        }
        Files.writeString(stamp, inputsHash);
    }

    private static String hashInputs(Path changelogDirectory, Path self) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(changelogDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(changelogDirectory.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        if (Files.isRegularFile(self)) {
            digest.update(Files.readAllBytes(self));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
