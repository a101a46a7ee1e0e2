package no.maturo.analytics;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.maturo.audit.AuditLog;
import no.maturo.shared.ConflictException;
import no.maturo.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Platform admins add and remove benchmark sets; built-in sets stay as shipped. */
@Service
class BenchmarkAdministration {

    private final BenchmarkRepository repository;
    private final AuditLog auditLog;

    BenchmarkAdministration(BenchmarkRepository repository, AuditLog auditLog) {
        this.repository = repository;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    List<BenchmarkSet> list() {
        return repository.sets();
    }

    @Transactional(readOnly = true)
    BenchmarkSet get(UUID id) {
        return repository.set(id).orElseThrow(() -> notFound(id));
    }

    /** Stores a set with all its figures, or nothing. */
    @Transactional
    BenchmarkSet create(BenchmarkRepository.NewSet set, List<BenchmarkSet.Figure> figures) {
        if (repository.keyInUse(set.key())) {
            throw new ConflictException("A benchmark set with the key '" + set.key() + "' already exists.");
        }
        UUID id = repository.insert(set, figures);
        BenchmarkSet created = repository.set(id).orElseThrow();
        auditLog.recordPlatform("benchmark_set.created", "benchmark_set", id, null, summary(created));
        return created;
    }

    @Transactional
    void delete(UUID id) {
        BenchmarkSet set = repository.set(id).orElseThrow(() -> notFound(id));
        if (set.builtIn()) {
            throw new ConflictException("The benchmark set '" + set.name() + "' is built in and cannot be deleted.");
        }
        repository.delete(id);
        auditLog.recordPlatform("benchmark_set.deleted", "benchmark_set", id, summary(set), null);
    }

    private static Map<String, Object> summary(BenchmarkSet set) {
        return Map.of(
                "key", set.key(),
                "name", set.name(),
                "source", set.source(),
                "year", set.year(),
                "figures", set.figures().size());
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No benchmark set " + id);
    }
}
