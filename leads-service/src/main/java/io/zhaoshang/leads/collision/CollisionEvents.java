package io.zhaoshang.leads.collision;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The events of collisions (contract: docs/events/), key = collision id. */
final class CollisionEvents {

    static final String AGGREGATE = "collision";
    static final String DETECTED = "zhaoshang.collision.detected.v1";
    static final String ADJUDICATED = "zhaoshang.collision.adjudicated.v1";

    private CollisionEvents() {
    }

    /** A second report of a company collided with its active lead. */
    record DetectedData(UUID collisionId, String zone, UUID leadId, UUID companyId, String ownerTeam,
            Instant leadReportedAt, String reporterTeam, String reportedBy, long version) {

        static DetectedData of(Collision collision) {
            return new DetectedData(collision.id, collision.zone, collision.leadId, collision.companyId,
                    collision.ownerTeam, collision.leadReportedAt, collision.reporterTeam, collision.createdBy,
                    collision.version);
        }
    }

    /**
     * The administration decided: {@code ownerTeam} holds the lead now (the second reporter's team
     * after a TRANSFER); for SHARE, {@code shares} splits the credit.
     */
    record AdjudicatedData(UUID collisionId, String zone, UUID leadId, UUID companyId, Decision decision,
            String ownerTeam, String previousOwnerTeam, String reporterTeam, Map<String, Integer> shares,
            String adjudicatedBy, long version, long leadVersion) {
    }
}
