package io.zhaoshang.scoring.period;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/periods/{kind}/{key}")
@Tag(name = "periods", description = "Periods 考核期间: weeks, months, quarters, years in the zone's time zone")
@Produces(MediaType.APPLICATION_JSON)
public class PeriodResource {

    private final PeriodService periods;
    private final Clock clock;

    PeriodResource(PeriodService periods, Clock clock) {
        this.clock = clock;
        this.periods = periods;
    }

    @GET
    @Authenticated
    @Operation(operationId = "getPeriod", summary = "Read a period 查看考核期间",
            description = "Its boundaries in the zone's time zone and whether it is closed. A key that does not "
                    + "name a period of the kind is a 400 `invalid-period-key`.")
    @APIResponse(responseCode = "200", description = "The period",
            content = @Content(schema = @Schema(implementation = PeriodView.class)))
    public PeriodView get(
            @Parameter(description = "Kind of period.", schema = @Schema(implementation = PeriodKind.class))
            @PathParam("kind") String kind,
            @Parameter(description = "Key of the period: 2026-W47, 2026-11, 2026-Q4 or 2026.", example = "2026-11")
            @PathParam("key") String key) {
        return periods.get(periods.period(kind, key));
    }

    @POST
    @Path("/closure")
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "closePeriod", summary = "Close a period 关账",
            description = "Closes an ended period of the caller's zone for good (its ranking is frozen) and "
                    + "publishes `zhaoshang.period.closed.v1`. 409 `period-not-ended` for the current or a future "
                    + "period, 409 `period-already-closed` for a closed one. Periods nobody closes are closed "
                    + "automatically a grace time (3 days) after their end.")
    @APIResponse(responseCode = "201", description = "Closed",
            content = @Content(schema = @Schema(implementation = PeriodView.class)))
    public Response close(
            @Parameter(description = "Kind of period.", schema = @Schema(implementation = PeriodKind.class))
            @PathParam("kind") String kind,
            @Parameter(description = "Key of the period.", example = "2026-11") @PathParam("key") String key) {
        Period period = periods.period(kind, key);
        PeriodView closed = periods.close(period, clock.instant());
        return Response.created(URI.create("/api/v1/periods/" + period.kind() + "/" + period.key()))
                .entity(closed).build();
    }
}
