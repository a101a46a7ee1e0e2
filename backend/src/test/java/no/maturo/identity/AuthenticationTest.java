package no.maturo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import no.maturo.testsupport.TestDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuthenticationTest extends IntegrationTest {

    @Test
    void signInReturnsThePersonTheirTenantAndRolesAndStartsAServerSideSession() throws Exception {
        TestTenant tenant = newTenant("auth");
        ApiClient client = client();
        var response = client.login(tenant.manager(), PASSWORD);

        assertThat(response.status()).isEqualTo(200);
        JsonNode me = response.json();
        assertThat(me.get("email").asString()).isEqualTo(tenant.manager());
        assertThat(me.get("tenant").get("slug").asString()).isEqualTo(tenant.slug());
        assertThat(me.get("roles").toString()).isEqualTo("[\"DEPARTMENT_MANAGER\"]");
        String setCookie = String.join("\n", response.headers().allValues("Set-Cookie"));
        assertThat(setCookie).contains("MATURO_SESSION=").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(client.get("/api/v1/me").json().get("id").asString())
                .isEqualTo(me.get("id").asString());

        try (Connection superuser = TestDatabase.superuserConnection()) {
            assertThat(DSL.using(superuser)
                            .fetchValue(
                                    "SELECT count(*) FROM spring_session WHERE principal_name = ?",
                                    me.get("id").asString()))
                    .as("session stored in PostgreSQL, shared by every instance")
                    .isEqualTo(1L);
        }
    }

    @Test
    void behindAnHttpsProxyTheCookiesAreSecure() throws Exception {
        TestTenant tenant = newTenant("https");
        assertThat(sessionCookie(client().login(tenant.employee(), PASSWORD))).doesNotContain("Secure");

        // A client behind a TLS-terminating proxy: the proxy says https, so cookies must be Secure. A cookie jar
        // would rightly not send Secure cookies over this plain connection, so the CSRF cookie is echoed by hand.
        HttpClient http = HttpClient.newHttpClient();
        URI base = URI.create("http://localhost:" + port);
        HttpResponse<String> first = http.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/me"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String csrfCookie = cookie(first.headers().allValues("Set-Cookie"), "XSRF-TOKEN");
        assertThat(csrfCookie).contains("Secure");
        String csrf = csrfCookie.substring("XSRF-TOKEN=".length(), csrfCookie.indexOf(';'));

        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                        .header("X-Forwarded-Proto", "https")
                        .header("Content-Type", "application/json")
                        .header("Cookie", "XSRF-TOKEN=" + csrf)
                        .header("X-XSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"" + tenant.employee() + "\",\"password\":\"" + PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(cookie(login.headers().allValues("Set-Cookie"), "MATURO_SESSION"))
                .contains("Secure")
                .contains("HttpOnly");
    }

    private static String sessionCookie(ApiClient.Response response) {
        return cookie(response.headers().allValues("Set-Cookie"), "MATURO_SESSION");
    }

    private static String cookie(List<String> setCookies, String name) {
        return setCookies.stream()
                .filter(cookie -> cookie.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " cookie in " + setCookies));
    }

    @Test
    void signInChangesTheSessionId() {
        TestTenant tenant = newTenant("fixation");
        ApiClient client = client();
        client.login(tenant.employee(), "wrong password");
        client.signedIn(tenant.employee(), PASSWORD);
        String first = client.cookie("MATURO_SESSION").orElseThrow();
        client.signedIn(tenant.employee(), PASSWORD);
        assertThat(client.cookie("MATURO_SESSION")).isPresent().isNotEqualTo(java.util.Optional.of(first));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameProblem() {
        TestTenant tenant = newTenant("wrong");
        var wrongPassword = client().login(tenant.admin(), "not the password");
        var unknownEmail = client().login("nobody@nowhere.test", "not the password");

        for (var response : List.of(wrongPassword, unknownEmail)) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.json().get("detail").asString()).isEqualTo("Wrong email or password.");
            assertThat(response.text()).doesNotContainIgnoringCase("exception").doesNotContain("at no.maturo");
        }
    }

    @Test
    void repeatedFailuresLockTheAccountWithRetryAfterEvenForTheRightPassword() {
        TestTenant tenant = newTenant("throttle");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(client().login(tenant.leader(), "guess " + attempt).status())
                    .isEqualTo(401);
        }
        var locked = client().login(tenant.leader(), PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(800L, 900L));
        // Another account from the same address is not locked by these five failures.
        assertThat(client().login(tenant.employee(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddressButNotOthers() {
        ApiClient guesser = client();
        for (int attempt = 0; attempt < 30; attempt++) {
            assertThat(guesser.login("guess" + attempt + "@nowhere.test", "x").status())
                    .isEqualTo(401);
        }
        TestTenant tenant = newTenant("address");
        assertThat(guesser.login(tenant.admin(), PASSWORD).status()).isEqualTo(429);
        assertThat(client().login(tenant.admin(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void signOutEndsTheSession() {
        TestTenant tenant = newTenant("logout");
        ApiClient client = signedIn(tenant.employee());
        assertThat(client.post("/api/v1/auth/logout", null).status()).isEqualTo(204);
        var after = client.get("/api/v1/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void changesWithoutTheCsrfTokenAreRefused() {
        TestTenant tenant = newTenant("csrf");
        ApiClient client = signedIn(tenant.admin());
        var response = client.postWithoutCsrf("/api/v1/departments", Map.of("name", "Forged"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(client.get("/api/v1/departments").text()).doesNotContain("Forged");
    }

    @Test
    void invalidSignInInputNamesTheFields() {
        var response = client().post("/api/v1/auth/login", Map.of("email", "not-an-email", "password", ""));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("email", "password");
    }

    @Test
    void platformAdminHasNoTenantAndSeesEveryTenant() {
        TestTenant tenant = newTenant("listed");
        String email = "operator-" + tenant.slug() + "@maturo.test";
        accounts.createPlatformAdmin(email, "Operator", PASSWORD);
        ApiClient operator = client().signedIn(email, PASSWORD);

        JsonNode me = operator.get("/api/v1/me").json();
        assertThat(me.get("roles").toString()).isEqualTo("[\"PLATFORM_ADMIN\"]");
        assertThat(me.has("tenant")).isFalse();
        JsonNode listed = null;
        for (JsonNode t : operator.get("/api/v1/platform/tenants").json()) {
            if (t.get("slug").asString().equals(tenant.slug())) {
                listed = t;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("userCount").asInt()).isEqualTo(4);
        assertThat(listed.get("status").asString()).isEqualTo("ACTIVE");
        // Tenant data stays out of reach for the operator's own session: no tenant, no rows.
        assertThat(operator.get("/api/v1/departments").status()).isEqualTo(403);
    }

    @Test
    void aDeactivatedPersonCannotSignInAndLosesTheirSession() throws Exception {
        TestTenant tenant = newTenant("deactivated");
        ApiClient client = signedIn(tenant.employee());
        try (Connection superuser = TestDatabase.superuserConnection()) {
            DSL.using(superuser).execute("UPDATE user_account SET active = false WHERE email = ?", tenant.employee());
        }
        assertThat(client.get("/api/v1/me").status()).isEqualTo(401);
        var again = client().login(tenant.employee(), PASSWORD);
        assertThat(again.status()).isEqualTo(403);
        assertThat(client().login(tenant.employee(), "wrong").status()).isEqualTo(401);
    }
}
