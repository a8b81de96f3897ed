package io.zhaoshang.projects.stage;

import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectStage;

/**
 * The hook for key milestones (关键环节): a stage a milestone gates may be entered only when every
 * milestone gating it is DONE or WAIVED_PENDING_DOCS. Implemented by the milestones
 * ({@code io.zhaoshang.projects.milestone.MilestoneService}), which throws a 409 {@code milestones-open}
 * with guard {@link StageMachine#MILESTONES}; an interface so that the stage machine does not depend
 * on how milestones are kept.
 */
public interface MilestoneGate {

    /** Refuses the move of {@code project} to {@code to} while a milestone gating {@code to} is open. */
    void requireDone(Project project, ProjectStage to);
}
