package no.maturo.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/people")
class PeopleController {

    record PersonResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String email,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String displayName,

            UUID departmentId,
            RoleLevel roleLevel,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<Role> roles,

            @Schema(description = "Absent: the organisation's default language")
            String locale,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Person.Status status,

            @Schema(description = "When the pending invitation link expires, if there is one")
            OffsetDateTime invitationExpiresAt) {

        static PersonResponse of(Person p) {
            return new PersonResponse(
                    p.id(),
                    p.email(),
                    p.displayName(),
                    p.departmentId(),
                    p.roleLevel(),
                    p.roles().stream().sorted(Comparator.naturalOrder()).toList(),
                    p.locale(),
                    p.status(),
                    p.invitationExpiresAt());
        }
    }

    record InvitePersonRequest(
            @NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 200) String displayName,
            UUID departmentId,
            RoleLevel roleLevel,
            @NotEmpty Set<@NotNull Role> roles,
            @Pattern(regexp = "en|nb|da|sv") String locale) {

        People.Details details() {
            return new People.Details(email, displayName, departmentId, roleLevel, roles, locale);
        }
    }

    record UpdatePersonRequest(
            @NotBlank @Size(max = 200) String displayName,
            UUID departmentId,
            RoleLevel roleLevel,
            @NotEmpty Set<@NotNull Role> roles,
            @Pattern(regexp = "en|nb|da|sv") String locale) {

        People.Details details() {
            return new People.Details(null, displayName, departmentId, roleLevel, roles, locale);
        }
    }

    record ImportRow(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Row in the file; the header is row 1")
            int line,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String email,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "As written in the file")
            String department,

            @Schema(description = "The department it names, when found")
            UUID departmentId,

            RoleLevel roleLevel,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<Role> roles,

            String locale,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<ImportRowError> errors) {

        static ImportRow of(PeopleImport.Row r) {
            return new ImportRow(
                    r.line(),
                    r.email(),
                    r.name(),
                    r.department(),
                    r.departmentId(),
                    r.roleLevel(),
                    r.roles().stream().sorted(Comparator.naturalOrder()).toList(),
                    r.locale(),
                    r.errors().stream()
                            .map(e -> new ImportRowError(e.column(), e.code(), e.message()))
                            .toList());
        }
    }

    record ImportRowError(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String column,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "email_missing, email_invalid, email_duplicate, email_in_use, name_missing,"
                            + " name_too_long, department_unknown, role_level_unknown, role_unknown, locale_unknown")
            String code,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String message) {}

    record ImportPreviewResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<ImportRow> rows,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int errorCount) {}

    record ImportResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int imported) {}

    /** The import was refused because rows have errors; nothing was stored. */
    static final class ImportRejected extends RuntimeException {
        private final transient PeopleImport.Preview preview;

        ImportRejected(PeopleImport.Preview preview) {
            super("Rows have errors", null, false, false);
            this.preview = preview;
        }
    }

    private final People people;
    private final PeopleImport peopleImport;

    PeopleController(People people, PeopleImport peopleImport) {
        this.people = people;
        this.peopleImport = peopleImport;
    }

    @GetMapping
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "The tenant's people, by name, filtered")
    List<PersonResponse> list(
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) UUID departmentId,
            @RequestParam(required = false) RoleLevel roleLevel,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return people.list(new People.Query(q, departmentId, roleLevel, active, limit, offset)).stream()
                .map(PersonResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "One person")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such person in this organisation")
    PersonResponse get(@PathVariable UUID id) {
        return PersonResponse.of(people.get(id));
    }

    @PostMapping("/invitations")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Invite a person by email: adds them without a password and mails a single-use link")
    @ApiResponse(responseCode = "201", description = "Invited")
    @ApiResponse(responseCode = "404", description = "The department does not exist")
    @ApiResponse(responseCode = "409", description = "An account with this email already exists")
    ResponseEntity<PersonResponse> invite(@Valid @RequestBody InvitePersonRequest request) {
        Person person = people.invite(request.details());
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id()))
                .body(PersonResponse.of(person));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Change a person's name, department, role level, roles and language")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such person or department")
    @ApiResponse(responseCode = "409", description = "You tried to take the admin role away from yourself")
    PersonResponse update(
            @PathVariable UUID id,
            @Valid @RequestBody UpdatePersonRequest request,
            @AuthenticationPrincipal AuthenticatedUser user) {
        return PersonResponse.of(people.update(id, request.details(), user));
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Deactivate a person: blocks sign-in and ends their sessions at once")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such person")
    @ApiResponse(responseCode = "409", description = "You cannot deactivate yourself")
    PersonResponse deactivate(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user) {
        return PersonResponse.of(people.deactivate(id, user));
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Reactivate a deactivated person")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such person")
    PersonResponse reactivate(@PathVariable UUID id) {
        return PersonResponse.of(people.reactivate(id));
    }

    @PostMapping("/{id}/invitation")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Send a new invitation link; earlier links stop working")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such person")
    @ApiResponse(responseCode = "409", description = "Already accepted, or deactivated")
    PersonResponse resendInvitation(@PathVariable UUID id) {
        return PersonResponse.of(people.resendInvitation(id));
    }

    @PostMapping(value = "/import/preview", consumes = "text/csv")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(
            summary = "Check a CSV file of people without storing anything",
            description = "Columns: email, name, department (name or path Parent/Child), role_level, roles"
                    + " (separated by ;), locale. Header row required, UTF-8 (BOM allowed), comma or semicolon."
                    + " At most 5,000 rows and 2 MB.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "Every row with its parsed values and errors")
    @ApiResponse(responseCode = "400", description = "Not UTF-8, not CSV, or without the header row")
    @ApiResponse(responseCode = "413", description = "More than 5,000 rows or 2 MB")
    ImportPreviewResponse preview(HttpServletRequest request) throws IOException {
        return toResponse(peopleImport.preview(read(request)));
    }

    @PostMapping(value = "/import", consumes = "text/csv")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(
            summary = "Import a CSV file of people, all rows or none; each person is invited by email",
            description = "The same file format as the preview. If any row has an error, answers 400 with the"
                    + " rows (property rows) and stores nothing.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "All rows imported")
    @ApiResponse(responseCode = "400", description = "Rows have errors, or the file cannot be read")
    @ApiResponse(responseCode = "409", description = "An email address is already in use; nothing was stored")
    @ApiResponse(responseCode = "413", description = "More than 5,000 rows or 2 MB")
    ImportResponse importPeople(HttpServletRequest request) throws IOException {
        PeopleImport.Preview preview = peopleImport.preview(read(request));
        if (!preview.valid()) {
            throw new ImportRejected(preview);
        }
        List<UUID> ids = people.importAll(
                preview.rows().stream().map(PeopleImport.Row::details).toList());
        return new ImportResponse(ids.size());
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail importRejected(ImportRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                e.preview.errorCount() + " problem(s) in the file. Nothing was imported; fix the rows and try again.");
        problem.setTitle("The file has errors");
        problem.setProperty("errorCount", e.preview.errorCount());
        problem.setProperty(
                "rows",
                e.preview.rows().stream()
                        .filter(r -> !r.errors().isEmpty())
                        .map(ImportRow::of)
                        .toList());
        return problem;
    }

    private static ImportPreviewResponse toResponse(PeopleImport.Preview preview) {
        return new ImportPreviewResponse(
                preview.rows().stream().map(ImportRow::of).toList(), preview.errorCount());
    }

    /** Reads at most one byte more than allowed, so an oversized upload is refused without reading it all. */
    private static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > PeopleImport.MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(PeopleImport.MAX_BYTES + 1);
            if (body.length > PeopleImport.MAX_BYTES) {
                throw tooLarge();
            }
            return body;
        }
    }

    private static ResponseStatusException tooLarge() {
        return new ResponseStatusException(
                HttpStatus.CONTENT_TOO_LARGE, "The file is too large: at most 2 MB per import. Split it.");
    }
}
