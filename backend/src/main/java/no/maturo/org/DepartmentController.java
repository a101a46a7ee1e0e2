package no.maturo.org;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/departments")
class DepartmentController {

    record DepartmentResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(description = "Absent for a top-level department")
            UUID parentId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name) {
        static DepartmentResponse of(Department d) {
            return new DepartmentResponse(d.id(), d.parentId(), d.name());
        }
    }

    record CreateDepartmentRequest(
            @NotBlank @Size(max = 120) String name, UUID parentId) {}

    private final Departments departments;

    DepartmentController(Departments departments) {
        this.departments = departments;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'LEADER', 'DEPARTMENT_MANAGER')")
    @Operation(summary = "The tenant's active departments, flat; build the tree from parentId")
    List<DepartmentResponse> list() {
        return departments.listActive().stream().map(DepartmentResponse::of).toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Add a department, at the top level or under a parent")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "404", description = "The parent department does not exist")
    @ApiResponse(responseCode = "409", description = "A sibling department has the same name")
    ResponseEntity<DepartmentResponse> create(@Valid @RequestBody CreateDepartmentRequest request) {
        Department created = departments.create(request.name(), request.parentId());
        return ResponseEntity.created(URI.create("/api/v1/departments/" + created.id()))
                .body(DepartmentResponse.of(created));
    }
}
