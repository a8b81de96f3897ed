package io.zhaoshang.parks.carrier;

import io.zhaoshang.platform.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The events a carrier publishes, all keyed by the carrier's id so a consumer sees them in order. */
final class CarrierEvents {

    static final String AGGREGATE = "carrier";
    static final String REGISTERED = "zhaoshang.carrier.registered.v1";
    static final String CHANGED = "zhaoshang.carrier.changed.v1";
    static final String LEASED = "zhaoshang.space.leased.v1";
    static final String RELEASED = "zhaoshang.space.released.v1";

    private CarrierEvents() {
    }

    /** The carrier as the industry map and projects keep it: where it is, how much space is free. */
    record CarrierData(UUID carrierId, String zone, UUID parkId, String code, String name, CarrierKind kind,
            BigDecimal floorAreaSqm, BigDecimal leasedSqm, BigDecimal vacantSqm, Money monthlyRentPerSqm,
            LocalDate availableFrom, long version) {

        static CarrierData of(Carrier carrier) {
            return new CarrierData(carrier.id, carrier.zone, carrier.parkId, carrier.code, carrier.name, carrier.kind,
                    carrier.floorAreaSqm, carrier.leasedSqm, carrier.vacancy().vacantSqm(), carrier.monthlyRentPerSqm(),
                    carrier.availableFrom, carrier.version);
        }
    }

    /**
     * A lease begun or released, with the carrier's space after it; version is the carrier's.
     * releasedAt is set only in space.released.
     */
    record SpaceData(UUID leaseId, UUID carrierId, String zone, UUID parkId, UUID projectId, BigDecimal areaSqm,
            LocalDate from, Instant releasedAt, BigDecimal floorAreaSqm, BigDecimal leasedSqm, BigDecimal vacantSqm,
            long version) {

        static SpaceData of(Carrier carrier, CarrierLease lease) {
            return new SpaceData(lease.id, carrier.id, carrier.zone, carrier.parkId, lease.projectId, lease.areaSqm,
                    lease.from, lease.releasedAt, carrier.floorAreaSqm, carrier.leasedSqm, carrier.vacancy().vacantSqm(),
                    carrier.version);
        }
    }
}
