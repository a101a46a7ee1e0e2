package no.maturo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;
import no.maturo.testsupport.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tenant A with B's links and ids: never B's survey, never a response stored in B (or A). */
class SurveyCrossTenantTest extends SurveyTestSupport {

    private TestTenant a;
    private TestTenant b;
    private OpenCycleFixture.OpenCycle cycleOfA;
    private OpenCycleFixture.OpenCycle cycleOfB;

    @BeforeEach
    void twoTenantsWithOpenCycles() {
        a = newTenant("survey-a");
        b = newTenant("survey-b");
        cycleOfA = openCycle(a, OpenCycleFixture.Spec.standard());
        cycleOfB = openCycle(b, OpenCycleFixture.Spec.standard());
    }

    @Test
    void aLinkOfBWithItsTenantSwappedForAIsUnknownEverywhere() {
        String employeeLinkOfB = cycleOfB.linkOf(b.employee());
        String customerLinkOfB = cycleOfB.customerLinks().get(0);
        JsonNode survey = client().get(byLink(employeeLinkOfB)).json();
        for (String path :
                new String[] {byLink(withTenant(employeeLinkOfB, a.id())), customer(withTenant(customerLinkOfB, a.id()))
                }) {
            ApiClient client = client();
            assertThat(client.get(path).status()).isEqualTo(404);
            assertThat(client.post(path + RESPONSES, submission(survey, 4)).status())
                    .isEqualTo(404);
        }
        assertThat(responseCount(cycleOfA)).isZero();
        assertThat(responseCount(cycleOfB)).isZero();
        // The untouched links still work in B.
        assertThat(client().get(byLink(employeeLinkOfB)).status()).isEqualTo(200);
        assertThat(client().get(customer(customerLinkOfB)).status()).isEqualTo(200);
    }

    @Test
    void signedInPeopleOfACannotSeeOrAnswerTheCyclesOfB() {
        ApiClient employeeOfA = signedIn(a.employee());
        assertThat(employeeOfA.get("/api/v1/me/surveys").json().findValuesAsString("cycleId"))
                .containsExactly(cycleOfA.cycleId().toString());
        assertThat(employeeOfA.get(mine(cycleOfB.cycleId())).status()).isEqualTo(404);
        JsonNode surveyOfB =
                signedIn(b.employee()).get(mine(cycleOfB.cycleId())).json();
        var refused = employeeOfA.post(mine(cycleOfB.cycleId()) + RESPONSES, submission(surveyOfB, 5));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text()).doesNotContain("Spring pulse");
        assertThat(responseCount(cycleOfB)).isZero();
        assertThat(answered(cycleOfB, b.employee())).isFalse();

        ApiClient adminOfA = signedIn(a.admin());
        assertThat(adminOfA.get("/api/v1/tenant/cycles/" + cycleOfB.cycleId() + "/results")
                        .status())
                .isEqualTo(404);
        assertThat(adminOfA.get("/api/v1/tenant/cycles/" + cycleOfA.cycleId() + "/results")
                        .json()
                        .get("participation")
                        .get("invited")
                        .asInt())
                .isEqualTo(4);
    }

    @Test
    void aLinkOfBOpenedWhileSignedInToAAnswersInBAsItsOwnParticipantOnly() {
        ApiClient adminOfA = signedIn(a.admin());
        String linkOfB = cycleOfB.linkOf(b.leader());
        JsonNode survey = adminOfA.get(byLink(linkOfB)).json();
        assertThat(survey.get("organisation").asString()).isEqualTo("Tenant survey-b");
        assertThat(adminOfA.post(byLink(linkOfB) + RESPONSES, submission(survey, 3))
                        .status())
                .isEqualTo(201);
        assertThat(answered(cycleOfB, b.leader())).isTrue();
        assertThat(answered(cycleOfA, a.admin())).isFalse();
        assertThat(responseCount(cycleOfA)).isZero();
        assertThat(adminOfA.get("/api/v1/tenant/cycles/" + cycleOfA.cycleId() + "/results")
                        .json()
                        .get("responseCount")
                        .asInt())
                .isZero();
        assertThat(signedIn(b.admin())
                        .get("/api/v1/tenant/cycles/" + cycleOfB.cycleId() + "/results")
                        .json()
                        .get("responseCount")
                        .asInt())
                .isEqualTo(1);
    }

    /** The same secret under another tenant id: the tenant is part of what is hashed, so it matches nothing. */
    private static String withTenant(String token, UUID tenantId) {
        String prefix = token.substring(0, 2);
        byte[] bytes = Base64.getUrlDecoder().decode(token.substring(2));
        ByteBuffer.wrap(bytes).putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits());
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
