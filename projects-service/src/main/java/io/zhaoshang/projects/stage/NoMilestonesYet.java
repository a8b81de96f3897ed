package io.zhaoshang.projects.stage;

import io.quarkus.arc.DefaultBean;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectStage;
import jakarta.enterprise.context.ApplicationScoped;

/** No project has milestones yet, so none gates a stage; replaced by the milestones work's {@link MilestoneGate}. */
@DefaultBean
@ApplicationScoped
class NoMilestonesYet implements MilestoneGate {

    @Override
    public void requireDone(Project project, ProjectStage to) {
        // nothing gates a stage until projects get milestones
    }
}
