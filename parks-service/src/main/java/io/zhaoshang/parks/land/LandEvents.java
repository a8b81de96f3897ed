package io.zhaoshang.parks.land;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events of the land pool, all about a land reservation and keyed by its id, so a consumer
 * (projects-service) sees one reservation's answer, allocation and release in order.
 */
final class LandEvents {

    static final String AGGREGATE = "land-reservation";
    static final String RESERVED = "zhaoshang.land.reserved.v1";
    static final String REJECTED = "zhaoshang.land.reservation-rejected.v1";
    static final String ALLOCATED = "zhaoshang.land.allocated.v1";
    static final String RELEASED = "zhaoshang.land.released.v1";

    private LandEvents() {
    }

    /** Land held for the project until reservedUntil; requestEventId answers the projects event that asked. */
    record ReservedData(UUID reservationId, String zone, UUID projectId, UUID parkId, LandUse landUse,
            BigDecimal requestedMu, BigDecimal reservedMu, Instant reservedUntil, List<ReservedParcel> parcels,
            String requestEventId, long version) {

        static ReservedData of(LandReservation reservation) {
            return new ReservedData(reservation.id, reservation.zone, reservation.projectId, reservation.parkId,
                    reservation.landUse, reservation.requestedMu, reservation.reservedMu, reservation.reservedUntil,
                    List.copyOf(reservation.parcels), reservation.requestEventId, reservation.version);
        }
    }

    /** A request no land could be held for. */
    record RejectedData(UUID reservationId, String zone, UUID projectId, UUID parkId, LandUse landUse,
            BigDecimal requestedMu, RejectionReason reason, String requestEventId, long version) {

        static RejectedData of(LandReservation reservation) {
            return new RejectedData(reservation.id, reservation.zone, reservation.projectId, reservation.parkId,
                    reservation.landUse, reservation.requestedMu, reservation.rejectionReason,
                    reservation.requestEventId, reservation.version);
        }
    }

    /** The held land supplied to the project (供地). */
    record AllocatedData(UUID reservationId, String zone, UUID projectId, UUID parkId, LandUse landUse,
            BigDecimal requestedMu, BigDecimal reservedMu, Instant allocatedAt, List<ReservedParcel> parcels,
            long version) {

        static AllocatedData of(LandReservation reservation) {
            return new AllocatedData(reservation.id, reservation.zone, reservation.projectId, reservation.parkId,
                    reservation.landUse, reservation.requestedMu, reservation.reservedMu, reservation.allocatedAt,
                    List.copyOf(reservation.parcels), reservation.version);
        }
    }

    /** The held land back in the pool, AVAILABLE again. */
    record ReleasedData(UUID reservationId, String zone, UUID projectId, UUID parkId, LandUse landUse,
            BigDecimal requestedMu, BigDecimal reservedMu, ReleaseReason reason, Instant releasedAt,
            List<ReservedParcel> parcels, long version) {

        static ReleasedData of(LandReservation reservation) {
            return new ReleasedData(reservation.id, reservation.zone, reservation.projectId, reservation.parkId,
                    reservation.landUse, reservation.requestedMu, reservation.reservedMu, reservation.releaseReason,
                    reservation.releasedAt, List.copyOf(reservation.parcels), reservation.version);
        }
    }
}
