package io.zhaoshang.parks.park;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a park stands: planned, open for investment, merged into another park, or retired. Only
 * PLANNED and ACTIVE may be stated in a request ({@link SettableParkStatus}); MERGED and RETIRED
 * come from their own endpoints and are final.
 */
@Schema(description = "Status of the park. PLANNED 规划中, ACTIVE 运营中, MERGED 已并入其他园区 (see mergedInto), "
        + "RETIRED 已撤销. A request may state only PLANNED or ACTIVE (SettableParkStatus); merges and retirements have their own endpoints.")
public enum ParkStatus {
    PLANNED,
    ACTIVE,
    MERGED,
    RETIRED;

    /** PLANNED or ACTIVE: the park may still change, take sub-parks, be merged or retired. */
    public boolean isOpen() {
        return this == PLANNED || this == ACTIVE;
    }
}
