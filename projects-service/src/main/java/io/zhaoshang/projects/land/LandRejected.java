package io.zhaoshang.projects.land;

import java.util.UUID;

/**
 * Fired (CDI, in the transaction that records it) when parks rejects a project's land request: the
 * hook for the early warning "land rejected" (预警), which the warnings work observes.
 */
public record LandRejected(UUID projectId, String zone, UUID reservationId, String reason) {
}
