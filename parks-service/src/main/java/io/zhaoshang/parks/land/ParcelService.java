package io.zhaoshang.parks.land;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.parks.park.Park;
import io.zhaoshang.parks.zone.Zone;
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
 * Registers, changes and reads the parcels of the caller's zone. A write holds the row lock of the
 * parcel's park, like every reservation in that park, so a change never crosses a reservation
 * deciding on the same parcel.
 */
@ApplicationScoped
public class ParcelService {

    private final Caller caller;

    ParcelService(Caller caller) {
        this.caller = caller;
    }

    @Transactional
    public Parcel register(ParcelRequest request) {
        String zone = caller.zone();
        lockZone(zone); // two registrations of one code are decided one after the other
        if (Parcel.findByCode(zone, request.code()).isPresent()) {
            throw ProblemException.conflict("parcel-code-taken", request.code());
        }
        LandPool.lockOpenPark(zone, request.parkId(), "parkId");
        Parcel parcel = Parcel.register(zone, request);
        parcel.changedBy(caller.subject());
        parcel.persistAndFlush();
        return parcel;
    }

    @Transactional
    public Parcel change(UUID id, String ifMatch, ParcelRequest request) {
        Parcel parcel = get(id);
        LandPool.lockPark(parcel.parkId);
        Parcel.getEntityManager().refresh(parcel); // as the last writer under the lock left it
        ETags.requireMatch(ifMatch, parcel.version);
        if (!parcel.code.equals(request.code())) {
            throw ProblemException.unprocessable("parcel-code-immutable", parcel.code)
                    .withError("code", "parcel-code-immutable");
        }
        ParcelView before = ParcelView.of(parcel);
        UUID parkBefore = parcel.parkId;
        parcel.apply(request); // 409 parcel-held when it would change held land
        if (!parkBefore.equals(parcel.parkId)) {
            Park.requireOpen(parcel.zone, parcel.parkId, "parkId");
        }
        if (ParcelView.of(parcel).equals(before)) {
            return parcel; // nothing changed: no new version
        }
        parcel.changedBy(caller.subject());
        parcel.flush(); // the answer carries the new version
        return parcel;
    }

    public Parcel get(UUID id) {
        return Parcel.<Parcel>findByIdOptional(id)
                .filter(parcel -> parcel.zone.equals(caller.zone()))
                .orElseThrow(() -> ProblemException.notFound("parcel", id));
    }

    public Page<Parcel> list(PageRequest page, UUID park, String status, String landUse, BigDecimal minAreaMu) {
        StringBuilder query = new StringBuilder("zone = :zone and id > :after");
        Parameters parameters = Parameters.with("zone", caller.zone())
                .and("after", page.cursor().map(Cursor::id).orElse(new UUID(0, 0)));
        if (park != null) {
            query.append(" and parkId = :park");
            parameters.and("park", park);
        }
        QueryParams.enumValue(ParcelStatus.class, "status", status).ifPresent(value -> {
            query.append(" and status = :status");
            parameters.and("status", value);
        });
        QueryParams.enumValue(LandUse.class, "landUse", landUse).ifPresent(value -> {
            query.append(" and landUse = :landUse");
            parameters.and("landUse", value);
        });
        if (minAreaMu != null) {
            query.append(" and areaMu >= :minArea");
            parameters.and("minArea", minAreaMu);
        }
        List<Parcel> rows = Parcel.<Parcel>find(query.append(" order by id").toString(), parameters)
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, parcel -> Cursor.of("", parcel.id));
    }

    private static void lockZone(String zone) {
        Zone.find("code", zone).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
