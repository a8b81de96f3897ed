package io.zhaoshang.scoring.leaderboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.scoring.period.PeriodClosing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Freezes a period's ranking as it closes, in the closing transaction: the lines are stored as they
 * are shown, so a closed period's leaderboard never changes, and published.
 */
@ApplicationScoped
class RankingFreezer {

    private final LeaderboardService leaderboards;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Event<RankingFrozen> frozen;
    private final Clock clock;

    RankingFreezer(LeaderboardService leaderboards, Outbox outbox, ObjectMapper json, Event<RankingFrozen> frozen,
            Clock clock) {
        this.clock = clock;
        this.leaderboards = leaderboards;
        this.outbox = outbox;
        this.json = json;
        this.frozen = frozen;
    }

    void onClosing(@Observes PeriodClosing closing) {
        List<LeaderboardRow> rows = leaderboards.live(closing.zone(), closing.period());
        Instant now = clock.instant();
        for (LeaderboardRow line : rows) {
            RankingRow row = new RankingRow();
            row.zone = closing.zone();
            row.periodKind = closing.period().kind();
            row.periodKey = closing.period().key();
            row.teamId = line.teamId();
            row.rank = line.rank();
            row.points = line.points();
            row.lastPlace = line.lastPlace();
            row.standing = json.valueToTree(line);
            row.frozenAt = now;
            row.persist();
        }
        RankingRow.flush();
        outbox.append(RankingEvents.AGGREGATE, closing.zone(), RankingEvents.PUBLISHED,
                RankingEvents.RankingPublished.of(closing.zone(), closing.period(), now, rows));
        frozen.fire(new RankingFrozen(closing.zone(), closing.period(), rows));
    }
}
