package io.zhaoshang.projects.statistics;

import io.quarkus.security.Authenticated;
import io.zhaoshang.projects.project.ProjectStage;
import io.zhaoshang.projects.project.ProjectTier;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/statistics")
@Tag(name = "statistics", description = "Ledger statistics 台账统计")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final StatisticsService statistics;

    StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Authenticated
    @Operation(operationId = "getStatistics", summary = "Project statistics 项目统计",
            description = "Counts and amounts (CNY) of the projects the caller may see (team members and leads: their "
                    + "own team's), grouped by up to two dimensions. Without a window (`year`, or `from` and `to`) "
                    + "every project counts as it stands now: `groupBy=stage` answers 在谈项目N项、总投资X. With a "
                    + "window each measure counts by its own date (projects by creation, signings by agreement "
                    + "date, capital by instalment date) and is compared with the same window a year before "
                    + "(`yearOnYear`, in percent): `year=2026` answers 签订合作协议N项、总投资X、比去年提高Y%. A "
                    + "project shared between teams counts once under each team with the team's share of its "
                    + "amounts. Stage and dimension keys are the current ones.")
    @APIResponse(responseCode = "200", description = "The groups with their figures",
            content = @Content(schema = @Schema(implementation = StatisticsView.class)))
    @APIResponse(responseCode = "400", description = "A bad parameter: an unknown groupBy, period, stage or tier "
            + "(invalid-enum-value with acceptedValues), more than two or repeated dimensions (invalid-group-by), "
            + "period without groupBy=period (period-not-grouped), groupBy=period without a window (window-required), "
            + "year with from/to (window-conflict), from without to (window-incomplete), a bad year or date "
            + "(invalid-year, invalid-date), from after to (from-after-to), a park that is not a UUID "
            + "(invalid-park-filter)")
    public StatisticsView get(
            @Parameter(description = "Up to two dimensions, comma separated or repeated: stage, park, industry, team, "
                    + "tier, period.", schema = @Schema(type = SchemaType.ARRAY,
                    implementation = String.class, enumeration = {"stage", "park", "industry", "team", "tier",
                        "period"})) @QueryParam("groupBy") List<String> groupBy,
            @Parameter(description = "Period length for groupBy=period (default YEAR).",
                    schema = @Schema(implementation = PeriodUnit.class)) @QueryParam("period") String period,
            @Parameter(description = "The window as a calendar year (Asia/Shanghai); instead of from/to.",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}$"), example = "2026")
            @QueryParam("year") String year,
            @Parameter(description = "First day of the window (YYYY-MM-DD, Asia/Shanghai); with to.",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day of the window, included; with from.",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Only projects now in this stage.",
                    schema = @Schema(implementation = ProjectStage.class)) @QueryParam("stage") String stage,
            @Parameter(description = "Only projects in this park or sub-park (its id).",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("parkId") String parkId,
            @Parameter(description = "Only projects this team has a share of, with its share of their amounts.")
            @QueryParam("team") String team,
            @Parameter(description = "Only projects of this tier.",
                    schema = @Schema(implementation = ProjectTier.class)) @QueryParam("tier") String tier,
            @Parameter(description = "Only projects of this industry code or its children (SEI-04 takes in "
                    + "SEI-04.01).") @QueryParam("industry") String industry) {
        StatisticsRequest.Filter filter = StatisticsRequest.filter(stage, parkId, team, tier, industry);
        return statistics.answer(StatisticsRequest.of(groupBy, period, year, from, to, filter));
    }
}
