package no.maturo.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Checks a draft's whole content before anything is stored and turns it into rows: every problem is reported at
 * once, by field path as in the request ({@code dimensions[0].items[2].employeeText.nb}), with a sentence an admin
 * understands. Statements that carry over take the lineage of the statement they derive from; others get a new one.
 */
final class DraftValidation {

    static final int MAX_DIMENSIONS = 20;
    static final int MAX_STATEMENTS = 200;
    static final int MAX_TEXT = 500;
    static final int MAX_BENCHMARK_KEY = 100;
    static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_KEY = 63;
    private static final Map<String, String> LANGUAGE_NAMES =
            Map.of("en", "English", "nb", "Norwegian", "da", "Danish", "sv", "Swedish");

    record FieldProblem(String field, String message) {}

    /** What a draft may carry over: the statements (id to lineage) of the published version it was derived from. */
    record Source(Integer versionNumber, Map<UUID, UUID> lineageByItemId) {
        static final Source NONE = new Source(null, Map.of());
    }

    private final List<FieldProblem> problems = new ArrayList<>();

    private DraftValidation() {}

    /** The content as rows to store, or a 400 problem listing every invalid field. */
    static List<ModelRepository.NewDimension> check(DraftContent content, Source source) {
        DraftValidation validation = new DraftValidation();
        List<ModelRepository.NewDimension> dimensions = validation.dimensions(content, source);
        if (!validation.problems.isEmpty()) {
            throw invalid(validation.problems);
        }
        return dimensions;
    }

    private List<ModelRepository.NewDimension> dimensions(DraftContent content, Source source) {
        thresholds(content.lowUpTo(), content.mediumUpTo());
        List<DraftContent.Dimension> dimensions = content.dimensions() == null ? List.of() : content.dimensions();
        if (dimensions.size() > MAX_DIMENSIONS) {
            problem(
                    "dimensions",
                    "A model can have at most " + MAX_DIMENSIONS + " dimensions; this one has " + dimensions.size()
                            + ".");
        }
        int statements = dimensions.stream()
                .mapToInt(d -> d == null || d.items() == null ? 0 : d.items().size())
                .sum();
        if (statements > MAX_STATEMENTS) {
            problem(
                    "dimensions",
                    "A model can have at most " + MAX_STATEMENTS + " statements; this one has " + statements + ".");
        }
        Set<String> dimensionKeys = new HashSet<>();
        Set<String> itemKeys = new HashSet<>();
        Map<UUID, String> carriedBy = new HashMap<>();
        List<ModelRepository.NewDimension> rows = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            DraftContent.Dimension dimension = dimensions.get(d);
            String path = "dimensions[" + d + "]";
            if (dimension == null) {
                problem(path, "Dimension " + (d + 1) + " is empty.");
                continue;
            }
            String label = "Dimension " + (d + 1) + describeKey(dimension.key());
            key(path + ".key", label, dimension.key(), dimensionKeys, "dimension");
            Map<String, String> name = texts(path + ".name", label + " name", dimension.name(), true);
            weight(path + ".weight", label, dimension.weight());
            List<DraftContent.Item> items = dimension.items() == null ? List.of() : dimension.items();
            List<ModelRepository.NewItem> itemRows = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                DraftContent.Item item = items.get(i);
                String itemPath = path + ".items[" + i + "]";
                String itemLabel = "Statement " + (i + 1) + " of dimension " + (d + 1);
                if (item == null) {
                    problem(itemPath, itemLabel + " is empty.");
                    continue;
                }
                itemLabel += describeKey(item.key());
                key(itemPath + ".key", itemLabel, item.key(), itemKeys, "statement");
                Map<String, String> employeeText =
                        texts(itemPath + ".employeeText", itemLabel + " employee text", item.employeeText(), true);
                Map<String, String> customerText =
                        texts(itemPath + ".customerText", itemLabel + " customer text", item.customerText(), false);
                weight(itemPath + ".weight", itemLabel, item.weight());
                String benchmarkKey =
                        item.benchmarkKey() == null || item.benchmarkKey().isBlank()
                                ? null
                                : item.benchmarkKey().strip();
                if (benchmarkKey != null && benchmarkKey.length() > MAX_BENCHMARK_KEY) {
                    problem(
                            itemPath + ".benchmarkKey",
                            itemLabel + ": the benchmark key is longer than " + MAX_BENCHMARK_KEY + " characters.");
                }
                UUID lineage = lineage(itemPath + ".derivedFromId", itemLabel, item, source, carriedBy);
                itemRows.add(new ModelRepository.NewItem(
                        item.key(),
                        lineage,
                        item.derivedFromId(),
                        employeeText,
                        customerText,
                        item.reverseScored(),
                        item.weight(),
                        benchmarkKey));
            }
            rows.add(new ModelRepository.NewDimension(dimension.key(), name, dimension.weight(), itemRows));
        }
        return rows;
    }

    private void thresholds(BigDecimal lowUpTo, BigDecimal mediumUpTo) {
        if (lowUpTo == null) {
            problem("lowUpTo", "Set the upper limit of the low level.");
        }
        if (mediumUpTo == null) {
            problem("mediumUpTo", "Set the upper limit of the medium level.");
        }
        if (lowUpTo == null || mediumUpTo == null) {
            return;
        }
        if (lowUpTo.stripTrailingZeros().scale() > 2) {
            problem("lowUpTo", "Level limits have at most two decimals.");
        }
        if (mediumUpTo.stripTrailingZeros().scale() > 2) {
            problem("mediumUpTo", "Level limits have at most two decimals.");
        }
        if (lowUpTo.compareTo(BigDecimal.ONE) <= 0) {
            problem("lowUpTo", "The low level must end above 1 (the lowest answer).");
        }
        if (mediumUpTo.compareTo(new BigDecimal("5")) >= 0) {
            problem("mediumUpTo", "The medium level must end below 5 (the highest answer), or no one could be high.");
        }
        if (lowUpTo.compareTo(mediumUpTo) >= 0) {
            problem("mediumUpTo", "The medium level must end above the low level (" + lowUpTo.toPlainString() + ").");
        }
    }

    private void key(String path, String label, String key, Set<String> seen, String kind) {
        if (key == null || key.isBlank()) {
            problem(path, label + ": the key is missing.");
        } else if (key.length() > MAX_KEY || !KEY.matcher(key).matches()) {
            problem(
                    path,
                    label + ": the key must be kebab-case (lower-case letters and digits joined by single hyphens,"
                            + " at most " + MAX_KEY + " characters), e.g. customer-insight-2.");
        } else if (!seen.add(key)) {
            problem(path, label + ": another " + kind + " already uses the key '" + key + "'.");
        }
    }

    private Map<String, String> texts(String path, String label, Map<String, String> texts, boolean required) {
        Map<String, String> given = texts == null ? Map.of() : texts;
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String locale = entry.getKey();
            if (!LocalizedText.LOCALES.contains(locale)) {
                problem(
                        path + "." + locale,
                        label + ": '" + locale + "' is not a supported language (use en, nb, da or sv).");
            } else if (entry.getValue() != null && entry.getValue().strip().length() > MAX_TEXT) {
                problem(
                        path + "." + locale,
                        label + " in " + LANGUAGE_NAMES.get(locale) + " is longer than " + MAX_TEXT + " characters ("
                                + entry.getValue().strip().length() + ").");
            }
        }
        Map<String, String> kept = LocalizedText.normalise(given);
        if (required && kept.isEmpty()) {
            problem(path, label + " is missing: write it in at least one language.");
        }
        return kept;
    }

    private void weight(String path, String label, BigDecimal weight) {
        if (weight == null) {
            problem(path, label + ": the weight is missing.");
        } else if (weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0) {
            problem(path, label + ": the weight must be more than 0 and at most 100.");
        } else if (weight.stripTrailingZeros().scale() > 2) {
            problem(path, label + ": the weight has at most two decimals.");
        }
    }

    private UUID lineage(
            String path, String label, DraftContent.Item item, Source source, Map<UUID, String> carriedBy) {
        UUID from = item.derivedFromId();
        if (from == null) {
            return UUID.randomUUID();
        }
        UUID lineage = source.lineageByItemId().get(from);
        if (lineage == null) {
            problem(
                    path,
                    source.versionNumber() == null
                            ? label + " cannot carry over a statement: this version was not derived from another."
                            : label + " can only carry over a statement of version " + source.versionNumber()
                                    + ", the version this draft was derived from.");
            return UUID.randomUUID();
        }
        String earlier = carriedBy.putIfAbsent(from, label);
        if (earlier != null) {
            problem(
                    path,
                    label + " carries over the same earlier statement as " + earlier
                            + "; a statement can be carried over once. Mark one of them as a new statement.");
        }
        return lineage;
    }

    private static String describeKey(String key) {
        return key == null || key.isBlank() ? "" : " ('" + key + "')";
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    private static ResponseStatusException invalid(List<FieldProblem> problems) {
        String detail = problems.size() == 1
                ? "The version was not saved: " + problems.getFirst().message()
                : "The version was not saved: " + problems.size() + " problems, the first: "
                        + problems.getFirst().message();
        ResponseStatusException exception = new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
        exception.getBody().setTitle("Invalid request");
        exception.getBody().setProperty("errors", problems);
        return exception;
    }
}
