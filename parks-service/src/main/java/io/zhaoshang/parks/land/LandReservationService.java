package io.zhaoshang.parks.land;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.parks.park.Park;
import io.zhaoshang.parks.zone.Zone;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import io.zhaoshang.platform.web.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reserves land of the pool for projects, allocates it and gives it back, for a park administrator
 * over the API and for projects-service's events alike. Each of these holds the row lock of the
 * reservation's park ({@link LandPool}) and reads the parcels after it, so requests for one park
 * are decided one after the other against what the one before left.
 */
@ApplicationScoped
public class LandReservationService {

    private final Outbox outbox;
    private final Caller caller;
    private final Duration hold;

    LandReservationService(Outbox outbox, Caller caller,
            @ConfigProperty(name = "zhaoshang.land.reservation-hold", defaultValue = "P90D") Duration hold) {
        this.outbox = outbox;
        this.caller = caller;
        this.hold = hold;
    }

    /**
     * A park administrator's reservation: the parcels named, or else the picker's choice. 422
     * unknown-park, park-not-open, unknown-parcel, parcel-not-in-park, parcel-land-use-mismatch,
     * parcels-too-small; 409 parcel-not-available, no-parcel-fits. A refusal writes nothing.
     */
    @Transactional
    public LandReservation reserve(ReservationRequest request) {
        String zone = caller.zone();
        Park park = LandPool.lockOpenPark(zone, request.parkId(), "parkId");
        LandRequest land = request.asLandRequest();
        List<Parcel> parcels = request.parcelIds() == null
                ? pick(park, land).orElseThrow(() -> ProblemException.conflict("no-parcel-fits", park.id, land.landUse(),
                        land.areaMu().toPlainString()))
                : chosen(park, land, request.parcelIds());
        return hold(zone, land, parcels);
    }

    /**
     * Answers a land request of projects-service, always: land held, or a REJECTED reservation
     * with the reason. Runs in the transaction that records the event in the inbox.
     */
    @Transactional
    public LandReservation answer(LandRequest request) {
        String zone = caller.zone();
        if (Zone.findByCode(zone).isEmpty()) {
            return reject(zone, request, RejectionReason.ZONE_NOT_REGISTERED);
        }
        Optional<Park> park = LandPool.lockPark(zone, request.parkId());
        if (park.isEmpty()) {
            return reject(zone, request, RejectionReason.UNKNOWN_PARK);
        }
        if (!park.get().status.isOpen()) {
            return reject(zone, request, RejectionReason.PARK_NOT_OPEN);
        }
        return pick(park.get(), request)
                .map(parcels -> hold(zone, request, parcels))
                .orElseGet(() -> reject(zone, request, RejectionReason.NO_PARCEL_FITS));
    }

    /** 409 reservation-not-held unless the reservation holds its land. */
    @Transactional
    public LandReservation allocate(UUID id) {
        return allocate(locked(get(id)));
    }

    /** Released by a park administrator; 409 land-already-allocated or reservation-not-held when it holds nothing to give back. */
    @Transactional
    public LandReservation release(UUID id) {
        return release(locked(get(id)), ReleaseReason.RELEASED_BY_PARK);
    }

    /** The project started construction: the land it holds is allocated (供地). */
    @Transactional
    public List<LandReservation> allocateAllOf(UUID projectId) {
        return heldOf(projectId).stream().map(this::allocate).toList();
    }

    /** The project was abandoned: the land it holds goes back to the pool. Allocated land stays allocated. */
    @Transactional
    public List<LandReservation> releaseAllOf(UUID projectId) {
        return heldOf(projectId).stream().map(reservation -> release(reservation, ReleaseReason.PROJECT_ABANDONED))
                .toList();
    }

    /** Releases the reservation as EXPIRED if it still holds land past its time; false when there is nothing to do. */
    @Transactional
    public boolean expire(UUID id, Instant now) {
        LandReservation reservation = locked(get(id));
        if (!reservation.isPastItsTime(now)) {
            return false; // allocated, released, or expired by another replica meanwhile
        }
        release(reservation, ReleaseReason.EXPIRED);
        return true;
    }

    /** Ids and zones of reservations that hold land past their time, the longest overdue first. */
    @Transactional
    public List<Object[]> overdue(Instant now, int limit) {
        return LandReservation.getEntityManager().createQuery("""
                select r.id, r.zone from LandReservation r
                where r.status = :held and r.reservedUntil < :now order by r.reservedUntil, r.id""", Object[].class)
                .setParameter("held", ReservationStatus.RESERVED)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    public LandReservation get(UUID id) {
        return LandReservation.<LandReservation>findByIdOptional(id)
                .filter(reservation -> reservation.zone.equals(caller.zone()))
                .orElseThrow(() -> ProblemException.notFound("land-reservation", id));
    }

    public Page<LandReservation> list(PageRequest page, UUID project, String status) {
        StringBuilder query = new StringBuilder("zone = :zone and id > :after");
        Parameters parameters = Parameters.with("zone", caller.zone())
                .and("after", page.cursor().map(Cursor::id).orElse(new UUID(0, 0)));
        if (project != null) {
            query.append(" and projectId = :project");
            parameters.and("project", project);
        }
        QueryParams.enumValue(ReservationStatus.class, "status", status).ifPresent(value -> {
            query.append(" and status = :status");
            parameters.and("status", value);
        });
        List<LandReservation> rows = LandReservation.<LandReservation>find(query.append(" order by id").toString(),
                        parameters)
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, reservation -> Cursor.of("", reservation.id));
    }

    /** The picker's choice among the park's AVAILABLE parcels of the land use; empty when nothing fits. */
    private static Optional<List<Parcel>> pick(Park park, LandRequest request) {
        List<Parcel> available = Parcel.list("parkId = ?1 and landUse = ?2 and status = ?3", park.id, request.landUse(),
                ParcelStatus.AVAILABLE);
        Map<UUID, Parcel> byId = available.stream().collect(Collectors.toMap(parcel -> parcel.id, Function.identity()));
        List<Parcel> picked = ParcelPicker.pick(available.stream().map(Parcel::asOffer).toList(), request.areaMu())
                .stream().map(offer -> byId.get(offer.parcelId())).toList();
        return picked.isEmpty() ? Optional.empty() : Optional.of(picked);
    }

    /** The parcels an administrator named, each checked: in the zone, in the park, of the land use, AVAILABLE. */
    private static List<Parcel> chosen(Park park, LandRequest request, List<UUID> parcelIds) {
        List<Parcel> parcels = parcelIds.stream().distinct().map(id -> Parcel.<Parcel>findByIdOptional(id)
                .filter(parcel -> parcel.zone.equals(park.zone))
                .orElseThrow(() -> ProblemException.unprocessable("unknown-parcel", id)
                        .withError("parcelIds", "unknown-parcel", id)))
                .toList();
        for (Parcel parcel : parcels) {
            if (!parcel.parkId.equals(park.id)) {
                throw ProblemException.unprocessable("parcel-not-in-park", parcel.code, park.id)
                        .withError("parcelIds", "parcel-not-in-park", parcel.code, park.id);
            }
            if (parcel.landUse != request.landUse()) {
                throw ProblemException.unprocessable("parcel-land-use-mismatch", parcel.code, parcel.landUse,
                        request.landUse()).withError("parcelIds", "parcel-land-use-mismatch", parcel.code, parcel.landUse,
                        request.landUse());
            }
        }
        for (Parcel parcel : parcels) {
            if (parcel.status != ParcelStatus.AVAILABLE) {
                throw ProblemException.conflict("parcel-not-available", parcel.code, parcel.status);
            }
        }
        BigDecimal total = parcels.stream().map(parcel -> parcel.areaMu).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(request.areaMu()) < 0) {
            throw ProblemException.unprocessable("parcels-too-small", total.toPlainString(),
                    request.areaMu().toPlainString()).withError("parcelIds", "parcels-too-small",
                    total.toPlainString(), request.areaMu().toPlainString());
        }
        return parcels;
    }

    private LandReservation hold(String zone, LandRequest request, List<Parcel> parcels) {
        List<Parcel> inCodeOrder = parcels.stream().sorted(Comparator.comparing((Parcel parcel) -> parcel.code)).toList();
        LandReservation reservation = LandReservation.reserve(zone, request, inCodeOrder, now().plus(hold));
        reservation.changedBy(caller.subject());
        reservation.persistAndFlush(); // the parcels name it
        inCodeOrder.forEach(parcel -> {
            parcel.reserveFor(reservation.id);
            parcel.changedBy(caller.subject());
        });
        Parcel.flush();
        outbox.append(LandEvents.AGGREGATE, reservation.id, LandEvents.RESERVED, LandEvents.ReservedData.of(reservation));
        return reservation;
    }

    private LandReservation reject(String zone, LandRequest request, RejectionReason reason) {
        LandReservation reservation = LandReservation.reject(zone, request, reason);
        reservation.changedBy(caller.subject());
        reservation.persistAndFlush();
        outbox.append(LandEvents.AGGREGATE, reservation.id, LandEvents.REJECTED, LandEvents.RejectedData.of(reservation));
        return reservation;
    }

    /** Expects the reservation locked. */
    private LandReservation allocate(LandReservation reservation) {
        reservation.allocate(now());
        heldParcels(reservation).forEach(parcel -> {
            parcel.allocate();
            parcel.changedBy(caller.subject());
        });
        reservation.changedBy(caller.subject());
        reservation.flush(); // the event carries the new version
        outbox.append(LandEvents.AGGREGATE, reservation.id, LandEvents.ALLOCATED, LandEvents.AllocatedData.of(reservation));
        return reservation;
    }

    /** Expects the reservation locked. */
    private LandReservation release(LandReservation reservation, ReleaseReason reason) {
        reservation.release(reason, now());
        heldParcels(reservation).forEach(parcel -> {
            parcel.release();
            parcel.changedBy(caller.subject());
        });
        reservation.changedBy(caller.subject());
        reservation.flush();
        outbox.append(LandEvents.AGGREGATE, reservation.id, LandEvents.RELEASED, LandEvents.ReleasedData.of(reservation));
        return reservation;
    }

    /** The project's reservations that hold land, each locked, in park order so that two transactions lock parks alike. */
    private List<LandReservation> heldOf(UUID projectId) {
        List<LandReservation> held = LandReservation.list("zone = ?1 and projectId = ?2 and status = ?3 order by parkId, id",
                caller.zone(), projectId, ReservationStatus.RESERVED);
        return held.stream().map(this::locked).filter(LandReservation::isHeld).toList();
    }

    /** The reservation as it is under its park's lock. */
    private LandReservation locked(LandReservation reservation) {
        LandPool.lockPark(reservation.parkId);
        LandReservation.getEntityManager().refresh(reservation);
        return reservation;
    }

    /** The parcels the reservation holds now; read under the park's lock. */
    private static List<Parcel> heldParcels(LandReservation reservation) {
        List<Parcel> parcels = Parcel.list("id in ?1 order by code", reservation.parcelIds());
        parcels.forEach(parcel -> {
            if (!reservation.id.equals(parcel.reservationId)) {
                throw new IllegalStateException("parcel " + parcel.id + " is not held by " + reservation.id);
            }
        });
        return parcels;
    }

    /** Now, as precisely as the database keeps it, so that the events say what the rows say. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
