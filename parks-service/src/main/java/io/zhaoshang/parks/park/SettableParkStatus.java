package io.zhaoshang.parks.park;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The statuses a request may state for a park. MERGED and RETIRED are not among them: they come
 * from the merge and retirement endpoints, so a request naming them is a 400 invalid-enum-value
 * listing these values.
 */
@Schema(name = "SettableParkStatus", description = "Status a request may state: PLANNED 规划中, ACTIVE 运营中. "
        + "MERGED and RETIRED come from POST /api/v1/parks/{id}/merges and /retirements.")
public enum SettableParkStatus {
    PLANNED,
    ACTIVE;

    ParkStatus asParkStatus() {
        return ParkStatus.valueOf(name());
    }
}
