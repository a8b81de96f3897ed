package io.zhaoshang.scoring.target;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.scoring.period.PeriodKind;
import io.zhaoshang.scoring.period.PeriodService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/teams/{id}/targets/{kind}/{key}")
@Tag(name = "targets", description = "Targets 目标管理: what each team is to achieve per period")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetResource {

    private final TargetService targets;
    private final PeriodService periods;

    TargetResource(TargetService targets, PeriodService periods) {
        this.targets = targets;
        this.periods = periods;
    }

    @PUT
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "putTarget", summary = "Set a team's targets for a period 设定队伍期间目标",
            description = "Creates the targets (201, no `If-Match`) or replaces them (200, `If-Match` with the ETag "
                    + "last read). Amounts in CNY, nothing negative. A key that names no period of the kind is a 400 "
                    + "`invalid-period-key`.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TargetView.class)))
    public Response put(@PathParam("id") UUID id,
            @Parameter(description = "Kind of period.", schema = @Schema(implementation = PeriodKind.class))
            @PathParam("kind") String kind,
            @Parameter(description = "Key of the period.", example = "2026-11") @PathParam("key") String key,
            @Parameter(description = "ETag of the targets last read; required to replace them.")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TargetRequest request) {
        TargetService.Put put = targets.put(id, periods.period(kind, key), ifMatch, request);
        Target target = put.target();
        Response.ResponseBuilder response = put.created()
                ? Response.created(URI.create("/api/v1/teams/" + id + "/targets/" + target.periodKind + "/"
                        + target.periodKey))
                : Response.ok();
        return response.tag(ETags.of(target.version)).entity(TargetView.of(target)).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "getTarget", summary = "Read a team's targets for a period 查看队伍期间目标")
    @APIResponse(responseCode = "200", description = "The targets, with their version as ETag",
            content = @Content(schema = @Schema(implementation = TargetView.class)))
    public Response get(@PathParam("id") UUID id,
            @Parameter(description = "Kind of period.", schema = @Schema(implementation = PeriodKind.class))
            @PathParam("kind") String kind,
            @Parameter(description = "Key of the period.", example = "2026-11") @PathParam("key") String key) {
        Target target = targets.get(id, periods.period(kind, key));
        return Response.ok(TargetView.of(target)).tag(ETags.of(target.version)).build();
    }
}
