package no.maturo.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.maturo.assessment.SurveyAnswering.Receipt;
import no.maturo.assessment.SurveyAnswering.Submission;
import no.maturo.assessment.SurveyAnswering.Submitted;
import no.maturo.assessment.SurveyAnswering.Survey;
import no.maturo.assessment.SurveyAnswering.SurveySummary;
import no.maturo.identity.AuthenticatedUser;
import no.maturo.shared.NotFoundException;
import no.maturo.tenancy.Tenant;
import no.maturo.tenancy.TenantContext;
import no.maturo.tenancy.Tenants;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The respondent's side of a survey. Employees answer from a mail link (no sign-in: the link is the credential) or
 * signed in; customers from their outside-in link. A link names its tenant, and everything after parsing it runs
 * inside that tenant's row-level-security scope.
 */
@RestController
class SurveyController {

    private final SurveyAnswering answering;
    private final Tenants tenants;

    SurveyController(SurveyAnswering answering, Tenants tenants) {
        this.answering = answering;
        this.tenants = tenants;
    }

    @GetMapping("/api/v1/surveys/by-link/{token}")
    @Operation(summary = "The survey an employee's answer link opens (public: the link is the secret)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "Unknown link")
    @ApiResponse(responseCode = "409", description = "The survey has not opened yet")
    @ApiResponse(responseCode = "410", description = "Already answered, or the survey has closed")
    @ApiResponse(responseCode = "429", description = "Too many requests from this address")
    Survey byLink(
            @PathVariable String token,
            @Parameter(description = "en, nb, da or sv; default: the person's language, else the organisation's")
                    @RequestParam(required = false)
                    String lang) {
        SurveyLinkToken link = link(SurveyLinkToken.Kind.INVITATION, token);
        return TenantContext.callAs(link.tenantId(), () -> answering.employeeSurveyByLink(link.hash(), lang));
    }

    @PostMapping("/api/v1/surveys/by-link/{token}/responses")
    @Operation(summary = "Answer the survey of an employee's answer link, anonymously and once")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "200", description = "A retry with the same idempotency key: already stored")
    @ApiResponse(responseCode = "400", description = "The answers break a rule; nothing was stored")
    @ApiResponse(responseCode = "404", description = "Unknown link")
    @ApiResponse(responseCode = "409", description = "Already answered with another key, or not open yet")
    @ApiResponse(responseCode = "410", description = "The survey has closed")
    @ApiResponse(responseCode = "429", description = "Too many requests from this address")
    ResponseEntity<Receipt> answerByLink(@PathVariable String token, @Valid @RequestBody Submission submission) {
        SurveyLinkToken link = link(SurveyLinkToken.Kind.INVITATION, token);
        return receipt(TenantContext.callAs(link.tenantId(), () -> answering.submitByLink(link.hash(), submission)));
    }

    @GetMapping("/api/v1/surveys/customer/{token}")
    @Operation(summary = "The outside-in survey a customer's link opens (public: the link is the secret)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "Unknown link")
    @ApiResponse(responseCode = "409", description = "The survey has not opened yet")
    @ApiResponse(responseCode = "410", description = "Already answered, or the survey has closed")
    @ApiResponse(responseCode = "429", description = "Too many requests from this address")
    Survey customer(
            @PathVariable String token,
            @Parameter(description = "en, nb, da or sv; default: the browser's language, else the organisation's")
                    @RequestParam(required = false)
                    String lang,
            HttpServletRequest request) {
        SurveyLinkToken link = link(SurveyLinkToken.Kind.CUSTOMER, token);
        List<String> preferred = preferredLanguages(lang, request);
        return TenantContext.callAs(link.tenantId(), () -> answering.customerSurvey(link.hash(), preferred));
    }

    @PostMapping("/api/v1/surveys/customer/{token}/responses")
    @Operation(summary = "Answer an outside-in survey as a customer, anonymously and once per link")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "200", description = "A retry with the same idempotency key: already stored")
    @ApiResponse(responseCode = "400", description = "The answers break a rule; nothing was stored")
    @ApiResponse(responseCode = "404", description = "Unknown link")
    @ApiResponse(responseCode = "409", description = "Already answered with another key, or not open yet")
    @ApiResponse(responseCode = "410", description = "The survey has closed")
    @ApiResponse(responseCode = "429", description = "Too many requests from this address")
    ResponseEntity<Receipt> answerAsCustomer(@PathVariable String token, @Valid @RequestBody Submission submission) {
        SurveyLinkToken link = link(SurveyLinkToken.Kind.CUSTOMER, token);
        return receipt(
                TenantContext.callAs(link.tenantId(), () -> answering.submitAsCustomer(link.hash(), submission)));
    }

    @GetMapping("/api/v1/me/surveys")
    @Operation(summary = "Open surveys the signed-in person takes part in and has not answered yet")
    List<SurveySummary> mySurveys(@AuthenticationPrincipal AuthenticatedUser user) {
        if (user.tenantId() == null) {
            return List.of();
        }
        return answering.openSurveysOf(user.id());
    }

    @GetMapping("/api/v1/me/surveys/{cycleId}")
    @Operation(summary = "One open survey of the signed-in person, to answer")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such survey for this person")
    @ApiResponse(responseCode = "409", description = "The survey has not opened yet")
    @ApiResponse(responseCode = "410", description = "Already answered, or the survey has closed")
    Survey mySurvey(
            @PathVariable UUID cycleId,
            @Parameter(description = "en, nb, da or sv; default: the person's language, else the organisation's")
                    @RequestParam(required = false)
                    String lang,
            @AuthenticationPrincipal AuthenticatedUser user) {
        requireTenantMember(user, cycleId);
        return answering.employeeSurvey(cycleId, user.id(), lang);
    }

    @PostMapping("/api/v1/me/surveys/{cycleId}/responses")
    @Operation(summary = "Answer one of the signed-in person's surveys, anonymously and once")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "200", description = "A retry with the same idempotency key: already stored")
    @ApiResponse(responseCode = "400", description = "The answers break a rule; nothing was stored")
    @ApiResponse(responseCode = "404", description = "No such survey for this person")
    @ApiResponse(responseCode = "409", description = "Already answered with another key, or not open yet")
    @ApiResponse(responseCode = "410", description = "The survey has closed")
    ResponseEntity<Receipt> answerMySurvey(
            @PathVariable UUID cycleId,
            @Valid @RequestBody Submission submission,
            @AuthenticationPrincipal AuthenticatedUser user) {
        requireTenantMember(user, cycleId);
        return receipt(answering.submitAsEmployee(cycleId, user.id(), submission));
    }

    /** Parses a link and checks its tenant may be used; every malformed or forged link gets the same answer. */
    private SurveyLinkToken link(SurveyLinkToken.Kind kind, String token) {
        SurveyLinkToken link = SurveyLinkToken.parse(kind, token).orElseThrow(SurveyAnswering::unknownLink);
        Tenant tenant = tenants.findById(link.tenantId()).orElseThrow(SurveyAnswering::unknownLink);
        if (tenant.status() != Tenant.TenantStatus.ACTIVE) {
            throw SurveyAnswering.unavailable(
                    HttpStatus.GONE, SurveyAnswering.Unavailable.UNAVAILABLE, "This survey is not available any more.");
        }
        return link;
    }

    private static void requireTenantMember(AuthenticatedUser user, UUID cycleId) {
        if (user.tenantId() == null) {
            throw new NotFoundException("You have no survey " + cycleId + " to answer.");
        }
    }

    private static ResponseEntity<Receipt> receipt(Submitted submitted) {
        return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(submitted.receipt());
    }

    /** The explicitly chosen language first, then the browser's preferences (Norwegian of any kind as bokmål). */
    private static List<String> preferredLanguages(String lang, HttpServletRequest request) {
        List<String> preferred = new ArrayList<>();
        if (lang != null) {
            preferred.add(lang);
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale locale : Collections.list(request.getLocales())) {
                String language = locale.getLanguage();
                preferred.add(language.equals("no") || language.equals("nn") ? "nb" : language);
            }
        }
        return preferred;
    }
}
