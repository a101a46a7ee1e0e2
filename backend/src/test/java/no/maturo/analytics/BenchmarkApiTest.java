package no.maturo.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.maturo.model.MaturityLevel;
import no.maturo.model.ModelApiTest;
import no.maturo.testsupport.ApiClient;
import no.maturo.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BenchmarkApiTest extends IntegrationTest {

    private static final String PLATFORM = "/api/v1/platform/benchmarks";

    @Autowired
    private BenchmarkCatalog catalog;

    private ApiClient operator;

    @BeforeEach
    void operator() {
        String email = "operator-" + UUID.randomUUID() + "@maturo.test";
        accounts.createPlatformAdmin(email, "Operator", PASSWORD);
        operator = client().signedIn(email, PASSWORD);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String uniqueKey() {
        return "set-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ApiClient.Response create(ApiClient client, String key, String csv) {
        return client.postBytes(
                PLATFORM + "?key=" + key + "&name=Test%20set&source=Test%20study%202025&year=2025",
                "text/csv",
                utf8(csv));
    }

    private static JsonNode nordic(JsonNode sets) {
        for (JsonNode set : sets) {
            if (set.get("key").asString().equals(BenchmarkCatalog.NORDIC_2024)) {
                return set;
            }
        }
        throw new AssertionError("No built-in Nordic 2024 set in " + sets);
    }

    private static Map<String, String> shares(JsonNode set) {
        Map<String, String> shares = new LinkedHashMap<>();
        for (JsonNode figure : set.get("figures")) {
            String key = figure.get("kind").asString().equals("LEVEL")
                    ? "level:" + figure.get("level").asString()
                    : figure.get("benchmarkKey").asString();
            shares.put(
                    key, figure.get("share").decimalValue().stripTrailingZeros().toPlainString());
        }
        return shares;
    }

    @Test
    void theBuiltInNordicSetHoldsTheStudyFiguresAndIsReadOnly() {
        JsonNode set = nordic(operator.get(PLATFORM).json());
        assertThat(set.get("builtIn").asBoolean()).isTrue();
        assertThat(set.get("year").asInt()).isEqualTo(2024);
        assertThat(set.get("source").asString())
                .isEqualTo("Status for Kundeorientering i Norge 2024 (Customer C with Forsta; 118 complete answers,"
                        + " 12 Jan - 5 Feb 2024)");
        assertThat(shares(set))
                .containsExactly(
                        Map.entry("long-term-investment", "46"),
                        Map.entry("documenting-effects", "36"),
                        Map.entry("coherent-experience", "44"),
                        Map.entry("data-and-insight", "61"),
                        Map.entry("leadership-motivates", "47"),
                        Map.entry("leadership-ownership", "35"),
                        Map.entry("level:HIGH", "14"),
                        Map.entry("level:MEDIUM", "37"),
                        Map.entry("level:LOW", "49"));
        List<String> segments = new ArrayList<>();
        set.get("figures").forEach(f -> segments.add(f.path("segment").asString("")));
        assertThat(segments).containsExactly("", "", "", "", "", "organisations with 500+ employees", "", "", "");

        String id = set.get("id").asString();
        assertThat(operator.get(PLATFORM + "/" + id).json().get("key").asString())
                .isEqualTo(BenchmarkCatalog.NORDIC_2024);
        var refused = operator.delete(PLATFORM + "/" + id);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("built in");
        assertThat(operator.get(PLATFORM + "/" + id).status()).isEqualTo(200);

        // The public Java API the dashboards use.
        assertThat(catalog.levelDistribution(BenchmarkCatalog.NORDIC_2024))
                .containsOnlyKeys(MaturityLevel.LOW, MaturityLevel.MEDIUM, MaturityLevel.HIGH)
                .hasEntrySatisfying(MaturityLevel.HIGH, s -> assertThat(s).isEqualByComparingTo("14"))
                .hasEntrySatisfying(MaturityLevel.MEDIUM, s -> assertThat(s).isEqualByComparingTo("37"))
                .hasEntrySatisfying(MaturityLevel.LOW, s -> assertThat(s).isEqualByComparingTo("49"));
        assertThat(catalog.figuresFor("leadership-ownership")).anySatisfy(f -> {
            assertThat(f.setKey()).isEqualTo(BenchmarkCatalog.NORDIC_2024);
            assertThat(f.share()).isEqualByComparingTo("35");
            assertThat(f.segment()).isEqualTo("organisations with 500+ employees");
        });
        assertThat(catalog.levelDistribution("no-such-set")).isEmpty();
    }

    @Test
    void theBuiltInSetCannotBeChangedInTheDatabaseEither() {
        UUID id = catalog.set(BenchmarkCatalog.NORDIC_2024).orElseThrow().id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        transactions.executeWithoutResult(status -> dsl.update(no.maturo.jooq.Tables.BENCHMARK_FIGURE)
                                .set(no.maturo.jooq.Tables.BENCHMARK_FIGURE.SHARE, BigDecimal.TEN)
                                .where(no.maturo.jooq.Tables.BENCHMARK_FIGURE.SET_ID.eq(id))
                                .execute()))
                .hasMessageContaining("read-only");
        assertThat(catalog.figuresFor("data-and-insight"))
                .anySatisfy(f -> assertThat(f.share()).isEqualByComparingTo("61"));
    }

    @Autowired
    private org.jooq.DSLContext dsl;

    @Test
    void previewShowsEveryRowErrorAndCreateIsAllOrNothing() {
        // BOM, semicolons, a decimal comma, a percent sign, a quoted segment with the delimiter.
        String bad = "\uFEFFkind;key;share;segment\n"
                + "statement;data-and-insight;55,5;\"Retail; 50+ employees\"\n"
                + "statement;happy-customers;40;\n"
                + "statement;long-term-investment;101;\n"
                + "statement;data-and-insight;30;\n"
                + "statement;documenting-effects;lots;\n"
                + "level;HIGH;20%;\n"
                + "level;medium;30;\n"
                + "level;LOW;30;\n"
                + "survey;x;10;\n"
                + "statement;coherent-experience\n";
        var checked = operator.postBytes(PLATFORM + "/preview", "text/csv", utf8(bad));
        assertThat(checked.status()).isEqualTo(200);
        JsonNode rows = checked.json().get("rows");
        assertThat(rows.size()).isEqualTo(10);
        assertThat(rows.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("share").decimalValue()).isEqualByComparingTo("55.5");
        assertThat(rows.get(0).get("segment").asString()).isEqualTo("Retail; 50+ employees");
        assertThat(rows.get(0).get("errors").size()).isZero();
        assertThat(codes(rows.get(1))).containsExactly("benchmark_key_unknown");
        assertThat(codes(rows.get(2))).containsExactly("share_out_of_range");
        assertThat(codes(rows.get(3))).containsExactly("key_duplicate");
        assertThat(codes(rows.get(4))).containsExactly("share_invalid");
        // 20 + 30 + 30 = 80: every level row says so.
        assertThat(codes(rows.get(5))).containsExactly("level_total");
        assertThat(rows.get(6).get("key").asString()).isEqualTo("MEDIUM");
        assertThat(codes(rows.get(6))).containsExactly("level_total");
        assertThat(codes(rows.get(7))).containsExactly("level_total");
        assertThat(codes(rows.get(8))).containsExactly("kind_unknown");
        assertThat(codes(rows.get(9))).containsExactly("columns_missing", "share_missing");
        assertThat(checked.json().get("errorCount").asInt()).isEqualTo(10);

        String key = uniqueKey();
        int before = operator.get(PLATFORM).json().size();
        var refused = create(operator, key, bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.json().get("rows").findValuesAsString("line"))
                .containsExactly("3", "4", "5", "6", "7", "8", "9", "10", "11");
        assertThat(operator.get(PLATFORM).json().size()).isEqualTo(before);
        assertThat(catalog.set(key)).isEmpty();

        String fixed = "kind,key,share,segment\r\n"
                + "statement,data-and-insight,55.5,\"Retail, 50+ employees\"\r\n"
                + "statement,long-term-investment,40,\r\n"
                + "level,HIGH,20.4,\r\n"
                + "level,MEDIUM,30,\r\n"
                + "level,LOW,50,\r\n";
        var created = create(operator, key, fixed);
        assertThat(created.status()).isEqualTo(201);
        JsonNode set = created.json();
        assertThat(set.get("builtIn").asBoolean()).isFalse();
        assertThat(set.get("name").asString()).isEqualTo("Test set");
        assertThat(shares(set))
                .containsExactly(
                        Map.entry("data-and-insight", "55.5"),
                        Map.entry("long-term-investment", "40"),
                        Map.entry("level:HIGH", "20.4"),
                        Map.entry("level:MEDIUM", "30"),
                        Map.entry("level:LOW", "50"));
        assertThat(set.get("figures").get(0).get("segment").asString()).isEqualTo("Retail, 50+ employees");
        assertThat(catalog.figuresFor("data-and-insight"))
                .anySatisfy(f -> assertThat(f.setKey()).isEqualTo(key));
        assertThat(create(operator, key, fixed).status()).isEqualTo(409);

        JsonNode log = operator.get("/api/v1/platform/audit-events?action=benchmark_set.created")
                .json();
        assertThat(log.toString()).contains(set.get("id").asString());

        String id = set.get("id").asString();
        assertThat(operator.delete(PLATFORM + "/" + id).status()).isEqualTo(204);
        assertThat(operator.get(PLATFORM + "/" + id).status()).isEqualTo(404);
        assertThat(operator.delete(PLATFORM + "/" + id).status()).isEqualTo(404);
        assertThat(catalog.set(key)).isEmpty();
        assertThat(operator.get("/api/v1/platform/audit-events?action=benchmark_set.deleted")
                        .json()
                        .toString())
                .contains(id);
    }

    @Test
    void unreadableFilesAndInvalidDetailsAreRefused() {
        var noKeyColumn = operator.postBytes(PLATFORM + "/preview", "text/csv", utf8("kind,share\nlevel,10\n"));
        assertThat(noKeyColumn.status()).isEqualTo(400);
        assertThat(noKeyColumn.json().get("detail").asString()).contains("missing: key");
        assertThat(operator.postBytes(PLATFORM + "/preview", "text/csv", utf8("kind,key,share\n"))
                        .status())
                .isEqualTo(400);
        assertThat(operator.postBytes(PLATFORM + "/preview", "text/csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41})
                        .status())
                .isEqualTo(400);
        byte[] huge = new byte[BenchmarkImport.MAX_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThat(operator.postBytes(PLATFORM + "/preview", "text/csv", huge).status())
                .isEqualTo(413);
        StringBuilder many = new StringBuilder("kind,key,share\n");
        for (int i = 0; i <= BenchmarkImport.MAX_ROWS; i++) {
            many.append("statement,data-and-insight,1\n");
        }
        assertThat(operator.postBytes(PLATFORM + "/preview", "text/csv", utf8(many.toString()))
                        .status())
                .isEqualTo(413);

        String valid = "kind,key,share\nstatement,data-and-insight,50\n";
        var badKey =
                operator.postBytes(PLATFORM + "?key=Not%20A%20Key&name=X&source=Y&year=2025", "text/csv", utf8(valid));
        assertThat(badKey.status()).isEqualTo(400);
        var badYear = operator.postBytes(
                PLATFORM + "?key=" + uniqueKey() + "&name=X&source=Y&year=99", "text/csv", utf8(valid));
        assertThat(badYear.status()).isEqualTo(400);
        var noSource = operator.postBytes(
                PLATFORM + "?key=" + uniqueKey() + "&name=X&source=%20&year=2025", "text/csv", utf8(valid));
        assertThat(noSource.status()).isEqualTo(400);
    }

    @Test
    void onlyPlatformAdminsManageBenchmarkSets() {
        TestTenant tenant = newTenant("bench-access");
        String builtInId =
                catalog.set(BenchmarkCatalog.NORDIC_2024).orElseThrow().id().toString();
        String csv = "kind,key,share\nstatement,data-and-insight,50\n";
        for (String email : List.of(tenant.admin(), tenant.leader(), tenant.manager(), tenant.employee())) {
            ApiClient person = signedIn(email);
            String key = uniqueKey();
            assertThat(person.get(PLATFORM).status()).isEqualTo(403);
            assertThat(person.get(PLATFORM + "/" + builtInId).status()).isEqualTo(403);
            assertThat(person.postBytes(PLATFORM + "/preview", "text/csv", utf8(csv))
                            .status())
                    .isEqualTo(403);
            assertThat(create(person, key, csv).status()).isEqualTo(403);
            assertThat(person.delete(PLATFORM + "/" + builtInId).status()).isEqualTo(403);
            assertThat(catalog.set(key)).isEmpty();
        }
        assertThat(client().get(PLATFORM).status()).isEqualTo(401);
    }

    @Test
    void leadersAdminsAndManagersReadBenchmarksButEmployeesAndOperatorsDoNot() {
        TestTenant tenant = newTenant("bench-read");
        for (String email : List.of(tenant.admin(), tenant.leader(), tenant.manager())) {
            var read = signedIn(email).get("/api/v1/benchmarks");
            assertThat(read.status()).isEqualTo(200);
            JsonNode set = nordic(read.json());
            assertThat(shares(set)).containsEntry("data-and-insight", "61");
            // No published model yet: the figures map to no statements.
            set.get("figures")
                    .forEach(f -> assertThat(f.get("statements").size()).isZero());
        }
        assertThat(signedIn(tenant.employee()).get("/api/v1/benchmarks").status())
                .isEqualTo(403);
        assertThat(operator.get("/api/v1/benchmarks").status()).isEqualTo(403);
        assertThat(client().get("/api/v1/benchmarks").status()).isEqualTo(401);
    }

    @Test
    void figuresMapToTheTenantsOwnPublishedStatementsOnly() {
        TestTenant a = newTenant("bench-a");
        TestTenant b = newTenant("bench-b");
        ApiClient adminOfA = signedIn(a.admin());
        ApiClient adminOfB = signedIn(b.admin());
        JsonNode versionOfA = ModelApiTest.publishedTemplateCopy(adminOfA, "Six competencies", "cx-six-competencies");
        JsonNode versionOfB = ModelApiTest.publishedTemplateCopy(adminOfB, "Four themes", "dk-four-themes");
        Map<String, List<String>> expectedOfA = benchmarkedItems(versionOfA);
        Set<String> idsOfB = allItemIds(versionOfB);
        assertThat(expectedOfA)
                .containsOnlyKeys(
                        "data-and-insight", "leadership-ownership", "long-term-investment", "documenting-effects");

        JsonNode set =
                nordic(signedIn(a.leader()).get("/api/v1/benchmarks?locale=nb").json());
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (JsonNode figure : set.get("figures")) {
            for (JsonNode statement : figure.get("statements")) {
                assertThat(idsOfB).doesNotContain(statement.get("itemId").asString());
                assertThat(statement.get("modelName").asString()).isEqualTo("Six competencies");
                assertThat(statement.get("text").asString()).isNotBlank();
                seen.computeIfAbsent(figure.get("benchmarkKey").asString(), k -> new ArrayList<>())
                        .add(statement.get("itemId").asString());
            }
        }
        assertThat(seen).isEqualTo(expectedOfA);
        // The text is in the requested language.
        JsonNode dataItem = item(versionOfA, expectedOfA.get("data-and-insight").getFirst());
        assertThat(figure(set, "data-and-insight")
                        .get("statements")
                        .get(0)
                        .get("text")
                        .asString())
                .isEqualTo(dataItem.get("employeeText").get("nb").asString());

        // B sees its own statements under other keys, and none of A's.
        JsonNode setOfB = nordic(signedIn(b.manager()).get("/api/v1/benchmarks").json());
        assertThat(figure(setOfB, "coherent-experience").get("statements").size())
                .isPositive();
        assertThat(figure(setOfB, "data-and-insight").get("statements").size()).isZero();
        assertThat(setOfB.toString())
                .doesNotContain(expectedOfA.get("data-and-insight").getFirst());
    }

    @Test
    void onlyTheNewestPublishedVersionOfActiveModelsIsMapped() {
        TestTenant tenant = newTenant("bench-versions");
        ApiClient admin = signedIn(tenant.admin());
        JsonNode v1 = ModelApiTest.publishedTemplateCopy(admin, "Six", "cx-six-competencies");
        String modelId = v1.get("modelId").asString();
        var derived =
                admin.post("/api/v1/tenant/models/" + modelId + "/versions", Map.of("fromVersionId", v1.get("id")));
        assertThat(derived.status()).isEqualTo(201);
        String v2Path = "/api/v1/tenant/models/" + modelId + "/versions/"
                + derived.json().get("id").asString();
        // A draft is not mapped: still version 1.
        assertThat(mappedIds(admin)).isEqualTo(allValues(benchmarkedItems(v1)));
        JsonNode v2 = admin.post(v2Path + "/publish", null).json();
        assertThat(mappedIds(admin)).isEqualTo(allValues(benchmarkedItems(v2)));
        assertThat(admin.post("/api/v1/tenant/models/" + modelId + "/archive", null)
                        .status())
                .isEqualTo(200);
        assertThat(mappedIds(admin)).isEmpty();
    }

    @Test
    void theKnownBenchmarkKeysAreExactlyThoseOfTheShippedTemplates() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Set<String> keys = new HashSet<>();
        for (var resource :
                new PathMatchingResourcePatternResolver().getResources("classpath:model-templates/*.json")) {
            try (InputStream in = resource.getInputStream()) {
                json.readTree(in).findValues("benchmark").stream()
                        .filter(JsonNode::isString)
                        .forEach(v -> keys.add(v.asString()));
            }
        }
        assertThat(keys).isEqualTo(BenchmarkCatalog.STATEMENT_KEYS);
    }

    private static Set<String> mappedIds(ApiClient client) {
        Set<String> ids = new HashSet<>();
        for (JsonNode figure : nordic(client.get("/api/v1/benchmarks").json()).get("figures")) {
            figure.get("statements").forEach(s -> ids.add(s.get("itemId").asString()));
        }
        return ids;
    }

    private static Set<String> allValues(Map<String, List<String>> byKey) {
        Set<String> all = new HashSet<>();
        byKey.values().forEach(all::addAll);
        return all;
    }

    private static List<String> codes(JsonNode row) {
        return row.get("errors").findValuesAsString("code");
    }

    private static JsonNode figure(JsonNode set, String benchmarkKey) {
        for (JsonNode figure : set.get("figures")) {
            if (benchmarkKey.equals(figure.path("benchmarkKey").asString(""))) {
                return figure;
            }
        }
        throw new AssertionError("No figure " + benchmarkKey);
    }

    private static Map<String, List<String>> benchmarkedItems(JsonNode version) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (JsonNode dimension : version.get("dimensions")) {
            for (JsonNode item : dimension.get("items")) {
                String key = item.path("benchmarkKey").asString("");
                if (!key.isEmpty()) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(item.get("id").asString());
                }
            }
        }
        return byKey;
    }

    private static Set<String> allItemIds(JsonNode version) {
        Set<String> ids = new HashSet<>();
        version.get("dimensions")
                .forEach(d -> d.get("items").forEach(i -> ids.add(i.get("id").asString())));
        return ids;
    }

    private static JsonNode item(JsonNode version, String itemId) {
        for (JsonNode dimension : version.get("dimensions")) {
            for (JsonNode item : dimension.get("items")) {
                if (item.get("id").asString().equals(itemId)) {
                    return item;
                }
            }
        }
        throw new AssertionError("No item " + itemId);
    }
}
