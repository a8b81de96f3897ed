package io.zhaoshang.parks.land;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A parcel as the API shows it. */
@Schema(name = "Parcel")
public record ParcelView(
        UUID id,
        @Schema(description = "Zone the parcel belongs to.", examples = "JN-HTZ")
        String zone,
        @Schema(description = "Short code of the parcel (地块编号), unique in the zone.", examples = "JN-2026-G07")
        String code,
        String name,
        @Schema(description = "The park the parcel lies in.")
        UUID parkId,
        @Schema(description = "Area in mu (亩).", examples = "56.25")
        BigDecimal areaMu,
        LandUse landUse,
        ParcelStatus status,
        @Schema(description = "The land reservation that holds the parcel; null unless it is RESERVED or "
                + "ALLOCATED.")
        UUID reservationId,
        @Schema(description = "Where the parcel lies (四至), in words.", examples = "海川路以北、崇文大道以东")
        String location,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static ParcelView of(Parcel parcel) {
        return new ParcelView(parcel.id, parcel.zone, parcel.code, parcel.name, parcel.parkId, parcel.areaMu,
                parcel.landUse, parcel.status, parcel.reservationId, parcel.location, parcel.version, parcel.createdAt,
                parcel.createdBy, parcel.updatedAt, parcel.updatedBy);
    }
}
