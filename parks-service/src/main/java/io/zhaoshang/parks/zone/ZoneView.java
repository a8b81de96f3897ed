package io.zhaoshang.parks.zone;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A zone as the API shows it. */
@Schema(name = "Zone")
public record ZoneView(UUID id, String code, String name, String city, String timeZone, ZoneLevel level,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static ZoneView of(Zone zone) {
        return new ZoneView(zone.id, zone.code, zone.name, zone.city, zone.timeZone, zone.level, zone.version,
                zone.createdAt, zone.createdBy, zone.updatedAt, zone.updatedBy);
    }
}
