package io.zhaoshang.scoring.elimination;

import io.zhaoshang.scoring.team.TeamStatus;
import java.util.Optional;

/**
 * Last-place elimination (末位淘汰), applied to each team when a month closes. A team last in the
 * month is WARNED; last in {@code proposeAfter} closed months in a row (default 2), it is
 * ELIMINATION_PROPOSED, for a zone administrator to confirm or reject. A warned team that is not
 * last again is ACTIVE again: the warning was for that month. A proposed team waits for the
 * decision whatever its later months; eliminated and disbanded teams are no longer ranked.
 */
public final class EliminationRule {

    private EliminationRule() {
    }

    /** The team's new status, or empty when it stays as it is. */
    public static Optional<TeamStatus> after(TeamStatus current, boolean lastThisMonth, int lastMonthsInARow,
            int proposeAfter) {
        TeamStatus next = switch (current) {
            case ACTIVE, WARNED -> !lastThisMonth ? TeamStatus.ACTIVE
                    : lastMonthsInARow >= proposeAfter ? TeamStatus.ELIMINATION_PROPOSED : TeamStatus.WARNED;
            case ELIMINATION_PROPOSED, ELIMINATED, DISBANDED -> current;
        };
        return next == current ? Optional.empty() : Optional.of(next);
    }
}
