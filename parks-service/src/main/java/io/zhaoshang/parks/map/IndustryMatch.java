package io.zhaoshang.parks.map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The strongest way one park's leading industries meet the industry asked for. */
@Schema(name = "IndustryMapMatch", description = "Why the park is on the map: its strongest leading industry for the "
        + "industry asked.")
public record IndustryMatch(
        @Schema(required = true)
        MatchKind kind,
        @Schema(description = "The park's leading industry that matches: the code asked, a category it belongs to or "
                + "one of its sub-categories.", examples = "SEI-04", required = true)
        String matchedIndustry,
        @Schema(description = "Place of that industry in the park's list of leading industries, 1 for the first "
                + "(most important).", examples = "1", required = true)
        int position) {
}
