package no.maturo.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the first platform admin of a fresh installation from {@code maturo.bootstrap.platform-admin.*}, once.
 * This is how an external database gets its first operator; the embedded demo gets one from the demo seed.
 */
@Component
@ConditionalOnProperty("maturo.bootstrap.platform-admin.email")
class PlatformAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdminBootstrap.class);

    private final Accounts accounts;
    private final Environment environment;

    PlatformAdminBootstrap(Accounts accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = environment.getRequiredProperty("maturo.bootstrap.platform-admin.email");
        if (accounts.platformAdminExists(email)) {
            return;
        }
        String password = environment.getRequiredProperty("maturo.bootstrap.platform-admin.password");
        if (password.length() < 12) {
            throw new IllegalStateException(
                    "maturo.bootstrap.platform-admin.password must have at least 12 characters");
        }
        String name = environment.getProperty("maturo.bootstrap.platform-admin.display-name", "Platform admin");
        accounts.createPlatformAdmin(email, name, password);
        log.info("Created platform admin {}", email);
    }
}
