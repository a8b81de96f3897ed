package io.zhaoshang.projects.milestone;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.ETags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{id}/milestones")
@Tag(name = "milestones", description = "Key milestones of a project 关键环节")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MilestoneResource {

    private final MilestoneService milestones;

    MilestoneResource(MilestoneService milestones) {
        this.milestones = milestones;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listProjectMilestones", summary = "Key milestones of a project 项目关键环节",
            description = "In template order; empty before the project entered APPROVING, when it gets them from "
                    + "the newest template for its tier (START-OF-CONSTRUCTION for MAJOR and KEY, SMALL-PROJECT for "
                    + "REGULAR). Not paged: a project has a few dozen.")
    @APIResponse(responseCode = "200", description = "The milestones",
            content = @Content(schema = @Schema(implementation = MilestoneView.Milestones.class)))
    @APIResponse(responseCode = "404", description = "`not-found`: no such project the caller may see.")
    public MilestoneView.Milestones list(@PathParam("id") UUID id) {
        return new MilestoneView.Milestones(milestones.list(id).stream().map(MilestoneView::of).toList());
    }

    @POST
    @Path("/{milestoneId}/progress")
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD, Roles.TEAM_MEMBER, Roles.INTEGRATION})
    @Operation(operationId = "progressProjectMilestone", summary = "Report progress of a milestone 更新关键环节进度",
            description = "PENDING → IN_PROGRESS, DONE, WAIVED_PENDING_DOCS (容缺办理, with documentsDueOn) or BLOCKED "
                    + "(with a reason); BLOCKED back to IN_PROGRESS, DONE or waived; a waived milestone to DONE when "
                    + "its documents arrive; DONE is final. Starting, finishing or waiving needs every predecessor "
                    + "DONE or WAIVED_PENDING_DOCS. Needs `If-Match` with the milestone's version. DONE and "
                    + "WAIVED_PENDING_DOCS publish zhaoshang.project.milestone-completed.v1.")
    @APIResponse(responseCode = "200", description = "The milestone after the progress",
            headers = @Header(name = "ETag", description = "Version of the milestone.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed`, `invalid-enum-value`, `malformed-json`.")
    @APIResponse(responseCode = "403", description = "`forbidden`: the role may not report progress.")
    @APIResponse(responseCode = "404", description = "`not-found`: no such project the caller may see, or no such "
            + "milestone of it.")
    @APIResponse(responseCode = "409", description = "`milestone-status-not-allowed` (members `milestoneStatus`, `allowed`), "
            + "`milestone-predecessors-open` (member `open`: the keys).")
    @APIResponse(responseCode = "412", description = "`precondition-failed`: the milestone changed since it was read.")
    @APIResponse(responseCode = "422", description = "`date-in-future`, `date-before-project`, "
            + "`documents-due-required`, `documents-due-before-date`, `documents-due-not-expected`, "
            + "`milestone-reason-required`.")
    @APIResponse(responseCode = "428", description = "`if-match-required`: no `If-Match` header.")
    public Response progress(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
            @Parameter(description = "ETag of the milestone as last read (its `version`).", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MilestoneProgressRequest request) {
        Milestone milestone = milestones.progress(id, milestoneId, ifMatch, request);
        return Response.ok(MilestoneView.of(milestone)).tag(ETags.of(milestone.version)).build();
    }
}
