package no.maturo.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads an uploaded CSV file the way every import in Maturo does: strict UTF-8 (a BOM is allowed), a header row
 * naming the columns in any order and case, the delimiter (comma or semicolon, as spreadsheets in the Nordics
 * write it) taken from the header line, and limits on size and rows. Files it cannot read are refused with a 400
 * or 413 problem that says what to do.
 */
public final class CsvUpload {

    /**
     * @param columns every column the import knows, named in the message for a bad header
     * @param required the columns the header must have
     * @param tooLarge the message for a file over {@code maxBytes} or {@code maxRows}
     */
    public record Format(List<String> columns, List<String> required, int maxBytes, int maxRows, String tooLarge) {}

    /** The data rows below the header, with the header's column positions (names in lower case). */
    public record Table(Map<String, Integer> columns, int width, List<CSVRecord> rows) {

        /** The stripped value of a column in a row; empty when the column or the cell is absent. */
        public String value(CSVRecord row, String column) {
            Integer index = columns.get(column);
            return index != null && index < row.size() ? row.get(index).strip() : "";
        }
    }

    private CsvUpload() {}

    public static Table read(byte[] file, Format format) {
        if (file.length > format.maxBytes()) {
            throw tooLarge(format);
        }
        return parse(decode(file), format);
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

    private static Table parse(String text, Format format) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat csv = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = csv.parse(new StringReader(text))) {
            Map<String, Integer> columns = new HashMap<>();
            int width = 0;
            List<CSVRecord> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (columns.isEmpty()) {
                    for (int i = 0; i < record.size(); i++) {
                        columns.putIfAbsent(record.get(i).strip().toLowerCase(Locale.ROOT), i);
                    }
                    width = record.size();
                    List<String> missing = format.required().stream()
                            .filter(c -> !columns.containsKey(c))
                            .toList();
                    if (!missing.isEmpty()) {
                        throw new ResponseStatusException(
                                HttpStatus.BAD_REQUEST,
                                "The first row must name the columns; missing: " + String.join(", ", missing)
                                        + ". Columns: " + String.join(", ", format.columns()) + ".");
                    }
                    continue;
                }
                if (rows.size() == format.maxRows()) {
                    throw tooLarge(format);
                }
                rows.add(record);
            }
            if (rows.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The file has no rows below the header.");
            }
            return new Table(Map.copyOf(columns), width, rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The file is not valid CSV: " + e.getMessage());
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    private static ResponseStatusException tooLarge(Format format) {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, format.tooLarge());
    }
}
