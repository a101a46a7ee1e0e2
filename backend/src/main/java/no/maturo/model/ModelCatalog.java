package no.maturo.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.maturo.shared.ConflictException;
import no.maturo.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The model module's public reading API: the current tenant's model versions. */
@Service
public class ModelCatalog {

    private final ModelRepository repository;

    ModelCatalog(ModelRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public Optional<ModelVersion> version(UUID versionId) {
        return repository.version(versionId);
    }

    /** A published (frozen) version; cycles only ever use these. */
    @Transactional(readOnly = true)
    public ModelVersion publishedVersion(UUID versionId) {
        ModelVersion version =
                repository.version(versionId).orElseThrow(() -> new NotFoundException("No model version " + versionId));
        if (!version.published()) {
            throw new ConflictException("Version " + version.number() + " of " + version.modelName()
                    + " is a draft; publish it before a survey uses it");
        }
        return version;
    }

    /** The most recently published version of any of the tenant's active models, if there is one. */
    @Transactional(readOnly = true)
    public Optional<ModelVersion> newestPublishedVersion() {
        return repository.newestPublishedVersionId().flatMap(repository::version);
    }

    /** A statement of a published model version that carries a benchmark key; {@code text} is by locale. */
    public record BenchmarkedStatement(
            UUID itemId,
            UUID lineageId,
            UUID modelId,
            String modelName,
            UUID versionId,
            int versionNumber,
            String benchmarkKey,
            Map<String, String> text) {}

    /**
     * The statements carrying a benchmark key in the newest published version of each of the tenant's active models,
     * by benchmark key; statements of older versions, drafts and archived models are left out.
     */
    @Transactional(readOnly = true)
    public Map<String, List<BenchmarkedStatement>> statementsByBenchmarkKey() {
        Map<String, List<BenchmarkedStatement>> byKey = new LinkedHashMap<>();
        for (BenchmarkedStatement statement : repository.benchmarkedStatementsOfNewestPublishedVersions()) {
            byKey.computeIfAbsent(statement.benchmarkKey(), k -> new java.util.ArrayList<>())
                    .add(statement);
        }
        byKey.replaceAll((key, statements) -> List.copyOf(statements));
        return byKey;
    }

    /**
     * The model's statements grouped by lineage: lineage id to the ids of that statement in each published version,
     * oldest version first. Analytics compare a lineage's scores across versions; a statement marked as new starts a
     * lineage of its own.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<UUID>> lineages(UUID modelId) {
        Map<UUID, List<UUID>> lineages = new LinkedHashMap<>();
        for (ModelRepository.LineageRow row : repository.publishedLineages(modelId)) {
            lineages.computeIfAbsent(row.lineageId(), k -> new java.util.ArrayList<>())
                    .add(row.itemId());
        }
        lineages.replaceAll((lineage, items) -> List.copyOf(items));
        return lineages;
    }

    /**
     * The ids of the same statement in every published version of its model, oldest first; the statement itself is
     * included when its version is published.
     */
    @Transactional(readOnly = true)
    public List<UUID> lineageOf(UUID itemId) {
        ModelRepository.ItemLineage item = repository
                .lineageOfItem(itemId)
                .orElseThrow(() -> new NotFoundException("No model statement " + itemId));
        return repository.publishedLineages(item.modelId()).stream()
                .filter(row -> row.lineageId().equals(item.lineageId()))
                .map(ModelRepository.LineageRow::itemId)
                .toList();
    }
}
