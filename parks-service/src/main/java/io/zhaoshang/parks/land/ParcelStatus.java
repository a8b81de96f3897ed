package io.zhaoshang.parks.land;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a parcel stands in the land pool. */
@Schema(description = "Status of a parcel. RESERVE 储备 (pre-acquired, not offered yet), AVAILABLE 可供 (offered), "
        + "RESERVED 已预留 (held for one project until the reservation expires), ALLOCATED 已供地.")
public enum ParcelStatus {
    RESERVE,
    AVAILABLE,
    RESERVED,
    ALLOCATED
}
