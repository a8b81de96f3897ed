package io.zhaoshang.leads.lead;

import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who may see and change which leads. Teams compete: a team lead or member sees the public pool
 * and their own team's leads, and changes only their own team's; the administration, viewers,
 * integrations and park administrators see the whole zone, and only the administration changes
 * any lead.
 */
@RequestScoped
public class LeadAccess {

    private final Caller caller;

    LeadAccess(Caller caller) {
        this.caller = caller;
    }

    /** The team whose leads (with the public pool) the caller sees, or empty for roles that see the whole zone. */
    public Optional<String> visibleTeam() {
        return seesWholeZone() ? Optional.empty() : Optional.of(callersTeam());
    }

    public boolean canSee(Lead lead) {
        return lead.zone.equals(caller.zone())
                && visibleTeam().map(team -> lead.ownerTeam == null || team.equals(lead.ownerTeam)).orElse(true);
    }

    /** 403 {@code lead-not-yours} unless the caller is the administration or of the team that holds the lead. */
    public void requireOwnerOrAdmin(Lead lead) {
        if (caller.isAdmin()) {
            return;
        }
        if (!isTeamWorker() || lead.ownerTeam == null || !lead.ownerTeam.equals(callersTeam())) {
            throw ProblemException.forbidden("lead-not-yours", lead.code);
        }
    }

    /** Team leads and members work for their team: what they report or claim is their team's. */
    public boolean isTeamWorker() {
        return !caller.isAdmin() && (caller.hasRole(Roles.TEAM_LEAD) || caller.hasRole(Roles.TEAM_MEMBER));
    }

    /** The caller's team; 403 {@code team-missing} for a token without one. */
    public String callersTeam() {
        return caller.team().orElseThrow(() -> ProblemException.forbidden("team-missing"));
    }

    private boolean seesWholeZone() {
        return caller.isAdmin() || caller.hasRole(Roles.VIEWER) || caller.hasRole(Roles.INTEGRATION)
                || caller.hasRole(Roles.PARK_ADMIN);
    }
}
