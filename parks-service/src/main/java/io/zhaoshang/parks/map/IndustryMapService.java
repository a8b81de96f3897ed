package io.zhaoshang.parks.map;

import io.zhaoshang.parks.industry.IndustryCatalog;
import io.zhaoshang.parks.industry.IndustryCatalogService;
import io.zhaoshang.parks.land.LandUse;
import io.zhaoshang.parks.land.ParcelStatus;
import io.zhaoshang.parks.park.Park;
import io.zhaoshang.parks.park.ParkStatus;
import io.zhaoshang.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The industry map (产业招商地图) of the caller's zone: which open parks want an industry, with what
 * land and space free. Three queries for the whole zone besides the catalog's (the parks, their
 * free land, their vacant space), whatever the number of parks. Each park counts its own parcels
 * and carriers, not its sub-parks': a sub-park is an entry of its own.
 */
@ApplicationScoped
public class IndustryMapService {

    private static final List<ParkStatus> OPEN = Arrays.stream(ParkStatus.values()).filter(ParkStatus::isOpen).toList();
    private static final Sums NONE = new Sums(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

    private final Caller caller;
    private final IndustryCatalogService industries;

    IndustryMapService(Caller caller, IndustryCatalogService industries) {
        this.caller = caller;
        this.industries = industries;
    }

    public IndustryMapView map(String industry, MapNeed need, int limit, Locale locale) {
        IndustryCatalog catalog = industries.current();
        String code = industry.strip();
        IndustryMatcher matcher = IndustryMatcher.of(catalog, code, "industry");
        String zone = caller.zone();
        List<Park> parks = openParksListing(zone, matcher.codes());
        List<UUID> ids = parks.stream().map(park -> park.id).toList();
        Map<UUID, Sums> land = freeLand(zone, ids, need.landUse());
        Map<UUID, Sums> space = vacantSpace(zone, ids);
        List<MapCandidate> candidates = new ArrayList<>();
        for (Park park : parks) {
            Sums free = land.getOrDefault(park.id, NONE);
            Sums vacant = space.getOrDefault(park.id, NONE);
            matcher.match(park.leadingIndustries).ifPresent(match -> candidates.add(new MapCandidate(summary(park),
                    match, need.land(free.total(), free.largest()), need.space(vacant.total(), vacant.largest()))));
        }
        List<MapCandidate> ranked = MapRanking.rank(candidates);
        MapReasons reasons = new MapReasons(locale, catalog, code, need);
        List<IndustryMapView.Item> items = IntStream.range(0, Math.min(limit, ranked.size()))
                .mapToObj(i -> item(i + 1, ranked.get(i), reasons))
                .toList();
        return new IndustryMapView(IndustryMapView.IndustryName.of(catalog.find(code).orElseThrow()), need,
                ranked.size(), items);
    }

    private static IndustryMapView.Item item(int rank, MapCandidate candidate, MapReasons reasons) {
        return new IndustryMapView.Item(rank, candidate.park(), candidate.match(), candidate.land(), candidate.space(),
                reasons.of(candidate));
    }

    private static IndustryMapView.ParkSummary summary(Park park) {
        return new IndustryMapView.ParkSummary(park.id, park.code, park.name, park.kind, park.status, park.parentId);
    }

    /** The zone's PLANNED and ACTIVE parks that list one of the codes, with all their leading industries. */
    private static List<Park> openParksListing(String zone, Collection<String> codes) {
        return Park.<Park>find("select distinct p from Park p left join fetch p.leadingIndustries "
                        + "where p.zone = ?1 and p.status in ?2 "
                        + "and p.id in (select q.id from Park q join q.leadingIndustries i where i in ?3)",
                zone, OPEN, codes).list();
    }

    /**
     * Free land per park: its AVAILABLE parcels (of the land use, if given). SQL on the parcel table,
     * which the land pool owns; this reads it only.
     */
    @SuppressWarnings("unchecked")
    private static Map<UUID, Sums> freeLand(String zone, List<UUID> parks, LandUse landUse) {
        if (parks.isEmpty()) {
            return Map.of();
        }
        var query = Park.getEntityManager().createNativeQuery("select park_id, sum(area_mu), max(area_mu) from parcel "
                        + "where zone = :zone and park_id in (:parks) and status = :status"
                        + (landUse == null ? "" : " and land_use = :landUse")
                        + " group by park_id", Object[].class)
                .setParameter("zone", zone)
                .setParameter("parks", parks)
                .setParameter("status", ParcelStatus.AVAILABLE.name());
        if (landUse != null) {
            query.setParameter("landUse", landUse.name());
        }
        return byPark(query.getResultList());
    }

    /** Vacant space per park: all its carriers' vacancy, and the largest of one carrier. */
    private static Map<UUID, Sums> vacantSpace(String zone, List<UUID> parks) {
        if (parks.isEmpty()) {
            return Map.of();
        }
        return byPark(Park.getEntityManager().createQuery("select c.parkId, sum(c.floorAreaSqm - c.leasedSqm), "
                        + "max(c.floorAreaSqm - c.leasedSqm) from Carrier c where c.zone = :zone and c.parkId in :parks "
                        + "group by c.parkId", Object[].class)
                .setParameter("zone", zone)
                .setParameter("parks", parks)
                .getResultList());
    }

    private static Map<UUID, Sums> byPark(List<Object[]> rows) {
        Map<UUID, Sums> sums = new HashMap<>();
        rows.forEach(row -> sums.put((UUID) row[0], new Sums((BigDecimal) row[1], (BigDecimal) row[2])));
        return sums;
    }

    /** A park's total and largest single piece: of free land in mu, or of vacant space in m². */
    private record Sums(BigDecimal total, BigDecimal largest) {
    }
}
