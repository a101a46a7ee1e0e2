package no.maturo.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import no.maturo.shared.NotFoundException;
import no.maturo.tenancy.TenantContext;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Editing drafts, freezing published versions, deriving new ones and keeping statement lineage across them. */
class ModelVersioningTest extends IntegrationTest {

    private static final String MODELS = "/api/v1/tenant/models";

    @Autowired
    private ModelCatalog catalog;

    private TestTenant tenant;
    private ApiClient admin;

    @BeforeEach
    void tenantWithAdmin() {
        tenant = newTenant("versions");
        admin = signedIn(tenant.admin());
    }

    @Test
    void carriedOverStatementsKeepTheirLineageAndNewOnesStartTheirOwn() {
        JsonNode model = ModelApiTest.createFromTemplate(admin, "Growth model", "dk-four-themes");
        String modelId = model.get("id").asString();
        String v1Path =
                versionPath(modelId, model.get("versions").get(0).get("id").asString());

        // Edit the copied draft: thresholds, a Norwegian wording, a weight and a reverse-scored statement.
        ObjectNode draft = contentOf(admin.get(v1Path).json());
        draft.put("lowUpTo", 2.2).put("mediumUpTo", 3.6);
        ObjectNode firstItem = item(draft, 0, 0);
        ((ObjectNode) firstItem.get("employeeText")).put("nb", "Vi har en klar og felles visjon for kundene.");
        firstItem.put("weight", 2.5).put("reverseScored", true);
        var saved = admin.put(v1Path, draft);
        assertThat(saved.status()).isEqualTo(200);
        JsonNode v1 = saved.json();
        assertThat(v1.get("lowUpTo").decimalValue()).isEqualByComparingTo("2.2");
        JsonNode savedFirst = v1.get("dimensions").get(0).get("items").get(0);
        assertThat(savedFirst.get("employeeText").get("nb").asString()).startsWith("Vi har en klar og felles");
        assertThat(savedFirst.get("employeeText").get("en").asString()).isNotBlank();
        assertThat(savedFirst.get("weight").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(savedFirst.get("reverseScored").asBoolean()).isTrue();
        assertThat(admin.post(v1Path + "/publish", null).status()).isEqualTo(200);
        v1 = admin.get(v1Path).json();

        // Version 2 starts as a copy with every statement carried over.
        var derived = admin.post(MODELS + "/" + modelId + "/versions", Map.of("fromVersionId", v1.get("id")));
        assertThat(derived.status()).isEqualTo(201);
        JsonNode v2 = derived.json();
        assertThat(v2.get("number").asInt()).isEqualTo(2);
        assertThat(v2.get("status").asString()).isEqualTo("DRAFT");
        assertThat(v2.get("derivedFromId").asString()).isEqualTo(v1.get("id").asString());
        assertThat(v2.get("lowUpTo").decimalValue()).isEqualByComparingTo("2.2");
        List<JsonNode> v1Items = items(v1);
        List<JsonNode> v2Items = items(v2);
        assertThat(v2Items).hasSameSizeAs(v1Items);
        for (int i = 0; i < v1Items.size(); i++) {
            assertThat(v2Items.get(i).get("derivedFromId").asString())
                    .isEqualTo(v1Items.get(i).get("id").asString());
            assertThat(v2Items.get(i).get("lineageId").asString())
                    .isEqualTo(v1Items.get(i).get("lineageId").asString());
            assertThat(v2Items.get(i).get("id").asString())
                    .isNotEqualTo(v1Items.get(i).get("id").asString());
        }

        // Change one statement's text (still carried over), mark one as new, drop one, add one.
        String v2Path = versionPath(modelId, v2.get("id").asString());
        ObjectNode next = contentOf(v2);
        ObjectNode changed = item(next, 0, 0);
        ((ObjectNode) changed.get("employeeText")).put("en", "We share one clear vision of what customers gain.");
        ObjectNode markedNew = item(next, 0, 1);
        markedNew.putNull("derivedFromId");
        ArrayNode secondDimension = (ArrayNode) next.get("dimensions").get(1).get("items");
        String droppedV1Id = secondDimension.get(0).get("derivedFromId").asString();
        secondDimension.remove(0);
        secondDimension
                .addObject()
                .put("key", "brand-new-statement")
                .put("weight", 1)
                .put("reverseScored", false)
                .set("employeeText", JsonNodeFactory.instance.objectNode().put("sv", "Vi firar när kunder lyckas."));
        var savedV2 = admin.put(v2Path, next);
        assertThat(savedV2.status()).isEqualTo(200);
        assertThat(admin.post(v2Path + "/publish", null).status()).isEqualTo(200);
        v2 = admin.get(v2Path).json();

        JsonNode v1Changed = v1.get("dimensions").get(0).get("items").get(0);
        JsonNode v2Changed = v2.get("dimensions").get(0).get("items").get(0);
        assertThat(v2Changed.get("lineageId").asString())
                .isEqualTo(v1Changed.get("lineageId").asString());
        assertThat(v2Changed.get("derivedFromId").asString())
                .isEqualTo(v1Changed.get("id").asString());
        assertThat(v2Changed.get("employeeText").get("en").asString()).startsWith("We share one clear vision");

        JsonNode v1MarkedNew = v1.get("dimensions").get(0).get("items").get(1);
        JsonNode v2MarkedNew = v2.get("dimensions").get(0).get("items").get(1);
        assertThat(v2MarkedNew.get("key").asString())
                .isEqualTo(v1MarkedNew.get("key").asString());
        assertThat(v2MarkedNew.get("lineageId").asString())
                .isNotEqualTo(v1MarkedNew.get("lineageId").asString());
        assertThat(v2MarkedNew.has("derivedFromId")).isFalse();

        Set<String> v1Lineages = new HashSet<>();
        items(v1).forEach(i -> v1Lineages.add(i.get("lineageId").asString()));
        JsonNode added = items(v2).stream()
                .filter(i -> i.get("key").asString().equals("brand-new-statement"))
                .findFirst()
                .orElseThrow();
        assertThat(v1Lineages).doesNotContain(added.get("lineageId").asString());
        assertThat(items(v2))
                .noneMatch(i -> droppedV1Id.equals(i.path("derivedFromId").asString(null)));

        // The catalog groups statements by lineage across the published versions, oldest first.
        UUID model2 = UUID.fromString(modelId);
        Map<UUID, List<UUID>> lineages = TenantContext.callAs(tenant.id(), () -> catalog.lineages(model2));
        assertThat(lineages.get(UUID.fromString(v1Changed.get("lineageId").asString())))
                .containsExactly(uuid(v1Changed), uuid(v2Changed));
        assertThat(lineages.get(UUID.fromString(v1MarkedNew.get("lineageId").asString())))
                .containsExactly(uuid(v1MarkedNew));
        assertThat(lineages.get(UUID.fromString(v2MarkedNew.get("lineageId").asString())))
                .containsExactly(uuid(v2MarkedNew));
        assertThat(lineages.get(UUID.fromString(added.get("lineageId").asString())))
                .containsExactly(uuid(added));
        assertThat(TenantContext.callAs(tenant.id(), () -> catalog.lineageOf(uuid(v2Changed))))
                .containsExactly(uuid(v1Changed), uuid(v2Changed));
        assertThat(TenantContext.callAs(tenant.id(), () -> catalog.lineageOf(UUID.fromString(droppedV1Id))))
                .containsExactly(UUID.fromString(droppedV1Id));

        assertThat(admin.get("/api/v1/audit-events?action=model.").json().findValuesAsString("action"))
                .contains("model.created", "model.version.changed", "model.version.published", "model.version.derived");
    }

    @Test
    void publishedVersionsAreFrozenAndAModelHasOneDraftAtATime() {
        JsonNode v1 = ModelApiTest.publishedTemplateCopy(admin, "Frozen model", "cx-six-competencies");
        String modelId = v1.get("modelId").asString();
        String v1Path = versionPath(modelId, v1.get("id").asString());

        ObjectNode edit = contentOf(v1);
        edit.put("lowUpTo", 2);
        var refused = admin.put(v1Path, edit);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("published and frozen");
        assertThat(admin.delete(v1Path).status()).isEqualTo(409);
        assertThat(admin.get(v1Path).json().get("lowUpTo").decimalValue()).isEqualByComparingTo("2.5");

        String versions = MODELS + "/" + modelId + "/versions";
        JsonNode v2 =
                admin.post(versions, Map.of("fromVersionId", v1.get("id"))).json();
        var second = admin.post(versions, Map.of("fromVersionId", v1.get("id")));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("Version 2 is already a draft");
        var fromDraft = admin.post(versions, Map.of("fromVersionId", v2.get("id")));
        assertThat(fromDraft.status()).isEqualTo(409);
        assertThat(fromDraft.json().get("detail").asString()).contains("publish it before deriving");
        assertThat(admin.post(versions, Map.of()).status()).isEqualTo(400);
        assertThat(admin.post(versions, Map.of("fromVersionId", UUID.randomUUID()))
                        .status())
                .isEqualTo(404);

        String v2Path = versionPath(modelId, v2.get("id").asString());
        assertThat(admin.delete(v2Path).status()).isEqualTo(204);
        assertThat(admin.get(v2Path).status()).isEqualTo(404);
        assertThat(admin.get(MODELS + "/" + modelId).json().get("versions").size())
                .isEqualTo(1);
        // The number is free again once the draft is gone.
        JsonNode again =
                admin.post(versions, Map.of("fromVersionId", v1.get("id"))).json();
        assertThat(again.get("number").asInt()).isEqualTo(2);

        JsonNode lonely = ModelApiTest.createFromTemplate(admin, "Only a draft", "dk-four-themes");
        var onlyVersion = admin.delete(versionPath(
                lonely.get("id").asString(),
                lonely.get("versions").get(0).get("id").asString()));
        assertThat(onlyVersion.status()).isEqualTo(409);
        assertThat(onlyVersion.json().get("detail").asString()).contains("only version");
        assertThat(admin.get("/api/v1/audit-events?action=model.version.deleted")
                        .json()
                        .size())
                .isEqualTo(1);
    }

    @Test
    void invalidContentIsRefusedWithAClearReasonAndNothingIsStored() {
        JsonNode v1 = ModelApiTest.publishedTemplateCopy(admin, "Strict model", "dk-four-themes");
        String modelId = v1.get("modelId").asString();
        JsonNode v2 = admin.post(MODELS + "/" + modelId + "/versions", Map.of("fromVersionId", v1.get("id")))
                .json();
        String v2Path = versionPath(modelId, v2.get("id").asString());
        JsonNode otherModelItem = items(ModelApiTest.publishedTemplateCopy(admin, "Other", "dk-four-themes"))
                .getFirst();

        record Case(String field, String detail, Consumer<ObjectNode> change) {}
        List<Case> cases = List.of(
                new Case(
                        "dimensions[1].key",
                        "already uses the key 'vision-and-goals'",
                        c -> dimension(c, 1).put("key", "vision-and-goals")),
                new Case(
                        "dimensions[1].items[0].key",
                        "already uses the key",
                        c -> item(c, 1, 0).put("key", item(c, 0, 0).get("key").asString())),
                new Case("dimensions[0].key", "kebab-case", c -> dimension(c, 0).put("key", "Vision_Goals")),
                new Case(
                        "dimensions[0].items[0].key",
                        "kebab-case",
                        c -> item(c, 0, 0).put("key", "ends-with-")),
                new Case(
                        "dimensions[0].name",
                        "at least one language",
                        c -> dimension(c, 0)
                                .set(
                                        "name",
                                        JsonNodeFactory.instance.objectNode().put("en", "  "))),
                new Case(
                        "dimensions[0].items[0].employeeText",
                        "at least one language",
                        c -> item(c, 0, 0).set("employeeText", JsonNodeFactory.instance.objectNode())),
                new Case(
                        "dimensions[0].items[0].employeeText.fr",
                        "not a supported language",
                        c -> ((ObjectNode) item(c, 0, 0).get("employeeText")).put("fr", "Nous avons une vision.")),
                new Case(
                        "dimensions[0].items[0].customerText.da",
                        "longer than 500",
                        c -> ((ObjectNode) item(c, 0, 0).get("customerText")).put("da", "x".repeat(501))),
                new Case(
                        "dimensions[0].weight",
                        "more than 0 and at most 100",
                        c -> dimension(c, 0).put("weight", 0)),
                new Case(
                        "dimensions[0].items[0].weight",
                        "more than 0 and at most 100",
                        c -> item(c, 0, 0).put("weight", 100.5)),
                new Case(
                        "dimensions[0].items[0].weight",
                        "two decimals",
                        c -> item(c, 0, 0).put("weight", 1.255)),
                new Case("lowUpTo", "above 1", c -> c.put("lowUpTo", 1)),
                new Case("mediumUpTo", "below 5", c -> c.put("mediumUpTo", 5)),
                new Case(
                        "mediumUpTo",
                        "above the low level",
                        c -> c.put("lowUpTo", 3.5).put("mediumUpTo", 3.5)),
                new Case("lowUpTo", "Set the upper limit", c -> c.remove("lowUpTo")),
                new Case(
                        "dimensions[0].items[0].derivedFromId",
                        "version 1",
                        c -> item(c, 0, 0)
                                .put("derivedFromId", otherModelItem.get("id").asString())),
                new Case(
                        "dimensions[0].items[1].derivedFromId",
                        "carried over once",
                        c -> item(c, 0, 1).set("derivedFromId", item(c, 0, 0).get("derivedFromId"))),
                new Case("dimensions", "at most 20 dimensions", c -> {
                    ArrayNode dimensions = (ArrayNode) c.get("dimensions");
                    for (int d = 0; d < 17; d++) {
                        dimensions
                                .addObject()
                                .put("key", "extra-" + d)
                                .put("weight", 1)
                                .putArray("items");
                        ((ObjectNode) dimensions.get(dimensions.size() - 1))
                                .set(
                                        "name",
                                        JsonNodeFactory.instance.objectNode().put("en", "Extra " + d));
                    }
                }),
                new Case("dimensions", "at most 200 statements", c -> {
                    ArrayNode items = (ArrayNode) dimension(c, 0).get("items");
                    for (int i = 0; i < 200; i++) {
                        items.addObject()
                                .put("key", "more-" + i)
                                .put("weight", 1)
                                .put("reverseScored", false)
                                .set(
                                        "employeeText",
                                        JsonNodeFactory.instance.objectNode().put("en", "More " + i));
                    }
                }));

        String before = admin.get(v2Path).text();
        for (Case invalid : cases) {
            ObjectNode content = contentOf(v2);
            invalid.change().accept(content);
            var response = admin.put(v2Path, content);
            assertThat(response.status()).as(invalid.field()).isEqualTo(400);
            JsonNode problem = response.json();
            assertThat(problem.get("detail").asString()).as(invalid.field()).startsWith("The version was not saved");
            assertThat(problem.get("errors").findValuesAsString("field"))
                    .as(invalid.detail())
                    .contains(invalid.field());
            assertThat(problem.get("errors").findValuesAsString("message"))
                    .as(invalid.field())
                    .anyMatch(message -> message.contains(invalid.detail()));
        }
        assertThat(admin.get(v2Path).text()).isEqualTo(before);
        assertThat(admin.get("/api/v1/audit-events?action=model.version.changed")
                        .json()
                        .size())
                .isZero();

        // A first version was derived from nothing, so it cannot carry anything over.
        JsonNode fresh = ModelApiTest.createFromTemplate(admin, "Fresh", "dk-four-themes");
        String freshPath = versionPath(
                fresh.get("id").asString(),
                fresh.get("versions").get(0).get("id").asString());
        ObjectNode freshContent = contentOf(admin.get(freshPath).json());
        item(freshContent, 0, 0)
                .put("derivedFromId", items(v1).getFirst().get("id").asString());
        var notDerived = admin.put(freshPath, freshContent);
        assertThat(notDerived.status()).isEqualTo(400);
        assertThat(notDerived.json().get("detail").asString()).contains("not derived from another");
    }

    @Test
    void aModelIsRenamedDescribedArchivedAndRestored() {
        JsonNode model = ModelApiTest.createFromTemplate(admin, "Working title", "cx-six-competencies");
        String modelPath = MODELS + "/" + model.get("id").asString();
        ModelApiTest.createFromTemplate(admin, "Taken", "dk-four-themes");

        var renamed = admin.put(modelPath, Map.of("name", "  CX maturity  ", "description", "Our yearly check"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("CX maturity");
        assertThat(renamed.json().get("description").asString()).isEqualTo("Our yearly check");
        assertThat(admin.put(modelPath, Map.of("name", "taken")).status()).isEqualTo(409);
        assertThat(admin.put(modelPath, Map.of("name", " ")).status()).isEqualTo(400);

        JsonNode archived = admin.post(modelPath + "/archive", null).json();
        assertThat(archived.get("archivedAt").isNull()).isFalse();
        assertThat(admin.get(MODELS).json().findValuesAsString("name")).containsExactly("Taken");
        assertThat(admin.get(MODELS + "?includeArchived=true").json().findValuesAsString("name"))
                .containsExactly("CX maturity", "Taken");
        String draftPath = versionPath(
                model.get("id").asString(),
                model.get("versions").get(0).get("id").asString());
        var editArchived = admin.put(draftPath, contentOf(admin.get(draftPath).json()));
        assertThat(editArchived.status()).isEqualTo(409);
        assertThat(editArchived.json().get("detail").asString()).contains("archived");
        assertThat(admin.put(modelPath, Map.of("name", "Renamed while archived"))
                        .status())
                .isEqualTo(409);

        // Someone reuses the name meanwhile: restoring would clash.
        ModelApiTest.createFromTemplate(admin, "CX maturity", "dk-four-themes");
        var clash = admin.post(modelPath + "/restore", null);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("detail").asString()).contains("Rename one of them");
        JsonNode duplicate = admin.get(MODELS)
                .json()
                .valueStream()
                .filter(m -> m.get("name").asString().equals("CX maturity"))
                .findFirst()
                .orElseThrow();
        admin.post(MODELS + "/" + duplicate.get("id").asString() + "/archive", null);
        JsonNode restored = admin.post(modelPath + "/restore", null).json();
        assertThat(restored.has("archivedAt")).isFalse();
        assertThat(admin.get("/api/v1/audit-events?action=model.").json().findValuesAsString("action"))
                .contains("model.updated", "model.archived", "model.restored");
    }

    @Test
    void anotherTenantCanNeitherChangeNorDeriveNorCarryOverThisTenantsModels() {
        TestTenant other = newTenant("versions-other");
        ApiClient adminOfB = signedIn(other.admin());
        JsonNode publishedOfB = ModelApiTest.publishedTemplateCopy(adminOfB, "B's model", "dk-four-themes");
        String modelOfB = publishedOfB.get("modelId").asString();
        String publishedPathOfB = versionPath(modelOfB, publishedOfB.get("id").asString());
        JsonNode draftOfB = adminOfB.post(
                        MODELS + "/" + modelOfB + "/versions", Map.of("fromVersionId", publishedOfB.get("id")))
                .json();
        String draftPathOfB = versionPath(modelOfB, draftOfB.get("id").asString());
        String draftOfBBefore = adminOfB.get(draftPathOfB).text();

        assertThat(admin.put(MODELS + "/" + modelOfB, Map.of("name", "Taken over"))
                        .status())
                .isEqualTo(404);
        assertThat(admin.post(MODELS + "/" + modelOfB + "/archive", null).status())
                .isEqualTo(404);
        assertThat(admin.post(MODELS + "/" + modelOfB + "/restore", null).status())
                .isEqualTo(404);
        assertThat(admin.put(draftPathOfB, contentOf(draftOfB)).status()).isEqualTo(404);
        assertThat(admin.delete(draftPathOfB).status()).isEqualTo(404);
        assertThat(admin.post(MODELS + "/" + modelOfB + "/versions", Map.of("fromVersionId", publishedOfB.get("id")))
                        .status())
                .isEqualTo(404);

        // Nor can A derive its own version from B's, or carry over one of B's statements.
        JsonNode mine = ModelApiTest.publishedTemplateCopy(admin, "A's model", "dk-four-themes");
        String myModel = mine.get("modelId").asString();
        assertThat(admin.post(MODELS + "/" + myModel + "/versions", Map.of("fromVersionId", publishedOfB.get("id")))
                        .status())
                .isEqualTo(404);
        JsonNode myDraft = admin.post(MODELS + "/" + myModel + "/versions", Map.of("fromVersionId", mine.get("id")))
                .json();
        ObjectNode stealing = contentOf(myDraft);
        item(stealing, 0, 0)
                .put("derivedFromId", items(publishedOfB).getFirst().get("id").asString());
        var stolen = admin.put(versionPath(myModel, myDraft.get("id").asString()), stealing);
        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.text()).doesNotContain(publishedOfB.get("modelId").asString());
        UUID itemOfB = uuid(items(publishedOfB).getFirst());
        assertThatThrownBy(() -> TenantContext.callAs(tenant.id(), () -> catalog.lineageOf(itemOfB)))
                .isInstanceOf(NotFoundException.class);
        assertThat(TenantContext.callAs(tenant.id(), () -> catalog.lineages(UUID.fromString(modelOfB))))
                .isEmpty();

        JsonNode modelOfBNow = adminOfB.get(MODELS + "/" + modelOfB).json();
        assertThat(modelOfBNow.get("name").asString()).isEqualTo("B's model");
        assertThat(modelOfBNow.has("archivedAt")).isFalse();
        assertThat(modelOfBNow.get("versions").size()).isEqualTo(2);
        assertThat(adminOfB.get(draftPathOfB).text()).isEqualTo(draftOfBBefore);
        assertThat(adminOfB.get(publishedPathOfB).json().get("status").asString())
                .isEqualTo("PUBLISHED");
        assertThat(adminOfB.get("/api/v1/audit-events?action=model.").json().findValuesAsString("action"))
                .doesNotContain("model.updated", "model.archived", "model.version.changed");
    }

    /** The editable content of a version, in the shape {@code PUT .../versions/{id}} takes. */
    static ObjectNode contentOf(JsonNode version) {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.set("lowUpTo", version.get("lowUpTo"));
        content.set("mediumUpTo", version.get("mediumUpTo"));
        ArrayNode dimensions = content.putArray("dimensions");
        for (JsonNode d : version.get("dimensions")) {
            ObjectNode dimension = dimensions.addObject();
            for (String field : List.of("key", "name", "weight")) {
                dimension.set(field, d.get(field).deepCopy());
            }
            ArrayNode items = dimension.putArray("items");
            for (JsonNode i : d.get("items")) {
                ObjectNode item = items.addObject();
                for (String field : List.of(
                        "key",
                        "employeeText",
                        "customerText",
                        "reverseScored",
                        "weight",
                        "benchmarkKey",
                        "derivedFromId")) {
                    if (i.has(field)) {
                        item.set(field, i.get(field).deepCopy());
                    }
                }
            }
        }
        return content;
    }

    private static ObjectNode dimension(ObjectNode content, int d) {
        return (ObjectNode) content.get("dimensions").get(d);
    }

    private static ObjectNode item(ObjectNode content, int d, int i) {
        return (ObjectNode) dimension(content, d).get("items").get(i);
    }

    private static List<JsonNode> items(JsonNode version) {
        List<JsonNode> items = new ArrayList<>();
        version.get("dimensions").forEach(d -> d.get("items").forEach(items::add));
        return items;
    }

    private static UUID uuid(JsonNode item) {
        return UUID.fromString(item.get("id").asString());
    }

    private static String versionPath(String modelId, String versionId) {
        return MODELS + "/" + modelId + "/versions/" + versionId;
    }
}
