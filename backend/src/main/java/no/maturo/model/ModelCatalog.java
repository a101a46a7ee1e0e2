package no.maturo.model;

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
}
