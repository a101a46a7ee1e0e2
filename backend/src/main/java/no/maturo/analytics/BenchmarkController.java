package no.maturo.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.maturo.identity.AuthenticatedUser;
import no.maturo.model.LocalizedText;
import no.maturo.model.MaturityLevel;
import no.maturo.model.ModelCatalog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tenant leaders, admins and department managers read the benchmark sets beside their own statements. */
@RestController
@PreAuthorize("hasAnyRole('LEADER', 'TENANT_ADMIN', 'DEPARTMENT_MANAGER')")
class BenchmarkController {

    record BenchmarkStatement(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID itemId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID modelId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String modelName,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int versionNumber,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "In the requested language")
            String text) {}

    record TenantBenchmarkFigure(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BenchmarkSet.Kind kind,

            String benchmarkKey,
            MaturityLevel level,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Percent, 0-100")
            BigDecimal share,

            String segment,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The organisation's statements carrying this benchmark key, in the newest published"
                            + " version of each active model; empty for level figures")
            List<BenchmarkStatement> statements) {}

    record TenantBenchmarkSet(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String key,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String source,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int year,

            String description,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean builtIn,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<TenantBenchmarkFigure> figures) {}

    private final BenchmarkCatalog benchmarks;
    private final ModelCatalog models;

    BenchmarkController(BenchmarkCatalog benchmarks, ModelCatalog models) {
        this.benchmarks = benchmarks;
        this.models = models;
    }

    @GetMapping("/api/v1/benchmarks")
    @Operation(summary = "Every benchmark set, each statement figure with the organisation's statements it maps to")
    List<TenantBenchmarkSet> list(
            @Parameter(description = "Language of the statement texts; default: the person's language")
                    @RequestParam(required = false)
                    @Pattern(regexp = "en|nb|da|sv")
                    String locale,
            @AuthenticationPrincipal AuthenticatedUser user) {
        String language = locale != null ? locale : user.locale() != null ? user.locale() : "en";
        Map<String, List<ModelCatalog.BenchmarkedStatement>> statements = models.statementsByBenchmarkKey();
        return benchmarks.sets().stream()
                .map(set -> new TenantBenchmarkSet(
                        set.key(),
                        set.name(),
                        set.source(),
                        set.year(),
                        set.description(),
                        set.builtIn(),
                        set.figures().stream()
                                .map(f -> new TenantBenchmarkFigure(
                                        f.kind(),
                                        f.benchmarkKey(),
                                        f.level(),
                                        f.share(),
                                        f.segment(),
                                        f.benchmarkKey() == null
                                                ? List.of()
                                                : statements.getOrDefault(f.benchmarkKey(), List.of()).stream()
                                                        .map(s -> new BenchmarkStatement(
                                                                s.itemId(),
                                                                s.modelId(),
                                                                s.modelName(),
                                                                s.versionNumber(),
                                                                LocalizedText.in(s.text(), language, "en")))
                                                        .toList()))
                                .toList()))
                .toList();
    }
}
