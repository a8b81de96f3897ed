package io.zhaoshang.parks.industry;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An industry of the catalog with its sub-categories, nested. */
@Schema(name = "Industry", description = "An industry code of the catalog (产业目录) with its sub-categories.")
public record IndustryView(
        @Schema(description = "Industry code: SEI-<nn> for the strategic emerging industries of 战略性新兴产业分类(2018) "
                + "in that classification's numbering (1.2.4 is SEI-01.02.04), TRD-<nn> for traditional sectors.",
                examples = "SEI-04.01", required = true)
        String code,
        @Schema(description = "Code of the category this one belongs to; absent at the top level.", examples = "SEI-04")
        String parentCode,
        @Schema(description = "Chinese name.", examples = "生物医药产业", required = true)
        String nameZh,
        @Schema(description = "English name.", examples = "Biomedicine", required = true)
        String nameEn,
        @Schema(description = "Sub-categories, in code order; empty for the most specific ones.", required = true)
        List<IndustryView> children) {

    static IndustryView of(IndustryEntry entry, IndustryCatalog catalog) {
        return new IndustryView(entry.code(), entry.parentCode(), entry.nameZh(), entry.nameEn(),
                catalog.children(entry.code()).stream().map(child -> of(child, catalog)).toList());
    }
}
