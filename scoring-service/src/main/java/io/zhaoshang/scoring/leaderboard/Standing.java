package io.zhaoshang.scoring.leaderboard;

import io.zhaoshang.scoring.rulebook.FactKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One team's results in a period, before ranking: its points, by kind of fact, and what the targets
 * count.
 *
 * @param signedAmount the team's share of the investment of the projects it signed, CNY
 * @param lastFactAt when its latest fact of the period happened; null when it has none
 */
public record Standing(UUID teamId, String teamCode, String teamName, BigDecimal points,
        Map<FactKind, BigDecimal> breakdown, BigDecimal signedAmount, int projectsStarted, int leadsCollected,
        int followUps, Instant lastFactAt) {
}
