package no.maturo.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.maturo.identity.RoleLevel;
import no.maturo.model.ModelVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Assessment cycles and pulses, for tenant admins. */
@RestController
@RequestMapping("/api/v1/tenant/cycles")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class CycleController {

    record CycleRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 200)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
            Cycle.Kind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A published version") @NotNull
            UUID modelVersionId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
            OffsetDateTime opensAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "After opensAt") @NotNull
            OffsetDateTime closesAt,

            @Schema(description = "Absent: NONE") Cycle.Recurrence recurrence,

            @Schema(description = "Pulses only: every statement is asked at least once in this many pulses")
            @Min(1)
            @Max(52)
            Integer pulseRotation,

            @Schema(description = "The department whose subtree is asked; absent: the whole organisation")
            UUID audienceDepartmentId,

            @Schema(description = "Only people with these role levels; absent or empty: everyone")
            List<RoleLevel> audienceRoleLevels,

            @Schema(description = "Remind those who have not answered every this many days; absent: no reminders")
            @Min(1)
            @Max(30)
            Integer reminderIntervalDays,

            @Schema(description = "Also ask customers through single-use links")
            Boolean outsideIn) {

        Cycle.Plan plan() {
            return new Cycle.Plan(
                    name,
                    kind,
                    modelVersionId,
                    opensAt,
                    closesAt,
                    recurrence,
                    pulseRotation,
                    audienceDepartmentId,
                    audienceRoleLevels,
                    reminderIntervalDays,
                    Boolean.TRUE.equals(outsideIn));
        }
    }

    record CycleParticipationResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "People in the audience snapshot")
            int participants,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Invitation mails sent")
            int invited,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int answered,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "answered / participants, 0-1")
            double rate,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int customerLinks,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int customerAnswers) {
        static CycleParticipationResponse of(CycleRepository.Participation p) {
            return new CycleParticipationResponse(
                    p.participants(),
                    p.invited(),
                    p.answered(),
                    p.participants() == 0 ? 0 : (double) p.answered() / p.participants(),
                    p.customerLinks(),
                    p.customerAnswers());
        }
    }

    record CycleItemResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "By locale: en, nb, da, sv")
            Map<String, String> dimensionName,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Map<String, String> employeeText,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Empty when not asked of customers")
            Map<String, String> customerText) {}

    record CycleResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Cycle.Kind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Cycle.Status status,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID modelVersionId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String modelName,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int modelVersionNumber,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OffsetDateTime opensAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OffsetDateTime closesAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Cycle.Recurrence recurrence,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID seriesId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1 for the first of a series")
            int seriesNumber,

            Integer pulseRotation,
            UUID audienceDepartmentId,
            List<RoleLevel> audienceRoleLevels,
            Integer reminderIntervalDays,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean outsideIn,

            @Schema(description = "Copied from the tenant when the survey opened; never changes afterwards")
            Integer anonymityThreshold,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OffsetDateTime createdAt,

            OffsetDateTime openedAt,
            OffsetDateTime closedAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            CycleParticipationResponse participation,

            @Schema(description = "The statements asked, in order; only when one survey is fetched")
            List<CycleItemResponse> items,

            @Schema(description = "How many statements the model version has; only when one survey is fetched")
            Integer modelStatementCount) {

        static CycleResponse of(
                Cycle c,
                String modelName,
                int modelVersionNumber,
                CycleRepository.Participation participation,
                List<CycleItemResponse> items,
                Integer modelStatementCount) {
            return new CycleResponse(
                    c.id(),
                    c.name(),
                    c.kind(),
                    c.status(),
                    c.modelVersionId(),
                    modelName,
                    modelVersionNumber,
                    c.opensAt(),
                    c.closesAt(),
                    c.recurrence(),
                    c.seriesId(),
                    c.seriesNumber(),
                    c.pulseRotation(),
                    c.audienceDepartmentId(),
                    c.audienceRoleLevels(),
                    c.reminderIntervalDays(),
                    c.outsideIn(),
                    c.anonymityThreshold(),
                    c.createdAt(),
                    c.openedAt(),
                    c.closedAt(),
                    CycleParticipationResponse.of(participation),
                    items,
                    modelStatementCount);
        }

        static CycleResponse of(Cycles.Detail d) {
            Map<UUID, CycleItemResponse> byId = new HashMap<>();
            for (ModelVersion.Dimension dimension : d.version().dimensions()) {
                for (ModelVersion.Item item : dimension.items()) {
                    byId.put(
                            item.id(),
                            new CycleItemResponse(
                                    item.id(), dimension.name(), item.employeeText(), item.customerText()));
                }
            }
            return of(
                    d.cycle(),
                    d.version().modelName(),
                    d.version().number(),
                    d.participation(),
                    d.itemIds().stream().map(byId::get).toList(),
                    d.version().items().size());
        }
    }

    record CustomerLinksRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Min(1) @Max(500)
            Integer count,

            @Schema(description = "A note for yourself, for example where the links were sent") @Size(max = 200)
            String label) {}

    record CreatedCustomerLinksResponse(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The full links; shown this once and never again")
            List<String> links) {}

    record CustomerLinkCountsResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int created,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int answered) {}

    private final Cycles cycles;

    CycleController(Cycles cycles) {
        this.cycles = cycles;
    }

    @GetMapping
    @Operation(summary = "The tenant's surveys with participation totals, newest opening first")
    List<CycleResponse> list() {
        return cycles.list().stream()
                .map(s -> CycleResponse.of(
                        s.cycle(), s.modelName(), s.modelVersionNumber(), s.participation(), null, null))
                .toList();
    }

    @PostMapping
    @Operation(summary = "Plan a survey; it starts as a draft")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "An invalid plan")
    @ApiResponse(responseCode = "404", description = "No such model version or department")
    @ApiResponse(responseCode = "409", description = "The model version is a draft")
    ResponseEntity<CycleResponse> create(@Valid @RequestBody CycleRequest request) {
        CycleResponse created = CycleResponse.of(cycles.create(request.plan()));
        return ResponseEntity.created(URI.create("/api/v1/tenant/cycles/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One survey with the statements it asks")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such survey")
    CycleResponse get(@PathVariable UUID id) {
        return CycleResponse.of(cycles.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a draft or scheduled survey; a scheduled one is rescheduled")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "An invalid plan")
    @ApiResponse(responseCode = "404", description = "No such survey, model version or department")
    @ApiResponse(responseCode = "409", description = "The survey is open or closed")
    CycleResponse update(@PathVariable UUID id, @Valid @RequestBody CycleRequest request) {
        return CycleResponse.of(cycles.update(id, request.plan()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a draft")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such survey")
    @ApiResponse(responseCode = "409", description = "Not a draft")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        cycles.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/schedule")
    @Operation(summary = "Schedule a draft: it opens by itself at its opening time")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such survey")
    @ApiResponse(responseCode = "409", description = "Not a draft, or the opening time has passed")
    CycleResponse schedule(@PathVariable UUID id) {
        return CycleResponse.of(cycles.schedule(id));
    }

    @PostMapping("/{id}/unschedule")
    @Operation(summary = "Take a scheduled survey back to draft")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such survey")
    @ApiResponse(responseCode = "409", description = "Not scheduled")
    CycleResponse unschedule(@PathVariable UUID id) {
        return CycleResponse.of(cycles.unschedule(id));
    }

    @PostMapping("/{id}/open-now")
    @Operation(summary = "Open a draft or scheduled survey now; invitations go out right after")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such survey")
    @ApiResponse(responseCode = "409", description = "Already open or closed, or the closing time has passed")
    CycleResponse openNow(@PathVariable UUID id) {
        return CycleResponse.of(cycles.openNow(id));
    }

    @PostMapping("/{id}/close-now")
    @Operation(summary = "Close an open survey now; a recurring one schedules its next survey")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such survey")
    @ApiResponse(responseCode = "409", description = "Not open")
    CycleResponse closeNow(@PathVariable UUID id) {
        return CycleResponse.of(cycles.closeNow(id));
    }

    @PostMapping("/{id}/customer-links")
    @Operation(summary = "Create single-use links for customers (outside-in); the links are shown only in this answer")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "404", description = "No such survey")
    @ApiResponse(responseCode = "409", description = "No outside-in part, or the survey is a draft or closed")
    ResponseEntity<CreatedCustomerLinksResponse> createCustomerLinks(
            @PathVariable UUID id, @Valid @RequestBody CustomerLinksRequest request) {
        return ResponseEntity.status(201)
                .body(new CreatedCustomerLinksResponse(
                        cycles.createCustomerLinks(id, request.count(), request.label())));
    }

    @GetMapping("/{id}/customer-links")
    @Operation(summary = "How many customer links exist and how many were answered; never the links")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such survey")
    CustomerLinkCountsResponse customerLinks(@PathVariable UUID id) {
        CycleRepository.Participation p = cycles.get(id).participation();
        return new CustomerLinkCountsResponse(p.customerLinks(), p.customerAnswers());
    }
}
