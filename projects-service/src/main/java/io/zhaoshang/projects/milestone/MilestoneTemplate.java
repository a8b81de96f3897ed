package io.zhaoshang.projects.milestone;

import io.zhaoshang.projects.project.ProjectStage;
import io.zhaoshang.projects.project.ProjectTier;
import java.util.List;

/**
 * A versioned list of key milestones (关键环节) for projects of some tiers, as kept in
 * resources/milestones/*.json: what must be done, by which department, before which stage, within
 * how many days of entering APPROVING, side by side (a parallel group, 并联审批) or after others.
 */
public record MilestoneTemplate(String code, int version, String name, String description, List<ProjectTier> tiers,
        List<Step> steps) {

    public record Step(String key, String phase, String name, String department, ProjectStage gates, int dueDays,
            String parallelGroup, List<String> predecessors) {
    }
}
