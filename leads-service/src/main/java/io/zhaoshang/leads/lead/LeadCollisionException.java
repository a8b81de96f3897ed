package io.zhaoshang.leads.lead;

import io.zhaoshang.platform.problem.ProblemException;

/**
 * 409 {@code lead-collision} (撞单): the company already has an active lead in the zone. Carries
 * that lead, so that the collision can be recorded after the report's transaction rolled back.
 */
public class LeadCollisionException extends ProblemException {

    private final transient Lead existing;

    LeadCollisionException(Lead existing) {
        super(409, "lead-collision", existing.code, existing.createdAt);
        this.existing = existing;
        with("existingLeadId", existing.id);
        with("ownerTeam", existing.ownerTeam);
        with("reportedAt", existing.createdAt);
    }

    public Lead existing() {
        return existing;
    }
}
