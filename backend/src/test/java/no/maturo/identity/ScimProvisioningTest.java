package no.maturo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.ScimIntegrationTest;
import org.junit.jupiter.api.Test;

/** SCIM 2.0 provisioning with tenant API tokens, checked with the RFC 7643 and 7644 examples. */
class ScimProvisioningTest extends ScimIntegrationTest {

    private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    @Test
    void issuesATokenShownOnceAndKeepsOnlyItsHash() {
        TestTenant tenant = newTenant("tokens");
        ApiClient admin = signedIn(tenant.admin());
        var created = admin.post("/api/v1/tenant/api-tokens", Map.of("name", "Entra ID", "scopes", List.of("SCIM")));
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("secret").asString();
        assertThat(secret).startsWith("mat_").hasSizeGreaterThan(80);
        assertThat(created.json().get("token").get("expiresAt").asString()).isNotBlank();

        var listed = admin.get("/api/v1/tenant/api-tokens");
        assertThat(listed.json().get(0).get("name").asString()).isEqualTo("Entra ID");
        assertThat(listed.text()).doesNotContain(secret.substring(4));
        assertThat(admin.get("/api/v1/audit-events?action=api-token.").text()).doesNotContain(secret.substring(4));

        var invalid =
                admin.post("/api/v1/tenant/api-tokens", Map.of("name", "", "scopes", List.of(), "validityDays", 0));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").findValuesAsString("field")).contains("name", "scopes", "validityDays");
        assertThat(signedIn(tenant.leader()).get("/api/v1/tenant/api-tokens").status())
                .isEqualTo(403);
    }

    @Test
    void provisionsAPersonWithTheRfcExamplesAndFindsThemByUserName() {
        TestTenant tenant = newTenant("scim");
        String token = scimToken(tenant);
        String email = "bjensen@" + tenant.slug() + ".test";

        // RFC 7643 section 8.2 (full user), trimmed to what Maturo keeps.
        Reply created = send(
                "POST",
                "/scim/v2/Users",
                token,
                Map.of(
                        "schemas",
                        List.of(USER),
                        "userName",
                        email,
                        "name",
                        Map.of("formatted", "Ms. Barbara J Jensen III", "familyName", "Jensen", "givenName", "Barbara"),
                        "displayName",
                        "Babs Jensen",
                        "emails",
                        List.of(Map.of("value", email, "type", "work", "primary", true)),
                        "preferredLanguage",
                        "en-US",
                        "active",
                        true));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/scim+json");
        String id = created.body().get("id").asString();
        assertThat(created.body().get("displayName").asString()).isEqualTo("Babs Jensen");
        assertThat(created.body().get("meta").get("location").asString()).endsWith("/scim/v2/Users/" + id);

        Reply found = send("GET", "/scim/v2/Users?filter=" + encode("userName eq \"" + email + "\""), token, null);
        assertThat(found.body().get("totalResults").asInt()).isEqualTo(1);
        assertThat(found.body().get("Resources").get(0).get("id").asString()).isEqualTo(id);
        assertThat(send("GET", "/scim/v2/Users?filter=" + encode("userName eq \"nobody@x.test\""), token, null)
                        .body()
                        .get("totalResults")
                        .asInt())
                .isZero();

        Reply duplicate = send("POST", "/scim/v2/Users", token, Map.of("schemas", List.of(USER), "userName", email));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("scimType").asString()).isEqualTo("uniqueness");

        Reply badFilter = send("GET", "/scim/v2/Users?filter=" + encode("title pr"), token, null);
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.body().get("scimType").asString()).isEqualTo("invalidFilter");

        // The person was logged as provisioned by the token.
        assertThat(signedIn(tenant.admin())
                        .get("/api/v1/audit-events?action=person.created")
                        .text())
                .contains("api-token:IdP provisioning")
                .contains(email);
    }

    @Test
    void deactivationThroughPatchEndsSessionsAndBlocksSignInInBothProviderDialects() {
        TestTenant tenant = newTenant("patch");
        String token = scimToken(tenant);
        ApiClient employee = signedIn(tenant.employee());
        String id = idOf(token, tenant.employee());

        // Microsoft Entra ID sends a path and the boolean as a string.
        Reply off = send(
                "PATCH",
                "/scim/v2/Users/" + id,
                token,
                Map.of(
                        "schemas", List.of(PATCH),
                        "Operations", List.of(Map.of("op", "Replace", "path", "active", "value", "False"))));
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.body().get("active").asBoolean()).isFalse();
        assertThat(employee.get("/api/v1/me").status()).as("session ended").isEqualTo(401);
        assertThat(client().login(tenant.employee(), PASSWORD).status()).isEqualTo(403);

        // Okta sends the attributes as the value, without a path.
        Reply on = send(
                "PATCH",
                "/scim/v2/Users/" + id,
                token,
                Map.of(
                        "schemas", List.of(PATCH),
                        "Operations",
                                List.of(Map.of(
                                        "op",
                                        "replace",
                                        "value",
                                        Map.of("active", true, "displayName", "Back Again")))));
        assertThat(on.body().get("active").asBoolean()).isTrue();
        assertThat(on.body().get("displayName").asString()).isEqualTo("Back Again");
        assertThat(client().login(tenant.employee(), PASSWORD).status()).isEqualTo(200);

        Reply unsupported = send(
                "PATCH",
                "/scim/v2/Users/" + id,
                token,
                Map.of(
                        "schemas", List.of(PATCH),
                        "Operations", List.of(Map.of("op", "replace", "path", "title", "value", "CEO"))));
        assertThat(unsupported.status()).isEqualTo(400);
    }

    @Test
    void replaceAndDelete() {
        TestTenant tenant = newTenant("replace");
        String token = scimToken(tenant);
        String id = idOf(token, tenant.manager());
        Reply replaced = send(
                "PUT",
                "/scim/v2/Users/" + id,
                token,
                Map.of(
                        "schemas",
                        List.of(USER),
                        "userName",
                        tenant.manager(),
                        "displayName",
                        "Renamed Manager",
                        "active",
                        true));
        assertThat(replaced.body().get("displayName").asString()).isEqualTo("Renamed Manager");

        assertThat(send("DELETE", "/scim/v2/Users/" + id, token, null).status()).isEqualTo(204);
        assertThat(send("GET", "/scim/v2/Users/" + id, token, null).status()).isEqualTo(404);
        assertThat(client().login(tenant.manager(), PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void aTokenReachesOnlyItsOwnTenant() {
        TestTenant a = newTenant("scim-a");
        TestTenant b = newTenant("scim-b");
        String tokenOfA = scimToken(a);
        String idInB = idOf(scimToken(b), b.employee());

        assertThat(send("GET", "/scim/v2/Users/" + idInB, tokenOfA, null).status())
                .isEqualTo(404);
        assertThat(send(
                                "GET",
                                "/scim/v2/Users?filter=" + encode("userName eq \"" + b.employee() + "\""),
                                tokenOfA,
                                null)
                        .body()
                        .get("totalResults")
                        .asInt())
                .isZero();
        assertThat(send("GET", "/scim/v2/Users?count=1000", tokenOfA, null)
                        .body()
                        .toString())
                .doesNotContain(b.slug());
        assertThat(send(
                                "PATCH",
                                "/scim/v2/Users/" + idInB,
                                tokenOfA,
                                Map.of(
                                        "schemas", List.of(PATCH),
                                        "Operations",
                                                List.of(Map.of("op", "replace", "path", "active", "value", false))))
                        .status())
                .isEqualTo(404);
        assertThat(send("DELETE", "/scim/v2/Users/" + idInB, tokenOfA, null).status())
                .isEqualTo(404);
        assertThat(client().login(b.employee(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void revokedForgedMissingOrMisusedTokensAreRefused() {
        TestTenant tenant = newTenant("revoked");
        ApiClient admin = signedIn(tenant.admin());
        var created = admin.post("/api/v1/tenant/api-tokens", Map.of("name", "Old", "scopes", List.of("SCIM")));
        String token = created.json().get("secret").asString();
        assertThat(send("GET", "/scim/v2/Users", token, null).status()).isEqualTo(200);

        String forged = token.substring(0, token.length() - 6) + (token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
        assertThat(send("GET", "/scim/v2/Users", forged, null).status()).isEqualTo(401);
        assertThat(send("GET", "/scim/v2/Users", null, null).status()).isEqualTo(401);
        assertThat(send("GET", "/scim/v2/Users", "mat_not-base64!", null).status())
                .isEqualTo(401);
        // A bearer token is not a browser session: the session API does not accept it.
        assertThat(send("GET", "/api/v1/me", token, null).status()).isEqualTo(401);

        String tokenId = created.json().get("token").get("id").asString();
        assertThat(admin.delete("/api/v1/tenant/api-tokens/" + tokenId)
                        .json()
                        .get("revokedAt")
                        .asString())
                .isNotBlank();
        assertThat(send("GET", "/scim/v2/Users", token, null).status()).isEqualTo(401);
    }

    @Test
    void aSuspendedTenantsTokensStopWorking() {
        TestTenant tenant = newTenant("suspended-scim");
        String token = scimToken(tenant);
        transactions.executeWithoutResult(
                status -> tenants.changeStatus(tenant.id(), no.maturo.tenancy.Tenant.TenantStatus.SUSPENDED));
        assertThat(send("GET", "/scim/v2/Users", token, null).status()).isEqualTo(403);
    }
}
