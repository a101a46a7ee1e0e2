package no.maturo.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.maturo.model.MaturityLevel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Platform operators manage benchmark sets: load them from CSV, look at them, delete the ones they loaded. */
@RestController
@RequestMapping("/api/v1/platform/benchmarks")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class BenchmarkPlatformController {

    static final String CSV_FORMAT = "Columns: kind (statement or level), key (a benchmark key such as"
            + " long-term-investment, or LOW / MEDIUM / HIGH), share (0-100), segment (optional, statements only)."
            + " Header row required, UTF-8 (BOM allowed), comma or semicolon. At most 500 rows and 256 KB.";

    record BenchmarkFigureResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BenchmarkSet.Kind kind,

            @Schema(description = "For statement figures: the benchmark key model statements carry")
            String benchmarkKey,

            @Schema(description = "For level figures") MaturityLevel level,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Percent, 0-100")
            BigDecimal share,

            @Schema(description = "Which organisations the figure describes, when not all of them")
            String segment) {

        static BenchmarkFigureResponse of(BenchmarkSet.Figure f) {
            return new BenchmarkFigureResponse(f.kind(), f.benchmarkKey(), f.level(), f.share(), f.segment());
        }
    }

    record BenchmarkSetResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String key,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String source,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int year,

            String description,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Shipped with Maturo; read-only")
            boolean builtIn,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OffsetDateTime createdAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<BenchmarkFigureResponse> figures) {

        static BenchmarkSetResponse of(BenchmarkSet s) {
            return new BenchmarkSetResponse(
                    s.id(),
                    s.key(),
                    s.name(),
                    s.source(),
                    s.year(),
                    s.description(),
                    s.builtIn(),
                    s.createdAt(),
                    s.figures().stream().map(BenchmarkFigureResponse::of).toList());
        }
    }

    record BenchmarkImportRowError(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Empty when about the whole row")
            String column,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "columns_missing, kind_unknown, key_missing, benchmark_key_unknown, level_unknown,"
                            + " key_duplicate, share_missing, share_invalid, share_out_of_range, level_total,"
                            + " segment_too_long, segment_on_level")
            String code,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String message) {}

    record BenchmarkImportRow(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Row in the file; the header is row 1")
            int line,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "statement or level, as read")
            String kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String key,

            @Schema(description = "Percent, when it could be read")
            BigDecimal share,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String segment,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<BenchmarkImportRowError> errors) {

        static BenchmarkImportRow of(BenchmarkImport.Row r) {
            return new BenchmarkImportRow(
                    r.line(),
                    r.kind(),
                    r.key(),
                    r.share(),
                    r.segment(),
                    r.errors().stream()
                            .map(e -> new BenchmarkImportRowError(e.column(), e.code(), e.message()))
                            .toList());
        }
    }

    record BenchmarkImportPreview(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<BenchmarkImportRow> rows,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            int errorCount) {}

    /** The upload was refused because rows have errors; nothing was stored. */
    static final class ImportRejected extends RuntimeException {
        private final transient BenchmarkImport.Preview preview;

        ImportRejected(BenchmarkImport.Preview preview) {
            super("Rows have errors", null, false, false);
            this.preview = preview;
        }
    }

    private final BenchmarkAdministration administration;
    private final BenchmarkImport benchmarkImport;

    BenchmarkPlatformController(BenchmarkAdministration administration, BenchmarkImport benchmarkImport) {
        this.administration = administration;
        this.benchmarkImport = benchmarkImport;
    }

    @GetMapping
    @Operation(summary = "Every benchmark set with its figures, built-in sets first")
    List<BenchmarkSetResponse> list() {
        return administration.list().stream().map(BenchmarkSetResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One benchmark set with its figures")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such benchmark set")
    BenchmarkSetResponse get(@PathVariable UUID id) {
        return BenchmarkSetResponse.of(administration.get(id));
    }

    @PostMapping(value = "/preview", consumes = "text/csv")
    @Operation(summary = "Check a CSV file of benchmark figures without storing anything", description = CSV_FORMAT)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "Every row with its parsed values and errors")
    @ApiResponse(responseCode = "400", description = "Not UTF-8, not CSV, or without the required columns")
    @ApiResponse(responseCode = "413", description = "More than 500 rows or 256 KB")
    BenchmarkImportPreview preview(HttpServletRequest request) throws IOException {
        BenchmarkImport.Preview preview = benchmarkImport.preview(read(request));
        return new BenchmarkImportPreview(
                preview.rows().stream().map(BenchmarkImportRow::of).toList(), preview.errorCount());
    }

    @PostMapping(consumes = "text/csv")
    @Operation(
            summary = "Create a benchmark set from a CSV file of figures, all rows or none",
            description = "The set's details are query parameters, the figures the CSV body. " + CSV_FORMAT
                    + " If any row has an error, answers 400 with the rows (property rows) and stores nothing.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(
            responseCode = "400",
            description = "Rows have errors, the details are invalid, or the file is unreadable")
    @ApiResponse(responseCode = "409", description = "A set with this key already exists")
    @ApiResponse(responseCode = "413", description = "More than 500 rows or 256 KB")
    ResponseEntity<BenchmarkSetResponse> create(
            @Parameter(description = "Short unique key, e.g. nordic-2025")
                    @RequestParam
                    @NotBlank
                    @Pattern(
                            regexp = "[a-z0-9][a-z0-9-]{1,62}",
                            message = "2-63 lower-case letters, digits or dashes, starting with a letter or digit")
                    String key,
            @RequestParam @NotBlank @Size(max = 200) String name,
            @Parameter(description = "The citation: study, publisher, sample and dates")
                    @RequestParam
                    @NotBlank
                    @Size(max = 1000)
                    String source,
            @RequestParam @Min(1900) @Max(2200) int year,
            @RequestParam(required = false) @Size(max = 2000) String description,
            HttpServletRequest request)
            throws IOException {
        BenchmarkImport.Preview preview = benchmarkImport.preview(read(request));
        if (!preview.valid()) {
            throw new ImportRejected(preview);
        }
        BenchmarkSet set = administration.create(
                new BenchmarkRepository.NewSet(
                        key,
                        name.strip(),
                        source.strip(),
                        year,
                        description == null || description.isBlank() ? null : description.strip()),
                preview.rows().stream().map(BenchmarkImport.Row::figure).toList());
        return ResponseEntity.created(URI.create("/api/v1/platform/benchmarks/" + set.id()))
                .body(BenchmarkSetResponse.of(set));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a benchmark set that is not built in")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such benchmark set")
    @ApiResponse(responseCode = "409", description = "The set is built in")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        administration.delete(id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail importRejected(ImportRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                e.preview.errorCount() + " problem(s) in the file. Nothing was stored; fix the rows and try again.");
        problem.setTitle("The file has errors");
        problem.setProperty("errorCount", e.preview.errorCount());
        problem.setProperty(
                "rows",
                e.preview.rows().stream()
                        .filter(r -> !r.errors().isEmpty())
                        .map(BenchmarkImportRow::of)
                        .toList());
        return problem;
    }

    /** Reads at most one byte more than allowed, so an oversized upload is refused without reading it all. */
    private static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > BenchmarkImport.MAX_BYTES) {
            throw BenchmarkImport.tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(BenchmarkImport.MAX_BYTES + 1);
            if (body.length > BenchmarkImport.MAX_BYTES) {
                throw BenchmarkImport.tooLarge();
            }
            return body;
        }
    }
}
