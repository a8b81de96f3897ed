package io.zhaoshang.scoring.leaderboard;

import io.zhaoshang.platform.value.Money;
import io.zhaoshang.scoring.rulebook.FactKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One team's line of a leaderboard. A closed period's lines are stored as they were shown when it closed. */
@Schema(name = "LeaderboardRow")
public record LeaderboardRow(
        @Schema(description = "1 for the first; no two teams share a rank (see the tie order).") int rank,
        @Schema(description = "Rank in the previous period of the same kind; null when not ranked there.")
        Integer previousRank,
        @Schema(description = "Places gained since the previous period (negative: lost); null when not ranked there.")
        Integer rankChange,
        UUID teamId,
        String teamCode,
        String teamName,
        @Schema(description = "Points of the period, 2 decimals.", examples = "86.40") BigDecimal points,
        @Schema(description = "Points by kind of fact.") Map<FactKind, BigDecimal> breakdown,
        @Schema(description = "What the team achieved of what targets count.") Results achieved,
        @Schema(description = "The team's targets for the period; null when none were set.") Results target,
        @Schema(description = "Achieved as a percentage of each target (1 decimal); null when none were set.")
        Completion completion,
        @Schema(description = "When the team's latest fact of the period happened (the second tie-break).")
        Instant lastFactAt,
        @Schema(description = "In last place: the lowest points of the period (all teams tied on them).")
        boolean lastPlace) {

    /** Points always with 2 decimals, also as read back from a frozen ranking (JSON drops trailing zeros). */
    public LeaderboardRow {
        points = points.setScale(2, RoundingMode.HALF_UP);
        Map<FactKind, BigDecimal> scaled = new EnumMap<>(FactKind.class);
        breakdown.forEach((kind, sum) -> scaled.put(kind, sum.setScale(2, RoundingMode.HALF_UP)));
        breakdown = scaled;
    }

    /** The quantities targets are set in. */
    @Schema(name = "LeaderboardResults")
    public record Results(Money signedAmount, int projectsStarted, int leadsCollected, int followUps) {
    }

    /** Percent of each target reached; null for a target of zero. */
    @Schema(name = "LeaderboardCompletion")
    public record Completion(BigDecimal signedAmount, BigDecimal projectsStarted, BigDecimal leadsCollected,
            BigDecimal followUps) {
    }
}
