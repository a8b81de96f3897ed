package io.zhaoshang.scoring.leaderboard;

import io.zhaoshang.scoring.period.Period;
import io.zhaoshang.scoring.period.PeriodKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The event of a frozen ranking (contract: docs/events/). Key and subject = the zone, in order with its closings. */
final class RankingEvents {

    static final String AGGREGATE = "ranking";
    static final String PUBLISHED = "zhaoshang.ranking.published.v1";

    private RankingEvents() {
    }

    record RankingPublished(String zone, PeriodKind kind, String key, Instant start, Instant end, String timeZone,
            Instant frozenAt, List<Line> rows) {

        static RankingPublished of(String zone, Period period, Instant frozenAt, List<LeaderboardRow> rows) {
            return new RankingPublished(zone, period.kind(), period.key(), period.start(), period.end(),
                    period.timeZone().getId(), frozenAt, rows.stream().map(Line::of).toList());
        }
    }

    record Line(int rank, Integer previousRank, Integer rankChange, UUID teamId, String teamCode, String teamName,
            BigDecimal points, boolean lastPlace) {

        static Line of(LeaderboardRow row) {
            return new Line(row.rank(), row.previousRank(), row.rankChange(), row.teamId(), row.teamCode(),
                    row.teamName(), row.points(), row.lastPlace());
        }
    }
}
