package no.maturo.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.maturo.audit.AuditLog;
import no.maturo.shared.ConflictException;
import no.maturo.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tenant maturity models: created from a template or empty, versioned, published. */
@Service
class Models {

    static final BigDecimal DEFAULT_LOW_UP_TO = new BigDecimal("2.50");
    static final BigDecimal DEFAULT_MEDIUM_UP_TO = new BigDecimal("3.75");

    record ModelAudit(String name, String description, boolean archived) {
        ModelAudit(ModelRepository.ModelRow model) {
            this(model.name(), model.description(), model.archivedAt() != null);
        }
    }

    /** A version's content in brief for the audit log: thresholds and statement keys by dimension key. */
    record ContentAudit(
            int number,
            BigDecimal lowUpTo,
            BigDecimal mediumUpTo,
            Map<String, List<String>> statements,
            long carriedOver) {
        ContentAudit(ModelVersion version) {
            this(
                    version.number(),
                    version.lowUpTo(),
                    version.mediumUpTo(),
                    version.dimensions().stream()
                            .collect(Collectors.toMap(
                                    ModelVersion.Dimension::key,
                                    d -> d.items().stream()
                                            .map(ModelVersion.Item::key)
                                            .toList(),
                                    (a, b) -> a,
                                    LinkedHashMap::new)),
                    version.items().stream()
                            .filter(i -> i.derivedFromId() != null)
                            .count());
        }
    }

    private final ModelRepository repository;
    private final ModelTemplates templates;
    private final AuditLog audit;

    Models(ModelRepository repository, ModelTemplates templates, AuditLog audit) {
        this.repository = repository;
        this.templates = templates;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<ModelRepository.ModelRow> list(boolean includeArchived) {
        return repository.models(includeArchived);
    }

    @Transactional(readOnly = true)
    ModelRepository.ModelRow model(UUID id) {
        return repository.model(id).orElseThrow(() -> modelNotFound(id));
    }

    @Transactional(readOnly = true)
    List<ModelRepository.VersionSummary> versions(UUID modelId) {
        model(modelId);
        return repository.versions(modelId);
    }

    @Transactional(readOnly = true)
    ModelVersion version(UUID modelId, UUID versionId) {
        return repository
                .version(versionId)
                .filter(v -> v.modelId().equals(modelId))
                .orElseThrow(() -> new NotFoundException("Model " + modelId + " has no version " + versionId));
    }

    /** A new model whose first (draft) version is a copy of the template, or empty without a template. */
    @Transactional
    UUID create(String name, String description, String templateKey) {
        String trimmedName = name.strip();
        if (repository.activeModelNamed(trimmedName, null)) {
            throw new ConflictException("A model named " + trimmedName + " already exists");
        }
        if (templateKey == null) {
            UUID modelId = repository.insertModel(trimmedName, description, null);
            repository.insertVersion(modelId, null, DEFAULT_LOW_UP_TO, DEFAULT_MEDIUM_UP_TO);
            audit.record("model.created", "maturity_model", modelId, null, trimmedName);
            return modelId;
        }
        ModelTemplates.Template template = templates
                .find(templateKey)
                .orElseThrow(() -> new NotFoundException("No model template " + templateKey));
        UUID modelId = repository.insertModel(trimmedName, description, templateKey);
        UUID versionId = repository.insertVersion(modelId, null, template.upTo("LOW"), template.upTo("MEDIUM"));
        repository.replaceContent(versionId, contentOf(template));
        audit.record("model.created", "maturity_model", modelId, null, trimmedName + " from template " + templateKey);
        return modelId;
    }

    /** Renames a model and/or changes its description. */
    @Transactional
    ModelRepository.ModelRow update(UUID modelId, String name, String description) {
        ModelRepository.ModelRow before = lockActive(modelId);
        String trimmedName = name.strip();
        if (repository.activeModelNamed(trimmedName, modelId)) {
            throw new ConflictException("A model named " + trimmedName + " already exists");
        }
        String trimmedDescription = description == null || description.isBlank() ? null : description.strip();
        repository.updateModel(modelId, trimmedName, trimmedDescription);
        ModelRepository.ModelRow after = model(modelId);
        audit.record("model.updated", "maturity_model", modelId, new ModelAudit(before), new ModelAudit(after));
        return after;
    }

    /** Archives a model: it leaves the lists and cannot change; its versions and their results stay. */
    @Transactional
    ModelRepository.ModelRow archive(UUID modelId) {
        ModelRepository.ModelRow before = repository.lockModel(modelId).orElseThrow(() -> modelNotFound(modelId));
        if (before.archivedAt() != null) {
            return before;
        }
        repository.setArchivedAt(modelId, OffsetDateTime.now());
        ModelRepository.ModelRow after = model(modelId);
        audit.record("model.archived", "maturity_model", modelId, new ModelAudit(before), new ModelAudit(after));
        return after;
    }

    @Transactional
    ModelRepository.ModelRow restore(UUID modelId) {
        ModelRepository.ModelRow before = repository.lockModel(modelId).orElseThrow(() -> modelNotFound(modelId));
        if (before.archivedAt() == null) {
            return before;
        }
        if (repository.activeModelNamed(before.name(), modelId)) {
            throw new ConflictException("Another active model is named " + before.name()
                    + ". Rename one of them before restoring this one.");
        }
        repository.setArchivedAt(modelId, null);
        ModelRepository.ModelRow after = model(modelId);
        audit.record("model.restored", "maturity_model", modelId, new ModelAudit(before), new ModelAudit(after));
        return after;
    }

    /**
     * Replaces a draft's whole content. Statements naming a {@code derivedFromId} carry over the statement of the
     * version the draft was derived from and keep its lineage; the others start a lineage of their own.
     */
    @Transactional
    ModelVersion saveDraft(UUID modelId, UUID versionId, DraftContent content) {
        lockActive(modelId);
        ModelVersion before = version(modelId, versionId);
        if (before.published()) {
            throw frozen(before);
        }
        DraftValidation.Source source = before.derivedFromId() == null
                ? DraftValidation.Source.NONE
                : repository
                        .version(before.derivedFromId())
                        .map(from -> new DraftValidation.Source(
                                from.number(),
                                from.items().stream()
                                        .collect(
                                                Collectors.toMap(ModelVersion.Item::id, ModelVersion.Item::lineageId))))
                        .orElseThrow();
        List<ModelRepository.NewDimension> rows = DraftValidation.check(content, source);
        repository.updateThresholds(versionId, content.lowUpTo(), content.mediumUpTo());
        repository.replaceContent(versionId, rows);
        ModelVersion after = version(modelId, versionId);
        audit.record(
                "model.version.changed", "model_version", versionId, new ContentAudit(before), new ContentAudit(after));
        return after;
    }

    /**
     * Starts the next version as a draft copy of a published one, every statement carried over (same lineage), so
     * that the admin only changes what differs. A model has at most one draft.
     */
    @Transactional
    ModelVersion derive(UUID modelId, UUID fromVersionId) {
        lockActive(modelId);
        ModelVersion from = version(modelId, fromVersionId);
        if (!from.published()) {
            throw new ConflictException(
                    "Version " + from.number() + " is a draft; publish it before deriving a new version from it");
        }
        repository.versions(modelId).stream()
                .filter(v -> v.status() == ModelVersion.Status.DRAFT)
                .findFirst()
                .ifPresent(draft -> {
                    throw new ConflictException("Version " + draft.number()
                            + " is already a draft of this model; publish or delete it before starting another");
                });
        UUID versionId = repository.insertVersion(modelId, from.id(), from.lowUpTo(), from.mediumUpTo());
        repository.replaceContent(versionId, carriedOver(from));
        ModelVersion derived = version(modelId, versionId);
        audit.record(
                "model.version.derived",
                "model_version",
                versionId,
                null,
                Map.of("number", derived.number(), "derivedFrom", from.number()));
        return derived;
    }

    /** Deletes a draft; published versions stay for good, so that results collected with them remain readable. */
    @Transactional
    void deleteDraft(UUID modelId, UUID versionId) {
        lockActive(modelId);
        ModelVersion draft = version(modelId, versionId);
        if (draft.published()) {
            throw new ConflictException("Version " + draft.number()
                    + " is published; published versions are kept so that results collected with them stay"
                    + " comparable");
        }
        if (repository.versions(modelId).size() == 1) {
            throw new ConflictException("Version " + draft.number()
                    + " is the model's only version; archive the model instead of deleting it");
        }
        repository.deleteVersion(versionId);
        audit.record("model.version.deleted", "model_version", versionId, new ContentAudit(draft), null);
    }

    /** Freezes a draft: from now on cycles may use it and nothing in it changes. */
    @Transactional
    ModelVersion publish(UUID modelId, UUID versionId) {
        lockActive(modelId);
        ModelVersion draft = version(modelId, versionId);
        if (draft.published()) {
            throw new ConflictException("Version " + draft.number() + " is already published");
        }
        if (draft.dimensions().isEmpty()) {
            throw new ConflictException("A model version needs at least one dimension before it can be published");
        }
        draft.dimensions().stream().filter(d -> d.items().isEmpty()).findFirst().ifPresent(d -> {
            throw new ConflictException("Dimension " + LocalizedText.in(d.name(), "en", "en")
                    + " has no statements; add one or remove the dimension before publishing");
        });
        repository.markPublished(versionId);
        audit.record("model.version.published", "model_version", versionId, null, "version " + draft.number());
        return version(modelId, versionId);
    }

    private static List<ModelRepository.NewDimension> contentOf(ModelTemplates.Template template) {
        return template.dimensions().stream()
                .map(d -> new ModelRepository.NewDimension(
                        d.key(),
                        LocalizedText.normalise(d.name()),
                        BigDecimal.ONE,
                        d.statements().stream()
                                .map(s -> new ModelRepository.NewItem(
                                        s.key(),
                                        UUID.randomUUID(),
                                        null,
                                        LocalizedText.normalise(s.employee()),
                                        LocalizedText.normalise(s.customer()),
                                        s.reverseScored(),
                                        BigDecimal.ONE,
                                        s.benchmark()))
                                .toList()))
                .toList();
    }

    private static List<ModelRepository.NewDimension> carriedOver(ModelVersion from) {
        return from.dimensions().stream()
                .map(d -> new ModelRepository.NewDimension(
                        d.key(),
                        d.name(),
                        d.weight(),
                        d.items().stream()
                                .map(i -> new ModelRepository.NewItem(
                                        i.key(),
                                        i.lineageId(),
                                        i.id(),
                                        i.employeeText(),
                                        i.customerText(),
                                        i.reverseScored(),
                                        i.weight(),
                                        i.benchmarkKey()))
                                .toList()))
                .toList();
    }

    /** Locks the model against concurrent version changes and refuses changes to an archived one. */
    private ModelRepository.ModelRow lockActive(UUID modelId) {
        ModelRepository.ModelRow model = repository.lockModel(modelId).orElseThrow(() -> modelNotFound(modelId));
        if (model.archivedAt() != null) {
            throw new ConflictException("The model " + model.name() + " is archived. Restore it before changing it.");
        }
        return model;
    }

    private static ConflictException frozen(ModelVersion version) {
        return new ConflictException("Version " + version.number()
                + " is published and frozen, so that results stay comparable; create a new version from it to make"
                + " changes");
    }

    private static NotFoundException modelNotFound(UUID id) {
        return new NotFoundException("No maturity model " + id);
    }
}
