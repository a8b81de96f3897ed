package io.zhaoshang.projects.warning;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The warnings of one project; a resource of its own, under the project's path like its milestones. */
@Path("/api/v1/projects/{id}/warnings")
@Tag(name = "warnings", description = "Early warnings of projects 项目预警")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectWarningResource {

    private final WarningService warnings;

    ProjectWarningResource(WarningService warnings) {
        this.warnings = warnings;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listProjectWarnings", summary = "Warnings of a project 项目预警",
            description = "Every warning of the project, open and resolved, newest first. Not paged.")
    @APIResponse(responseCode = "200", description = "The warnings",
            content = @Content(schema = @Schema(implementation = WarningView.Warnings.class)))
    @APIResponse(responseCode = "404", description = "`not-found`: no such project the caller may see.")
    public WarningView.Warnings ofProject(@PathParam("id") UUID id) {
        return new WarningView.Warnings(warnings.ofProject(id).stream().map(WarningView::of).toList());
    }
}
