package io.zhaoshang.scoring.leaderboard;

import io.zhaoshang.scoring.period.PeriodKind;
import io.zhaoshang.scoring.period.PeriodStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ranking (龙虎榜) of a zone's teams for one period: live while the period is open, frozen once it is closed. */
@Schema(name = "Leaderboard")
public record Leaderboard(
        String zone,
        PeriodKind kind,
        @Schema(examples = "2026-11") String key,
        @Schema(description = "OPEN: computed now from the ledger; CLOSED: the ranking frozen at the closing.")
        PeriodStatus status,
        @Schema(description = "When the ranking was frozen; null while the period is open.") Instant frozenAt,
        List<LeaderboardRow> rows) {
}
