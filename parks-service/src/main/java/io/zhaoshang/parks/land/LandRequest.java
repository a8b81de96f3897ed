package io.zhaoshang.parks.land;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * A project's request for land, from a park administrator over the API or from projects-service
 * as an event ({@code eventId} then names that event).
 */
record LandRequest(UUID projectId, UUID parkId, BigDecimal areaMu, LandUse landUse, String eventId) {

    LandRequest {
        areaMu = areaMu.setScale(2, RoundingMode.UNNECESSARY); // checked before: at most 2 decimals
    }
}
