package no.maturo.tenancy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url}, starts the embedded PostgreSQL before the application context and points
 * the datasource (application account) and Liquibase (owner account) at it. Only then is the demo tenant seeded:
 * an external database never gets demo users.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE = "maturoEmbeddedDatabase";
    static final String ENCRYPTION_KEY = "maturo.secrets.encryption-key";

    private final Log log;
    private final ConfigurableBootstrapContext bootstrapContext;

    public EmbeddedDatabaseEnvironmentPostProcessor(
            DeferredLogFactory logFactory, ConfigurableBootstrapContext bootstrapContext) {
        this.log = logFactory.getLog(EmbeddedDatabaseEnvironmentPostProcessor.class);
        this.bootstrapContext = bootstrapContext;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("maturo.embedded-database.enabled", Boolean.class, true)
                || environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        Path dataDirectory = Path.of(environment.getProperty("maturo.embedded-database.data-dir", ".maturo/pgdata"))
                .toAbsolutePath();
        log.info("No spring.datasource.url configured: starting embedded PostgreSQL with data in " + dataDirectory);
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
        DatabaseAccounts accounts = database.accounts();
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.datasource.url", accounts.jdbcUrl(),
                "spring.datasource.username", accounts.applicationUser(),
                "spring.datasource.password", accounts.applicationPassword(),
                "spring.liquibase.user", accounts.ownerUser(),
                "spring.liquibase.password", accounts.ownerPassword(),
                "maturo.demo.enabled", "true"));
        if (!StringUtils.hasText(environment.getProperty(ENCRYPTION_KEY))) {
            // Secrets stored in this database are encrypted with a key kept next to its data.
            properties.put(ENCRYPTION_KEY, EmbeddedDatabase.encryptionKey(dataDirectory));
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        bootstrapContext.addCloseListener(event -> stopWith(event.getApplicationContext(), database));
    }

    private static void stopWith(ConfigurableApplicationContext context, EmbeddedDatabase database) {
        // Registered first, so destroyed last: after the connection pool has closed.
        context.getBeanFactory().registerSingleton("embeddedDatabase", database);
        if (context.getBeanFactory() instanceof DefaultListableBeanFactory f) {
            f.registerDisposableBean("embeddedDatabase", database::close);
        }
    }
}
