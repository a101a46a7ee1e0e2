package no.maturo.model;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenant")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class ModelController {

    record TemplateResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String key,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "By locale: en, nb, da, sv")
            Map<String, String> name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Map<String, String> description,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String source,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int dimensionCount,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int statementCount) {}

    record VersionSummaryResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int number,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ModelVersion.Status status,

            @Schema(description = "The version this one was derived from")
            UUID derivedFromId,

            OffsetDateTime publishedAt) {
        static VersionSummaryResponse of(ModelRepository.VersionSummary v) {
            return new VersionSummaryResponse(v.id(), v.number(), v.status(), v.derivedFromId(), v.publishedAt());
        }
    }

    record ModelResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            String description,

            @Schema(description = "The template it was copied from")
            String templateKey,

            OffsetDateTime archivedAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<VersionSummaryResponse> versions) {}

    record ItemResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String key,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Shared by the same statement in every version of the model")
            UUID lineageId,

            @Schema(description = "The statement in the earlier version that this one carries over")
            UUID derivedFromId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Map<String, String> employeeText,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Empty when not asked of customers")
            Map<String, String> customerText,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean reverseScored,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal weight,

            String benchmarkKey) {}

    record DimensionResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String key,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Map<String, String> name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal weight,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<ItemResponse> items) {}

    record VersionResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID modelId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String modelName,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int number,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ModelVersion.Status status,

            UUID derivedFromId,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "An index up to this value (1-5 scale) is LOW")
            BigDecimal lowUpTo,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "An index above lowUpTo and up to this value is MEDIUM; above is HIGH")
            BigDecimal mediumUpTo,

            OffsetDateTime publishedAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<DimensionResponse> dimensions) {
        static VersionResponse of(ModelVersion v) {
            return new VersionResponse(
                    v.id(),
                    v.modelId(),
                    v.modelName(),
                    v.number(),
                    v.status(),
                    v.derivedFromId(),
                    v.lowUpTo(),
                    v.mediumUpTo(),
                    v.publishedAt(),
                    v.dimensions().stream()
                            .map(d -> new DimensionResponse(
                                    d.id(),
                                    d.key(),
                                    d.name(),
                                    d.weight(),
                                    d.items().stream()
                                            .map(i -> new ItemResponse(
                                                    i.id(),
                                                    i.key(),
                                                    i.lineageId(),
                                                    i.derivedFromId(),
                                                    i.employeeText(),
                                                    i.customerText(),
                                                    i.reverseScored(),
                                                    i.weight(),
                                                    i.benchmarkKey()))
                                            .toList()))
                            .toList());
        }
    }

    record CreateModelRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,

            @Schema(description = "Copy this template into the first version; absent starts an empty model")
            String templateKey) {}

    record UpdateModelRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description) {}

    record DeriveVersionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The published version to start from")
            @NotNull
            UUID fromVersionId) {}

    private final Models models;
    private final ModelTemplates templates;

    ModelController(Models models, ModelTemplates templates) {
        this.models = models;
        this.templates = templates;
    }

    @GetMapping("/model-templates")
    @Operation(summary = "The maturity model templates shipped with Maturo")
    List<TemplateResponse> templates() {
        return templates.all().stream()
                .map(t -> new TemplateResponse(
                        t.key(),
                        t.name(),
                        t.description(),
                        t.source(),
                        t.dimensions().size(),
                        t.statementCount()))
                .toList();
    }

    @GetMapping("/models")
    @Operation(summary = "The tenant's maturity models with their versions")
    List<ModelResponse> list(@RequestParam(defaultValue = "false") boolean includeArchived) {
        return models.list(includeArchived).stream().map(this::response).toList();
    }

    @PostMapping("/models")
    @Operation(summary = "Create a model, as a copy of a template or empty; its first version is a draft")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "404", description = "No such template")
    @ApiResponse(responseCode = "409", description = "A model with that name exists")
    ResponseEntity<ModelResponse> create(@Valid @RequestBody CreateModelRequest request) {
        UUID id = models.create(request.name(), request.description(), request.templateKey());
        return ResponseEntity.created(URI.create("/api/v1/tenant/models/" + id)).body(response(models.model(id)));
    }

    @GetMapping("/models/{modelId}")
    @Operation(summary = "One model with its versions")
    @ApiResponse(responseCode = "200", description = "The model")
    @ApiResponse(responseCode = "404", description = "No such model")
    ModelResponse get(@PathVariable UUID modelId) {
        return response(models.model(modelId));
    }

    @GetMapping("/models/{modelId}/versions/{versionId}")
    @Operation(summary = "One version with its dimensions and statements")
    @ApiResponse(responseCode = "200", description = "The version")
    @ApiResponse(responseCode = "404", description = "No such model or version")
    VersionResponse version(@PathVariable UUID modelId, @PathVariable UUID versionId) {
        return VersionResponse.of(models.version(modelId, versionId));
    }

    @PostMapping("/models/{modelId}/versions/{versionId}/publish")
    @Operation(summary = "Publish a draft: it is frozen and surveys can use it")
    @ApiResponse(responseCode = "200", description = "Published")
    @ApiResponse(responseCode = "404", description = "No such model or version")
    @ApiResponse(responseCode = "409", description = "Already published, or a dimension without statements")
    VersionResponse publish(@PathVariable UUID modelId, @PathVariable UUID versionId) {
        return VersionResponse.of(models.publish(modelId, versionId));
    }

    @PutMapping("/models/{modelId}")
    @Operation(summary = "Rename a model and/or change its description")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "404", description = "No such model")
    @ApiResponse(responseCode = "409", description = "Another active model has that name, or the model is archived")
    ModelResponse updateModel(@PathVariable UUID modelId, @Valid @RequestBody UpdateModelRequest request) {
        return response(models.update(modelId, request.name(), request.description()));
    }

    @PostMapping("/models/{modelId}/archive")
    @Operation(summary = "Archive a model; its versions and results stay, but it can no longer change")
    @ApiResponse(responseCode = "200", description = "Archived")
    @ApiResponse(responseCode = "404", description = "No such model")
    ModelResponse archiveModel(@PathVariable UUID modelId) {
        return response(models.archive(modelId));
    }

    @PostMapping("/models/{modelId}/restore")
    @Operation(summary = "Restore an archived model")
    @ApiResponse(responseCode = "200", description = "Restored")
    @ApiResponse(responseCode = "404", description = "No such model")
    @ApiResponse(responseCode = "409", description = "An active model has its name")
    ModelResponse restoreModel(@PathVariable UUID modelId) {
        return response(models.restore(modelId));
    }

    @PostMapping("/models/{modelId}/versions")
    @Operation(
            summary = "Start the next version as a draft copy of a published one",
            description = "Every statement is carried over: derivedFromId names the statement it copies and the"
                    + " lineageId stays, so results compare across versions.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "404", description = "No such model or version")
    @ApiResponse(
            responseCode = "409",
            description = "The version is a draft, the model already has a draft, or the model is archived")
    ResponseEntity<VersionResponse> deriveVersion(
            @PathVariable UUID modelId, @Valid @RequestBody DeriveVersionRequest request) {
        ModelVersion derived = models.derive(modelId, request.fromVersionId());
        return ResponseEntity.created(URI.create("/api/v1/tenant/models/" + modelId + "/versions/" + derived.id()))
                .body(VersionResponse.of(derived));
    }

    @PutMapping("/models/{modelId}/versions/{versionId}")
    @Operation(
            summary = "Replace a draft's whole content: level limits, dimensions and statements, in order",
            description = "A statement with derivedFromId carries over that statement of the version the draft was"
                    + " derived from and keeps its lineage; one without starts a new lineage. Invalid content is"
                    + " refused as a whole (400, every problem listed in errors) and nothing is stored.")
    @ApiResponse(responseCode = "200", description = "Saved")
    @ApiResponse(responseCode = "400", description = "Invalid content")
    @ApiResponse(responseCode = "404", description = "No such model or version")
    @ApiResponse(responseCode = "409", description = "The version is published (frozen), or the model is archived")
    VersionResponse saveDraft(
            @PathVariable UUID modelId, @PathVariable UUID versionId, @RequestBody DraftContent content) {
        return VersionResponse.of(models.saveDraft(modelId, versionId, content));
    }

    @DeleteMapping("/models/{modelId}/versions/{versionId}")
    @Operation(summary = "Delete a draft version")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such model or version")
    @ApiResponse(
            responseCode = "409",
            description = "The version is published, it is the model's only version, or the model is archived")
    ResponseEntity<Void> deleteDraftVersion(@PathVariable UUID modelId, @PathVariable UUID versionId) {
        models.deleteDraft(modelId, versionId);
        return ResponseEntity.noContent().build();
    }

    private ModelResponse response(ModelRepository.ModelRow model) {
        return new ModelResponse(
                model.id(),
                model.name(),
                model.description(),
                model.templateKey(),
                model.archivedAt(),
                models.versions(model.id()).stream()
                        .map(VersionSummaryResponse::of)
                        .toList());
    }
}
