package no.maturo.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Live results of a cycle for tenant admins; the full analytics come later. */
@RestController
@PreAuthorize("hasRole('TENANT_ADMIN')")
class SurveyResultsController {

    private final SurveyResults results;

    SurveyResultsController(SurveyResults results) {
        this.results = results;
    }

    @GetMapping("/api/v1/tenant/cycles/{cycleId}/results")
    @Operation(
            summary = "Turnout, and per group the means and maturity index once the group reaches the anonymity"
                    + " threshold")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such cycle")
    SurveyResults.CycleResults results(@PathVariable UUID cycleId) {
        return results.of(cycleId);
    }
}
