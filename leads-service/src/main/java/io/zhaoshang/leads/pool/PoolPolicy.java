package io.zhaoshang.leads.pool;

import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;

/**
 * The pool rules of a zone (公海/私海), as plain Java: how long a claim protects a lead, how many
 * leads a team may hold, how long a team that lost a lead waits to claim it again.
 */
public record PoolPolicy(int protectionDays, int maxLeadsPerTeam, int reclaimCooldownDays) {

    public static final PoolPolicy DEFAULT = new PoolPolicy(90, 200, 30);

    public Duration protection() {
        return Duration.ofDays(protectionDays);
    }

    public Duration cooldown() {
        return Duration.ofDays(reclaimCooldownDays);
    }

    /**
     * Whether {@code team}, holding {@code held} active leads now, may claim the lead: it must be an
     * active lead of the public pool (409 {@code lead-closed}, {@code lead-already-yours},
     * {@code lead-owned}), outside the team's cooldown on it (409 {@code reclaim-cooldown} with
     * {@code until}) and the team below its cap (409 {@code team-lead-cap-reached}).
     */
    public void requireClaimable(Lead lead, String team, long held, Instant now) {
        if (!lead.status.isActive()) {
            throw ProblemException.conflict("lead-closed", lead.id, lead.status).with("leadStatus", lead.status);
        }
        if (team.equals(lead.ownerTeam)) {
            throw ProblemException.conflict("lead-already-yours", lead.id, team);
        }
        if (lead.ownerTeam != null) {
            throw ProblemException.conflict("lead-owned", lead.id);
        }
        if (team.equals(lead.previousOwnerTeam) && lead.reclaimBlockedUntil != null
                && now.isBefore(lead.reclaimBlockedUntil)) {
            throw ProblemException.conflict("reclaim-cooldown", lead.id, lead.reclaimBlockedUntil)
                    .with("until", lead.reclaimBlockedUntil);
        }
        if (held >= maxLeadsPerTeam) {
            throw ProblemException.conflict("team-lead-cap-reached", team, maxLeadsPerTeam)
                    .with("maxLeadsPerTeam", maxLeadsPerTeam);
        }
    }
}
