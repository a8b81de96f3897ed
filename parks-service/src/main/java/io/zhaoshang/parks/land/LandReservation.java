package io.zhaoshang.parks.land;

import io.zhaoshang.platform.persistence.Aggregate;
import io.zhaoshang.platform.problem.ProblemException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A project's request for land in one park, and its answer: parcels held until a time (RESERVED),
 * then allocated to the project or given back; or REJECTED with the reason, holding nothing. It is
 * written only under the row lock of its park, like the parcels it holds.
 */
@Entity
@Table(name = "land_reservation")
public class LandReservation extends Aggregate {

    @Column(nullable = false, updatable = false)
    public String zone;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(name = "park_id", nullable = false, updatable = false)
    public UUID parkId;

    @Column(name = "requested_mu", nullable = false, updatable = false, precision = 12, scale = 2)
    public BigDecimal requestedMu;

    @Enumerated(EnumType.STRING)
    @Column(name = "land_use", nullable = false, updatable = false)
    public LandUse landUse;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReservationStatus status;

    /** What the parcels held add up to; at least the area requested. */
    @Column(name = "reserved_mu", precision = 12, scale = 2)
    public BigDecimal reservedMu;

    @Column(name = "reserved_until")
    public Instant reservedUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason")
    public RejectionReason rejectionReason;

    /** The projects event that asked for the land; null for a reservation made over the API. */
    @Column(name = "request_event_id", updatable = false)
    public String requestEventId;

    @Column(name = "allocated_at")
    public Instant allocatedAt;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_reason")
    public ReleaseReason releaseReason;

    /** The parcels held (or held before a release), in code order. */
    @ElementCollection
    @CollectionTable(name = "land_reservation_parcel", joinColumns = @JoinColumn(name = "reservation_id"))
    @OrderColumn(name = "position")
    public List<ReservedParcel> parcels = new ArrayList<>();

    static LandReservation reserve(String zone, LandRequest request, List<Parcel> parcels, Instant until) {
        LandReservation reservation = of(zone, request);
        reservation.status = ReservationStatus.RESERVED;
        reservation.reservedUntil = until;
        parcels.forEach(parcel -> reservation.parcels.add(ReservedParcel.of(parcel)));
        reservation.reservedMu = parcels.stream().map(parcel -> parcel.areaMu).reduce(BigDecimal.ZERO, BigDecimal::add);
        return reservation;
    }

    static LandReservation reject(String zone, LandRequest request, RejectionReason reason) {
        LandReservation reservation = of(zone, request);
        reservation.status = ReservationStatus.REJECTED;
        reservation.rejectionReason = reason;
        return reservation;
    }

    private static LandReservation of(String zone, LandRequest request) {
        LandReservation reservation = new LandReservation();
        reservation.zone = zone;
        reservation.projectId = request.projectId();
        reservation.parkId = request.parkId();
        reservation.requestedMu = request.areaMu();
        reservation.landUse = request.landUse();
        reservation.requestEventId = request.eventId();
        return reservation;
    }

    /** 409 reservation-not-held unless the reservation holds its land now. */
    void allocate(Instant now) {
        requireHeld();
        status = ReservationStatus.ALLOCATED;
        allocatedAt = now;
    }

    /**
     * Gives the land back: RELEASED, or EXPIRED when it ran out of time. 409 land-already-allocated
     * for allocated land, which goes back only through a separate legal process (收回), not here;
     * 409 reservation-not-held when it holds nothing.
     */
    void release(ReleaseReason reason, Instant now) {
        if (status == ReservationStatus.ALLOCATED) {
            throw ProblemException.conflict("land-already-allocated", id);
        }
        requireHeld();
        status = reason == ReleaseReason.EXPIRED ? ReservationStatus.EXPIRED : ReservationStatus.RELEASED;
        releaseReason = reason;
        releasedAt = now;
    }

    boolean isHeld() {
        return status == ReservationStatus.RESERVED;
    }

    boolean isPastItsTime(Instant now) {
        return isHeld() && reservedUntil.isBefore(now);
    }

    List<UUID> parcelIds() {
        return parcels.stream().map(ReservedParcel::parcelId).toList();
    }

    private void requireHeld() {
        if (!isHeld()) {
            throw ProblemException.conflict("reservation-not-held", id, status);
        }
    }
}
