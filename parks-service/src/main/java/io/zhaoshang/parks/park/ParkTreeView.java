package io.zhaoshang.parks.park;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A park with its sub-parks, nested, and what the subtree adds up to. */
@Schema(name = "ParkTree", description = "A park with its sub-parks (园中园), nested, and the totals of its subtree.")
public record ParkTreeView(
        UUID id,
        String code,
        String name,
        ParkKind kind,
        @Schema(description = "The park this one lies in; absent for a park directly in the zone.")
        UUID parentId,
        ParkStatus status,
        @Schema(description = "The park's own area in mu (亩), not counting its sub-parks.", examples = "3200.50")
        BigDecimal areaMu,
        List<String> leadingIndustries,
        @Schema(description = "Level in the zone: 1 for a park directly in the zone, up to 3.", examples = "1")
        int level,
        @Schema(description = "Totals of this park and all its sub-parks.")
        Totals totals,
        @Schema(description = "Sub-parks, oldest first, each with its own sub-parks.")
        List<ParkTreeView> children) {

    /** Zero with the scale of the figures (2 decimals), so sums print alike. */
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    /** Roll-ups of a subtree: its area, its land pool by parcel status and its carriers' space. */
    @Schema(name = "ParkTotals", description = "Roll-ups of a park's subtree (the park and all its sub-parks).")
    public record Totals(
            @Schema(description = "Area in mu of the park and all its sub-parks.", examples = "5000.00")
            BigDecimal areaMu,
            @Schema(description = "Parcels of the land pool (土地指标池) in the subtree, in mu, by status.")
            Land land,
            @Schema(description = "Floor area and vacant area of the carriers (载体) in the subtree, in m².")
            Space space) {

        Totals plus(Totals other) {
            return new Totals(areaMu.add(other.areaMu), land.plus(other.land), space.plus(other.space));
        }
    }

    @Schema(name = "ParkLandTotals", description = "Mu of parcels by status: RESERVE 储备, AVAILABLE 可供 (free), "
            + "RESERVED 已预留, ALLOCATED 已供地.")
    public record Land(
            @Schema(examples = "120.00") BigDecimal reserveMu,
            @Schema(description = "Free land: parcels offered and not held.", examples = "86.50") BigDecimal availableMu,
            @Schema(examples = "30.00") BigDecimal reservedMu,
            @Schema(examples = "210.00") BigDecimal allocatedMu) {

        static final Land NONE = new Land(ZERO, ZERO, ZERO, ZERO);

        Land plus(Land other) {
            return new Land(reserveMu.add(other.reserveMu), availableMu.add(other.availableMu),
                    reservedMu.add(other.reservedMu), allocatedMu.add(other.allocatedMu));
        }
    }

    @Schema(name = "ParkSpaceTotals", description = "Carrier space: floor area and the part no active lease holds.")
    public record Space(
            @Schema(examples = "48000.00") BigDecimal floorAreaSqm,
            @Schema(examples = "12500.00") BigDecimal vacantSqm) {

        static final Space NONE = new Space(ZERO, ZERO);

        Space plus(Space other) {
            return new Space(floorAreaSqm.add(other.floorAreaSqm), vacantSqm.add(other.vacantSqm));
        }
    }

    /**
     * The subtree of {@code park} at {@code level}, its sub-parks taken from {@code childrenOf}
     * (each zone's lists in id order, that is oldest first), each park's own land and space from
     * the maps (a park without parcels or carriers is absent from them).
     */
    static ParkTreeView of(Park park, int level, Map<UUID, List<Park>> childrenOf, Map<UUID, Land> landOf,
            Map<UUID, Space> spaceOf) {
        List<ParkTreeView> children = childrenOf.getOrDefault(park.id, List.of()).stream()
                .map(child -> of(child, level + 1, childrenOf, landOf, spaceOf))
                .toList();
        Totals own = new Totals(park.areaMu, landOf.getOrDefault(park.id, Land.NONE),
                spaceOf.getOrDefault(park.id, Space.NONE));
        Totals totals = children.stream().map(ParkTreeView::totals).reduce(own, Totals::plus);
        return new ParkTreeView(park.id, park.code, park.name, park.kind, park.parentId, park.status, park.areaMu,
                List.copyOf(park.leadingIndustries), level, totals, children);
    }
}
