package io.zhaoshang.scoring.leaderboard;

import io.zhaoshang.platform.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns the standings of a period into its leaderboard lines: order, rank change, targets and their completion. */
public final class Rankings {

    private Rankings() {
    }

    public static List<LeaderboardRow> rows(List<Standing> standings, Map<UUID, Integer> previousRanks,
            Map<UUID, LeaderboardRow.Results> targets) {
        List<Standing> ranked = RankingOrder.rank(standings);
        List<LeaderboardRow> rows = new ArrayList<>();
        for (int index = 0; index < ranked.size(); index++) {
            Standing standing = ranked.get(index);
            int rank = index + 1;
            Integer previous = previousRanks.get(standing.teamId());
            LeaderboardRow.Results achieved = new LeaderboardRow.Results(Money.cny(standing.signedAmount()),
                    standing.projectsStarted(), standing.leadsCollected(), standing.followUps());
            LeaderboardRow.Results target = targets.get(standing.teamId());
            rows.add(new LeaderboardRow(rank, previous, previous == null ? null : previous - rank, standing.teamId(),
                    standing.teamCode(), standing.teamName(), standing.points(), standing.breakdown(), achieved, target,
                    target == null ? null : completion(achieved, target), standing.lastFactAt(),
                    RankingOrder.isLast(standing, standings)));
        }
        return rows;
    }

    static LeaderboardRow.Completion completion(LeaderboardRow.Results achieved, LeaderboardRow.Results target) {
        return new LeaderboardRow.Completion(
                percent(achieved.signedAmount().amount(), target.signedAmount().amount()),
                percent(BigDecimal.valueOf(achieved.projectsStarted()), BigDecimal.valueOf(target.projectsStarted())),
                percent(BigDecimal.valueOf(achieved.leadsCollected()), BigDecimal.valueOf(target.leadsCollected())),
                percent(BigDecimal.valueOf(achieved.followUps()), BigDecimal.valueOf(target.followUps())));
    }

    private static BigDecimal percent(BigDecimal achieved, BigDecimal target) {
        return target.signum() == 0 ? null
                : achieved.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }
}
