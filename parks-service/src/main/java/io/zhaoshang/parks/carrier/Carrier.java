package io.zhaoshang.parks.carrier;

import io.zhaoshang.platform.persistence.Aggregate;
import io.zhaoshang.platform.value.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A building or space of a park (载体) with the part of its floor area that active leases hold.
 * The leased area is kept here, changed only under this row's lock, so the vacancy is read and
 * filtered without adding up the leases.
 */
@Entity
@Table(name = "carrier")
public class Carrier extends Aggregate {

    @Column(nullable = false, updatable = false)
    public String zone;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "park_id", nullable = false)
    public UUID parkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CarrierKind kind;

    @Column(name = "floor_area_sqm", nullable = false, precision = 12, scale = 2)
    public BigDecimal floorAreaSqm;

    /** Sum of the areas of the active leases. */
    @Column(name = "leased_sqm", nullable = false, precision = 12, scale = 2)
    public BigDecimal leasedSqm;

    @Column(name = "rent_amount", precision = 14, scale = 2)
    public BigDecimal rentAmount;

    @Column(name = "rent_currency")
    public String rentCurrency;

    @Column(name = "rent_cny_equivalent", precision = 14, scale = 2)
    public BigDecimal rentCnyEquivalent;

    @Column(name = "available_from")
    public LocalDate availableFrom;

    static Carrier register(String zone, CarrierRequest request) {
        Carrier carrier = new Carrier();
        carrier.zone = zone;
        carrier.code = request.code();
        carrier.leasedSqm = BigDecimal.ZERO.setScale(2);
        carrier.floorAreaSqm = request.floorAreaSqm().setScale(2, RoundingMode.UNNECESSARY);
        carrier.apply(request);
        return carrier;
    }

    /** Takes the stated state; code, zone and leases stay. The new floor area must hold the leases. */
    void apply(CarrierRequest request) {
        floorAreaSqm = vacancy().withFloorArea(request.floorAreaSqm().setScale(2, RoundingMode.UNNECESSARY))
                .floorAreaSqm(); // validated: at most 2 decimals
        name = request.name().strip();
        parkId = request.parkId();
        kind = request.kind();
        Money rent = request.monthlyRentPerSqm();
        rentAmount = rent == null ? null : rent.amount();
        rentCurrency = rent == null ? null : rent.currency();
        rentCnyEquivalent = rent == null ? null : rent.inCny();
        availableFrom = request.availableFrom();
    }

    Vacancy vacancy() {
        return new Vacancy(floorAreaSqm, leasedSqm);
    }

    void lease(BigDecimal areaSqm) {
        leasedSqm = vacancy().lease(areaSqm).leasedSqm();
    }

    void release(BigDecimal areaSqm) {
        leasedSqm = vacancy().release(areaSqm).leasedSqm();
    }

    /** Monthly rent per m², if stated. */
    Money monthlyRentPerSqm() {
        if (rentCurrency == null) {
            return null;
        }
        return Money.CNY.equals(rentCurrency) ? Money.cny(rentAmount) : Money.of(rentAmount, rentCurrency, rentCnyEquivalent);
    }

    static Optional<Carrier> findByCode(String zone, String code) {
        return find("zone = ?1 and code = ?2", zone, code).firstResultOptional();
    }
}
