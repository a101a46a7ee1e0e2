package no.maturo.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import no.maturo.testsupport.IntegrationTest;
import no.maturo.testsupport.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Audits PostgreSQL's own catalog after the real migrations: the isolation rules hold for every tenant-owned table
 * that exists now and for every one added later, without anyone remembering to add it here.
 */
class TenantIsolationCatalogTest extends IntegrationTest {

    private static final String TENANT_TABLES = """
            SELECT c.relname
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
              AND EXISTS (SELECT 1 FROM pg_attribute a
                          WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
            ORDER BY c.relname
            """;

    /**
     * One row in every tenant table, written as superuser so the visibility checks below never pass on an empty
     * table. A new tenant table fails {@code withoutATenant...} with "rows in <table>" until it is added here.
     */
    private static final String ONE_ROW_PER_TABLE = """
            DO $$
            DECLARE
              t uuid := '%1$s';
              u uuid := (SELECT id FROM user_account WHERE tenant_id = t LIMIT 1);
              d uuid := (SELECT id FROM department WHERE tenant_id = t LIMIT 1);
              m uuid := gen_random_uuid(); v uuid := gen_random_uuid(); dim uuid := gen_random_uuid();
              i uuid := gen_random_uuid(); c uuid := gen_random_uuid(); r uuid := gen_random_uuid();
            BEGIN
              INSERT INTO invitation (tenant_id, id, user_id, token_hash, expires_at)
                VALUES (t, gen_random_uuid(), u, sha256(t::text::bytea), now());
              INSERT INTO api_token (tenant_id, id, name, secret_hash, scopes, created_by, expires_at)
                VALUES (t, gen_random_uuid(), 'catalog', '\\x00', ARRAY['SCIM'], 'test', now());
              INSERT INTO sso_configuration (tenant_id, issuer_url, client_id) VALUES (t, 'https://idp.test', 'c');
              INSERT INTO sso_domain (tenant_id, domain) VALUES (t, replace(t::text, '-', '') || '.test');
              INSERT INTO sso_group_role (tenant_id, group_name, role) VALUES (t, 'g', 'EMPLOYEE');
              INSERT INTO sso_group_department (tenant_id, group_name, department_id) VALUES (t, 'g', d);
              INSERT INTO audit_event (tenant_id, id, occurred_at, actor_id, actor_label, action, target_type)
                VALUES (t, gen_random_uuid(), now(), u, 'test', 'catalog.seeded', 'test');
              INSERT INTO maturity_model (tenant_id, id, name) VALUES (t, m, 'Catalog');
              INSERT INTO model_version (tenant_id, id, model_id, version_number, status, published_at)
                VALUES (t, v, m, 1, 'PUBLISHED', now());
              INSERT INTO model_dimension (tenant_id, id, version_id, position, dimension_key, name)
                VALUES (t, dim, v, 0, 'd', '{"en": "D"}');
              INSERT INTO model_item (tenant_id, id, version_id, dimension_id, position, item_key, lineage_id,
                                      employee_text)
                VALUES (t, i, v, dim, 0, 'i', gen_random_uuid(), '{"en": "I"}');
              INSERT INTO cycle (tenant_id, id, name, kind, model_version_id, opens_at, closes_at, series_id)
                VALUES (t, c, 'Catalog', 'ASSESSMENT', v, now(), now() + interval '1 day', c);
              INSERT INTO cycle_item (tenant_id, cycle_id, item_id, position) VALUES (t, c, i, 0);
              INSERT INTO cycle_participant (tenant_id, cycle_id, user_id) VALUES (t, c, u);
              INSERT INTO answer_link (tenant_id, token_hash, cycle_id, user_id) VALUES (t, '\\x01', c, u);
              INSERT INTO customer_link (tenant_id, id, cycle_id, token_hash) VALUES (t, gen_random_uuid(), c, '\\x02');
              INSERT INTO response (tenant_id, id, cycle_id, cycle_date) VALUES (t, r, c, current_date);
              INSERT INTO response_answer (tenant_id, response_id, item_id, value) VALUES (t, r, i, 4);
              INSERT INTO response_comment (tenant_id, response_id, dimension_id, body) VALUES (t, r, dim, 'x');
              INSERT INTO analytics_cycle_rollup (tenant_id, cycle_id) VALUES (t, c);
              INSERT INTO analytics_group_rollup (tenant_id, cycle_id, group_key, department_id, role_level, responses)
                VALUES (t, c, d::text || '/FRONTLINE', d, 'FRONTLINE', 1);
              INSERT INTO analytics_statement_rollup (tenant_id, cycle_id, group_key, item_id, department_id,
                                                      role_level, value_4)
                VALUES (t, c, d::text || '/FRONTLINE', i, d, 'FRONTLINE', 1);
              INSERT INTO analytics_dimension_rollup (tenant_id, cycle_id, group_key, dimension_key, respondents,
                                                      index_sum, index_squares)
                VALUES (t, c, d::text || '/FRONTLINE', 'customer-insight', 1, 4, 16);
            END $$
            """;

    @BeforeEach
    void someTenantData() throws Exception {
        TestTenant tenant = newTenant("audit");
        try (Connection connection = TestDatabase.superuserConnection()) {
            sql(connection).execute(ONE_ROW_PER_TABLE.formatted(tenant.id()));
        }
    }

    @Test
    void tenantOwnedTablesAreTheOnesWeExpectAtLeast() throws Exception {
        try (Connection connection = TestDatabase.superuserConnection()) {
            List<String> tables = sql(connection).fetch(TENANT_TABLES).getValues(0, String.class);
            assertThat(tables).contains("department", "user_account", "user_role", "invitation");
        }
    }

    @Test
    void everyTenantTableHasRowLevelSecurityEnabledAndForced() throws Exception {
        try (Connection connection = TestDatabase.superuserConnection()) {
            var unprotected = sql(connection)
                    .fetch("SELECT relname FROM pg_class WHERE relname IN (" + TENANT_TABLES
                            + ") AND NOT (relrowsecurity AND relforcerowsecurity)")
                    .getValues(0, String.class);
            assertThat(unprotected)
                    .as("tenant tables without enabled and forced RLS")
                    .isEmpty();
        }
    }

    @Test
    void everyTenantTableHasTheTenantIsolationPolicyOnTheTransactionSetting() throws Exception {
        try (Connection connection = TestDatabase.superuserConnection()) {
            var withoutPolicy =
                    sql(connection).fetch("""
                            SELECT t.relname FROM (%s) t(relname)
                            WHERE NOT EXISTS (
                              SELECT 1 FROM pg_policies p
                              WHERE p.schemaname = 'public' AND p.tablename = t.relname
                                AND p.policyname = 'tenant_isolation' AND p.cmd = 'ALL'
                                AND p.qual LIKE '%%current_setting(''app.tenant_id''::text, true)%%'
                                AND p.with_check = p.qual)
                            """.formatted(TENANT_TABLES)).getValues(0, String.class);
            assertThat(withoutPolicy).isEmpty();
        }
    }

    @Test
    void noPolicyOtherThanTheReviewedOnesWidensAccess() throws Exception {
        try (Connection connection = TestDatabase.superuserConnection()) {
            var policies = sql(connection)
                    .fetch("SELECT tablename || '.' || policyname || ':' || cmd FROM pg_policies"
                            + " WHERE schemaname = 'public' AND policyname <> 'tenant_isolation'")
                    .getValues(0, String.class);
            // Each extra permissive policy is a hole by design, read only and only when its setting is on: sign-in
            // finds an email's account, home-realm discovery an email domain's single sign-on tenant, and an
            // invitation link its invitation (docs/architecture.md).
            assertThat(policies)
                    .containsExactlyInAnyOrder(
                            "user_account.login_lookup:SELECT",
                            "sso_domain.login_lookup:SELECT",
                            "invitation.invitation_lookup:SELECT");
        }
    }

    @Test
    void everyTenantTablePrimaryKeyAndForeignKeyIncludesTenantId() throws Exception {
        try (Connection connection = TestDatabase.superuserConnection()) {
            var keysWithoutTenant =
                    sql(connection).fetch("""
                            SELECT con.conrelid::regclass::text || '.' || con.conname
                            FROM pg_constraint con
                            WHERE con.contype IN ('p', 'f')
                              AND con.conrelid::regclass::text IN (%s)
                              AND NOT EXISTS (
                                SELECT 1 FROM pg_attribute a
                                WHERE a.attrelid = con.conrelid AND a.attname = 'tenant_id'
                                  AND a.attnum = ANY (con.conkey))
                              AND NOT (con.contype = 'f' AND con.confrelid = 'tenant'::regclass)
                            """.formatted(TENANT_TABLES)).getValues(0, String.class);
            assertThat(keysWithoutTenant).isEmpty();
            var tablesWithoutPrimaryKey = sql(connection)
                    .fetch("SELECT t.relname FROM (" + TENANT_TABLES + ") t(relname) WHERE NOT EXISTS ("
                            + "SELECT 1 FROM pg_constraint con WHERE con.contype = 'p'"
                            + " AND con.conrelid = t.relname::regclass)")
                    .getValues(0, String.class);
            assertThat(tablesWithoutPrimaryKey).isEmpty();
        }
    }

    @Test
    void applicationAccountOwnsNothingAndCannotBypassRowLevelSecurity() throws Exception {
        String application = TestDatabase.accounts().applicationUser();
        try (Connection connection = TestDatabase.superuserConnection()) {
            var dsl = sql(connection);
            assertThat(dsl.fetchValue(
                            "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = ?",
                            application))
                    .isEqualTo(0L);
            assertThat(dsl.fetchValue("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = ?", application))
                    .isEqualTo(false);
            assertThat(dsl.fetchValue(
                            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                                    + " AND pg_has_role(?, tableowner, 'MEMBER')",
                            application))
                    .isEqualTo(0L);
        }
    }

    @Test
    void withoutATenantTheApplicationAccountSeesNoTenantRowsAtAll() throws Exception {
        try (Connection superuser = TestDatabase.superuserConnection();
                Connection application = TestDatabase.applicationConnection()) {
            for (String table : sql(superuser).fetch(TENANT_TABLES).getValues(0, String.class)) {
                assertThat(sql(superuser).fetchCount(DSL.table(DSL.name(table))))
                        .as("rows in %s", table)
                        .isPositive();
                assertThat(sql(application).fetchCount(DSL.table(DSL.name(table))))
                        .as("rows visible in %s without a tenant", table)
                        .isZero();
                // An explicitly empty setting, as the transaction manager sets when no tenant is bound.
                application.setAutoCommit(false);
                sql(application).fetch("SELECT set_config('app.tenant_id', '', true)");
                assertThat(sql(application).fetchCount(DSL.table(DSL.name(table))))
                        .as("rows visible in %s with an empty tenant", table)
                        .isZero();
                application.rollback();
                application.setAutoCommit(true);
            }
        }
    }

    private static DSLContext sql(Connection connection) {
        return DSL.using(connection, SQLDialect.POSTGRES);
    }
}
