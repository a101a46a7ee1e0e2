package no.maturo.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Fetches an issuer's discovery document and says, in plain words, what would stop sign-in from working. */
@Component
class SsoConnectionCheck {

    @Schema(enumAsRef = true, name = "SsoCheckStatus")
    enum Status {
        OK,
        WARNING,
        ERROR
    }

    @Schema(enumAsRef = true, name = "SsoCheckName")
    enum Check {
        ISSUER_URL,
        REACHABLE,
        JSON,
        ISSUER,
        AUTHORIZATION_ENDPOINT,
        TOKEN_ENDPOINT,
        JWKS_URI,
        PKCE,
        END_SESSION
    }

    @Schema(name = "SsoCheckItem")
    record Item(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Check check,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Status status,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String message) {}

    @Schema(name = "SsoCheckResult")
    record Result(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "True when no check failed")
            boolean ok,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String issuerUrl,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<Item> checks) {}

    private final IssuerUrls issuerUrls;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    SsoConnectionCheck(IssuerUrls issuerUrls) {
        this.issuerUrls = issuerUrls;
    }

    Result check(String issuerUrl) {
        String issuer = issuerUrl.strip();
        List<Item> items = new ArrayList<>();
        Optional<String> urlProblem = issuerUrls.problemWith(issuer);
        if (urlProblem.isPresent()) {
            items.add(new Item(Check.ISSUER_URL, Status.ERROR, urlProblem.get()));
            return result(issuer, items);
        }
        URI discovery = IssuerUrls.discoveryUri(issuer);
        HttpResponse<String> response;
        try {
            response = fetch(discovery);
        } catch (HttpConnectTimeoutException e) {
            return unreachable(issuer, items, discovery, "the connection timed out");
        } catch (HttpTimeoutException e) {
            return unreachable(issuer, items, discovery, "it did not answer in time");
        } catch (ConnectException e) {
            return unreachable(issuer, items, discovery, "the connection was refused");
        } catch (IOException e) {
            String reason = e.getCause() instanceof UnknownHostException || e instanceof UnknownHostException
                    ? "its host name could not be found"
                    : "the connection failed (" + e.getClass().getSimpleName() + ")";
            return unreachable(issuer, items, discovery, reason);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreachable(issuer, items, discovery, "the check was interrupted");
        }
        if (response.statusCode() != 200) {
            items.add(new Item(
                    Check.REACHABLE,
                    Status.ERROR,
                    "The provider answered " + discovery + " with HTTP " + response.statusCode()
                            + " instead of its OpenID configuration. Check the issuer URL."));
            return result(issuer, items);
        }
        items.add(new Item(Check.REACHABLE, Status.OK, "Fetched " + discovery + "."));
        JsonNode document;
        try {
            document = json.readTree(response.body());
        } catch (JacksonException e) {
            document = null;
        }
        if (document == null || !document.isObject()) {
            items.add(new Item(
                    Check.JSON,
                    Status.ERROR,
                    "The answer is not a JSON OpenID configuration. Is this the issuer URL, not a sign-in page?"));
            return result(issuer, items);
        }
        items.add(new Item(Check.JSON, Status.OK, "The answer is a JSON document."));
        String declared = text(document, "issuer");
        if (declared == null) {
            items.add(new Item(Check.ISSUER, Status.ERROR, "The document names no issuer."));
        } else if (!declared.equals(issuer)) {
            items.add(new Item(
                    Check.ISSUER,
                    Status.ERROR,
                    "The document names the issuer '" + declared + "', which differs from the configured '" + issuer
                            + "'. Use exactly '" + declared + "'."));
        } else {
            items.add(new Item(Check.ISSUER, Status.OK, "The issuer matches."));
        }
        endpoint(items, document, "authorization_endpoint", Check.AUTHORIZATION_ENDPOINT, "authorization endpoint");
        endpoint(items, document, "token_endpoint", Check.TOKEN_ENDPOINT, "token endpoint");
        endpoint(items, document, "jwks_uri", Check.JWKS_URI, "key set (jwks_uri)");
        JsonNode methods = document.get("code_challenge_methods_supported");
        if (methods == null || !methods.isArray()) {
            items.add(new Item(
                    Check.PKCE,
                    Status.WARNING,
                    "The provider does not say whether it supports PKCE. Maturo always uses PKCE (S256); most"
                            + " providers accept it."));
        } else if (methods.valueStream().anyMatch(m -> "S256".equals(m.asString()))) {
            items.add(new Item(Check.PKCE, Status.OK, "PKCE with S256 is supported."));
        } else {
            items.add(new Item(
                    Check.PKCE,
                    Status.ERROR,
                    "The provider does not support PKCE with S256, which Maturo requires. Enable it at the provider."));
        }
        if (text(document, "end_session_endpoint") != null) {
            items.add(new Item(Check.END_SESSION, Status.OK, "Signing out of Maturo also signs out at the provider."));
        } else {
            items.add(new Item(
                    Check.END_SESSION,
                    Status.WARNING,
                    "The provider has no sign-out endpoint: signing out of Maturo keeps the provider's session."));
        }
        return result(issuer, items);
    }

    /**
     * The issuer's discovery document for sign-in, or empty when it cannot be fetched, is not JSON or names another
     * issuer (the configured issuer must be exactly the one the provider declares).
     */
    Optional<Map<String, Object>> document(String issuerUrl) {
        String issuer = issuerUrl.strip();
        if (issuerUrls.problemWith(issuer).isPresent()) {
            return Optional.empty();
        }
        try {
            HttpResponse<String> response = fetch(IssuerUrls.discoveryUri(issuer));
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            Map<String, Object> document = json.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
            return issuer.equals(document.get("issuer")) ? Optional.of(document) : Optional.empty();
        } catch (IOException | JacksonException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private HttpResponse<String> fetch(URI uri) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(10))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void endpoint(List<Item> items, JsonNode document, String field, Check check, String label) {
        if (text(document, field) == null) {
            items.add(new Item(check, Status.ERROR, "The document has no " + label + " (" + field + ")."));
        } else {
            items.add(new Item(check, Status.OK, "The " + label + " is " + text(document, field) + "."));
        }
    }

    private static String text(JsonNode document, String field) {
        JsonNode value = document.get(field);
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    private static Result unreachable(String issuer, List<Item> items, URI discovery, String reason) {
        items.add(new Item(Check.REACHABLE, Status.ERROR, "Could not reach " + discovery + ": " + reason + "."));
        return result(issuer, items);
    }

    private static Result result(String issuer, List<Item> items) {
        return new Result(items.stream().noneMatch(i -> i.status() == Status.ERROR), issuer, List.copyOf(items));
    }
}
