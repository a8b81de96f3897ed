package io.zhaoshang.parks.map;

import io.zhaoshang.parks.industry.IndustryEntry;
import io.zhaoshang.parks.park.ParkKind;
import io.zhaoshang.parks.park.ParkStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The industry map (产业招商地图) for one industry and need: the parks that want it, best first. */
@Schema(name = "IndustryMap", description = "The parks of the caller's zone that want an industry (产业招商地图), best "
        + "first, with their free land and vacant space and the reasons for each.")
public record IndustryMapView(
        @Schema(required = true)
        IndustryName industry,
        @Schema(required = true)
        MapNeed need,
        @Schema(description = "How many parks match in all; `items` holds the first `limit` of them.", examples = "7",
                required = true)
        int total,
        @Schema(description = "The matching parks in rank order.", required = true)
        List<Item> items) {

    @Schema(name = "IndustryName", description = "An industry code of the catalog with its names.")
    public record IndustryName(
            @Schema(examples = "SEI-04.01", required = true)
            String code,
            @Schema(examples = "生物医药产业", required = true)
            String nameZh,
            @Schema(examples = "Biomedicine", required = true)
            String nameEn) {

        static IndustryName of(IndustryEntry entry) {
            return new IndustryName(entry.code(), entry.nameZh(), entry.nameEn());
        }
    }

    @Schema(name = "IndustryMapItem", description = "One park on the industry map.")
    public record Item(
            @Schema(description = "Place on the map, from 1.", examples = "1", required = true)
            int rank,
            @Schema(required = true)
            ParkSummary park,
            @Schema(required = true)
            IndustryMatch match,
            @Schema(required = true)
            Land land,
            @Schema(required = true)
            Space space,
            @Schema(description = "Why the park is here and how it meets each need stated, in words: English, or "
                    + "Chinese with `Accept-Language: zh-CN`. One for the match, then one for land and one for "
                    + "space when `landMu` or `spaceSqm` is asked.", required = true)
            List<Reason> reasons) {
    }

    @Schema(name = "IndustryMapPark", description = "The park: a sub-park (园中园) is an entry of its own.")
    public record ParkSummary(
            @Schema(required = true)
            UUID id,
            @Schema(examples = "JN-BIO", required = true)
            String code,
            @Schema(examples = "济宁生物医药产业园", required = true)
            String name,
            @Schema(required = true)
            ParkKind kind,
            @Schema(description = "PLANNED or ACTIVE: merged and retired parks are never on the map.", required = true)
            ParkStatus status,
            @Schema(description = "The park this one lies in; null for a park directly in the zone.", nullable = true)
            UUID parentId) {
    }

    @Schema(name = "IndustryMapLand", description = "The park's own free land in the land pool (土地指标池), without "
            + "its sub-parks': its AVAILABLE parcels, of the `landUse` asked if any.")
    public record Land(
            @Schema(description = "Free land in mu (亩): the sum of the AVAILABLE parcels.", examples = "180.50",
                    required = true)
            BigDecimal freeMu,
            @Schema(description = "The largest AVAILABLE parcel in mu; 0 without one.", examples = "120.00",
                    required = true)
            BigDecimal largestParcelMu,
            @Schema(description = "Whether the free land covers `landMu` (a reservation may combine parcels); null "
                    + "when no `landMu` is asked.", nullable = true)
            Boolean fits) {
    }

    @Schema(name = "IndustryMapSpace", description = "The park's own vacant carrier space (载体), without its "
            + "sub-parks'.")
    public record Space(
            @Schema(description = "Vacant area of all the park's carriers in m².", examples = "2600.00", required = true)
            BigDecimal vacantSqm,
            @Schema(description = "The largest vacant area of a single carrier in m²; 0 without one.",
                    examples = "2000.00", required = true)
            BigDecimal largestVacancySqm,
            @Schema(description = "Whether one carrier has `spaceSqm` vacant (a project moves into one building); "
                    + "null when no `spaceSqm` is asked.", nullable = true)
            Boolean fits) {
    }

    @Schema(name = "IndustryMapReason", description = "One reason, as a code and in words.")
    public record Reason(
            @Schema(description = "leading-industry, parent-industry or sub-industry for the match; land-fits or "
                    + "land-short for `landMu`; space-fits or space-short for `spaceSqm`.", examples = "land-fits",
                    required = true)
            String code,
            @Schema(examples = "180.5 mu of industrial land free (largest parcel 120 mu): enough for the 150 mu needed.",
                    required = true)
            String text) {
    }
}
