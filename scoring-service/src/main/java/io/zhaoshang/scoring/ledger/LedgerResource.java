package io.zhaoshang.scoring.ledger;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import io.zhaoshang.scoring.period.Period;
import io.zhaoshang.scoring.period.PeriodKind;
import io.zhaoshang.scoring.period.PeriodService;
import io.zhaoshang.scoring.team.TeamService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/teams/{id}/ledger")
@Tag(name = "leaderboards")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    private final TeamService teams;
    private final PeriodService periods;

    LedgerResource(TeamService teams, PeriodService periods) {
        this.teams = teams;
        this.periods = periods;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listTeamLedger", summary = "A team's ledger for a period 队伍得分明细",
            description = "The drill-down of a leaderboard line: every entry the team's points of the period are "
                    + "the sum of, with its explanation, in the order booked. 404 for a team not of the caller's zone.")
    @APIResponse(responseCode = "200", description = "One page of entries")
    public Page<LedgerEntryView> list(@PathParam("id") UUID id,
            @Parameter(description = "Kind of period.", required = true, schema = @Schema(implementation = PeriodKind.class))
            @QueryParam("period") String period,
            @Parameter(description = "Key of the period.", required = true, example = "2026-11") @QueryParam("key") String key,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") String cursor) {
        UUID team = teams.get(id).id; // 404 for a team of another zone or none
        Period of = periods.period(period, key);
        PageRequest page = PageRequest.of(limit, cursor);
        UUID after = page.cursor().map(Cursor::id).orElse(new UUID(0, 0));
        List<LedgerEntry> rows = LedgerEntry.<LedgerEntry>find("teamId = ?1 and " + LedgerEntry.keyField(of.kind())
                        + " = ?2 and id > ?3 order by id", team, of.key(), after)
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, entry -> Cursor.of("", entry.id)).map(LedgerEntryView::of);
    }
}
