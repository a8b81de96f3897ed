package io.zhaoshang.leads.lead;

import io.zhaoshang.leads.projects.Project;
import io.zhaoshang.platform.problem.ProblemException;

/**
 * 409 {@code lead-collision} (撞单): the company already has an active lead in the zone, or an
 * active project. Carries that lead or project, so that the collision can be recorded after the
 * report's transaction rolled back.
 */
public class LeadCollisionException extends ProblemException {

    private final transient Lead existing;
    private final transient Project existingProject;

    LeadCollisionException(Lead existing) {
        super(409, "lead-collision", existing.code, existing.createdAt);
        this.existing = existing;
        this.existingProject = null;
        with("existingLeadId", existing.id);
        with("ownerTeam", existing.ownerTeam);
        with("reportedAt", existing.createdAt);
    }

    LeadCollisionException(Project project) {
        super(409, "lead-collision", project.code, project.createdAt);
        this.existing = null;
        this.existingProject = project;
        with("existingLeadId", null);
        with("existingProjectId", project.id);
        with("ownerTeam", project.ownerTeam);
        with("reportedAt", project.createdAt);
    }

    /** The lead collided with; null for a project. */
    public Lead existing() {
        return existing;
    }

    /** The project collided with; null for a lead. */
    public Project existingProject() {
        return existingProject;
    }
}
