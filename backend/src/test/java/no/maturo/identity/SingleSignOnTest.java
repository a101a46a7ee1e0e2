package no.maturo.identity;

import static no.maturo.jooq.Tables.SSO_CONFIGURATION;
import static no.maturo.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.maturo.tenancy.TenantContext;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Single sign-on against a real OpenID Connect provider (mock-oauth2-server) with two issuers, one per tenant. The
 * browser is played by an HTTP client that follows redirects and keeps cookies, through the whole authorization code
 * flow: Maturo → provider's authorization endpoint → Maturo's callback → token exchange → session.
 */
class SingleSignOnTest extends IntegrationTest {

    private static final String SECRET = "s3cret-that-must-never-leave-the-server";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static MockOAuth2Server idp;

    @Autowired
    private TenantClientRegistrations registrations;

    @Autowired
    private IdTokenDecoders decoders;

    @Autowired
    private DSLContext dsl;

    private TestTenant a;
    private TestTenant b;

    @BeforeAll
    static void startProvider() {
        idp = new MockOAuth2Server();
        idp.start();
    }

    @AfterAll
    static void stopProvider() {
        idp.shutdown();
    }

    @BeforeEach
    void twoTenantsWithTheirOwnProviders() {
        a = newTenant("ssoa");
        b = newTenant("ssob");
    }

    private static String issuer(String id) {
        return idp.issuerUrl(id).toString();
    }

    private static String domain(TestTenant tenant) {
        return tenant.slug() + ".test";
    }

    private Map<String, Object> settings(String issuerId, String clientId, TestTenant tenant, boolean jit) {
        Map<String, Object> body = new HashMap<>();
        body.put("enabled", true);
        body.put("issuerUrl", issuer(issuerId));
        body.put("clientId", clientId);
        body.put("clientSecret", SECRET);
        body.put("domains", List.of(domain(tenant)));
        body.put("groupRoles", List.of(Map.of("group", "maturo-admins", "role", "TENANT_ADMIN")));
        body.put("jitProvisioning", jit);
        body.put("ssoRequired", false);
        return body;
    }

    private void configure(TestTenant tenant, Map<String, Object> body) {
        var response = signedIn(tenant.admin()).put("/api/v1/tenant/sso", body);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    /** The provider's next token answer: these claims, for this client. */
    private static void nextLogin(String issuerId, String audience, Map<String, Object> claims, long expirySeconds) {
        idp.enqueueCallback(new DefaultOAuth2TokenCallback(
                issuerId, UUID.randomUUID().toString(), "JWT", List.of(audience), claims, expirySeconds));
    }

    @Test
    void eachTenantSignsInThroughItsOwnProviderAndJustInTimeProvisioningMapsGroups() {
        UUID customerService = TenantContext.callAs(a.id(), () -> departments.listActive())
                .getFirst()
                .id();
        Map<String, Object> settingsOfA = settings("idp-a", "client-a", a, true);
        settingsOfA.put("groupDepartments", List.of(Map.of("group", "other", "departmentId", customerService)));
        configure(a, settingsOfA);
        configure(b, settings("idp-b", "client-b", b, false));

        // A new person of A, in the admins group: provisioned with the mapped role and department.
        String newcomer = "newcomer@" + domain(a);
        nextLogin(
                "idp-a",
                "client-a",
                Map.of("email", newcomer, "name", "New Comer", "groups", List.of("maturo-admins", "other")),
                3600);
        Browser browser = new Browser();
        URI landed = browser.signInThrough(a.slug());
        assertThat(landed.getPath()).isEqualTo("/");
        JsonNode me = browser.get("/api/v1/me").json();
        assertThat(me.get("email").asString()).isEqualTo(newcomer);
        assertThat(me.get("displayName").asString()).isEqualTo("New Comer");
        assertThat(me.get("tenant").get("id").asString()).isEqualTo(a.id().toString());
        assertThat(me.get("roles").toString()).isEqualTo("[\"TENANT_ADMIN\"]");
        UUID departmentOfNewcomer = TenantContext.callAs(
                a.id(),
                () -> transactions.execute(status -> dsl.select(USER_ACCOUNT.DEPARTMENT_ID)
                        .from(USER_ACCOUNT)
                        .where(USER_ACCOUNT.TENANT_ID.eq(a.id()), USER_ACCOUNT.EMAIL.eq(newcomer))
                        .fetchSingle(USER_ACCOUNT.DEPARTMENT_ID)));
        assertThat(departmentOfNewcomer).isEqualTo(customerService);

        // Without a mapped group the default role is EMPLOYEE.
        nextLogin("idp-a", "client-a", Map.of("email", "plain@" + domain(a)), 3600);
        Browser plain = new Browser();
        assertThat(plain.signInThrough(a.slug()).getPath()).isEqualTo("/");
        assertThat(plain.get("/api/v1/me").json().get("roles").toString()).isEqualTo("[\"EMPLOYEE\"]");

        // B has no just-in-time provisioning: an unknown person is refused, a known one signs in.
        nextLogin("idp-b", "client-b", Map.of("email", "stranger@" + domain(b)), 3600);
        Browser stranger = new Browser();
        assertThat(stranger.signInThrough(b.slug()).toString()).endsWith("/login?error=sso_unknown_person");
        assertThat(stranger.get("/api/v1/me").status()).isEqualTo(401);

        nextLogin("idp-b", "client-b", Map.of("email", b.employee(), "email_verified", true), 3600);
        Browser employee = new Browser();
        assertThat(employee.signInThrough(b.slug()).getPath()).isEqualTo("/");
        assertThat(employee.get("/api/v1/me").json().get("email").asString()).isEqualTo(b.employee());
        assertThat(employee.get("/api/v1/me").json().get("tenant").get("id").asString())
                .isEqualTo(b.id().toString());
    }

    @Test
    void aProviderCannotSignAnyoneIntoAnotherTenant() {
        configure(a, settings("idp-a", "client-a", a, true));
        configure(b, settings("idp-b", "client-b", b, true));

        // A's provider vouches for an email of B's domain: A's registration refuses it, nothing is created in B.
        nextLogin("idp-a", "client-a", Map.of("email", b.employee()), 3600);
        Browser browser = new Browser();
        assertThat(browser.signInThrough(a.slug()).toString()).endsWith("/login?error=sso_domain");
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(TenantContext.callAs(a.id(), () -> accounts.activity().people()))
                .isEqualTo(4);

        // An ID token from A's issuer, presented to B's registration, is refused: it is signed with A's keys, not
        // B's, and names A as its issuer.
        ClientRegistration registrationOfB = registrations.findByRegistrationId(b.slug());
        String tokenFromA = idp.issueToken(
                        "idp-a",
                        "client-b",
                        new DefaultOAuth2TokenCallback(
                                "idp-a", "someone", "JWT", List.of("client-b"), Map.of("email", b.employee()), 3600))
                .serialize();
        assertThatThrownBy(() -> decoders.createDecoder(registrationOfB).decode(tokenFromA))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void idTokensWithAWrongAudienceExpiredOrUnsignedAreRefused() {
        configure(b, settings("idp-b", "client-b", b, true));
        ClientRegistration registration = registrations.findByRegistrationId(b.slug());
        var decoder = decoders.createDecoder(registration);

        String valid = idp.issueToken(
                        "idp-b",
                        "client-b",
                        new DefaultOAuth2TokenCallback("idp-b", "someone", "JWT", List.of("client-b"), Map.of(), 3600))
                .serialize();
        assertThat(decoder.decode(valid).getSubject()).isEqualTo("someone");

        String wrongAudience = idp.issueToken(
                        "idp-b",
                        "client-b",
                        new DefaultOAuth2TokenCallback("idp-b", "someone", "JWT", List.of("client-x"), Map.of(), 3600))
                .serialize();
        assertThatThrownBy(() -> decoder.decode(wrongAudience))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("aud");

        String expired = idp.issueToken(
                        "idp-b",
                        "client-b",
                        new DefaultOAuth2TokenCallback("idp-b", "someone", "JWT", List.of("client-b"), Map.of(), -3600))
                .serialize();
        assertThatThrownBy(() -> decoder.decode(expired))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("exp");

        String unsigned = new PlainJWT(new JWTClaimsSet.Builder()
                        .issuer(issuer("idp-b"))
                        .audience("client-b")
                        .subject("someone")
                        .issueTime(new Date())
                        .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                        .build())
                .serialize();
        assertThatThrownBy(() -> decoder.decode(unsigned)).isInstanceOf(JwtException.class);

        // Through the whole browser flow (the provider always addresses ID tokens to the requesting client, so the
        // audience is covered by the decoder above).
        nextLogin("idp-b", "client-b", Map.of("email", b.employee()), -3600);
        Browser late = new Browser();
        assertThat(late.signInThrough(b.slug()).toString()).endsWith("/login?error=sso_failed");
        assertThat(late.get("/api/v1/me").status()).isEqualTo(401);

        nextLogin("idp-b", "client-b", Map.of("email", b.employee(), "email_verified", false), 3600);
        Browser unverified = new Browser();
        assertThat(unverified.signInThrough(b.slug()).toString()).endsWith("/login?error=sso_email_unverified");
    }

    @Test
    void ssoRequiredRefusesPasswordsAndDiscoveryPointsToTheProvider() {
        Map<String, Object> body = settings("idp-b", "client-b", b, false);
        body.put("ssoRequired", true);
        configure(b, body);

        var password = client().login(b.employee(), PASSWORD);
        assertThat(password.status()).isEqualTo(403);
        assertThat(password.json().get("detail").asString()).contains("single sign-on");
        // Other tenants keep their passwords.
        assertThat(client().login(a.employee(), PASSWORD).status()).isEqualTo(200);

        JsonNode sso = client().post(
                        "/api/v1/auth/discover",
                        Map.of("email", "Anyone@" + domain(b).toUpperCase()))
                .json();
        assertThat(sso.get("method").asString()).isEqualTo("SSO");
        assertThat(sso.get("redirectUrl").asString()).isEqualTo("/oauth2/authorization/" + b.slug());
        JsonNode other = client().post("/api/v1/auth/discover", Map.of("email", a.employee()))
                .json();
        assertThat(other.get("method").asString()).isEqualTo("PASSWORD");
        assertThat(other.has("redirectUrl")).isFalse();
    }

    @Test
    void signingOutOfAnSsoSessionReturnsTheProvidersLogoutAddress() {
        configure(b, settings("idp-b", "client-b", b, false));
        nextLogin("idp-b", "client-b", Map.of("email", b.leader()), 3600);
        Browser browser = new Browser();
        assertThat(browser.signInThrough(b.slug()).getPath()).isEqualTo("/");

        Browser.Result logout = browser.post("/api/v1/auth/logout");
        assertThat(logout.status()).isEqualTo(200);
        String redirect = logout.json().get("redirectUrl").asString();
        assertThat(redirect)
                .startsWith(issuer("idp-b"))
                .contains("id_token_hint=")
                .contains("client_id=client-b");
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
        // Password sessions still end with 204.
        assertThat(signedIn(a.admin()).post("/api/v1/auth/logout", null).status())
                .isEqualTo(204);
    }

    @Test
    void theSecretIsEncryptedNeverReturnedAndNeverAudited() {
        configure(a, settings("idp-a", "client-a", a, true));
        ApiClient admin = signedIn(a.admin());
        var settings = admin.get("/api/v1/tenant/sso");
        assertThat(settings.text()).doesNotContain(SECRET);
        assertThat(settings.json().get("clientSecretSet").asBoolean()).isTrue();
        assertThat(settings.json().get("redirectUri").asString())
                .isEqualTo("http://localhost:" + port + "/login/oauth2/code/" + a.slug());
        String stored = TenantContext.callAs(
                a.id(),
                () -> transactions.execute(status -> dsl.select(SSO_CONFIGURATION.CLIENT_SECRET_ENCRYPTED)
                        .from(SSO_CONFIGURATION)
                        .where(SSO_CONFIGURATION.TENANT_ID.eq(a.id()))
                        .fetchSingle(SSO_CONFIGURATION.CLIENT_SECRET_ENCRYPTED)));
        assertThat(stored).isNotBlank().doesNotContain(SECRET);

        // Saving without a secret keeps the stored one.
        Map<String, Object> body = settings("idp-a", "client-a", a, false);
        body.remove("clientSecret");
        assertThat(admin.put("/api/v1/tenant/sso", body)
                        .json()
                        .get("clientSecretSet")
                        .asBoolean())
                .isTrue();
        nextLogin("idp-a", "client-a", Map.of("email", a.manager()), 3600);
        assertThat(new Browser().signInThrough(a.slug()).getPath()).isEqualTo("/");

        var audit = admin.get("/api/v1/audit-events?action=sso.");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.text()).doesNotContain(SECRET).contains("clientSecretChanged");
        assertThat(audit.json().size()).isEqualTo(2);
    }

    @Test
    void badSettingsAreRefusedAndStoreNothing() {
        ApiClient admin = signedIn(a.admin());
        Map<String, Object> noSecret = settings("idp-a", "client-a", a, true);
        noSecret.remove("clientSecret");
        assertThat(admin.put("/api/v1/tenant/sso", noSecret).status()).isEqualTo(400);

        Map<String, Object> badDomain = settings("idp-a", "client-a", a, true);
        badDomain.put("domains", List.of("not a domain"));
        var invalid = admin.put("/api/v1/tenant/sso", badDomain);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).startsWith("domains");

        Map<String, Object> requiredButOff = settings("idp-a", "client-a", a, true);
        requiredButOff.put("enabled", false);
        requiredButOff.put("ssoRequired", true);
        assertThat(admin.put("/api/v1/tenant/sso", requiredButOff).status()).isEqualTo(400);

        assertThat(admin.get("/api/v1/tenant/sso").json().get("configured").asBoolean())
                .isFalse();

        // A domain belongs to one tenant only.
        configure(b, settings("idp-b", "client-b", b, true));
        Map<String, Object> takesB = settings("idp-a", "client-a", a, true);
        takesB.put("domains", List.of(domain(a), domain(b)));
        assertThat(admin.put("/api/v1/tenant/sso", takesB).status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/tenant/sso").json().get("configured").asBoolean())
                .isFalse();

        for (String email : List.of(a.leader(), a.manager(), a.employee())) {
            ApiClient other = signedIn(email);
            assertThat(other.get("/api/v1/tenant/sso").status()).isEqualTo(403);
            assertThat(other.put("/api/v1/tenant/sso", settings("idp-a", "client-a", a, true))
                            .status())
                    .isEqualTo(403);
        }
    }

    @Test
    void theConnectionTestExplainsWhatIsWrong() {
        ApiClient admin = signedIn(a.admin());
        JsonNode good = admin.post("/api/v1/tenant/sso/test", Map.of("issuerUrl", issuer("idp-a")))
                .json();
        assertThat(good.get("ok").asBoolean()).as(good.toString()).isTrue();
        assertThat(good.toString()).contains("PKCE").doesNotContain("ERROR");

        JsonNode unreachable = admin.post("/api/v1/tenant/sso/test", Map.of("issuerUrl", "http://localhost:1/x"))
                .json();
        assertThat(unreachable.get("ok").asBoolean()).isFalse();
        assertThat(unreachable.get("checks").get(0).get("check").asString()).isEqualTo("REACHABLE");
        assertThat(unreachable.get("checks").get(0).get("message").asString()).contains("Could not reach");

        JsonNode notJson = admin.post(
                        "/api/v1/tenant/sso/test", Map.of("issuerUrl", "http://localhost:" + port + "/api/v1"))
                .json();
        assertThat(notJson.get("ok").asBoolean()).isFalse();

        assertThat(admin.post("/api/v1/tenant/sso/test", Map.of()).status()).isEqualTo(400);
    }

    /** A browser: follows redirects, keeps cookies, echoes the CSRF cookie. */
    private final class Browser {

        record Result(int status, String text) {
            JsonNode json() {
                return JSON.readTree(text);
            }
        }

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        /** Starts single sign-on for the tenant and returns where the browser finally landed. */
        URI signInThrough(String slug) {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/" + slug))
                            .GET())
                    .uri();
        }

        Result get(String path) {
            var response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET());
            return new Result(response.statusCode(), response.body());
        }

        Result post(String path) {
            get("/api/v1/me");
            String csrf = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
            var response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-XSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            return new Result(response.statusCode(), response.body());
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
