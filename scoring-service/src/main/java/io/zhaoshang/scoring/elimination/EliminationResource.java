package io.zhaoshang.scoring.elimination;

import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.scoring.team.Team;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/teams/{id}/elimination")
@Tag(name = "elimination", description = "Last-place elimination 末位淘汰: a zone administrator's decision on a proposal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EliminationResource {

    private final EliminationService eliminations;

    EliminationResource(EliminationService eliminations) {
        this.eliminations = eliminations;
    }

    /** The reason an administrator gives for keeping a team proposed for elimination. */
    @Schema(name = "EliminationRejection")
    public record Rejection(@NotBlank @Size(max = 500) @Schema(examples = "本月受台风影响，暂缓淘汰") String reason) {
    }

    /** A team's standing after a decision. */
    @Schema(name = "EliminationDecision")
    public record Decision(UUID teamId, String teamCode, @Schema(examples = "ELIMINATED") String status, long version) {
        static Decision of(Team team) {
            return new Decision(team.id, team.code, team.status.name(), team.version);
        }
    }

    @POST
    @Path("/confirmation")
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "confirmElimination", summary = "Confirm an elimination 确认淘汰",
            description = "The team proposed for elimination (ELIMINATION_PROPOSED) is ELIMINATED; publishes "
                    + "`zhaoshang.elimination.confirmed.v1` and `zhaoshang.team.changed.v1`. 409 "
                    + "`elimination-not-proposed` for a team that was not proposed.")
    @APIResponse(responseCode = "201", description = "Confirmed",
            content = @Content(schema = @Schema(implementation = Decision.class)))
    public Response confirm(@PathParam("id") UUID id) {
        return Response.status(201).entity(Decision.of(eliminations.confirm(id))).build();
    }

    @POST
    @Path("/rejection")
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "rejectElimination", summary = "Reject an elimination 驳回淘汰",
            description = "The team proposed for elimination is ACTIVE again; the reason is kept and published in "
                    + "`zhaoshang.elimination.rejected.v1`. 409 `elimination-not-proposed` for a team that was not proposed.")
    @APIResponse(responseCode = "201", description = "Rejected",
            content = @Content(schema = @Schema(implementation = Decision.class)))
    public Response reject(@PathParam("id") UUID id, @Valid @NotNull Rejection rejection) {
        return Response.status(201).entity(Decision.of(eliminations.reject(id, rejection.reason()))).build();
    }
}
