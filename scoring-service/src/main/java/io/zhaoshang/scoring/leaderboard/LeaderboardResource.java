package io.zhaoshang.scoring.leaderboard;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.scoring.period.PeriodKind;
import io.zhaoshang.scoring.period.PeriodService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/leaderboards")
@Tag(name = "leaderboards", description = "Leaderboards 龙虎榜: the teams of the zone ranked by points per period")
public class LeaderboardResource {

    static final String SVG = "image/svg+xml";

    private final LeaderboardService leaderboards;
    private final PeriodService periods;
    private final Caller caller;

    LeaderboardResource(LeaderboardService leaderboards, PeriodService periods, Caller caller) {
        this.leaderboards = leaderboards;
        this.periods = periods;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, SVG})
    @Operation(operationId = "getLeaderboard", summary = "Leaderboard of a period 龙虎榜",
            description = "The teams of the caller's zone by points, with the breakdown by kind of fact, the targets "
                    + "and their completion and the rank change since the previous period. Ties: more signed "
                    + "investment first, then the earlier latest fact, then the team code. A closed period answers "
                    + "its ranking frozen at the closing. `period=WEEK` is the weekly summary (每周汇总), `MONTH` the "
                    + "monthly ranking (每月排序). With `Accept: image/svg+xml` the same ranking as a bar chart; "
                    + "JSON otherwise.")
    @APIResponse(responseCode = "200", description = "The leaderboard",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Leaderboard.class)),
                    @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING))})
    public Response get(
            @Parameter(description = "Kind of period.", required = true, schema = @Schema(implementation = PeriodKind.class))
            @QueryParam("period") String period,
            @Parameter(description = "Key of the period: 2026-W47, 2026-11, 2026-Q4 or 2026.", required = true,
                    example = "2026-11") @QueryParam("key") String key,
            @Parameter(hidden = true) @HeaderParam("Accept") String accept) {
        Leaderboard board = leaderboards.leaderboard(caller.zone(), periods.period(period, key));
        // JSON unless the chart is asked for by name: a client accepting anything gets the data
        return accept != null && accept.contains(SVG) ? Response.ok(LeaderboardSvg.render(board), SVG).build()
                : Response.ok(board, MediaType.APPLICATION_JSON).build();
    }
}
