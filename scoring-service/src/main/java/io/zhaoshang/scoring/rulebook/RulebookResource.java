package io.zhaoshang.scoring.rulebook;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Idempotency;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rulebooks")
@Tag(name = "rulebooks", description = "Rulebooks 考核办法: versioned rules that turn facts into points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RulebookResource {

    private static final String EXAMPLE = """
            {"title": "招商队伍竞争性考核办法（2026 年修订）", "effectiveFrom": "2026-11-01",
             "rules": {"LEAD_REGISTERED": {"basePoints": 1, "capPerPeriod": {"period": "MONTH", "points": 30}},
                       "PROJECT_SIGNED": {"basePoints": 10, "pointsPer100MillionCny": 1,
                                          "tierBonuses": {"AT_LEAST_100_MILLION": 5, "AT_LEAST_1_BILLION": 20},
                                          "multipliers": {"LEADING_INDUSTRY": 1.2, "FORTUNE_GLOBAL_500": 1.5},
                                          "capPerFact": 300},
                       "RED_WARNING": {"basePoints": -5}}}""";

    private final RulebookService rulebooks;
    private final Idempotency idempotency;

    RulebookResource(RulebookService rulebooks, Idempotency idempotency) {
        this.rulebooks = rulebooks;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ZONE_ADMIN)
    @Operation(operationId = "publishRulebook", summary = "Publish a rulebook version 发布考核办法新版本",
            description = "The next version of the zone's rulebook, effective from `effectiveFrom` (a day in the zone). "
                    + "The body must meet docs/scoring/rulebook.schema.json: otherwise a 422 `rulebook-invalid` whose "
                    + "`errors` name each failing part by its JSON pointer (`/rules/PROJECT_SIGNED/multipliers/"
                    + "LEADING_INDUSTRY`). An effective date on or before the end of a closed period is a 422 "
                    + "`rulebook-effective-in-closed-period`. Publishes `zhaoshang.rulebook.published.v1`. "
                    + "Honours `Idempotency-Key`. `If-Match` (optional) names the version the edit started from: "
                    + "when another version was published meanwhile, 412 `precondition-failed` and nothing is published, "
                    + "so that of two administrators editing the same version only the first wins.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT,
            description = "A rulebook: title, effectiveFrom, notes, rules (docs/scoring/rulebook.schema.json)."),
            examples = @ExampleObject(name = "rulebook", value = EXAMPLE)))
    @APIResponse(responseCode = "412", description = "`precondition-failed`: `If-Match` names a version that is no "
            + "longer the newest; nothing was published.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = RulebookView.class)))
    public Response publish(@NotNull JsonNode document,
            @Parameter(description = "Repeat a create safely: same key and body return the first answer.")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Parameter(description = "The version the edit started from (its ETag); optional.")
            @HeaderParam("If-Match") String ifMatch) {
        return idempotency.execute(idempotencyKey, "publish-rulebook", document, () -> {
            Rulebook rulebook = rulebooks.publish(document, ifMatch);
            return Response.created(URI.create("/api/v1/rulebooks/" + rulebook.version))
                    .tag(ETags.of(rulebook.version))
                    .entity(RulebookView.of(rulebook))
                    .build();
        });
    }

    @GET
    @Path("/{version}")
    @Authenticated
    @Operation(operationId = "getRulebook", summary = "Read a rulebook version 查看考核办法版本")
    @APIResponse(responseCode = "200", description = "The version; it never changes",
            content = @Content(schema = @Schema(implementation = RulebookView.class)))
    public Response get(@Parameter(description = "Version number.", example = "1") @PathParam("version") int version) {
        Rulebook rulebook = rulebooks.get(version);
        return Response.ok(RulebookView.of(rulebook)).tag(ETags.of(rulebook.version)).build();
    }

    @GET
    @Path("/effective")
    @Authenticated
    @Operation(operationId = "getEffectiveRulebook", summary = "The rulebook in force on a day 查询某日生效的考核办法",
            description = "The version with the latest effective date on or before `at`; of two on one day the later "
                    + "version. 404 `no-effective-rulebook` before the first.")
    @APIResponse(responseCode = "200", description = "The version in force",
            content = @Content(schema = @Schema(implementation = RulebookView.class)))
    public Response effective(@Parameter(description = "A day in the zone (default: today there).", example = "2026-11-03")
            @QueryParam("at") String at) {
        Rulebook rulebook = rulebooks.effectiveOn(rulebooks.day(at));
        return Response.ok(RulebookView.of(rulebook)).tag(ETags.of(rulebook.version)).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listRulebooks", summary = "List rulebook versions 考核办法版本列表",
            description = "The versions of the caller's zone, oldest first.")
    @APIResponse(responseCode = "200", description = "One page of versions")
    public Page<RulebookView> list(
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") String cursor) {
        return rulebooks.list(PageRequest.of(limit, cursor)).map(RulebookView::of);
    }
}
