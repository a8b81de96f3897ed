package io.zhaoshang.parks.land;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A land reservation as the API shows it. */
@Schema(name = "LandReservation")
public record LandReservationView(
        UUID id,
        @Schema(description = "Zone the reservation belongs to.", examples = "JN-HTZ")
        String zone,
        @Schema(description = "The project (projects-service) the land is for.")
        UUID projectId,
        @Schema(description = "The park the land was asked of.")
        UUID parkId,
        LandUse landUse,
        @Schema(description = "Area asked for, in mu (亩).", examples = "50.00")
        BigDecimal requestedMu,
        ReservationStatus status,
        @Schema(description = "What the parcels held add up to, in mu: at least requestedMu. Null when REJECTED.",
                examples = "56.25")
        BigDecimal reservedMu,
        @Schema(description = "Until when the parcels are held; a RESERVED reservation not allocated by then expires. "
                + "Null when REJECTED.")
        Instant reservedUntil,
        @Schema(description = "The parcels held (or, once released or expired, held before), in code order; empty when "
                + "REJECTED.")
        List<ReservedParcel> parcels,
        @Schema(description = "Why the request was rejected; null unless REJECTED.")
        RejectionReason rejectionReason,
        @Schema(description = "Why the land went back to the pool; null unless RELEASED or EXPIRED.")
        ReleaseReason releaseReason,
        @Schema(description = "Id of the projects-service event (zhaoshang.project.land-requested.v1) that asked for "
                + "the land; null for a reservation made over this API.")
        String requestEventId,
        @Schema(description = "When the land was allocated (供地); null unless ALLOCATED.")
        Instant allocatedAt,
        @Schema(description = "When the land went back to the pool; null unless RELEASED or EXPIRED.")
        Instant releasedAt,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static LandReservationView of(LandReservation reservation) {
        return new LandReservationView(reservation.id, reservation.zone, reservation.projectId, reservation.parkId,
                reservation.landUse, reservation.requestedMu, reservation.status, reservation.reservedMu,
                reservation.reservedUntil, List.copyOf(reservation.parcels), reservation.rejectionReason,
                reservation.releaseReason, reservation.requestEventId, reservation.allocatedAt, reservation.releasedAt,
                reservation.version, reservation.createdAt, reservation.createdBy, reservation.updatedAt,
                reservation.updatedBy);
    }
}
