package io.zhaoshang.scoring.elimination;

import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.scoring.leaderboard.LeaderboardRow;
import io.zhaoshang.scoring.leaderboard.RankingFrozen;
import io.zhaoshang.scoring.leaderboard.RankingRow;
import io.zhaoshang.scoring.period.Period;
import io.zhaoshang.scoring.period.PeriodKind;
import io.zhaoshang.scoring.team.Team;
import io.zhaoshang.scoring.team.TeamService;
import io.zhaoshang.scoring.team.TeamStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;

/**
 * Applies {@link EliminationRule} to the teams of a month's frozen ranking, in the closing
 * transaction, and takes a zone administrator's decision on a proposal. How many months in a row
 * make a proposal: {@code zhaoshang.scoring.elimination.last-months} (2), or per zone
 * {@code zhaoshang.scoring.zones."<zone>".elimination.last-months}.
 */
@ApplicationScoped
public class EliminationService {

    private final TeamService teams;
    private final Outbox outbox;
    private final Caller caller;
    private final Config config;
    private final Clock clock;

    EliminationService(TeamService teams, Outbox outbox, Caller caller, Config config, Clock clock) {
        this.clock = clock;
        this.teams = teams;
        this.outbox = outbox;
        this.caller = caller;
        this.config = config;
    }

    void onRankingFrozen(@Observes RankingFrozen frozen) {
        if (frozen.period().kind() != PeriodKind.MONTH) {
            return;
        }
        int proposeAfter = proposeAfter(frozen.zone());
        for (LeaderboardRow row : frozen.rows()) {
            Team team = Team.findById(row.teamId());
            int inARow = row.lastPlace() ? lastMonthsInARow(frozen.zone(), team.id, frozen.period()) : 0;
            Optional<TeamStatus> next = EliminationRule.after(team.status, row.lastPlace(), inARow, proposeAfter);
            // a warned team last again, short of the months that make a proposal, is warned again (with its
            // months in a row) though its status stays: every month last is a step people are told of
            boolean warnedAgain = next.isEmpty() && row.lastPlace() && team.status == TeamStatus.WARNED;
            if (next.isEmpty() && !warnedAgain) {
                continue;
            }
            next.ifPresent(status -> teams.changeStatus(team, status));
            TeamStatus now = next.orElse(team.status);
            if (now == TeamStatus.WARNED || now == TeamStatus.ELIMINATION_PROPOSED) {
                boolean warned = now == TeamStatus.WARNED;
                EliminationStep step = step(team, warned ? EliminationStep.Step.WARNED : EliminationStep.Step.PROPOSED,
                        frozen.period().key(), null);
                outbox.append(EliminationEvents.AGGREGATE, team.id, warned ? EliminationEvents.WARNED
                        : EliminationEvents.PROPOSED, EliminationEvents.EliminationData.of(team, step, inARow));
            }
        }
    }

    /** Confirms a proposed elimination: the team is ELIMINATED. 409 when it was not proposed. */
    @Transactional
    public Team confirm(UUID teamId) {
        Team team = proposed(teamId);
        teams.changeStatus(team, TeamStatus.ELIMINATED);
        EliminationStep step = step(team, EliminationStep.Step.CONFIRMED, null, null);
        outbox.append(EliminationEvents.AGGREGATE, team.id, EliminationEvents.CONFIRMED,
                EliminationEvents.EliminationData.of(team, step, null));
        return team;
    }

    /** Rejects a proposed elimination with a reason: the team is ACTIVE again. 409 when it was not proposed. */
    @Transactional
    public Team reject(UUID teamId, String reason) {
        Team team = proposed(teamId);
        teams.changeStatus(team, TeamStatus.ACTIVE);
        EliminationStep step = step(team, EliminationStep.Step.REJECTED, null, reason.strip());
        outbox.append(EliminationEvents.AGGREGATE, team.id, EliminationEvents.REJECTED,
                EliminationEvents.EliminationData.of(team, step, null));
        return team;
    }

    private Team proposed(UUID teamId) {
        Team team = teams.get(teamId);
        if (team.status != TeamStatus.ELIMINATION_PROPOSED) {
            throw ProblemException.conflict("elimination-not-proposed", team.code, team.status.name());
        }
        return team;
    }

    /** This month and the closed months before it in which the team was last, without a gap. */
    private static int lastMonthsInARow(String zone, UUID teamId, Period month) {
        int inARow = 1;
        for (Period before = month.previous(); ; before = before.previous(), inARow++) {
            Optional<RankingRow> row = RankingRow.find("zone = ?1 and periodKind = ?2 and periodKey = ?3 and teamId = ?4",
                    zone, PeriodKind.MONTH, before.key(), teamId).firstResultOptional();
            if (row.isEmpty() || !row.get().lastPlace) {
                return inARow;
            }
        }
    }

    private EliminationStep step(Team team, EliminationStep.Step kind, String month, String reason) {
        EliminationStep step = new EliminationStep();
        step.zone = team.zone;
        step.teamId = team.id;
        step.step = kind;
        step.monthKey = month;
        step.reason = reason;
        step.decidedBy = caller.subject();
        step.decidedAt = clock.instant();
        step.persist();
        return step;
    }

    private int proposeAfter(String zone) {
        return config.getOptionalValue("zhaoshang.scoring.zones.\"" + zone + "\".elimination.last-months", Integer.class)
                .or(() -> config.getOptionalValue("zhaoshang.scoring.elimination.last-months", Integer.class))
                .orElse(2);
    }
}
