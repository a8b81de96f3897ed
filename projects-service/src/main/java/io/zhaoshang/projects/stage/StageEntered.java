package io.zhaoshang.projects.stage;

import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectStage;
import java.time.LocalDate;

/**
 * Fired (CDI, synchronously, in the transaction of the move) when a project has moved one stage
 * forward: the hook for what follows a stage, e.g. the key milestones a project gets on entering
 * APPROVING. An observer's failure rolls the move back.
 */
public record StageEntered(Project project, ProjectStage from, ProjectStage to, LocalDate date) {
}
