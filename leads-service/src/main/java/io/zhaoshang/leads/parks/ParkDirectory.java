package io.zhaoshang.leads.parks;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.platform.event.IncomingEvent;
import io.zhaoshang.platform.event.PoisonEventException;
import io.zhaoshang.platform.persistence.InList;
import io.zhaoshang.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The parks of each zone, from parks-service's park events: a lead's target park must be a known
 * open park of the lead's zone. Every event carries the park's version; the newest wins, so an
 * older event arriving late (or a redelivery the inbox let through) changes nothing.
 */
@ApplicationScoped
public class ParkDirectory {

    static final String REGISTERED = "zhaoshang.park.registered.v1";
    static final String CHANGED = "zhaoshang.park.changed.v1";
    static final String MERGED = "zhaoshang.park.merged.v1";
    static final String RETIRED = "zhaoshang.park.retired.v1";

    // The upsert takes the row's lock, so of two versions handled at once the second compares
    // against the first.
    private static final String TAKE_IF_NEWER = """
            insert into park (id, zone, code, name, status, version, leading_industries)
            values (:id, :zone, :code, :name, :status, :version, string_to_array(:industries, ','))
            on conflict (id) do update set code = coalesce(excluded.code, park.code),
                name = coalesce(excluded.name, park.name), status = excluded.status, version = excluded.version,
                leading_industries = case when cardinality(excluded.leading_industries) = 0
                    then park.leading_industries else excluded.leading_industries end
            where park.version < excluded.version""";

    private final IndustryCatalogService catalogs;

    ParkDirectory(IndustryCatalogService catalogs) {
        this.catalogs = catalogs;
    }

    /** 422 {@code unknown-park} unless the park is a known PLANNED or ACTIVE park of the zone. */
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

    /**
     * The suggestions for leads of the zone: its open parks ranked for an industry like parks'
     * industry map; none without an industry catalog.
     */
    public ParkSuggestions suggestions(String zone) {
        return catalogs.current().map(catalog -> {
            Parameters parameters = Parameters.with("zone", zone);
            return new ParkSuggestions(catalog,
                    Park.<Park>list("zone = :zone and status in " + InList.of("open", Park.OPEN, parameters::and), parameters));
        }).orElse(ParkSuggestions.NONE);
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
        if (!Park.OPEN.contains(status) && !status.equals("MERGED") && !status.equals("RETIRED")) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has the unknown status " + status, null);
        }
        Park.getEntityManager().createNativeQuery(TAKE_IF_NEWER)
                .setParameter("id", data.parkId())
                .setParameter("zone", data.zone())
                .setParameter("code", data.code())
                .setParameter("name", data.name())
                .setParameter("status", status)
                .setParameter("version", data.version())
                // merged and retired say no industries: the ones known stay (catalog codes hold no comma)
                .setParameter("industries", data.leadingIndustries() == null ? ""
                        : String.join(",", data.leadingIndustries()))
                .executeUpdate();
    }

    /** What leads reads of a park event (merged and retired carry only the ids and the version). */
    record ParkData(UUID parkId, String zone, String code, String name, String status, Long version,
            List<String> leadingIndustries) {
    }
}
