package io.zhaoshang.parks.land;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a request for land stands. Only a RESERVED reservation holds land that can still go either way. */
@Schema(description = "Status of a land reservation. RESERVED 已预留 (its parcels are held for the project until "
        + "reservedUntil), ALLOCATED 已供地 (final), RELEASED 已释放 (final; see releaseReason), EXPIRED 已过期 "
        + "(final; released because it was not allocated in time), REJECTED 已驳回 (final; no land was held, see "
        + "rejectionReason).")
public enum ReservationStatus {
    RESERVED,
    ALLOCATED,
    RELEASED,
    EXPIRED,
    REJECTED
}
