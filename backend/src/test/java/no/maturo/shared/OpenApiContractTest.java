package no.maturo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.maturo.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/api/openapi.json is the contract the frontend client is generated from. It must be exactly what the
 * running backend serves; after changing the API, regenerate it with
 * {@code ./mvnw -pl backend test -Dtest=OpenApiContractTest -Dopenapi.update=true}.
 */
class OpenApiContractTest extends IntegrationTest {

    private static final Path CONTRACT = Path.of("../docs/api/openapi.json");
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Test
    void committedContractMatchesTheServedDocument() throws Exception {
        JsonNode served = client().get("/v3/api-docs").json();
        // The server URL depends on the random test port; the contract is relative to wherever Maturo runs.
        ((tools.jackson.databind.node.ObjectNode) served).remove("servers");
        String rendered = JSON.writeValueAsString(served) + "\n";
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CONTRACT, rendered);
        }
        assertThat(Files.readString(CONTRACT))
                .as("docs/api/openapi.json is stale: regenerate it (see this test's Javadoc)")
                .isEqualTo(rendered);
    }
}
