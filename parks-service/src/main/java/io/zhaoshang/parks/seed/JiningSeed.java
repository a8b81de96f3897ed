package io.zhaoshang.parks.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import io.zhaoshang.parks.carrier.CarrierRequest;
import io.zhaoshang.parks.carrier.CarrierService;
import io.zhaoshang.parks.land.ParcelRequest;
import io.zhaoshang.parks.land.ParcelService;
import io.zhaoshang.parks.park.ParkRequest;
import io.zhaoshang.parks.park.ParkService;
import io.zhaoshang.parks.zone.Zone;
import io.zhaoshang.parks.zone.ZoneRequest;
import io.zhaoshang.parks.zone.ZoneService;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.seed.SeedLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the Jining example of DOMAIN.md (济宁高新区 "一区十园": 蓼河新区, five subdistrict parks, four
 * specialized parks, two parks inside 杨家河, their parcels and carriers) from {@code seed/jining.json}
 * when {@code zhaoshang.seed.jining} is on and the database has no zone yet. The entries are the
 * API's own request bodies (parents and parks named by code) and go through the same services, so
 * they meet the same rules and publish the same events as if an administrator had typed them in.
 */
@ApplicationScoped
public class JiningSeed {

    private static final Logger LOG = Logger.getLogger(JiningSeed.class);
    static final String SUBJECT = "seed:jining";

    private final boolean enabled;
    private final SeedLoader seeds;
    private final Caller caller;
    private final ZoneService zones;
    private final ParkService parks;
    private final CarrierService carriers;
    private final ParcelService parcels;

    JiningSeed(@ConfigProperty(name = "zhaoshang.seed.jining", defaultValue = "false") boolean enabled,
            SeedLoader seeds, Caller caller, ZoneService zones, ParkService parks,
            CarrierService carriers, ParcelService parcels) {
        this.enabled = enabled;
        this.seeds = seeds;
        this.caller = caller;
        this.zones = zones;
        this.parks = parks;
        this.carriers = carriers;
        this.parcels = parcels;
    }

    void onStart(@Observes StartupEvent start) {
        if (enabled && loadIfEmpty()) {
            LOG.info("loaded the Jining seed data (zone JN-HTZ); turn it off with ZHAOSHANG_SEED_JINING=false");
        }
    }

    /**
     * Loads the seed in one transaction unless a zone exists; true when it loaded. An advisory lock
     * makes replicas starting together load it once.
     */
    public boolean loadIfEmpty() {
        JsonNode seed = seeds.read("seed/jining.json");
        return seeds.loadIfEmpty(() -> Zone.count() == 0, () -> load(seed));
    }

    private void load(JsonNode seed) {
        ZoneRequest zone = valid(seed.get("zone"), ZoneRequest.class);
        caller.actAs(SUBJECT, zone.code());
        zones.register(zone);
        Map<String, UUID> parkIds = new HashMap<>();
        for (JsonNode park : seed.get("parks")) { // parents come before their sub-parks
            ParkRequest request = valid(withId(park, "parentCode", "parentId", parkIds), ParkRequest.class);
            parkIds.put(request.code(), parks.register(request).id);
        }
        for (JsonNode parcel : seed.get("parcels")) {
            parcels.register(valid(withId(parcel, "parkCode", "parkId", parkIds), ParcelRequest.class));
        }
        for (JsonNode carrier : seed.get("carriers")) {
            carriers.register(valid(withId(carrier, "parkCode", "parkId", parkIds), CarrierRequest.class));
        }
    }

    /** The entry with its {@code codeField} (a park code) replaced by {@code idField}, that park's id. */
    private static JsonNode withId(JsonNode entry, String codeField, String idField, Map<String, UUID> parkIds) {
        ObjectNode copy = entry.deepCopy();
        JsonNode code = copy.remove(codeField);
        if (code != null) {
            UUID id = parkIds.get(code.asText());
            if (id == null) {
                throw new IllegalStateException("seed/jining.json names park " + code + " before registering it");
            }
            copy.put(idField, id.toString());
        }
        return copy;
    }

    private <T> T valid(JsonNode entry, Class<T> type) {
        return seeds.valid(entry, type);
    }
}
