package io.zhaoshang.leads.timer;

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

@Path("/api/v1/timer-settings")
@Tag(name = "timers", description = "Service timers 线索办理时限")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimerSettingsResource {

    private final TimerSettingsService settings;

    TimerSettingsResource(TimerSettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Authenticated
    @Operation(operationId = "getTimerSettings", summary = "Read the service timers 查看线索办理时限",
            description = "Days to respond, assess (a major lead: longer), give feedback and report progress; the "
                    + "defaults (1, 3, 7, 7, 14) until an administrator sets them.")
    @APIResponse(responseCode = "200", description = "The timers, with their version as ETag",
            content = @Content(schema = @Schema(implementation = TimerSettingsView.class)))
    public Response get() {
        TimerSettingsView view = settings.get();
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "setTimerSettings", summary = "Set the service timers 设置线索办理时限",
            description = "Needs `If-Match` with the ETag last read (\"0\" for the defaults). Applies at once to every "
                    + "lead of the zone, also to timers already running.")
    @APIResponse(responseCode = "200", description = "Set",
            content = @Content(schema = @Schema(implementation = TimerSettingsView.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed`: a value out of its range (1-365).")
    @APIResponse(responseCode = "412", description = "`precondition-failed`: the timers changed since they were read.")
    @APIResponse(responseCode = "428", description = "`if-match-required`: no `If-Match` header.")
    public Response set(@Parameter(description = "ETag of the timers as last read.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TimerSettingsRequest request) {
        TimerSettingsView view = settings.set(ifMatch, request);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
