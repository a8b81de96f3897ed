package io.zhaoshang.leads.timer;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the service timers of a lead run on.
 *
 * @param reportedAt when the lead was reported
 * @param ownedAt when a team first held it (null: never yet)
 * @param assessedAt when it was first ASSESSED (研判); null: not yet
 * @param lastFollowUpAt when its last follow-up was logged; null: none yet
 * @param investmentCny its intended investment in CNY, null when not stated
 */
public record LeadFacts(Instant reportedAt, Instant ownedAt, Instant assessedAt, Instant lastFollowUpAt,
        BigDecimal investmentCny) {
}
