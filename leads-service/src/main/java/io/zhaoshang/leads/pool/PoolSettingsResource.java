package io.zhaoshang.leads.pool;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.ETags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pool-settings")
@Tag(name = "pools", description = "Public and team pools 公海/私海")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PoolSettingsResource {

    private final PoolSettingsService settings;

    PoolSettingsResource(PoolSettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Authenticated
    @Operation(operationId = "getPoolSettings", summary = "Read the pool rules 查看公海规则",
            description = "The zone's protection days, cap per team and re-claim cooldown; the defaults (90, 200, 30) "
                    + "until an administrator sets them.")
    @APIResponse(responseCode = "200", description = "The rules, with their version as ETag",
            content = @Content(schema = @Schema(implementation = PoolSettingsView.class)))
    public Response get() {
        PoolSettingsView view = settings.get();
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "setPoolSettings", summary = "Set the pool rules 设置公海规则",
            description = "Needs `If-Match` with the ETag last read (\"0\" for the defaults). Applies from now on: "
                    + "protection already granted keeps its end.")
    @APIResponse(responseCode = "200", description = "Set",
            content = @Content(schema = @Schema(implementation = PoolSettingsView.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed`: a value out of its range.")
    @APIResponse(responseCode = "412", description = "`precondition-failed`: the rules changed since they were read.")
    @APIResponse(responseCode = "428", description = "`if-match-required`: no `If-Match` header.")
    public Response set(@Parameter(description = "ETag of the rules as last read.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PoolSettingsRequest request) {
        PoolSettingsView view = settings.set(ifMatch, request);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
