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
        if (!park.code.equals(request.code())) {
            throw ProblemException.unprocessable("park-code-immutable", park.code)
                    .withError("code", "park-code-immutable");
        }
        industries.current().requireKnown("leadingIndustries", request.leadingIndustries());
        if (!Objects.equals(park.parentId, request.parentId())) {
            hierarchy(park.zone).checkMove(park.id, request.parentId());
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
        return ParkTreeView.of(root, level, childrenOf);
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
