package io.zhaoshang.leads.projects;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired (CDI, synchronously, in the consumer's transaction) when projects-service announced a new
 * project made of the lead {@code leadId}: the conversion observes it to make the lead CONVERTED.
 */
public record ProjectCreated(String zone, UUID projectId, UUID leadId, Instant at) {
}
