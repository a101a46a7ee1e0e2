package no.maturo.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.UUID;
import no.maturo.identity.AuthenticatedUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Results for leaders, tenant admins (whole organisation) and department managers (their subtree). */
@RestController
@RequestMapping("/api/v1/analytics/cycles")
@PreAuthorize("hasAnyRole('LEADER', 'TENANT_ADMIN', 'DEPARTMENT_MANAGER')")
class AnalyticsController {

    private final Analytics analytics;

    AnalyticsController(Analytics analytics) {
        this.analytics = analytics;
    }

    @GetMapping
    @Operation(summary = "Open and closed cycles, newest first, and whether the viewer's scope has figures")
    @ApiResponse(responseCode = "200", description = "OK")
    List<AnalyticsApi.CycleSummary> cycles(@AuthenticationPrincipal AuthenticatedUser viewer) {
        return analytics.cycles(viewer);
    }

    @GetMapping("/{cycleId}/scores")
    @Operation(
            summary = "Scores of one group: per statement, per dimension and overall, level shares, participation;"
                    + " the whole organisation (a manager's department) unless filtered")
    @ApiResponse(responseCode = "200", description = "OK, or suppressed with a reason")
    @ApiResponse(responseCode = "400", description = "Unknown role level")
    @ApiResponse(responseCode = "403", description = "Department outside the manager's subtree")
    @ApiResponse(responseCode = "404", description = "No such cycle or department")
    AnalyticsApi.GroupFigures scores(
            @AuthenticationPrincipal AuthenticatedUser viewer,
            @PathVariable UUID cycleId,
            @RequestParam(required = false) UUID departmentId,
            @RequestParam(required = false) String roleLevel) {
        return analytics.scores(viewer, cycleId, departmentId, roleLevel);
    }

    @GetMapping("/{cycleId}/heatmap")
    @Operation(summary = "Departments (each with its subtree) by dimensions; hidden rows carry a reason")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such cycle")
    AnalyticsApi.Heatmap heatmap(@AuthenticationPrincipal AuthenticatedUser viewer, @PathVariable UUID cycleId) {
        return analytics.heatmap(viewer, cycleId);
    }

    @GetMapping("/{cycleId}/perception-gap")
    @Operation(summary = "Per dimension the index of each role level (and customers) and top management's gap")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "Department outside the manager's subtree")
    @ApiResponse(responseCode = "404", description = "No such cycle or department")
    AnalyticsApi.PerceptionGap perceptionGap(
            @AuthenticationPrincipal AuthenticatedUser viewer,
            @PathVariable UUID cycleId,
            @RequestParam(required = false) UUID departmentId) {
        return analytics.perceptionGap(viewer, cycleId, departmentId);
    }
}
