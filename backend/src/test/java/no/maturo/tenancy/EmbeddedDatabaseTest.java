package no.maturo.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default database of `Run`: a real PostgreSQL whose data outlives a restart. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestartAndTheApplicationAccountIsNotPrivileged() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory)) {
            var a = first.accounts();
            try (var owner = DriverManager.getConnection(a.jdbcUrl(), a.ownerUser(), a.ownerPassword())) {
                DSL.using(owner).execute("CREATE TABLE kept (value text)");
                DSL.using(owner).execute("INSERT INTO kept VALUES ('still here')");
            }
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDirectory)) {
            var a = second.accounts();
            try (var owner = DriverManager.getConnection(a.jdbcUrl(), a.ownerUser(), a.ownerPassword())) {
                assertThat(DSL.using(owner).fetchValue("SELECT value FROM kept"))
                        .isEqualTo("still here");
            }
            try (var application =
                    DriverManager.getConnection(a.jdbcUrl(), a.applicationUser(), a.applicationPassword())) {
                assertThat(DSL.using(application)
                                .fetchValue(
                                        "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user"))
                        .isEqualTo(false);
            }
        }
    }
}
