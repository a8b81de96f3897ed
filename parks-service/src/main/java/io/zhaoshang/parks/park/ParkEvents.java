package io.zhaoshang.parks.park;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The events a park publishes (contract: docs/events/). */
final class ParkEvents {

    static final String AGGREGATE = "park";
    static final String REGISTERED = "zhaoshang.park.registered.v1";
    static final String CHANGED = "zhaoshang.park.changed.v1";
    static final String MERGED = "zhaoshang.park.merged.v1";
    static final String RETIRED = "zhaoshang.park.retired.v1";

    private ParkEvents() {
    }

    /** The park as leads and projects keep it in their read models: where it is, what it wants. */
    record ParkData(UUID parkId, String zone, String code, String name, ParkKind kind, UUID parentId,
            ParkStatus status, BigDecimal areaMu, List<String> leadingIndustries, String address, long version) {

        static ParkData of(Park park) {
            return new ParkData(park.id, park.zone, park.code, park.name, park.kind, park.parentId, park.status,
                    park.areaMu, List.copyOf(park.leadingIndustries), park.address, park.version);
        }
    }

    /** A park merged into another: what moved with it; version is the merged park's. */
    record MergedData(UUID parkId, String zone, UUID intoParkId, List<UUID> movedSubParkIds,
            List<UUID> movedCarrierIds, List<UUID> movedParcelIds, long version) {
    }

    /** A park retired; version is its new one. */
    record RetiredData(UUID parkId, String zone, long version) {
    }
}
