package no.maturo.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
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

    /** Freezes a draft: from now on cycles may use it and nothing in it changes. */
    @Transactional
    ModelVersion publish(UUID modelId, UUID versionId) {
        repository.lockModel(modelId).orElseThrow(() -> modelNotFound(modelId));
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

    private static NotFoundException modelNotFound(UUID id) {
        return new NotFoundException("No maturity model " + id);
    }
}
