package io.zhaoshang.parks.zone;

import java.util.UUID;

/** The events a zone publishes (contract: docs/events/). */
final class ZoneEvents {

    static final String AGGREGATE = "zone";
    static final String REGISTERED = "zhaoshang.zone.registered.v1";
    static final String CHANGED = "zhaoshang.zone.changed.v1";

    private ZoneEvents() {
    }

    /** The data of both events: the zone as other services keep it in their read models. */
    record ZoneData(UUID zoneId, String code, String name, String city, String timeZone, ZoneLevel level,
            long version) {

        static ZoneData of(Zone zone) {
            return new ZoneData(zone.id, zone.code, zone.name, zone.city, zone.timeZone, zone.level, zone.version);
        }
    }
}
