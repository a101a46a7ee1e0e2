package no.maturo.identity;

import static no.maturo.jooq.Tables.USER_ACCOUNT;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import no.maturo.tenancy.TenantContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

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
        if (file.length > MAX_BYTES) {
            throw tooLarge();
        }
        String text = decode(file);
        Parsed parsed = parse(text);
        List<CSVRecord> records = parsed.records();
        Map<String, Integer> columns = parsed.columns();
        Map<String, UUID> departmentPaths = departmentPaths();
        Set<String> seen = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (CSVRecord record : records) {
            emails.add(Accounts.normalise(value(columns, record, "email")));
        }
        Set<String> inUse = new HashSet<>(dsl.select(DSL.lower(USER_ACCOUNT.EMAIL))
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.TENANT_ID.eq(TenantContext.require()))
                .and(DSL.lower(USER_ACCOUNT.EMAIL).in(emails))
                .fetch(0, String.class));
        int errorCount = 0;
        for (CSVRecord record : records) {
            Row row = check(columns, record, departmentPaths, seen, inUse);
            errorCount += row.errors().size();
            rows.add(row);
        }
        return new Preview(rows, errorCount);
    }

    private Row check(
            Map<String, Integer> columns,
            CSVRecord record,
            Map<String, UUID> departmentPaths,
            Set<String> seen,
            Set<String> inUse) {
        List<RowError> errors = new ArrayList<>();
        String email = Accounts.normalise(value(columns, record, "email"));
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

        String name = value(columns, record, "name");
        if (name.isEmpty()) {
            errors.add(new RowError("name", "name_missing", "The name is missing."));
        } else if (name.length() > 200) {
            errors.add(new RowError("name", "name_too_long", "The name is longer than 200 characters."));
        }

        String department = value(columns, record, "department");
        UUID departmentId = null;
        if (!department.isEmpty()) {
            departmentId = departmentPaths.get(pathKey(department));
            if (departmentId == null) {
                errors.add(new RowError(
                        "department", "department_unknown", "There is no active department '" + department + "'."));
            }
        }

        String level = value(columns, record, "role_level");
        RoleLevel roleLevel = null;
        if (!level.isEmpty()) {
            try {
                roleLevel = RoleLevel.valueOf(constant(level));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError("role_level", "role_level_unknown", "Unknown role level '" + level + "'."));
            }
        }

        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String token : value(columns, record, "roles").split(";")) {
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

        String locale = value(columns, record, "locale").toLowerCase(Locale.ROOT);
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

    private static String value(Map<String, Integer> columns, CSVRecord record, String column) {
        Integer index = columns.get(column);
        return index != null && index < record.size() ? record.get(index).strip() : "";
    }

    private static String decode(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "The file is not UTF-8 text. Save it as CSV UTF-8.");
        }
    }

    /** The data rows, each with the header's column positions. */
    private record Parsed(Map<String, Integer> columns, List<CSVRecord> records) {}

    private static Parsed parse(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, Integer> columns = new HashMap<>();
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (columns.isEmpty()) {
                    for (int i = 0; i < record.size(); i++) {
                        columns.putIfAbsent(record.get(i).strip().toLowerCase(Locale.ROOT), i);
                    }
                    if (!columns.keySet().containsAll(List.of("email", "name"))) {
                        throw new ResponseStatusException(
                                HttpStatus.BAD_REQUEST,
                                "The first row must name the columns; email and name are required. Columns: "
                                        + String.join(", ", COLUMNS) + ".");
                    }
                    continue;
                }
                if (records.size() == MAX_ROWS) {
                    throw tooLarge();
                }
                records.add(record);
            }
            if (records.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The file has no rows below the header.");
            }
            return new Parsed(Map.copyOf(columns), records);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The file is not valid CSV: " + e.getMessage());
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    private static ResponseStatusException tooLarge() {
        return new ResponseStatusException(
                HttpStatus.CONTENT_TOO_LARGE,
                "The file is too large: at most " + MAX_ROWS + " people and 2 MB per import. Split it into several"
                        + " files.");
    }
}
