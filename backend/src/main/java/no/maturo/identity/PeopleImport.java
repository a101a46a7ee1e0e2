package no.maturo.identity;

import static no.maturo.jooq.Tables.USER_ACCOUNT;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.maturo.org.Department;
import no.maturo.org.Departments;
import no.maturo.shared.CsvUpload;
import no.maturo.tenancy.TenantContext;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and checks a CSV file of people to invite. Columns (header row required, any order): email, name,
 * department (a name, or a path "Parent/Child"), role_level, roles (separated by ";"), locale. UTF-8 with or
 * without BOM; comma or semicolon as delimiter.
 */
@Component
class PeopleImport {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 5_000;
    static final List<String> COLUMNS = List.of("email", "name", "department", "role_level", "roles", "locale");
    private static final CsvUpload.Format FORMAT = new CsvUpload.Format(
            COLUMNS,
            List.of("email", "name"),
            MAX_BYTES,
            MAX_ROWS,
            "The file is too large: at most " + MAX_ROWS + " people and 2 MB per import. Split it into several files.");
    private static final Set<String> LOCALES = Set.of("en", "nb", "da", "sv");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** One problem with one row; {@code code} lets the UI say it in the reader's language. */
    record RowError(String column, String code, String message) {}

    record Row(
            int line,
            String email,
            String name,
            String department,
            UUID departmentId,
            RoleLevel roleLevel,
            Set<Role> roles,
            String locale,
            List<RowError> errors) {

        People.Details details() {
            return new People.Details(email, name, departmentId, roleLevel, roles, locale);
        }
    }

    record Preview(List<Row> rows, int errorCount) {

        boolean valid() {
            return errorCount == 0;
        }
    }

    private final DSLContext dsl;
    private final Departments departments;

    PeopleImport(DSLContext dsl, Departments departments) {
        this.dsl = dsl;
        this.departments = departments;
    }

    /** Parses and checks every row; stores nothing. Throws 400/413 problems for files it cannot read at all. */
    @Transactional(readOnly = true)
    Preview preview(byte[] file) {
        CsvUpload.Table table = CsvUpload.read(file, FORMAT);
        List<CSVRecord> records = table.rows();
        Map<String, UUID> departmentPaths = departmentPaths();
        Set<String> seen = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (CSVRecord record : records) {
            emails.add(Accounts.normalise(table.value(record, "email")));
        }
        Set<String> inUse = new HashSet<>(dsl.select(DSL.lower(USER_ACCOUNT.EMAIL))
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.TENANT_ID.eq(TenantContext.require()))
                .and(DSL.lower(USER_ACCOUNT.EMAIL).in(emails))
                .fetch(0, String.class));
        int errorCount = 0;
        for (CSVRecord record : records) {
            Row row = check(table, record, departmentPaths, seen, inUse);
            errorCount += row.errors().size();
            rows.add(row);
        }
        return new Preview(rows, errorCount);
    }

    private Row check(
            CsvUpload.Table table,
            CSVRecord record,
            Map<String, UUID> departmentPaths,
            Set<String> seen,
            Set<String> inUse) {
        List<RowError> errors = new ArrayList<>();
        String email = Accounts.normalise(table.value(record, "email"));
        if (email.isEmpty()) {
            errors.add(new RowError("email", "email_missing", "The email address is missing."));
        } else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            errors.add(new RowError("email", "email_invalid", "'" + email + "' is not an email address."));
        } else if (!seen.add(email)) {
            errors.add(
                    new RowError("email", "email_duplicate", "The email address appears more than once in the file."));
        } else if (inUse.contains(email)) {
            errors.add(new RowError(
                    "email", "email_in_use", "Someone in the organisation already has this email address."));
        }

        String name = table.value(record, "name");
        if (name.isEmpty()) {
            errors.add(new RowError("name", "name_missing", "The name is missing."));
        } else if (name.length() > 200) {
            errors.add(new RowError("name", "name_too_long", "The name is longer than 200 characters."));
        }

        String department = table.value(record, "department");
        UUID departmentId = null;
        if (!department.isEmpty()) {
            departmentId = departmentPaths.get(pathKey(department));
            if (departmentId == null) {
                errors.add(new RowError(
                        "department", "department_unknown", "There is no active department '" + department + "'."));
            }
        }

        String level = table.value(record, "role_level");
        RoleLevel roleLevel = null;
        if (!level.isEmpty()) {
            try {
                roleLevel = RoleLevel.valueOf(constant(level));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError("role_level", "role_level_unknown", "Unknown role level '" + level + "'."));
            }
        }

        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String token : table.value(record, "roles").split(";")) {
            if (token.isBlank()) {
                continue;
            }
            try {
                Role role = Role.valueOf(constant(token));
                if (role == Role.PLATFORM_ADMIN) {
                    throw new IllegalArgumentException();
                }
                roles.add(role);
            } catch (IllegalArgumentException e) {
                errors.add(new RowError("roles", "role_unknown", "Unknown role '" + token.strip() + "'."));
            }
        }
        if (roles.isEmpty()) {
            roles.add(Role.EMPLOYEE);
        }

        String locale = table.value(record, "locale").toLowerCase(Locale.ROOT);
        if (!locale.isEmpty() && !LOCALES.contains(locale)) {
            errors.add(new RowError("locale", "locale_unknown", "Unknown language '" + locale + "' (en, nb, da, sv)."));
        }
        return new Row(
                (int) record.getRecordNumber(),
                email,
                name,
                department,
                departmentId,
                roleLevel,
                Set.copyOf(roles),
                locale.isEmpty() ? null : locale,
                List.copyOf(errors));
    }

    /** Every active department by its name (when unique) and by its full path, case-insensitively. */
    private Map<String, UUID> departmentPaths() {
        Map<UUID, Department> active = new HashMap<>();
        departments.listActive().forEach(d -> active.put(d.id(), d));
        Map<String, UUID> byPath = new HashMap<>();
        Map<String, Integer> nameCount = new HashMap<>();
        for (Department d : active.values()) {
            List<String> names = new ArrayList<>();
            for (Department at = d; at != null; at = at.parentId() == null ? null : active.get(at.parentId())) {
                names.addFirst(at.name());
            }
            byPath.put(pathKey(String.join("/", names)), d.id());
            nameCount.merge(pathKey(d.name()), 1, Integer::sum);
        }
        for (Department d : active.values()) {
            if (nameCount.get(pathKey(d.name())) == 1) {
                byPath.putIfAbsent(pathKey(d.name()), d.id());
            }
        }
        return byPath;
    }

    private static String pathKey(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            parts.add(part.strip().toLowerCase(Locale.ROOT));
        }
        return String.join("/", parts);
    }

    private static String constant(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
