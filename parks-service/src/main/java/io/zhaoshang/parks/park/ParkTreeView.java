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

    /** Roll-ups of a subtree; land and vacant space join them with the land pool and the carriers. */
    @Schema(name = "ParkTotals", description = "Roll-ups of a park's subtree.")
    public record Totals(
            @Schema(description = "Area in mu of the park and all its sub-parks.", examples = "5000.00")
            BigDecimal areaMu) {
    }

    /**
     * The subtree of {@code park} at {@code level}, its sub-parks taken from {@code childrenOf}
     * (each zone's lists in id order, that is oldest first).
     */
    static ParkTreeView of(Park park, int level, Map<UUID, List<Park>> childrenOf) {
        List<ParkTreeView> children = childrenOf.getOrDefault(park.id, List.of()).stream()
                .map(child -> of(child, level + 1, childrenOf))
                .toList();
        BigDecimal area = children.stream().map(child -> child.totals().areaMu()).reduce(park.areaMu, BigDecimal::add);
        return new ParkTreeView(park.id, park.code, park.name, park.kind, park.parentId, park.status, park.areaMu,
                List.copyOf(park.leadingIndustries), level, new Totals(area), children);
    }
}
