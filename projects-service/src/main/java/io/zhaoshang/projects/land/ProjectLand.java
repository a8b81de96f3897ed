package io.zhaoshang.projects.land;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The land of one project: its last request to parks' land pool and parks' answers to it, or the
 * waiver that lets construction start without reserved land. Plain rules, tested without the service.
 */
@Embeddable
public class ProjectLand {

    @Enumerated(EnumType.STRING)
    @Column(name = "land_status", nullable = false)
    public LandStatus status = LandStatus.NOT_REQUESTED;

    /** The ce_id of the land-requested event: parks' answers name it as requestEventId. */
    @Column(name = "land_request_event_id")
    public UUID requestEventId;

    @Column(name = "land_requested_at")
    public Instant requestedAt;

    @Column(name = "land_reservation_id")
    public UUID reservationId;

    @Column(name = "land_reservation_version")
    public Long reservationVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "land_parcels")
    public List<LandParcel> parcels;

    @Column(name = "land_reserved_until")
    public Instant reservedUntil;

    /** Why parks rejected the request or released the land, in parks' code (NO_PARCEL_FITS, EXPIRED...). */
    @Column(name = "land_answer_reason")
    public String answerReason;

    /**
     * Why parks last rejected the land, kept through a new request until land is reserved or allocated: the
     * project still has no land while it asks again.
     */
    @Column(name = "land_rejection_reason")
    public String rejectionReason;

    @Column(name = "land_status_at")
    public Instant statusAt;

    @Column(name = "land_waiver_reason")
    public String waiverReason;

    @Column(name = "land_waiver_by")
    public String waiverBy;

    @Column(name = "land_waiver_at")
    public Instant waiverAt;

    /** Construction may start on this land: parks holds or gave parcels for it, or the need was waived. */
    public boolean readyForConstruction() {
        return status == LandStatus.RESERVED || status == LandStatus.ALLOCATED || waiverReason != null;
    }

    /** A new request replaces whatever answer an earlier one had; a rejection stands until land is found. */
    public void requested(UUID eventId, Instant at) {
        status = LandStatus.REQUESTED;
        requestEventId = eventId;
        requestedAt = at;
        reservationId = null;
        reservationVersion = null;
        parcels = null;
        reservedUntil = null;
        answerReason = null;
        statusAt = at;
    }

    public void waived(String reason, String by, Instant at) {
        waiverReason = reason;
        waiverBy = by;
        waiverAt = at;
    }

    /**
     * Whether parks' answer to {@code answeredRequest} concerns the current request: an answer to an
     * earlier request is stale. A reservation a park administrator made by hand answers no request
     * (null) and is taken as it comes.
     */
    public boolean answers(UUID answeredRequest) {
        return answeredRequest == null || Objects.equals(answeredRequest, requestEventId);
    }

    /** Whether an allocation or release is of the reservation the project holds, and newer than what is known. */
    public boolean isNewerStepOf(UUID reservation, long version) {
        return reservation.equals(reservationId) && (reservationVersion == null || reservationVersion < version);
    }

    public void reserved(UUID reservation, long version, List<LandParcel> heldParcels, Instant until, Instant at) {
        status = LandStatus.RESERVED;
        reservationId = reservation;
        reservationVersion = version;
        parcels = heldParcels;
        reservedUntil = until;
        answerReason = null;
        rejectionReason = null;
        statusAt = at;
    }

    public void rejected(UUID reservation, long version, String reason, Instant at) {
        status = LandStatus.REJECTED;
        reservationId = reservation;
        reservationVersion = version;
        parcels = null;
        reservedUntil = null;
        answerReason = reason;
        rejectionReason = reason;
        statusAt = at;
    }

    public void allocated(long version, List<LandParcel> givenParcels, Instant at) {
        status = LandStatus.ALLOCATED;
        rejectionReason = null;
        reservationVersion = version;
        parcels = givenParcels;
        reservedUntil = null;
        statusAt = at;
    }

    public void released(long version, String reason, Instant at) {
        status = LandStatus.RELEASED;
        reservationVersion = version;
        reservedUntil = null;
        answerReason = reason;
        statusAt = at;
    }
}
