package io.zhaoshang.parks.land;

import io.zhaoshang.platform.event.PoisonEventException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What parks reads of projects-service's events (docs/events/zhaoshang.project.*.schema.json):
 * only the fields it needs; the others are ignored.
 */
final class ProjectEvents {

    static final String LAND_REQUESTED = "zhaoshang.project.land-requested.v1";
    static final String STAGE_CHANGED = "zhaoshang.project.stage-changed.v1";
    /** The stages that move land: construction starts on allocated land, an abandoned project gives its land back. */
    static final String UNDER_CONSTRUCTION = "UNDER_CONSTRUCTION";
    static final String ABANDONED = "ABANDONED";

    private ProjectEvents() {
    }

    /** A project asks for land in a park. */
    record LandRequested(UUID projectId, String zone, UUID parkId, BigDecimal areaMu, LandUse landUse,
            OffsetDateTime requestedAt) {

        /** The request, or poison when the data breaks the contract: then there is nothing valid to answer. */
        LandRequest asLandRequest(String eventId) {
            if (projectId == null || zone == null || zone.isBlank() || parkId == null || areaMu == null
                    || landUse == null) {
                throw new PoisonEventException("land request " + eventId + " lacks a required field: " + this, null);
            }
            if (areaMu.signum() <= 0 || areaMu.stripTrailingZeros().scale() > 2) {
                throw new PoisonEventException("land request " + eventId + " asks for " + areaMu
                        + " mu: not more than 0 with at most 2 decimals", null);
            }
            return new LandRequest(projectId, parkId, areaMu, landUse, eventId);
        }
    }

    /** A project moved from one stage to another. */
    record StageChanged(UUID projectId, String zone, String from, String to, OffsetDateTime changedAt, String reason) {

        void requireFields(String eventId) {
            if (projectId == null || zone == null || zone.isBlank() || to == null) {
                throw new PoisonEventException("stage change " + eventId + " lacks a required field: " + this, null);
            }
        }
    }
}
