package io.zhaoshang.parks.park;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.parks.industry.IndustryCatalogService;
import io.zhaoshang.parks.zone.Zone;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Registers, changes and reads the parks of the caller's zone. Writes that place a park in the
 * zone's tree hold the zone's row lock, so two concurrent moves cannot build a cycle or a tree
 * deeper than the rule allows between them.
 */
@ApplicationScoped
public class ParkService {

    private final Outbox outbox;
    private final Caller caller;
    private final IndustryCatalogService industries;

    ParkService(Outbox outbox, Caller caller, IndustryCatalogService industries) {
        this.outbox = outbox;
        this.caller = caller;
        this.industries = industries;
    }

    @Transactional
    public Park register(ParkRequest request) {
        String zone = lockRegisteredZone();
        if (Park.findByCode(zone, request.code()).isPresent()) {
            throw ProblemException.conflict("park-code-taken", request.code());
        }
        industries.current().requireKnown("leadingIndustries", request.leadingIndustries());
        hierarchy(zone).checkNewUnder(request.parentId());
        if (request.parentId() != null) {
            requireOpen(zone, request.parentId(), "parentId");
        }
        Park park = Park.register(zone, request);
        park.changedBy(caller.subject());
        park.persistAndFlush();
        outbox.append(ParkEvents.AGGREGATE, park.id, ParkEvents.REGISTERED, ParkEvents.ParkData.of(park));
        return park;
    }

    @Transactional
    public Park change(UUID id, String ifMatch, ParkRequest request) {
        Park park = get(id);
        lockRegisteredZone();
        ETags.requireMatch(ifMatch, park.version);
        requireOpen(park);
        if (!park.code.equals(request.code())) {
            throw ProblemException.unprocessable("park-code-immutable", park.code)
                    .withError("code", "park-code-immutable");
        }
        industries.current().requireKnown("leadingIndustries", request.leadingIndustries());
        if (!Objects.equals(park.parentId, request.parentId())) {
            hierarchy(park.zone).checkMove(park.id, request.parentId());
            if (request.parentId() != null) {
                requireOpen(park.zone, request.parentId(), "parentId");
            }
        }
        ParkView before = ParkView.of(park);
        park.apply(request);
        if (ParkView.of(park).equals(before)) {
            return park; // nothing changed: no new version, no event
        }
        park.changedBy(caller.subject());
        park.flush(); // the event carries the new version
        outbox.append(ParkEvents.AGGREGATE, park.id, ParkEvents.CHANGED, ParkEvents.ParkData.of(park));
        return park;
    }

    /**
     * Merges the park into another open park of the zone: it becomes MERGED, its direct sub-parks move
     * under the survivor (each with a new version) and its carriers move to the survivor (each with a
     * new version), all in this transaction, announced by one zhaoshang.park.merged.v1.
     */
    @Transactional
    public Park merge(UUID id, String ifMatch, MergeRequest request) {
        Park park = get(id);
        String zone = lockRegisteredZone();
        // the land pool's lock (land.LandPool): no reservation decides on the parcels while they move
        Park.getEntityManager().refresh(park, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, park.version);
        requireOpen(park);
        UUID intoId = request.intoParkId();
        if (intoId.equals(park.id)) {
            throw ProblemException.unprocessable("park-merge-into-itself", park.id)
                    .withError("intoParkId", "park-merge-into-itself");
        }
        Park into = Park.<Park>findByIdOptional(intoId)
                .filter(candidate -> candidate.zone.equals(zone)) // another zone's park is not confirmed
                .orElseThrow(() -> ProblemException.unprocessable("unknown-park", intoId)
                        .withError("intoParkId", "unknown-park", intoId));
        if (!into.status.isOpen()) {
            throw ProblemException.unprocessable("park-merge-into-inactive", intoId, into.status)
                    .withError("intoParkId", "park-merge-into-inactive", intoId, into.status);
        }
        hierarchy(zone).checkMerge(park.id, into.id);

        String subject = caller.subject();
        List<Park> subParks = Park.<Park>list("parentId = ?1 order by id", park.id);
        subParks.forEach(subPark -> {
            subPark.parentId = into.id;
            subPark.changedBy(subject);
        });
        List<UUID> carrierIds = moveAll("carrier", park.id, into.id, subject);
        List<UUID> parcelIds = moveAll("parcel", park.id, into.id, subject);
        park.mergeInto(into.id);
        park.changedBy(subject);
        park.flush(); // the event carries the new versions
        outbox.append(ParkEvents.AGGREGATE, park.id, ParkEvents.MERGED, new ParkEvents.MergedData(park.id, park.zone,
                into.id, subParks.stream().map(subPark -> subPark.id).toList(), carrierIds, parcelIds, park.version));
        park.leadingIndustries.size(); // loaded for the answer, which is written after the transaction
        return park;
    }

    /** Retires the park (RETIRED, final); refused while it has PLANNED or ACTIVE sub-parks. */
    @Transactional
    public Park retire(UUID id, String ifMatch) {
        Park park = get(id);
        lockRegisteredZone();
        ETags.requireMatch(ifMatch, park.version);
        requireOpen(park);
        long openSubParks = Park.count("parentId = ?1 and status in ?2", park.id,
                List.of(ParkStatus.PLANNED, ParkStatus.ACTIVE));
        if (openSubParks > 0) {
            throw ProblemException.conflict("park-has-active-sub-parks", openSubParks);
        }
        park.retire();
        park.changedBy(caller.subject());
        park.flush();
        outbox.append(ParkEvents.AGGREGATE, park.id, ParkEvents.RETIRED,
                new ParkEvents.RetiredData(park.id, park.zone, park.version));
        park.leadingIndustries.size(); // loaded for the answer, which is written after the transaction
        return park;
    }

    public Park get(UUID id) {
        return Park.<Park>findByIdOptional(id)
                .filter(park -> park.zone.equals(caller.zone()))
                .orElseThrow(() -> ProblemException.notFound("park", id));
    }

    public Page<Park> list(PageRequest page, String kind, UUID parent, String industry) {
        ParkFilter filter = ParkFilter.of(kind, parent, industry, industries.current());
        StringBuilder query = new StringBuilder("zone = :zone and id > :after");
        Parameters parameters = Parameters.with("zone", caller.zone())
                .and("after", page.cursor().map(Cursor::id).orElse(new UUID(0, 0)));
        filter.kind().ifPresent(value -> {
            query.append(" and kind = :kind");
            parameters.and("kind", value);
        });
        filter.parent().ifPresent(value -> {
            query.append(" and parentId = :parent");
            parameters.and("parent", value);
        });
        filter.industries().ifPresent(codes -> {
            query.append(" and id in (select p.id from Park p join p.leadingIndustries i where i in :industries)");
            parameters.and("industries", codes);
        });
        List<Park> rows = Park.<Park>find(query.append(" order by id").toString(), parameters)
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, park -> Cursor.of("", park.id));
    }

    /** The park with all its sub-parks, nested, and their roll-ups. */
    public ParkTreeView tree(UUID id) {
        Park root = get(id);
        List<Park> parks = Park.<Park>find("from Park p left join fetch p.leadingIndustries where p.zone = ?1 "
                + "order by p.id", root.zone).list();
        Map<UUID, List<Park>> childrenOf = parks.stream().filter(park -> park.parentId != null)
                .collect(Collectors.groupingBy(park -> park.parentId));
        int level = new ParkHierarchy(parentLinks(parks)).level(root.id);
        return ParkTreeView.of(root, level, childrenOf, landByPark(root.zone), spaceByPark(root.zone));
    }

    /** Each park's own parcels, in mu by status; one grouped query for the zone. */
    @SuppressWarnings("unchecked")
    private static Map<UUID, ParkTreeView.Land> landByPark(String zone) {
        List<Object[]> sums = Park.getEntityManager().createNativeQuery("""
                select park_id,
                       coalesce(sum(area_mu) filter (where status = 'RESERVE'), 0.00),
                       coalesce(sum(area_mu) filter (where status = 'AVAILABLE'), 0.00),
                       coalesce(sum(area_mu) filter (where status = 'RESERVED'), 0.00),
                       coalesce(sum(area_mu) filter (where status = 'ALLOCATED'), 0.00)
                from parcel where zone = ?1 group by park_id""", Object[].class)
                .setParameter(1, zone)
                .getResultList();
        return sums.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> new ParkTreeView.Land(
                (BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3], (BigDecimal) row[4])));
    }

    /** Each park's own carriers: floor area and vacant area in m²; one grouped query for the zone. */
    @SuppressWarnings("unchecked")
    private static Map<UUID, ParkTreeView.Space> spaceByPark(String zone) {
        List<Object[]> sums = Park.getEntityManager().createNativeQuery("""
                select park_id, sum(floor_area_sqm), sum(floor_area_sqm - leased_sqm)
                from carrier where zone = ?1 group by park_id""", Object[].class)
                .setParameter(1, zone)
                .getResultList();
        return sums.stream().collect(Collectors.toMap(row -> (UUID) row[0],
                row -> new ParkTreeView.Space((BigDecimal) row[1], (BigDecimal) row[2])));
    }

    /** 409 park-not-active unless the park is PLANNED or ACTIVE: merged and retired parks are final. */
    private static void requireOpen(String zone, UUID id, String field) {
        Park.requireOpen(zone, id, field);
    }

    private static void requireOpen(Park park) {
        if (!park.status.isOpen()) {
            throw ProblemException.conflict("park-not-active", park.id, park.status);
        }
    }

    /**
     * Moves all carriers or parcels ({@code table}) of a park to another park of the zone, each with a
     * new version; the rows are locked first. SQL rather than the entities: their packages depend on
     * this one.
     */
    @SuppressWarnings("unchecked")
    private static List<UUID> moveAll(String table, UUID from, UUID to, String subject) {
        var em = Park.getEntityManager();
        List<UUID> ids = em.createNativeQuery("select id from " + table + " where park_id = ?1 order by id for update",
                        UUID.class)
                .setParameter(1, from)
                .getResultList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("update " + table + " set park_id = ?1, version = version + 1, updated_at = ?2, "
                            + "updated_by = ?3 where park_id = ?4")
                    .setParameter(1, to)
                    .setParameter(2, java.time.Instant.now())
                    .setParameter(3, subject)
                    .setParameter(4, from)
                    .executeUpdate();
        }
        return List.copyOf(ids);
    }

    /** The caller's zone, locked for this transaction; 422 zone-not-registered when this service does not know it. */
    private String lockRegisteredZone() {
        String zone = caller.zone();
        Zone.find("code", zone).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.unprocessable("zone-not-registered", zone));
        return zone;
    }

    private static ParkHierarchy hierarchy(String zone) {
        List<Object[]> links = Park.getEntityManager()
                .createQuery("select p.id, p.parentId from Park p where p.zone = :zone", Object[].class)
                .setParameter("zone", zone)
                .getResultList();
        Map<UUID, UUID> parentOf = new HashMap<>(); // values may be null: Collectors.toMap refuses that
        links.forEach(link -> parentOf.put((UUID) link[0], (UUID) link[1]));
        return new ParkHierarchy(parentOf);
    }

    private static Map<UUID, UUID> parentLinks(List<Park> parks) {
        Map<UUID, UUID> parentOf = new HashMap<>();
        parks.forEach(park -> parentOf.put(park.id, park.parentId));
        return parentOf;
    }
}
