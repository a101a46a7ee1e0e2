package no.maturo.model;

import static no.maturo.jooq.Tables.MATURITY_MODEL;
import static no.maturo.jooq.Tables.MODEL_DIMENSION;
import static no.maturo.jooq.Tables.MODEL_ITEM;
import static no.maturo.jooq.Tables.MODEL_VERSION;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.maturo.jooq.tables.records.MaturityModelRecord;
import no.maturo.jooq.tables.records.ModelVersionRecord;
import no.maturo.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes models, versions, dimensions and statements; row-level security scopes every query. */
@Repository
class ModelRepository {

    record ModelRow(UUID id, String name, String description, String templateKey, OffsetDateTime archivedAt) {}

    record VersionSummary(
            UUID id, int number, ModelVersion.Status status, UUID derivedFromId, OffsetDateTime publishedAt) {}

    record NewItem(
            String key,
            UUID lineageId,
            UUID derivedFromId,
            Map<String, String> employeeText,
            Map<String, String> customerText,
            boolean reverseScored,
            BigDecimal weight,
            String benchmarkKey) {}

    record NewDimension(String key, Map<String, String> name, BigDecimal weight, List<NewItem> items) {}

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};

    private final DSLContext dsl;
    private final JsonMapper json;

    ModelRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.json = JsonMapper.builder().build();
    }

    UUID insertModel(String name, String description, String templateKey) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(MATURITY_MODEL)
                .set(MATURITY_MODEL.TENANT_ID, TenantContext.require())
                .set(MATURITY_MODEL.ID, id)
                .set(MATURITY_MODEL.NAME, name)
                .set(MATURITY_MODEL.DESCRIPTION, description)
                .set(MATURITY_MODEL.TEMPLATE_KEY, templateKey)
                .execute();
        return id;
    }

    boolean activeModelNamed(String name, UUID exceptId) {
        return dsl.fetchExists(
                MATURITY_MODEL,
                MATURITY_MODEL
                        .NAME
                        .equalIgnoreCase(name)
                        .and(MATURITY_MODEL.ARCHIVED_AT.isNull())
                        .and(exceptId == null ? MATURITY_MODEL.ID.isNotNull() : MATURITY_MODEL.ID.ne(exceptId)));
    }

    List<ModelRow> models(boolean includeArchived) {
        return dsl.selectFrom(MATURITY_MODEL)
                .where(includeArchived ? MATURITY_MODEL.ID.isNotNull() : MATURITY_MODEL.ARCHIVED_AT.isNull())
                .orderBy(MATURITY_MODEL.NAME)
                .fetch(ModelRepository::toModel);
    }

    Optional<ModelRow> model(UUID id) {
        return dsl.selectFrom(MATURITY_MODEL).where(MATURITY_MODEL.ID.eq(id)).fetchOptional(ModelRepository::toModel);
    }

    void updateModel(UUID id, String name, String description) {
        dsl.update(MATURITY_MODEL)
                .set(MATURITY_MODEL.NAME, name)
                .set(MATURITY_MODEL.DESCRIPTION, description)
                .where(MATURITY_MODEL.ID.eq(id))
                .execute();
    }

    /** Archives (a time) or restores (null) a model. */
    void setArchivedAt(UUID id, OffsetDateTime archivedAt) {
        dsl.update(MATURITY_MODEL)
                .set(MATURITY_MODEL.ARCHIVED_AT, archivedAt)
                .where(MATURITY_MODEL.ID.eq(id))
                .execute();
    }

    /** Locks the model row so that concurrent version changes of one model run one after the other. */
    Optional<ModelRow> lockModel(UUID id) {
        return dsl.selectFrom(MATURITY_MODEL)
                .where(MATURITY_MODEL.ID.eq(id))
                .forUpdate()
                .fetchOptional(ModelRepository::toModel);
    }

    List<VersionSummary> versions(UUID modelId) {
        return dsl.selectFrom(MODEL_VERSION)
                .where(MODEL_VERSION.MODEL_ID.eq(modelId))
                .orderBy(MODEL_VERSION.VERSION_NUMBER)
                .fetch(v -> new VersionSummary(
                        v.getId(),
                        v.getVersionNumber(),
                        ModelVersion.Status.valueOf(v.getStatus()),
                        v.getDerivedFromId(),
                        v.getPublishedAt()));
    }

    UUID insertVersion(UUID modelId, UUID derivedFromId, BigDecimal lowUpTo, BigDecimal mediumUpTo) {
        UUID id = UUID.randomUUID();
        Integer latest = dsl.select(org.jooq.impl.DSL.max(MODEL_VERSION.VERSION_NUMBER))
                .from(MODEL_VERSION)
                .where(MODEL_VERSION.MODEL_ID.eq(modelId))
                .fetchOne(0, Integer.class);
        dsl.insertInto(MODEL_VERSION)
                .set(MODEL_VERSION.TENANT_ID, TenantContext.require())
                .set(MODEL_VERSION.ID, id)
                .set(MODEL_VERSION.MODEL_ID, modelId)
                .set(MODEL_VERSION.VERSION_NUMBER, latest == null ? 1 : latest + 1)
                .set(MODEL_VERSION.DERIVED_FROM_ID, derivedFromId)
                .set(MODEL_VERSION.LOW_UP_TO, lowUpTo)
                .set(MODEL_VERSION.MEDIUM_UP_TO, mediumUpTo)
                .execute();
        return id;
    }

    /** Replaces a draft version's dimensions and statements with these, in this order. */
    void replaceContent(UUID versionId, List<NewDimension> dimensions) {
        UUID tenantId = TenantContext.require();
        dsl.deleteFrom(MODEL_ITEM).where(MODEL_ITEM.VERSION_ID.eq(versionId)).execute();
        dsl.deleteFrom(MODEL_DIMENSION)
                .where(MODEL_DIMENSION.VERSION_ID.eq(versionId))
                .execute();
        var dimensionInserts = dsl.insertInto(
                MODEL_DIMENSION,
                MODEL_DIMENSION.TENANT_ID,
                MODEL_DIMENSION.ID,
                MODEL_DIMENSION.VERSION_ID,
                MODEL_DIMENSION.POSITION,
                MODEL_DIMENSION.DIMENSION_KEY,
                MODEL_DIMENSION.NAME,
                MODEL_DIMENSION.WEIGHT);
        var itemInserts = dsl.insertInto(
                MODEL_ITEM,
                MODEL_ITEM.TENANT_ID,
                MODEL_ITEM.ID,
                MODEL_ITEM.VERSION_ID,
                MODEL_ITEM.DIMENSION_ID,
                MODEL_ITEM.POSITION,
                MODEL_ITEM.ITEM_KEY,
                MODEL_ITEM.LINEAGE_ID,
                MODEL_ITEM.DERIVED_FROM_ID,
                MODEL_ITEM.EMPLOYEE_TEXT,
                MODEL_ITEM.CUSTOMER_TEXT,
                MODEL_ITEM.REVERSE_SCORED,
                MODEL_ITEM.WEIGHT,
                MODEL_ITEM.BENCHMARK_KEY);
        int itemPosition = 0;
        for (int d = 0; d < dimensions.size(); d++) {
            NewDimension dimension = dimensions.get(d);
            UUID dimensionId = UUID.randomUUID();
            dimensionInserts = dimensionInserts.values(
                    tenantId, dimensionId, versionId, d, dimension.key(), jsonb(dimension.name()), dimension.weight());
            for (NewItem item : dimension.items()) {
                itemInserts = itemInserts.values(
                        tenantId,
                        UUID.randomUUID(),
                        versionId,
                        dimensionId,
                        itemPosition++,
                        item.key(),
                        item.lineageId(),
                        item.derivedFromId(),
                        jsonb(item.employeeText()),
                        item.customerText().isEmpty() ? null : jsonb(item.customerText()),
                        item.reverseScored(),
                        item.weight(),
                        item.benchmarkKey());
            }
        }
        if (!dimensions.isEmpty()) {
            dimensionInserts.execute();
        }
        if (itemPosition > 0) {
            itemInserts.execute();
        }
    }

    /** Deletes a version with its dimensions and statements. */
    void deleteVersion(UUID versionId) {
        dsl.deleteFrom(MODEL_VERSION).where(MODEL_VERSION.ID.eq(versionId)).execute();
    }

    record LineageRow(UUID lineageId, UUID itemId, UUID versionId, int versionNumber) {}

    /** The statements of a model's published versions with their lineage, oldest version first. */
    List<LineageRow> publishedLineages(UUID modelId) {
        return dsl.select(MODEL_ITEM.LINEAGE_ID, MODEL_ITEM.ID, MODEL_VERSION.ID, MODEL_VERSION.VERSION_NUMBER)
                .from(MODEL_ITEM)
                .join(MODEL_VERSION)
                .on(MODEL_VERSION.TENANT_ID.eq(MODEL_ITEM.TENANT_ID), MODEL_VERSION.ID.eq(MODEL_ITEM.VERSION_ID))
                .where(
                        MODEL_VERSION.MODEL_ID.eq(modelId),
                        MODEL_VERSION.STATUS.eq(ModelVersion.Status.PUBLISHED.name()))
                .orderBy(MODEL_VERSION.VERSION_NUMBER, MODEL_ITEM.POSITION)
                .fetch(r -> new LineageRow(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    record ItemLineage(UUID modelId, UUID lineageId) {}

    /** The model and lineage of a statement, if the statement exists. */
    Optional<ItemLineage> lineageOfItem(UUID itemId) {
        return dsl.select(MODEL_VERSION.MODEL_ID, MODEL_ITEM.LINEAGE_ID)
                .from(MODEL_ITEM)
                .join(MODEL_VERSION)
                .on(MODEL_VERSION.TENANT_ID.eq(MODEL_ITEM.TENANT_ID), MODEL_VERSION.ID.eq(MODEL_ITEM.VERSION_ID))
                .where(MODEL_ITEM.ID.eq(itemId))
                .fetchOptional(r -> new ItemLineage(r.value1(), r.value2()));
    }

    void updateThresholds(UUID versionId, BigDecimal lowUpTo, BigDecimal mediumUpTo) {
        dsl.update(MODEL_VERSION)
                .set(MODEL_VERSION.LOW_UP_TO, lowUpTo)
                .set(MODEL_VERSION.MEDIUM_UP_TO, mediumUpTo)
                .where(MODEL_VERSION.ID.eq(versionId))
                .execute();
    }

    void markPublished(UUID versionId) {
        dsl.update(MODEL_VERSION)
                .set(MODEL_VERSION.STATUS, ModelVersion.Status.PUBLISHED.name())
                .set(MODEL_VERSION.PUBLISHED_AT, OffsetDateTime.now())
                .where(MODEL_VERSION.ID.eq(versionId))
                .execute();
    }

    Optional<UUID> newestPublishedVersionId() {
        return dsl.select(MODEL_VERSION.ID)
                .from(MODEL_VERSION)
                .join(MATURITY_MODEL)
                .on(MATURITY_MODEL.TENANT_ID.eq(MODEL_VERSION.TENANT_ID), MATURITY_MODEL.ID.eq(MODEL_VERSION.MODEL_ID))
                .where(MODEL_VERSION.STATUS.eq(ModelVersion.Status.PUBLISHED.name()))
                .and(MATURITY_MODEL.ARCHIVED_AT.isNull())
                .orderBy(MODEL_VERSION.PUBLISHED_AT.desc())
                .limit(1)
                .fetchOptional(MODEL_VERSION.ID);
    }

    /** Statements with a benchmark key in the newest published version of every active model, model by model. */
    List<ModelCatalog.BenchmarkedStatement> benchmarkedStatementsOfNewestPublishedVersions() {
        var newest = MODEL_VERSION.as("newer");
        return dsl.select(
                        MODEL_ITEM.ID,
                        MODEL_ITEM.LINEAGE_ID,
                        MATURITY_MODEL.ID,
                        MATURITY_MODEL.NAME,
                        MODEL_VERSION.ID,
                        MODEL_VERSION.VERSION_NUMBER,
                        MODEL_ITEM.BENCHMARK_KEY,
                        MODEL_ITEM.EMPLOYEE_TEXT)
                .from(MODEL_ITEM)
                .join(MODEL_VERSION)
                .on(MODEL_VERSION.TENANT_ID.eq(MODEL_ITEM.TENANT_ID), MODEL_VERSION.ID.eq(MODEL_ITEM.VERSION_ID))
                .join(MATURITY_MODEL)
                .on(MATURITY_MODEL.TENANT_ID.eq(MODEL_VERSION.TENANT_ID), MATURITY_MODEL.ID.eq(MODEL_VERSION.MODEL_ID))
                .where(
                        MODEL_ITEM.BENCHMARK_KEY.isNotNull(),
                        MODEL_VERSION.STATUS.eq(ModelVersion.Status.PUBLISHED.name()),
                        MATURITY_MODEL.ARCHIVED_AT.isNull(),
                        org.jooq.impl.DSL.notExists(org.jooq
                                .impl
                                .DSL
                                .selectOne()
                                .from(newest)
                                .where(
                                        newest.TENANT_ID.eq(MODEL_VERSION.TENANT_ID),
                                        newest.MODEL_ID.eq(MODEL_VERSION.MODEL_ID),
                                        newest.STATUS.eq(ModelVersion.Status.PUBLISHED.name()),
                                        newest.VERSION_NUMBER.gt(MODEL_VERSION.VERSION_NUMBER))))
                .orderBy(MATURITY_MODEL.NAME, MATURITY_MODEL.ID, MODEL_ITEM.POSITION)
                .fetch(r -> new ModelCatalog.BenchmarkedStatement(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        texts(r.value8())));
    }

    Optional<ModelVersion> version(UUID versionId) {
        ModelVersionRecord version = dsl.selectFrom(MODEL_VERSION)
                .where(MODEL_VERSION.ID.eq(versionId))
                .fetchOne();
        if (version == null) {
            return Optional.empty();
        }
        String modelName = dsl.select(MATURITY_MODEL.NAME)
                .from(MATURITY_MODEL)
                .where(MATURITY_MODEL.ID.eq(version.getModelId()))
                .fetchSingle(MATURITY_MODEL.NAME);
        Map<UUID, List<ModelVersion.Item>> itemsByDimension = new LinkedHashMap<>();
        dsl.selectFrom(MODEL_ITEM)
                .where(MODEL_ITEM.VERSION_ID.eq(versionId))
                .orderBy(MODEL_ITEM.POSITION)
                .forEach(item -> itemsByDimension
                        .computeIfAbsent(item.getDimensionId(), k -> new java.util.ArrayList<>())
                        .add(new ModelVersion.Item(
                                item.getId(),
                                item.getItemKey(),
                                item.getLineageId(),
                                item.getDerivedFromId(),
                                texts(item.getEmployeeText()),
                                texts(item.getCustomerText()),
                                item.getReverseScored(),
                                item.getWeight(),
                                item.getBenchmarkKey())));
        List<ModelVersion.Dimension> dimensions = dsl.selectFrom(MODEL_DIMENSION)
                .where(MODEL_DIMENSION.VERSION_ID.eq(versionId))
                .orderBy(MODEL_DIMENSION.POSITION)
                .fetch(d -> new ModelVersion.Dimension(
                        d.getId(),
                        d.getDimensionKey(),
                        texts(d.getName()),
                        d.getWeight(),
                        List.copyOf(itemsByDimension.getOrDefault(d.getId(), List.of()))));
        return Optional.of(new ModelVersion(
                version.getId(),
                version.getModelId(),
                modelName,
                version.getVersionNumber(),
                ModelVersion.Status.valueOf(version.getStatus()),
                version.getDerivedFromId(),
                version.getLowUpTo(),
                version.getMediumUpTo(),
                version.getPublishedAt(),
                dimensions));
    }

    private static ModelRow toModel(MaturityModelRecord r) {
        return new ModelRow(r.getId(), r.getName(), r.getDescription(), r.getTemplateKey(), r.getArchivedAt());
    }

    private JSONB jsonb(Map<String, String> texts) {
        return JSONB.jsonb(json.writeValueAsString(texts));
    }

    private Map<String, String> texts(JSONB value) {
        return value == null ? Map.of() : LocalizedText.normalise(json.readValue(value.data(), TEXTS));
    }
}
