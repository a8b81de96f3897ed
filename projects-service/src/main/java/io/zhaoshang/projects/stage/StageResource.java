package io.zhaoshang.projects.stage;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectView;
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

@Path("/api/v1/projects/{id}")
@Tag(name = "stages", description = "The lifecycle of a project 项目全生命周期")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StageResource {

    private final StageService stages;

    StageResource(StageService stages) {
        this.stages = stages;
    }

    @POST
    @Path("/stage-transitions")
    @RolesAllowed({Roles.ZONE_ADMIN, Roles.TEAM_LEAD, Roles.TEAM_MEMBER, Roles.INTEGRATION})
    @Operation(operationId = "transitionProjectStage", summary = "Move a project to another stage 变更项目阶段",
            description = "Forward one stage at a time: NEGOTIATING → SIGNED (with the agreement) → APPROVING (a "
                    + "project with a land need asks parks for it: zhaoshang.project.land-requested.v1) → "
                    + "UNDER_CONSTRUCTION (land reserved by parks, or a land waiver) → COMPLETED → IN_PRODUCTION. "
                    + "Any stage before IN_PRODUCTION may go ON_HOLD (with a reason) and back to where it was, or "
                    + "ABANDONED (with a reason, final). The owner team or the administration; needs `If-Match`. "
                    + "A refused move names its failed guard in `guard` (transition, date, reason, agreement, land, "
                    + "milestones) and changes nothing. Announced by zhaoshang.project.stage-changed.v1.")
    @APIResponse(responseCode = "200", description = "The project in its new stage",
            headers = @Header(name = "ETag", description = "Version of the project.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed`, `invalid-enum-value`, `malformed-json`.")
    @APIResponse(responseCode = "403", description = "`forbidden`: the role may not move projects.")
    @APIResponse(responseCode = "404", description = "`not-found`: no such project the caller may see.")
    @APIResponse(responseCode = "409", description = "`stage-transition-not-allowed` (guard transition: a skipped "
            + "stage, leaving ABANDONED or IN_PRODUCTION; members `stage`, `allowed`), `land-not-reserved` (guard "
            + "land; member `landStatus`), `park-required-for-land` (guard land), `milestones-open` (guard "
            + "milestones).")
    @APIResponse(responseCode = "412", description = "`precondition-failed`: the project changed since it was read.")
    @APIResponse(responseCode = "422", description = "`date-in-future`, `date-before-project`, `date-before-stage` "
            + "(guard date, or agreement for the agreement's date), `reason-required` (guard reason), "
            + "`agreement-required`, `agreement-not-expected` (guard agreement), `land-waiver-not-expected` "
            + "(guard land).")
    @APIResponse(responseCode = "428", description = "`if-match-required`: no `If-Match` header.")
    public Response transition(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the project as last read.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StageTransitionRequest request) {
        Project project = stages.transition(id, ifMatch, request);
        return Response.ok(ProjectView.of(project)).tag(ETags.of(project.version)).build();
    }

    @GET
    @Path("/stage-history")
    @Authenticated
    @Operation(operationId = "getProjectStageHistory", summary = "Stage history of a project 项目阶段历史",
            description = "Every stage the project entered, oldest first, from its creation on: who, when, why, "
                    + "documents, the agreement of the signing and the land waiver. Never rewritten.")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(implementation = StageChangeView.History.class)))
    @APIResponse(responseCode = "404", description = "`not-found`: no such project the caller may see.")
    public StageChangeView.History history(@PathParam("id") UUID id) {
        return new StageChangeView.History(stages.history(id).stream().map(StageChangeView::of).toList());
    }
}
