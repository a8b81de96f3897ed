package io.zhaoshang.leads.projects;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired (CDI, synchronously, in the consumer's transaction) when a project's stage changed: whether
 * it is ABANDONED (终止) now, so that its lead is marked or unmarked.
 */
public record ProjectAbandonment(UUID projectId, boolean abandoned, Instant at) {
}
