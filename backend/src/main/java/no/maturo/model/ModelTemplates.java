package no.maturo.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The maturity model templates shipped in {@code classpath:model-templates/*.json}, read once at start-up. */
@Component
class ModelTemplates {

    record Template(
            String key,
            Map<String, String> name,
            Map<String, String> description,
            String source,
            List<Level> levels,
            List<TemplateDimension> dimensions) {

        BigDecimal upTo(String level) {
            return levels.stream()
                    .filter(l -> l.key().equals(level))
                    .map(Level::upTo)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(key + " has no " + level + " level"));
        }

        int statementCount() {
            return dimensions.stream().mapToInt(d -> d.statements().size()).sum();
        }
    }

    record Level(String key, BigDecimal upTo) {}

    record TemplateDimension(String key, Map<String, String> name, List<TemplateStatement> statements) {}

    record TemplateStatement(
            String key,
            Map<String, String> employee,
            Map<String, String> customer,
            boolean reverseScored,
            String benchmark) {}

    private final List<Template> templates;

    ModelTemplates() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath:model-templates/*.json");
            this.templates = Arrays.stream(resources)
                    .map(resource -> read(mapper, resource))
                    .sorted(Comparator.comparing(Template::key))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the model templates", e);
        }
    }

    private static Template read(JsonMapper mapper, Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return mapper.readValue(in, Template.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read model template " + resource, e);
        }
    }

    List<Template> all() {
        return templates;
    }

    Optional<Template> find(String key) {
        return templates.stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
