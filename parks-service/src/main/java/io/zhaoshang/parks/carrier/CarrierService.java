package io.zhaoshang.parks.carrier;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.parks.park.Park;
import io.zhaoshang.parks.zone.Zone;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import io.zhaoshang.platform.web.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Registers, changes and reads the carriers of the caller's zone and leases their space. Every
 * lease and release holds the carrier's row lock, so concurrent leases are decided one after the
 * other against the vacancy the one before left: together they never lease more than the floor area.
 */
@ApplicationScoped
public class CarrierService {

    private final Outbox outbox;
    private final Caller caller;

    CarrierService(Outbox outbox, Caller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public Carrier register(CarrierRequest request) {
        String zone = caller.zone();
        lockZone(zone); // two registrations of one code are decided one after the other
        if (Carrier.findByCode(zone, request.code()).isPresent()) {
            throw ProblemException.conflict("carrier-code-taken", request.code());
        }
        requirePark(zone, request.parkId());
        Carrier carrier = Carrier.register(zone, request);
        carrier.changedBy(caller.subject());
        carrier.persistAndFlush();
        outbox.append(CarrierEvents.AGGREGATE, carrier.id, CarrierEvents.REGISTERED, CarrierEvents.CarrierData.of(carrier));
        return carrier;
    }

    @Transactional
    public Carrier change(UUID id, String ifMatch, CarrierRequest request) {
        Carrier carrier = locked(id);
        ETags.requireMatch(ifMatch, carrier.version);
        if (!carrier.code.equals(request.code())) {
            throw ProblemException.unprocessable("carrier-code-immutable", carrier.code)
                    .withError("code", "carrier-code-immutable");
        }
        if (!carrier.parkId.equals(request.parkId())) {
            requirePark(carrier.zone, request.parkId());
        }
        CarrierView before = CarrierView.of(carrier);
        carrier.apply(request);
        if (CarrierView.of(carrier).equals(before)) {
            return carrier; // nothing changed: no new version, no event
        }
        carrier.changedBy(caller.subject());
        carrier.flush(); // the event carries the new version
        outbox.append(CarrierEvents.AGGREGATE, carrier.id, CarrierEvents.CHANGED, CarrierEvents.CarrierData.of(carrier));
        return carrier;
    }

    public Carrier get(UUID id) {
        return Carrier.<Carrier>findByIdOptional(id)
                .filter(carrier -> carrier.zone.equals(caller.zone()))
                .orElseThrow(() -> ProblemException.notFound("carrier", id));
    }

    public Page<Carrier> list(PageRequest page, UUID park, String kind, BigDecimal minVacantSqm) {
        StringBuilder query = new StringBuilder("zone = :zone and id > :after");
        Parameters parameters = Parameters.with("zone", caller.zone())
                .and("after", page.cursor().map(Cursor::id).orElse(new UUID(0, 0)));
        if (park != null) {
            query.append(" and parkId = :park");
            parameters.and("park", park);
        }
        QueryParams.enumValue(CarrierKind.class, "kind", kind).ifPresent(value -> {
            query.append(" and kind = :kind");
            parameters.and("kind", value);
        });
        if (minVacantSqm != null) {
            query.append(" and floorAreaSqm - leasedSqm >= :minVacant");
            parameters.and("minVacant", minVacantSqm);
        }
        List<Carrier> rows = Carrier.<Carrier>find(query.append(" order by id").toString(), parameters)
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, carrier -> Cursor.of("", carrier.id));
    }

    /** Leases space of the carrier to a project; 409 insufficient-vacancy when it does not fit. */
    @Transactional
    public CarrierLease lease(UUID carrierId, LeaseRequest request) {
        Carrier carrier = locked(carrierId);
        CarrierLease lease = CarrierLease.of(carrier, request, caller.subject());
        carrier.lease(lease.areaSqm);
        lease.persist();
        carrier.changedBy(caller.subject());
        carrier.flush(); // the event carries the new version
        outbox.append(CarrierEvents.AGGREGATE, carrier.id, CarrierEvents.LEASED, CarrierEvents.SpaceData.of(carrier, lease));
        return lease;
    }

    /** Ends a lease and gives its space back; 409 lease-already-released when it has ended before. */
    @Transactional
    public CarrierLease release(UUID carrierId, UUID leaseId) {
        Carrier carrier = locked(carrierId);
        CarrierLease lease = leaseOf(carrier, leaseId);
        if (lease.isReleased()) {
            throw ProblemException.conflict("lease-already-released", leaseId);
        }
        lease.release(caller.subject());
        carrier.release(lease.areaSqm);
        carrier.changedBy(caller.subject());
        carrier.flush();
        outbox.append(CarrierEvents.AGGREGATE, carrier.id, CarrierEvents.RELEASED, CarrierEvents.SpaceData.of(carrier, lease));
        return lease;
    }

    public CarrierLease lease(UUID carrierId, UUID leaseId) {
        return leaseOf(get(carrierId), leaseId);
    }

    private static CarrierLease leaseOf(Carrier carrier, UUID leaseId) {
        return CarrierLease.<CarrierLease>findByIdOptional(leaseId)
                .filter(lease -> lease.carrierId.equals(carrier.id))
                .orElseThrow(() -> ProblemException.notFound("lease", leaseId));
    }

    /** The carrier of the caller's zone, locked for this transaction. */
    private Carrier locked(UUID id) {
        return Carrier.<Carrier>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(carrier -> carrier.zone.equals(caller.zone()))
                .orElseThrow(() -> ProblemException.notFound("carrier", id));
    }

    private static void lockZone(String zone) {
        Zone.find("code", zone).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** 422 unknown-park unless the park is one of the zone's, 422 park-not-open when it is merged or retired. */
    private static void requirePark(String zone, UUID parkId) {
        Park.requireOpen(zone, parkId, "parkId");
    }
}
