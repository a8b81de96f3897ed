package io.zhaoshang.parks.park;

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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A park (园区) of a zone, possibly inside another park of the same zone (园中园). */
@Entity
@Table(name = "park")
public class Park extends Aggregate {

    /** Code of the zone, as in the callers' tokens. */
    @Column(nullable = false, updatable = false)
    public String zone;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParkKind kind;

    @Column(name = "parent_id")
    public UUID parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParkStatus status;

    /** The park's own area, without its sub-parks'. */
    @Column(name = "area_mu", nullable = false, precision = 12, scale = 2)
    public BigDecimal areaMu;

    @ElementCollection
    @CollectionTable(name = "park_industry", joinColumns = @JoinColumn(name = "park_id"))
    @Column(name = "industry_code", nullable = false)
    @OrderColumn(name = "position")
    public List<String> leadingIndustries = new ArrayList<>();

    public String address;

    /** The park this one was merged into; set only with status MERGED. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    static Park register(String zone, ParkRequest request) {
        Park park = new Park();
        park.zone = zone;
        park.code = request.code();
        park.apply(request);
        return park;
    }

    /** Takes the stated state; the code and zone stay. */
    void apply(ParkRequest request) {
        name = request.name().strip();
        kind = request.kind();
        parentId = request.parentId();
        status = request.status().asParkStatus();
        areaMu = request.areaMu().setScale(2, RoundingMode.UNNECESSARY); // validated: at most 2 decimals
        address = request.address() == null || request.address().isBlank() ? null : request.address().strip();
        List<String> industries = request.leadingIndustries().stream().distinct().toList();
        if (!leadingIndustries.equals(industries)) { // an untouched collection keeps the version
            leadingIndustries.clear();
            leadingIndustries.addAll(industries);
        }
    }

    void mergeInto(UUID survivor) {
        status = ParkStatus.MERGED;
        mergedInto = survivor;
    }

    void retire() {
        status = ParkStatus.RETIRED;
    }

    /**
     * The PLANNED or ACTIVE park {@code id} of the zone, for a request that places something in it
     * (a carrier, a parcel, a sub-park): 422 unknown-park when the zone has no such park, 422
     * park-not-open when it is merged or retired, each named at {@code field}.
     */
    public static Park requireOpen(String zone, UUID id, String field) {
        Park park = Park.<Park>findByIdOptional(id)
                .filter(candidate -> candidate.zone.equals(zone)) // another zone's park is not confirmed
                .orElseThrow(() -> ProblemException.unprocessable("unknown-park", id).withError(field, "unknown-park", id));
        if (!park.status.isOpen()) {
            throw ProblemException.unprocessable("park-not-open", id, park.status)
                    .withError(field, "park-not-open", id, park.status);
        }
        return park;
    }

    static Optional<Park> findByCode(String zone, String code) {
        return find("zone = ?1 and code = ?2", zone, code).firstResultOptional();
    }
}
