package no.maturo.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.maturo.MaturoApplication;
import no.maturo.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The application will not run on an account that row-level security does not bind. */
class StartupGuardTest {

    @Test
    void refusesToStartWhenConnectedAsTheTableOwner() {
        var accounts = TestDatabase.accounts();
        assertThatThrownBy(() -> new SpringApplicationBuilder(MaturoApplication.class)
                        .run(
                                "--server.port=0",
                                "--spring.datasource.url=" + accounts.jdbcUrl(),
                                "--spring.datasource.username=" + accounts.ownerUser(),
                                "--spring.datasource.password=" + accounts.ownerPassword(),
                                "--spring.liquibase.user=" + accounts.ownerUser(),
                                "--spring.liquibase.password=" + accounts.ownerPassword(),
                                "--spring.liquibase.parameters.application_role=" + accounts.applicationUser())
                        .close())
                .satisfies(failure -> assertThat(rootMessage(failure))
                        .contains("refuses to start")
                        .contains("'" + accounts.ownerUser() + "' owns or may act as owner of tables"));
    }

    private static String rootMessage(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
