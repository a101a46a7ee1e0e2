package no.maturo.tenancy;

import static org.jooq.impl.DSL.currentUser;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the application's own database account could see past row-level security: a superuser,
 * an account with BYPASSRLS, or one that owns (or may act as the owner of) the schema's tables.
 */
@Component
@DependsOnDatabaseInitialization
class RowLevelSecurityGuard implements InitializingBean {

    private final DSLContext dsl;

    RowLevelSecurityGuard(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new UnsafeDatabaseAccountException(String.join("; ", problems));
        }
    }

    List<String> problems() {
        var roles = table(name("pg_catalog", "pg_roles"));
        var account = dsl.select(
                        currentUser(),
                        field(name("rolsuper"), Boolean.class),
                        field(name("rolbypassrls"), Boolean.class))
                .from(roles)
                .where(field(name("rolname"), String.class).eq(currentUser()))
                .fetchSingle();
        var tableOwner = field(name("tableowner"), String.class);
        List<String> ownedTables = dsl.select(field(name("tablename"), String.class))
                .from(table(name("pg_catalog", "pg_tables")))
                .where(field(name("schemaname"), String.class).eq(inline("public")))
                .and(function("pg_has_role", Boolean.class, currentUser(), tableOwner, inline("MEMBER")))
                .fetch(0, String.class);

        List<String> problems = new ArrayList<>();
        String user = account.value1();
        if (Boolean.TRUE.equals(account.value2())) {
            problems.add("database account '" + user + "' is a superuser");
        }
        if (Boolean.TRUE.equals(account.value3())) {
            problems.add("database account '" + user + "' has BYPASSRLS");
        }
        if (!ownedTables.isEmpty()) {
            problems.add("database account '" + user + "' owns or may act as owner of tables " + ownedTables);
        }
        return problems;
    }

    static class UnsafeDatabaseAccountException extends IllegalStateException {
        UnsafeDatabaseAccountException(String problems) {
            super("Maturo refuses to start because row-level security would not protect tenants: " + problems
                    + ". Connect with an account that owns no tables and is neither superuser nor BYPASSRLS"
                    + " (spring.datasource.username), and migrate with the owner account (spring.liquibase.user)."
                    + " See docs/configuration.md.");
        }
    }
}
