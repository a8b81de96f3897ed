package io.zhaoshang.scoring.team;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Registers and changes the teams of a zone. A caller only ever sees and changes the teams of the
 * zone named in their token; a team's standing (status) is the rankings' business, not a request's.
 */
@ApplicationScoped
public class TeamService {

    private final Outbox outbox;
    private final Caller caller;
    private final Event<TeamRegistered> registered;

    TeamService(Outbox outbox, Caller caller, Event<TeamRegistered> registered) {
        this.outbox = outbox;
        this.caller = caller;
        this.registered = registered;
    }

    @Transactional
    public Team register(TeamRequest request) {
        String zone = caller.zone();
        if (Team.findByCode(zone, request.code()).isPresent()) {
            throw ProblemException.conflict("team-code-taken", request.code());
        }
        Team team = Team.register(zone, request);
        team.changedBy(caller.subject());
        team.persistAndFlush();
        outbox.append(TeamEvents.AGGREGATE, team.id, TeamEvents.REGISTERED, TeamEvents.TeamData.of(team));
        registered.fire(new TeamRegistered(team.id, zone));
        return team;
    }

    @Transactional
    public Team change(UUID id, String ifMatch, TeamRequest request) {
        Team team = get(id);
        ETags.requireMatch(ifMatch, team.version);
        if (!team.code.equals(request.code())) {
            throw ProblemException.unprocessable("team-code-immutable", team.code).withError("code", "team-code-immutable");
        }
        TeamEvents.TeamData before = TeamEvents.TeamData.of(team);
        team.apply(request);
        if (TeamEvents.TeamData.of(team).equals(before)) {
            return team; // nothing changed: no new version, no event
        }
        return changed(team);
    }

    /** Adds a person to the team; 409 {@code team-member-exists} when they are in it already. */
    @Transactional
    public Team addMember(UUID id, String ifMatch, MemberRequest request) {
        Team team = get(id);
        ETags.requireMatch(ifMatch, team.version);
        if (team.member(request.subject().strip()).isPresent()) {
            throw ProblemException.conflict("team-member-exists", request.subject().strip())
                    .withError("subject", "team-member-exists", request.subject().strip());
        }
        team.members.add(TeamMember.of(request));
        return changed(team);
    }

    @Transactional
    public Team removeMember(UUID id, String subject, String ifMatch) {
        Team team = get(id);
        ETags.requireMatch(ifMatch, team.version);
        TeamMember member = team.member(subject).orElseThrow(() -> ProblemException.notFound("team-member", subject));
        team.members.remove(member);
        return changed(team);
    }

    /**
     * Sets a team's standing in last-place elimination, as the rankings or an administrator's decision
     * on them say: a new version and a team.changed event, in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Team changeStatus(Team team, TeamStatus status) {
        team.status = status;
        return changed(team);
    }

    private Team changed(Team team) {
        team.changedBy(caller.subject());
        team.flush(); // the event carries the new version
        outbox.append(TeamEvents.AGGREGATE, team.id, TeamEvents.CHANGED, TeamEvents.TeamData.of(team));
        return team;
    }

    public Team get(UUID id) {
        return Team.<Team>findByIdOptional(id)
                .filter(team -> team.zone.equals(caller.zone()))
                .orElseThrow(() -> ProblemException.notFound("team", id));
    }

    public Page<Team> list(PageRequest page, TeamFilter filter) {
        UUID after = page.cursor().map(Cursor::id).orElse(new UUID(0, 0));
        List<Team> rows = Team.<Team>find("""
                zone = :zone and id > :after
                and (:kind is null or kind = :kind) and (:status is null or status = :status)
                order by id""",
                Parameters.with("zone", caller.zone()).and("after", after)
                        .and("kind", filter.kind().orElse(null))
                        .and("status", filter.status().orElse(null)))
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, team -> Cursor.of("", team.id));
    }
}
