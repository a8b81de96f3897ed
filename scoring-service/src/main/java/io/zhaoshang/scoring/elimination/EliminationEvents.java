package io.zhaoshang.scoring.elimination;

import io.zhaoshang.scoring.team.Team;
import io.zhaoshang.scoring.team.TeamStatus;
import java.time.Instant;
import java.util.UUID;

/** The events of last-place elimination (contract: docs/events/). Key and subject = the team id. */
final class EliminationEvents {

    static final String AGGREGATE = "team";
    static final String WARNED = "zhaoshang.elimination.warned.v1";
    static final String PROPOSED = "zhaoshang.elimination.proposed.v1";
    static final String CONFIRMED = "zhaoshang.elimination.confirmed.v1";
    static final String REJECTED = "zhaoshang.elimination.rejected.v1";

    private EliminationEvents() {
    }

    /**
     * The data of all four: the team after the step, the month that brought it (warned, proposed) with
     * how many months in a row the team was last, the reason of a rejection.
     */
    record EliminationData(UUID teamId, String zone, String teamCode, String teamName, TeamStatus status,
            String month, Integer lastMonthsInARow, String reason, String decidedBy, Instant decidedAt) {

        static EliminationData of(Team team, EliminationStep step, Integer lastMonthsInARow) {
            return new EliminationData(team.id, team.zone, team.code, team.name, team.status, step.monthKey,
                    lastMonthsInARow, step.reason, step.decidedBy, step.decidedAt);
        }
    }
}
