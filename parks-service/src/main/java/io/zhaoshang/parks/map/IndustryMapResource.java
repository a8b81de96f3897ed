package io.zhaoshang.parks.map;

import io.quarkus.security.Authenticated;
import io.zhaoshang.parks.land.LandUse;
import io.zhaoshang.platform.problem.ProblemTexts;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The industry investment map (产业招商地图), one of the "three libraries and one map" (三库一图). */
@Path("/api/v1/industry-map")
@Tag(name = "industry-map", description = "Industry investment map 产业招商地图: which parks want an industry, with "
        + "what land and space free")
@Produces(MediaType.APPLICATION_JSON)
public class IndustryMapResource {

    private final IndustryMapService map;

    IndustryMapResource(IndustryMapService map) {
        this.map = map;
    }

    @GET
    @Authenticated
    @Operation(operationId = "industryMap", summary = "Industry investment map 产业招商地图",
            description = "The PLANNED and ACTIVE parks of the caller's zone that want the industry, best first: those "
                    + "listing the code itself among their leading industries, then those listing a category it "
                    + "belongs to, then those listing one of its sub-categories; within each, the parks meeting more "
                    + "of the needs asked (`landMu`: their AVAILABLE parcels add up to it; `spaceSqm`: one carrier has "
                    + "it vacant), then the earlier the industry in the park's list, then more free land, more vacant "
                    + "space, and the park code. Each park counts its own parcels and carriers, not its sub-parks': a "
                    + "sub-park is an entry of its own. Every entry explains itself in `reasons`, in English or, with "
                    + "`Accept-Language: zh-CN`, in Chinese.")
    @APIResponse(responseCode = "200", description = "The map, best first",
            headers = @Header(name = "Content-Language", description = "Language of the reasons: en or zh-CN.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = IndustryMapView.class)))
    @APIResponse(responseCode = "400", description = "No industry (validation-failed), an industry not in the catalog "
            + "(unknown-industry), a landMu or spaceSqm that is not a number more than 0 with at most 2 decimals "
            + "(invalid-quantity), an unknown landUse (invalid-enum-value with acceptedValues), or a bad limit "
            + "(invalid-limit)")
    public Response industryMap(
            @Parameter(description = "Industry code of the catalog (GET /api/v1/industries) a company or project is in.",
                    required = true, example = "SEI-04.01")
            @QueryParam("industry") @NotBlank String industry,
            @Parameter(description = "Land needed, in mu (亩): more than 0, at most 2 decimals. A park fits when its "
                    + "AVAILABLE parcels add up to it.", example = "150",
                    schema = @Schema(type = SchemaType.NUMBER))
            @QueryParam("landMu") String landMu,
            @Parameter(description = "Floor space needed, in m²: more than 0, at most 2 decimals. A park fits when one "
                    + "of its carriers has that much vacant.", example = "1500",
                    schema = @Schema(type = SchemaType.NUMBER))
            @QueryParam("spaceSqm") String spaceSqm,
            @Parameter(description = "Count only land of this use.", schema = @Schema(implementation = LandUse.class))
            @QueryParam("landUse") String landUse,
            @Parameter(description = "How many parks to show, best first.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "zh-CN for the reasons in Chinese; English otherwise.", example = "zh-CN")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        MapNeed need = MapNeed.of(landMu, spaceSqm, landUse);
        int shown = MapRanking.limit(limit);
        Locale locale = ProblemTexts.locale(acceptLanguage);
        return Response.ok(map.map(industry, need, shown, locale))
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
