package io.zhaoshang.parks.industry;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The catalog, or one branch of it, as a tree. */
@Schema(name = "IndustryCatalog", description = "The industry catalog (产业目录) of one version, as a tree.")
public record IndustryCatalogView(
        @Schema(description = "Version of the catalog; also the ETag.", examples = "1", required = true)
        int version,
        @Schema(description = "The top-level industries, or the sub-categories of the requested parent, in code "
                + "order, each with its own sub-categories nested.", required = true)
        List<IndustryView> items) {
}
