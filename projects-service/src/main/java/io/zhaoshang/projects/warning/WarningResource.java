package io.zhaoshang.projects.warning;

import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageParams;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/v1/warnings")
@Tag(name = "warnings", description = "Early warnings of projects 项目预警")
@Produces(MediaType.APPLICATION_JSON)
public class WarningResource {

    private final WarningService warnings;

    WarningResource(WarningService warnings) {
        this.warnings = warnings;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listWarnings", summary = "List warnings 预警列表",
            description = "The warnings of the projects the caller may see (team members and leads: their own "
                    + "team's), oldest first (by id), narrowed by the filters given. Raised and resolved by the "
                    + "warning check: a milestone past its due day is YELLOW, 7 days past RED; waiver documents "
                    + "past their day RED; land rejected by parks YELLOW until land is reserved; no progress for 30 "
                    + "days YELLOW, 60 RED; signed and not started 90 days after signing YELLOW, 180 RED; under "
                    + "construction 60 days with no milestone passed YELLOW, 120 RED; past the planned completion "
                    + "YELLOW, 90 days past RED. Projects ON_HOLD, ABANDONED or IN_PRODUCTION are not warned.")
    @APIResponse(responseCode = "200", description = "One page of warnings")
    @APIResponse(responseCode = "400", description = "A bad limit, cursor or filter value (invalid-limit, "
            + "invalid-cursor, invalid-enum-value with acceptedValues, invalid-park-filter)")
    public Page<WarningView> list(@BeanParam PageParams page,
            @Parameter(description = "OPEN or RESOLVED; both when left out.",
                    schema = @Schema(enumeration = {"OPEN", "RESOLVED"})) @QueryParam("status") String status,
            @Parameter(description = "Only warnings of this level.",
                    schema = @Schema(implementation = WarningLevel.class)) @QueryParam("level") String level,
            @Parameter(description = "Only warnings of this kind.",
                    schema = @Schema(implementation = WarningKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Only warnings of projects owned by this team.") @QueryParam("team") String team,
            @Parameter(description = "Only warnings of projects in this park (its id).") @QueryParam("park")
            String park) {
        return warnings.list(page.request(), WarningFilter.of(status, level, kind, team, park)).map(WarningView::of);
    }
}
