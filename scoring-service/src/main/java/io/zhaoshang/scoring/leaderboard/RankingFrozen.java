package io.zhaoshang.scoring.leaderboard;

import io.zhaoshang.scoring.period.Period;
import java.util.List;

/** Fired in-process, in the closing transaction, once a period's ranking is frozen: last-place elimination reads it. */
public record RankingFrozen(String zone, Period period, List<LeaderboardRow> rows) {
}
