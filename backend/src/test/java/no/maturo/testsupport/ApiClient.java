package no.maturo.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to a running Maturo the way the SPA does: one cookie jar per client (the session), the CSRF cookie echoed
 * in the X-XSRF-TOKEN header on every change.
 */
public final class ApiClient {

    public record Response(int status, HttpHeaders headers, String text) {

        public JsonNode json() {
            return JSON.readTree(text);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String clientAddress;

    /**
     * Each client appears to come from its own address (X-Forwarded-For from loopback, which Tomcat trusts as a
     * proxy), so per-address sign-in throttling in one test cannot lock out another.
     */
    public ApiClient(int port) {
        this.base = URI.create("http://localhost:" + port);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
        this.clientAddress =
                "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":"
                        + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));
    }

    public String clientAddress() {
        return clientAddress;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public Response post(String path, Object body) {
        return postRaw(path, body == null ? "" : JSON.writeValueAsString(body), true);
    }

    public Response put(String path, Object body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken())
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response postWithoutCsrf(String path, Object body) {
        return postRaw(path, JSON.writeValueAsString(body), false);
    }

    public Response postRaw(String path, String body, boolean withCsrf) {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (withCsrf) {
            request.header("X-XSRF-TOKEN", csrfToken());
        }
        return send(request);
    }

    public Response login(String email, String password) {
        return post("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    /** Signs in and fails the test unless it worked. */
    public ApiClient signedIn(String email, String password) {
        Response response = login(email, password);
        if (response.status() != 200) {
            throw new AssertionError("Sign-in of " + email + " failed: " + response.status() + " " + response.text());
        }
        return this;
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private String csrfToken() {
        return cookie("XSRF-TOKEN").orElseGet(() -> {
            // Any request through Spring Security hands out the CSRF cookie, as loading the SPA does.
            get("/api/v1/me");
            return cookie("XSRF-TOKEN").orElseThrow(() -> new AssertionError("No XSRF-TOKEN cookie was set"));
        });
    }

    private Response send(HttpRequest.Builder request) {
        try {
            request.header("X-Forwarded-For", clientAddress);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
