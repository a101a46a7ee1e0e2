package no.maturo.tenancy;

import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every transaction by setting {@code app.tenant_id} transaction-locally ({@code set_config(..., true)}), so
 * the setting ends with the transaction whether it commits or rolls back and can never leak to the next borrower
 * of a pooled connection. An empty value, when no tenant is bound, makes every tenant-owned table empty.
 */
class TenantAwareTransactionManager extends JdbcTransactionManager {

    static final String TENANT_SETTING = "app.tenant_id";

    TenantAwareTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        String tenant = TenantContext.current().map(UUID::toString).orElse("");
        DSL.using(connection, SQLDialect.POSTGRES)
                .select(function("set_config", String.class, inline(TENANT_SETTING), val(tenant), inline(true)))
                .fetch();
    }
}
