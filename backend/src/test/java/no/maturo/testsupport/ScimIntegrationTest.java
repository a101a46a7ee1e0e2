package no.maturo.testsupport;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the SCIM API as an identity provider does: bearer API token, application/scim+json. */
public abstract class ScimIntegrationTest extends IntegrationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    protected record Reply(int status, String contentType, JsonNode body) {}

    /** A fresh API token with the SCIM scope, issued by the tenant's admin. */
    protected String scimToken(TestTenant tenant) {
        return signedIn(tenant.admin())
                .post("/api/v1/tenant/api-tokens", Map.of("name", "IdP provisioning", "scopes", List.of("SCIM")))
                .json()
                .get("secret")
                .asString();
    }

    /** The SCIM id of the person with this email, found with the userName filter. */
    protected String idOf(String token, String email) {
        return send("GET", "/scim/v2/Users?filter=" + encode("userName eq \"" + email + "\""), token, null)
                .body()
                .get("Resources")
                .get(0)
                .get("id")
                .asString();
    }

    protected Reply send(String method, String path, String token, Object body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/scim+json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/scim+json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
