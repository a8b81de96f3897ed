package io.zhaoshang.parks.park;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A park as the API shows it. */
@Schema(name = "Park")
public record ParkView(
        UUID id,
        @Schema(description = "Zone the park belongs to.", examples = "JN-HTZ")
        String zone,
        @Schema(description = "Short code of the park, unique in the zone.", examples = "JN-BIO")
        String code,
        String name,
        ParkKind kind,
        @Schema(description = "The park this one lies in (园中园); absent for a park directly in the zone.")
        UUID parentId,
        ParkStatus status,
        @Schema(description = "The park's own area in mu (亩), not counting its sub-parks.", examples = "3200.50")
        BigDecimal areaMu,
        @Schema(description = "Leading industries (主导产业), codes of the industry catalog, most important first.",
                examples = "[\"SEI-04.01\", \"SEI-04.02\"]")
        List<String> leadingIndustries,
        String address,
        @Schema(description = "The park this one was merged into; present only when status is MERGED.")
        UUID mergedInto,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static ParkView of(Park park) {
        return new ParkView(park.id, park.zone, park.code, park.name, park.kind, park.parentId, park.status,
                park.areaMu, List.copyOf(park.leadingIndustries), park.address, park.mergedInto, park.version, park.createdAt,
                park.createdBy, park.updatedAt, park.updatedBy);
    }
}
