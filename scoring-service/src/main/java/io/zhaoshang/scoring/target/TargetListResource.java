package io.zhaoshang.scoring.target;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import io.zhaoshang.scoring.period.PeriodKind;
import io.zhaoshang.scoring.period.PeriodService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The targets of all teams for one period (the team's own are under /teams/{id}/targets). */
@Path("/api/v1/targets")
@Tag(name = "targets")
@Produces(MediaType.APPLICATION_JSON)
public class TargetListResource {

    private final TargetService targets;
    private final PeriodService periods;

    TargetListResource(TargetService targets, PeriodService periods) {
        this.targets = targets;
        this.periods = periods;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listTargets", summary = "Targets of a period 期间目标列表",
            description = "The targets of every team of the caller's zone for one period.")
    @APIResponse(responseCode = "200", description = "One page of targets")
    public Page<TargetView> list(
            @Parameter(description = "Kind of period.", required = true, schema = @Schema(implementation = PeriodKind.class))
            @QueryParam("period") String kind,
            @Parameter(description = "Key of the period.", required = true, example = "2026-11") @QueryParam("key") String key,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") String cursor) {
        return targets.list(periods.period(kind, key), PageRequest.of(limit, cursor)).map(TargetView::of);
    }
}
