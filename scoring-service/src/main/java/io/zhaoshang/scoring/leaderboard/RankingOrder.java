package io.zhaoshang.scoring.leaderboard;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a leaderboard (龙虎榜): more points first; of equal points, more signed investment
 * first; then the team whose latest fact is earlier (it got there first; a team without facts comes
 * after); then by team code, so that no two teams ever share a rank.
 */
public final class RankingOrder {

    public static final Comparator<Standing> ORDER = Comparator.comparing(Standing::points, Comparator.reverseOrder())
            .thenComparing(Standing::signedAmount, Comparator.reverseOrder())
            .thenComparing(Standing::lastFactAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Standing::teamCode);

    private RankingOrder() {
    }

    public static List<Standing> rank(List<Standing> standings) {
        return standings.stream().sorted(ORDER).toList();
    }

    /**
     * Whether the team is in last place: its points are the lowest of the period. Teams that tie on
     * the lowest points are all last, whatever the order puts between them; with fewer than two
     * teams nobody is last.
     */
    public static boolean isLast(Standing standing, List<Standing> standings) {
        if (standings.size() < 2) {
            return false;
        }
        BigDecimal lowest = standings.stream().map(Standing::points).min(Comparator.naturalOrder()).orElseThrow();
        return standing.points().compareTo(lowest) == 0;
    }
}
