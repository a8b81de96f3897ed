package io.zhaoshang.projects.land;

import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectView;
import jakarta.annotation.security.RolesAllowed;
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

@Path("/api/v1/projects/{id}/land-requests")
@Tag(name = "land", description = "The land of a project, asked of parks 项目用地")
@Produces(MediaType.APPLICATION_JSON)
public class LandRequestResource {

    private final LandRequestService requests;

    LandRequestResource(LandRequestService requests) {
        this.requests = requests;
    }

    @POST
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD, Roles.TEAM_MEMBER, Roles.INTEGRATION})
    @Operation(operationId = "requestProjectLand", summary = "Ask parks for the land again 再次申请用地",
            description = "An APPROVING project with a land need and no request pending nor land held (land "
                    + "NOT_REQUESTED, REJECTED or RELEASED) asks its park (its sub-park if any) for the land: "
                    + "zhaoshang.project.land-requested.v1, answered by parks with a reservation or a rejection. "
                    + "The land is REQUESTED until then; a LAND_REJECTED warning stays open until land is reserved. "
                    + "No body. The owner team or the administration; needs `If-Match`.")
    @APIResponse(responseCode = "202", description = "Asked: the project with its land REQUESTED; parks answers by event",
            headers = @Header(name = "ETag", description = "Version of the project.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "403", description = "`forbidden`: the role may not ask for land.")
    @APIResponse(responseCode = "404", description = "`not-found`: no such project the caller may see.")
    @APIResponse(responseCode = "409", description = "`land-request-not-allowed` (not APPROVING, or a request "
            + "pending or land held; members `stage`, `landStatus`), `land-not-needed` (no land need), "
            + "`park-required-for-land` (no park to ask).")
    @APIResponse(responseCode = "412", description = "`precondition-failed`: the project changed since it was read.")
    @APIResponse(responseCode = "428", description = "`if-match-required`: no `If-Match` header.")
    public Response request(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the project as last read.", required = true)
            @HeaderParam("If-Match") String ifMatch) {
        Project project = requests.request(id, ifMatch);
        return Response.accepted(ProjectView.of(project)).tag(ETags.of(project.version)).build();
    }
}
