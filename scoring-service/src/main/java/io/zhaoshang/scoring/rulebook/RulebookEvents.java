package io.zhaoshang.scoring.rulebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The events of rulebooks (contract: docs/events/). Key and subject = the zone: the versions of a
 * zone's rulebook stay in order. The ledger recomputes the open periods from the effective date on.
 */
final class RulebookEvents {

    static final String AGGREGATE = "rulebook";
    static final String PUBLISHED = "zhaoshang.rulebook.published.v1";

    private RulebookEvents() {
    }

    record RulebookPublished(UUID rulebookId, String zone, int version, String title, LocalDate effectiveFrom,
            JsonNode rules, String publishedBy) {

        static RulebookPublished of(Rulebook rulebook) {
            return new RulebookPublished(rulebook.id, rulebook.zone, rulebook.version, rulebook.title,
                    rulebook.effectiveFrom, rulebook.document.path("rules"), rulebook.createdBy);
        }
    }
}
