package io.zhaoshang.parks.carrier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lease of carrier space as the API shows it. */
@Schema(name = "Lease")
public record LeaseView(
        UUID id,
        UUID carrierId,
        @Schema(description = "The project the space is leased to.")
        UUID projectId,
        @Schema(description = "Leased area in m².", examples = "1500.25")
        BigDecimal areaSqm,
        @Schema(description = "First day of the lease.", examples = "2026-04-01")
        LocalDate from,
        Instant createdAt, String createdBy,
        @Schema(description = "When the lease was released; absent while it is active.")
        Instant releasedAt,
        String releasedBy) {

    static LeaseView of(CarrierLease lease) {
        return new LeaseView(lease.id, lease.carrierId, lease.projectId, lease.areaSqm, lease.from, lease.createdAt,
                lease.createdBy, lease.releasedAt, lease.releasedBy);
    }
}
