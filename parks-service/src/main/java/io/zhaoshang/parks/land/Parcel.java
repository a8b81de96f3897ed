package io.zhaoshang.parks.land;

import io.zhaoshang.platform.persistence.Aggregate;
import io.zhaoshang.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;

/**
 * A parcel of land (地块) of a park in the land pool. Its status changes only under the row lock of
 * its park, so two reservations never take it at once; the one reservation that holds it is named
 * in {@link #reservationId}.
 */
@Entity
@Table(name = "parcel")
public class Parcel extends Aggregate {

    @Column(nullable = false, updatable = false)
    public String zone;

    @Column(nullable = false, updatable = false)
    public String code;

    public String name;

    @Column(name = "park_id", nullable = false)
    public UUID parkId;

    @Column(name = "area_mu", nullable = false, precision = 12, scale = 2)
    public BigDecimal areaMu;

    @Enumerated(EnumType.STRING)
    @Column(name = "land_use", nullable = false)
    public LandUse landUse;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParcelStatus status;

    /** The reservation that holds the parcel while it is RESERVED or ALLOCATED. */
    @Column(name = "reservation_id")
    public UUID reservationId;

    public String location;

    static Parcel register(String zone, ParcelRequest request) {
        Parcel parcel = new Parcel();
        parcel.zone = zone;
        parcel.code = request.code();
        parcel.status = request.status() == null ? ParcelStatus.RESERVE : request.status().asParcelStatus();
        parcel.apply(request);
        return parcel;
    }

    /**
     * Takes the stated state; code and zone stay, and so does the status when none is stated. A
     * held parcel (RESERVED, ALLOCATED) keeps its area, land use, park and status: the project was
     * promised that land. 409 parcel-held otherwise.
     */
    void apply(ParcelRequest request) {
        BigDecimal area = request.areaMu().setScale(2, RoundingMode.UNNECESSARY); // validated: at most 2 decimals
        ParcelStatus stated = request.status() == null ? status : request.status().asParcelStatus();
        if (isHeld() && (area.compareTo(areaMu) != 0 || request.landUse() != landUse
                || !request.parkId().equals(parkId) || stated != status)) {
            throw ProblemException.conflict("parcel-held", code, status);
        }
        name = blankToNull(request.name());
        location = blankToNull(request.location());
        areaMu = area;
        landUse = request.landUse();
        parkId = request.parkId();
        status = stated;
    }

    boolean isHeld() {
        return status == ParcelStatus.RESERVED || status == ParcelStatus.ALLOCATED;
    }

    void reserveFor(UUID reservation) {
        requireStatus(ParcelStatus.AVAILABLE);
        status = ParcelStatus.RESERVED;
        reservationId = reservation;
    }

    void allocate() {
        requireStatus(ParcelStatus.RESERVED);
        status = ParcelStatus.ALLOCATED;
    }

    void release() {
        requireStatus(ParcelStatus.RESERVED);
        status = ParcelStatus.AVAILABLE;
        reservationId = null;
    }

    /** A broken invariant, not a client's mistake: the callers checked the status under the park's lock. */
    private void requireStatus(ParcelStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("parcel " + id + " is " + status + ", not " + expected);
        }
    }

    ParcelPicker.Offer asOffer() {
        return new ParcelPicker.Offer(id, code, areaMu);
    }

    static Optional<Parcel> findByCode(String zone, String code) {
        return find("zone = ?1 and code = ?2", zone, code).firstResultOptional();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
