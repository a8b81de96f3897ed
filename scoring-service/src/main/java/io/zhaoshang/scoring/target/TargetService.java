package io.zhaoshang.scoring.target;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import io.zhaoshang.scoring.period.Period;
import io.zhaoshang.scoring.team.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Sets and reads the targets of the caller's zone's teams. */
@ApplicationScoped
public class TargetService {

    private final Caller caller;
    private final TeamService teams;

    TargetService(Caller caller, TeamService teams) {
        this.caller = caller;
        this.teams = teams;
    }

    /** The outcome of a put: the target and whether it was created by it. */
    public record Put(Target target, boolean created) {
    }

    /**
     * Sets a team's targets for a period: the first time without {@code If-Match}, then only with the
     * current ETag (428 without, 412 when stale). Targets are in CNY (422 {@code target-not-cny}).
     */
    @Transactional
    public Put put(UUID teamId, Period period, String ifMatch, TargetRequest request) {
        UUID team = teams.get(teamId).id; // 404 for a team of another zone or none
        if (!request.signedAmount().isCny()) {
            throw ProblemException.unprocessable("target-not-cny", request.signedAmount().currency())
                    .withError("signedAmount.currency", "target-not-cny", request.signedAmount().currency());
        }
        Target target = Target.find(team, period.kind(), period.key()).orElse(null);
        boolean created = target == null;
        if (created) {
            target = new Target();
            target.zone = caller.zone();
            target.teamId = team;
            target.periodKind = period.kind();
            target.periodKey = period.key();
        } else {
            ETags.requireMatch(ifMatch, target.version);
        }
        target.apply(request);
        target.changedBy(caller.subject());
        target.persistAndFlush();
        return new Put(target, created);
    }

    public Target get(UUID teamId, Period period) {
        UUID team = teams.get(teamId).id;
        return Target.find(team, period.kind(), period.key())
                .orElseThrow(() -> ProblemException.notFound("target", period.kind() + " " + period.key()));
    }

    public Page<Target> list(Period period, PageRequest page) {
        UUID after = page.cursor().map(Cursor::id).orElse(new UUID(0, 0));
        List<Target> rows = Target.<Target>find("""
                zone = :zone and periodKind = :kind and periodKey = :key and id > :after order by id""",
                Parameters.with("zone", caller.zone()).and("kind", period.kind()).and("key", period.key())
                        .and("after", after))
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, target -> Cursor.of("", target.id));
    }
}
