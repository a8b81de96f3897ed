package io.zhaoshang.parks.carrier;

import io.zhaoshang.platform.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A carrier as the API shows it. */
@Schema(name = "Carrier")
public record CarrierView(
        UUID id,
        @Schema(description = "Zone the carrier belongs to.", examples = "JN-HTZ")
        String zone,
        @Schema(description = "Short code of the carrier, unique in the zone.", examples = "JN-BIO-F3")
        String code,
        String name,
        @Schema(description = "The park the carrier stands in.")
        UUID parkId,
        CarrierKind kind,
        @Schema(description = "Floor area in m².", examples = "12000.50")
        BigDecimal floorAreaSqm,
        @Schema(description = "Area held by active leases, in m².", examples = "1500.25")
        BigDecimal leasedSqm,
        @Schema(description = "Vacant area: floor area minus active leases, in m².", examples = "10500.25")
        BigDecimal vacantSqm,
        @Schema(description = "Monthly rent per m², if stated.")
        Money monthlyRentPerSqm,
        @Schema(description = "First day the space can be moved into, if known.", examples = "2026-03-01")
        LocalDate availableFrom,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static CarrierView of(Carrier carrier) {
        return new CarrierView(carrier.id, carrier.zone, carrier.code, carrier.name, carrier.parkId, carrier.kind,
                carrier.floorAreaSqm, carrier.leasedSqm, carrier.vacancy().vacantSqm(), carrier.monthlyRentPerSqm(),
                carrier.availableFrom, carrier.version, carrier.createdAt, carrier.createdBy, carrier.updatedAt,
                carrier.updatedBy);
    }
}
