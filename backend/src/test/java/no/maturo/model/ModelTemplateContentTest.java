package no.maturo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped maturity model templates are complete, four-language and internally consistent. */
class ModelTemplateContentTest {

    private static final Map<String, Integer> DIMENSION_COUNTS = Map.of("cx-six-competencies", 6, "dk-four-themes", 4);
    private static final Set<String> LANGUAGES = Set.of("en", "nb", "da", "sv");
    private static final Set<String> BENCHMARKS = Set.of(
            "long-term-investment",
            "documenting-effects",
            "coherent-experience",
            "data-and-insight",
            "leadership-motivates",
            "leadership-ownership");
    private static final String KEBAB = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final Map<String, JsonNode> TEMPLATES = load();

    private static Map<String, JsonNode> load() {
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, JsonNode> templates = new LinkedHashMap<>();
        for (String key : DIMENSION_COUNTS.keySet().stream().sorted().toList()) {
            String path = "/model-templates/" + key + ".json";
            try (InputStream in = ModelTemplateContentTest.class.getResourceAsStream(path)) {
                assertThat(in).as(path + " on the classpath").isNotNull();
                templates.put(key, mapper.readTree(in));
            } catch (IOException e) {
                throw new IllegalStateException(path, e);
            }
        }
        return templates;
    }

    @Test
    void bothTemplatesParseWithTheExpectedKeyAndDimensionCount() {
        TEMPLATES.forEach((key, model) -> {
            assertThat(model.path("key").asString()).isEqualTo(key);
            assertThat(model.path("source").asString()).as(key + " source").isNotBlank();
            assertThat(model.path("dimensions").size()).as(key + " dimensions").isEqualTo(DIMENSION_COUNTS.get(key));
        });
    }

    @Test
    void everyLocalizedTextHasExactlyTheFourLanguages() {
        TEMPLATES.forEach((key, model) -> {
            assertLocalized(model.path("name"), key + " name");
            assertLocalized(model.path("description"), key + " description");
            for (JsonNode dimension : model.path("dimensions").values()) {
                String where = key + "/" + dimension.path("key").asString();
                assertLocalized(dimension.path("name"), where + " name");
                for (JsonNode statement : dimension.path("statements").values()) {
                    String item = where + "/" + statement.path("key").asString();
                    assertLocalized(statement.path("employee"), item + " employee");
                    assertLocalized(statement.path("customer"), item + " customer");
                }
            }
        });
    }

    @Test
    void everyDimensionHasThreeToSixStatements() {
        TEMPLATES.forEach((key, model) -> {
            for (JsonNode dimension : model.path("dimensions").values()) {
                assertThat(dimension.path("statements").size())
                        .as(key + "/" + dimension.path("key").asString())
                        .isBetween(3, 6);
            }
        });
    }

    @Test
    void dimensionAndStatementKeysAreUniqueKebabCase() {
        TEMPLATES.forEach((key, model) -> {
            List<String> dimensionKeys = new ArrayList<>();
            List<String> statementKeys = new ArrayList<>();
            for (JsonNode dimension : model.path("dimensions").values()) {
                dimensionKeys.add(dimension.path("key").asString());
                for (JsonNode statement : dimension.path("statements").values()) {
                    statementKeys.add(statement.path("key").asString());
                }
            }
            assertThat(dimensionKeys).as(key + " dimension keys").doesNotHaveDuplicates();
            assertThat(statementKeys).as(key + " statement keys").doesNotHaveDuplicates();
            assertThat(dimensionKeys).as(key + " dimension keys").allMatch(k -> k.matches(KEBAB));
            assertThat(statementKeys).as(key + " statement keys").allMatch(k -> k.matches(KEBAB));
        });
    }

    @Test
    void levelsAscendAndEndAtTheTopOfTheScale() {
        TEMPLATES.forEach((key, model) -> {
            List<Double> thresholds = new ArrayList<>();
            List<String> levelKeys = new ArrayList<>();
            for (JsonNode level : model.path("levels").values()) {
                assertThat(level.path("upTo").isNumber()).as(key + " upTo").isTrue();
                thresholds.add(level.path("upTo").doubleValue());
                levelKeys.add(level.path("key").asString());
            }
            assertThat(thresholds).as(key + " levels").isNotEmpty().isSorted().doesNotHaveDuplicates();
            assertThat(thresholds.getFirst()).as(key + " lowest level").isGreaterThan(1.0);
            assertThat(thresholds.getLast()).as(key + " highest level").isEqualTo(5.0);
            assertThat(levelKeys)
                    .as(key + " level keys")
                    .doesNotHaveDuplicates()
                    .allMatch(k -> !k.isBlank());
        });
    }

    @Test
    void atMostOneReverseScoredStatementPerModel() {
        TEMPLATES.forEach((key, model) -> {
            int reversed = 0;
            for (JsonNode statement : statements(model)) {
                JsonNode flag = statement.path("reverseScored");
                assertThat(flag.isBoolean())
                        .as(key + "/" + statement.path("key").asString() + " reverseScored")
                        .isTrue();
                if (flag.booleanValue()) {
                    reversed++;
                }
            }
            assertThat(reversed).as(key + " reverse-scored statements").isLessThanOrEqualTo(1);
        });
    }

    @Test
    void eachStudyBenchmarkBelongsToExactlyOneStatementAcrossBothModels() {
        List<String> used = new ArrayList<>();
        TEMPLATES.forEach((key, model) -> {
            for (JsonNode statement : statements(model)) {
                JsonNode benchmark = statement.get("benchmark");
                String where = key + "/" + statement.path("key").asString();
                assertThat(benchmark).as(where + " benchmark present").isNotNull();
                if (benchmark.isNull()) {
                    continue;
                }
                assertThat(benchmark.isString()).as(where + " benchmark").isTrue();
                // The study figures are top-2-box shares, so agreeing must be the good answer.
                assertThat(statement.path("reverseScored").booleanValue())
                        .as(where + " is benchmarked and reverse-scored")
                        .isFalse();
                used.add(benchmark.stringValue());
            }
        });
        assertThat(used).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(BENCHMARKS);
    }

    @Test
    void noTextContainsPlaceholders() {
        TEMPLATES.forEach((key, model) -> {
            List<String> texts = new ArrayList<>();
            collectStrings(model, texts);
            assertThat(texts).as(key + " texts").isNotEmpty();
            for (String text : texts) {
                assertThat(text)
                        .as(key + " text")
                        .doesNotContain("{")
                        .doesNotContain("}")
                        .doesNotContain("<")
                        .doesNotContain(">")
                        .doesNotContain("[")
                        .doesNotContain("]")
                        .doesNotContain("TODO");
            }
        });
    }

    private static void assertLocalized(JsonNode text, String where) {
        assertThat(text.isObject()).as(where + " is a localized object").isTrue();
        Set<String> languages = new HashSet<>(text.propertyNames());
        assertThat(languages).as(where + " languages").isEqualTo(LANGUAGES);
        for (String language : LANGUAGES) {
            JsonNode value = text.get(language);
            assertThat(value.isString()).as(where + " " + language).isTrue();
            assertThat(value.stringValue()).as(where + " " + language).isNotBlank();
        }
    }

    private static List<JsonNode> statements(JsonNode model) {
        List<JsonNode> statements = new ArrayList<>();
        for (JsonNode dimension : model.path("dimensions").values()) {
            statements.addAll(dimension.path("statements").values());
        }
        return statements;
    }

    private static void collectStrings(JsonNode node, List<String> into) {
        if (node.isString()) {
            into.add(node.stringValue());
        } else if (node.isObject() || node.isArray()) {
            node.values().forEach(child -> collectStrings(child, into));
        }
    }
}
