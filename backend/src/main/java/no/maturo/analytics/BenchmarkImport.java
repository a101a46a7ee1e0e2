package no.maturo.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.maturo.model.MaturityLevel;
import no.maturo.shared.CsvUpload;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads and checks a CSV file of benchmark figures. Columns (header row required, any order): kind ("statement" or
 * "level"), key (a benchmark key, or LOW / MEDIUM / HIGH), share (0-100, "%" and a decimal comma allowed), segment
 * (optional). UTF-8 with or without BOM; comma or semicolon as delimiter.
 */
@Component
class BenchmarkImport {

    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_ROWS = 500;
    static final List<String> COLUMNS = List.of("kind", "key", "share", "segment");
    static final List<String> REQUIRED_COLUMNS = List.of("kind", "key", "share");
    private static final CsvUpload.Format FORMAT = new CsvUpload.Format(
            COLUMNS,
            REQUIRED_COLUMNS,
            MAX_BYTES,
            MAX_ROWS,
            "The file is too large: at most " + MAX_ROWS + " figures and 256 KB per benchmark set.");
    static final int MAX_SEGMENT = 300;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One problem with one row; {@code code} lets the UI say it in the reader's language. */
    record RowError(String column, String code, String message) {}

    record Row(int line, String kind, String key, BigDecimal share, String segment, List<RowError> errors) {

        BenchmarkSet.Figure figure() {
            return "level".equals(kind)
                    ? new BenchmarkSet.Figure(BenchmarkSet.Kind.LEVEL, null, MaturityLevel.valueOf(key), share, null)
                    : new BenchmarkSet.Figure(
                            BenchmarkSet.Kind.STATEMENT, key, null, share, segment.isEmpty() ? null : segment);
        }
    }

    record Preview(List<Row> rows, int errorCount) {

        boolean valid() {
            return errorCount == 0;
        }
    }

    /** Parses and checks every row; stores nothing. Throws 400/413 problems for files it cannot read at all. */
    Preview preview(byte[] file) {
        CsvUpload.Table parsed = CsvUpload.read(file, FORMAT);
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CSVRecord record : parsed.rows()) {
            rows.add(check(parsed, record, seen));
        }
        rows = checkLevelTotal(rows);
        int errorCount = rows.stream().mapToInt(r -> r.errors().size()).sum();
        return new Preview(List.copyOf(rows), errorCount);
    }

    private static Row check(CsvUpload.Table parsed, CSVRecord record, Set<String> seen) {
        List<RowError> errors = new ArrayList<>();
        if (record.size() < parsed.width()) {
            errors.add(new RowError(
                    "",
                    "columns_missing",
                    "The row has " + record.size() + " of the " + parsed.width() + " columns in the header."));
        }
        String kind = parsed.value(record, "kind").toLowerCase(Locale.ROOT);
        String key = parsed.value(record, "key");
        String segment = parsed.value(record, "segment");
        if (!kind.equals("statement") && !kind.equals("level")) {
            errors.add(new RowError("kind", "kind_unknown", "Unknown kind '" + kind + "': write statement or level."));
        }
        if (key.isEmpty()) {
            errors.add(new RowError("key", "key_missing", "The key is missing."));
        } else if (kind.equals("statement")) {
            key = key.toLowerCase(Locale.ROOT);
            if (!BenchmarkCatalog.STATEMENT_KEYS.contains(key)) {
                errors.add(new RowError(
                        "key",
                        "benchmark_key_unknown",
                        "Unknown benchmark key '" + key + "'. Known keys: "
                                + String.join(
                                        ", ",
                                        BenchmarkCatalog.STATEMENT_KEYS.stream()
                                                .sorted()
                                                .toList())
                                + "."));
            }
        } else if (kind.equals("level")) {
            key = key.toUpperCase(Locale.ROOT);
            if (!List.of("LOW", "MEDIUM", "HIGH").contains(key)) {
                errors.add(new RowError("key", "level_unknown", "Unknown level '" + key + "': LOW, MEDIUM or HIGH."));
            }
        }
        if (!key.isEmpty()
                && errors.stream()
                        .noneMatch(e -> e.column().equals("key") || e.column().equals("kind"))
                && !seen.add(kind + ":" + key)) {
            errors.add(new RowError("key", "key_duplicate", "The key '" + key + "' appears more than once."));
        }

        String shareText = parsed.value(record, "share");
        BigDecimal share = null;
        if (shareText.isEmpty()) {
            errors.add(new RowError("share", "share_missing", "The share is missing."));
        } else {
            try {
                share = new BigDecimal(
                                shareText.replace("%", "").replace(',', '.').strip())
                        .setScale(2, RoundingMode.HALF_UP);
                if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
                    errors.add(new RowError(
                            "share", "share_out_of_range", "The share " + shareText + " is not between 0 and 100."));
                }
            } catch (NumberFormatException e) {
                errors.add(new RowError("share", "share_invalid", "'" + shareText + "' is not a number."));
            }
        }
        if (segment.length() > MAX_SEGMENT) {
            errors.add(new RowError(
                    "segment", "segment_too_long", "The segment is longer than " + MAX_SEGMENT + " characters."));
        } else if (kind.equals("level") && !segment.isEmpty()) {
            errors.add(new RowError(
                    "segment", "segment_on_level", "A level share describes the whole set; leave the segment empty."));
        }
        return new Row((int) record.getRecordNumber(), kind, key, share, segment, errors);
    }

    /** Level shares describe one distribution: together they must make 100 (within 1 for rounding). */
    private static List<Row> checkLevelTotal(List<Row> rows) {
        List<Row> levels = rows.stream()
                .filter(r -> r.kind().equals("level") && r.share() != null)
                .toList();
        if (levels.isEmpty()) {
            return rows;
        }
        BigDecimal total = levels.stream().map(Row::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.subtract(HUNDRED).abs().compareTo(BigDecimal.ONE) <= 0) {
            return rows;
        }
        RowError error = new RowError(
                "share",
                "level_total",
                "The level shares add up to " + total.stripTrailingZeros().toPlainString() + ", not 100 (±1).");
        return rows.stream()
                .map(r -> levels.contains(r)
                        ? new Row(r.line(), r.kind(), r.key(), r.share(), r.segment(), append(r.errors(), error))
                        : r)
                .toList();
    }

    private static List<RowError> append(List<RowError> errors, RowError error) {
        List<RowError> all = new ArrayList<>(errors);
        all.add(error);
        return List.copyOf(all);
    }

    static ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, FORMAT.tooLarge());
    }
}
