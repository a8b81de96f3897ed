package io.zhaoshang.scoring.team;

import java.util.UUID;

/**
 * Fired (in-process, in the registering transaction) when a team is registered, for what the rest
 * of scoring does then: the first team of a zone brings the zone its default rulebook.
 */
public record TeamRegistered(UUID teamId, String zone) {
}
