package io.zhaoshang.projects.parks;

import io.zhaoshang.platform.event.IncomingEvent;
import io.zhaoshang.platform.event.PoisonEventException;
import io.zhaoshang.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The parks of each zone, from parks-service's park events: a project settles in a known open park
 * of its zone, and in a sub-park of that park if it names one. Every event carries the park's
 * version; the newest wins, so an older event arriving late changes nothing.
 */
@ApplicationScoped
public class ParkDirectory {

    static final String REGISTERED = "zhaoshang.park.registered.v1";
    static final String CHANGED = "zhaoshang.park.changed.v1";
    static final String MERGED = "zhaoshang.park.merged.v1";
    static final String RETIRED = "zhaoshang.park.retired.v1";

    // The upsert takes the row's lock, so of two versions handled at once the second compares
    // against the first. Merged and retired carry no parent: the one known stays.
    private static final String TAKE_IF_NEWER = """
            insert into park (id, zone, code, name, parent_id, status, version)
            values (:id, :zone, :code, :name, :parentId, :status, :version)
            on conflict (id) do update set code = coalesce(excluded.code, park.code),
                name = coalesce(excluded.name, park.name),
                parent_id = case when excluded.code is null then park.parent_id else excluded.parent_id end,
                status = excluded.status, version = excluded.version
            where park.version < excluded.version""";

    /** 422 {@code unknown-park} unless the park is a known park of the zone, {@code park-not-open} unless it is open. */
    public Park requireOpen(String zone, UUID parkId, String field) {
        Park park = Park.<Park>findByIdOptional(parkId).filter(p -> p.zone.equals(zone))
                .orElseThrow(() -> ProblemException.unprocessable("unknown-park", parkId)
                        .withError(field, "unknown-park", parkId));
        if (!park.isOpen()) {
            throw ProblemException.unprocessable("park-not-open", parkId, park.status)
                    .withError(field, "park-not-open", parkId, park.status);
        }
        return park;
    }

    /** As {@link #requireOpen}, and 422 {@code not-a-sub-park} unless the sub-park lies in the park. */
    public Park requireOpenSubPark(String zone, UUID parkId, UUID subParkId, String field) {
        Park subPark = requireOpen(zone, subParkId, field);
        if (!parkId.equals(subPark.parentId)) {
            throw ProblemException.unprocessable("not-a-sub-park", subParkId, parkId)
                    .withError(field, "not-a-sub-park", subParkId, parkId);
        }
        return subPark;
    }

    static boolean handles(String type) {
        return REGISTERED.equals(type) || CHANGED.equals(type) || MERGED.equals(type) || RETIRED.equals(type);
    }

    /** The effect of a park event: the park as the event says, unless a newer version is known. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void take(IncomingEvent event) {
        ParkData data = event.dataAs(ParkData.class);
        if (data.parkId() == null || data.zone() == null || data.version() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no parkId, zone or version", null);
        }
        String status = switch (event.type()) {
            case MERGED -> "MERGED";
            case RETIRED -> "RETIRED";
            default -> data.status();
        };
        if (status == null || !Park.OPEN.contains(status) && !status.equals("MERGED") && !status.equals("RETIRED")) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has the unknown status " + status, null);
        }
        Park.getEntityManager().createNativeQuery(TAKE_IF_NEWER)
                .setParameter("id", data.parkId())
                .setParameter("zone", data.zone())
                .setParameter("code", data.code())
                .setParameter("name", data.name())
                .setParameter("parentId", data.parentId())
                .setParameter("status", status)
                .setParameter("version", data.version())
                .executeUpdate();
    }

    /** What projects reads of a park event (merged and retired carry only the ids and the version). */
    record ParkData(UUID parkId, String zone, String code, String name, UUID parentId, String status, Long version) {
    }
}
