package no.maturo.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import no.maturo.identity.AuthenticatedUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Trends across assessments, with the same viewers and scoping as the other results. */
@RestController
@RequestMapping("/api/v1/analytics/trends")
@PreAuthorize("hasAnyRole('LEADER', 'TENANT_ADMIN', 'DEPARTMENT_MANAGER')")
class TrendsController {

    private final Analytics analytics;

    TrendsController(Analytics analytics) {
        this.analytics = analytics;
    }

    @GetMapping
    @Operation(
            summary = "Per dimension and assessment (oldest first): mean, 95% confidence interval and the change from"
                    + " the previous assessment, significant when Welch's t-test gives p < 0.05")
    @ApiResponse(responseCode = "200", description = "OK; hidden cycles carry a reason and no figures")
    @ApiResponse(responseCode = "400", description = "Unknown role level")
    @ApiResponse(responseCode = "403", description = "Department outside the manager's subtree")
    @ApiResponse(responseCode = "404", description = "No such department")
    AnalyticsApi.Trends trends(
            @AuthenticationPrincipal AuthenticatedUser viewer,
            @RequestParam(required = false) UUID departmentId,
            @RequestParam(required = false) String roleLevel) {
        return analytics.trends(viewer, departmentId, roleLevel);
    }
}
