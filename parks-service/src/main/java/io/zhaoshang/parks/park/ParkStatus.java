package io.zhaoshang.parks.park;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a park stands: planned, or open for investment. */
@Schema(description = "Status of the park. PLANNED 规划中, ACTIVE 运营中.")
public enum ParkStatus {
    PLANNED,
    ACTIVE
}
