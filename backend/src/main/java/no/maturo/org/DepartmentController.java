package no.maturo.org;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
            String name,

            @Schema(description = "When it was archived; absent for an active department")
            OffsetDateTime archivedAt) {
        static DepartmentResponse of(Department d) {
            return new DepartmentResponse(d.id(), d.parentId(), d.name(), d.archivedAt());
        }
    }

    record CreateDepartmentRequest(
            @NotBlank @Size(max = 120) String name, UUID parentId) {}

    record UpdateDepartmentRequest(
            @NotBlank @Size(max = 120) String name,

            @Schema(description = "The new parent; absent moves the department to the top level")
            UUID parentId) {}

    private final Departments departments;

    DepartmentController(Departments departments) {
        this.departments = departments;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'LEADER', 'DEPARTMENT_MANAGER')")
    @Operation(
            summary = "The tenant's departments, flat; build the tree from parentId",
            description = "Active departments only, unless a tenant admin asks for includeArchived=true.")
    List<DepartmentResponse> list(
            @RequestParam(defaultValue = "false") boolean includeArchived, Authentication authentication) {
        if (includeArchived
                && authentication.getAuthorities().stream()
                        .noneMatch(a -> "ROLE_TENANT_ADMIN".equals(a.getAuthority()))) {
            throw new AccessDeniedException("Only tenant admins see archived departments");
        }
        List<Department> found = includeArchived ? departments.listAll() : departments.listActive();
        return found.stream().map(DepartmentResponse::of).toList();
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

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Rename a department and/or move it under another parent")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "404", description = "The department or the new parent does not exist")
    @ApiResponse(
            responseCode = "409",
            description = "A sibling has the same name, the move would put it under itself or its own"
                    + " sub-department, or it is archived")
    DepartmentResponse update(@PathVariable UUID id, @Valid @RequestBody UpdateDepartmentRequest request) {
        return DepartmentResponse.of(departments.update(id, request.name(), request.parentId()));
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Archive a department; its people and history stay")
    @ApiResponse(responseCode = "200", description = "Archived")
    @ApiResponse(responseCode = "404", description = "The department does not exist")
    @ApiResponse(responseCode = "409", description = "It still has active sub-departments")
    DepartmentResponse archive(@PathVariable UUID id) {
        return DepartmentResponse.of(departments.archive(id));
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Restore an archived department at its old place")
    @ApiResponse(responseCode = "200", description = "Restored")
    @ApiResponse(responseCode = "404", description = "The department does not exist")
    @ApiResponse(responseCode = "409", description = "Its parent is archived, or an active sibling has its name")
    DepartmentResponse restore(@PathVariable UUID id) {
        return DepartmentResponse.of(departments.restore(id));
    }
}
